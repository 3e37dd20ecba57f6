from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from linkcheck.tasks import send_link_health_report_task


class Command(BaseCommand):
    @property
    def help(self):  # translated when shown, not at import
        return _(
            "Stellt den Wochenbericht der Linkprüfung an die Redaktion in die Warteschlange "
            "(verschickt von manage.py db_worker)."
        )

    def handle(self, *args, **options):
        result = send_link_health_report_task.enqueue()
        self.stdout.write(
            _("Bericht zur Linkprüfung eingereiht (Auftrag %(id)s).") % {"id": result.id}
        )
