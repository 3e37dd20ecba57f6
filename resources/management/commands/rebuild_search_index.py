import time

from django.core.management.base import BaseCommand
from django.db import connection
from django.utils.translation import gettext_lazy, ngettext

from resources.models import SearchDocument, SearchPosting, SearchTerm
from resources.search.index import reindex_resources


class Command(BaseCommand):
    help = gettext_lazy(
        "Baut den Suchindex der Materialien neu auf (alle Materialien und die Wortliste für "
        "„Meinten Sie …?“). Nach Änderungen an der Textanalyse oder dem Einspielen einer "
        "Sicherung ausführen."
    )

    def handle(self, *args, **options):
        started = time.perf_counter()
        count = reindex_resources()
        if connection.vendor == "postgresql":
            # Millions of fresh index rows: statistics for the planner and a visibility map
            # for index-only scans now, not whenever autovacuum gets round to it.
            with connection.cursor() as cursor:
                for model in (SearchPosting, SearchTerm, SearchDocument):
                    cursor.execute(
                        f"VACUUM ANALYZE {connection.ops.quote_name(model._meta.db_table)}"
                    )
        seconds = time.perf_counter() - started
        message = ngettext(
            "%(count)d Material in %(seconds).1f s indexiert.",
            "%(count)d Materialien in %(seconds).1f s indexiert.",
            count,
        ) % {"count": count, "seconds": seconds}
        self.stdout.write(self.style.SUCCESS(message))
