import time

from django.core.management.base import BaseCommand
from django.db import connection

from resources.models import SearchDocument, SearchPosting, SearchTerm
from resources.search.index import reindex_resources


class Command(BaseCommand):
    help = (
        "Rebuilds the search index of the resource library (all resources, and the word list "
        "for 'Meinten Sie …?'). Run after changing the search analysis or restoring a backup."
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
        self.stdout.write(self.style.SUCCESS(f"{count} resources indexed in {seconds:.1f} s"))
