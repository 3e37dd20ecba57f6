"""`loaddata` that restores change histories as they were.

A fixture from `dumpdata` already holds every historical row (django-simple-history). Loading
the models themselves sets their many-to-many fields, which django-simple-history would answer
with new historical rows of its own: duplicates at best, and on PostgreSQL an IntegrityError
(the new rows take ids the fixture still has to insert). History recording is therefore off
while a fixture loads.
"""

from django.core.management.commands import loaddata
from django.test.utils import override_settings


class Command(loaddata.Command):
    def handle(self, *fixture_labels, **options):
        with override_settings(SIMPLE_HISTORY_ENABLED=False):
            return super().handle(*fixture_labels, **options)
