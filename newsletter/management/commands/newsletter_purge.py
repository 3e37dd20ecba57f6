from django.conf import settings
from django.core.management.base import BaseCommand

from newsletter import services


class Command(BaseCommand):
    help = (
        "Deletes newsletter sign-ups that were not confirmed within the configured number of "
        "days (NEWSLETTER_PURGE_UNCONFIRMED_DAYS). Run it daily, e.g. from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help=f"Override the setting (now {settings.NEWSLETTER_PURGE_UNCONFIRMED_DAYS}).",
        )

    def handle(self, *args, days=None, **options):
        count = services.subscribers_purge_unconfirmed(days=days)
        self.stdout.write(f"{count} unconfirmed sign-up(s) deleted.")
