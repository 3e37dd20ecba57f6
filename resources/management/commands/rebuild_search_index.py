import time

from django.core.management.base import BaseCommand

from resources.search.index import reindex_resources


class Command(BaseCommand):
    help = (
        "Rebuilds the search index of the resource library (all resources, and the word list "
        "for 'Meinten Sie …?'). Run after changing the search analysis or restoring a backup."
    )

    def handle(self, *args, **options):
        started = time.perf_counter()
        count = reindex_resources()
        seconds = time.perf_counter() - started
        self.stdout.write(self.style.SUCCESS(f"{count} resources indexed in {seconds:.1f} s"))
