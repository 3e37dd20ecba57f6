from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from newsletter import services


class Command(BaseCommand):
    help = gettext_lazy(
        "Löscht Newsletter-Anmeldungen, die nicht innerhalb der eingestellten Zahl von Tagen "
        "bestätigt wurden (NEWSLETTER_PURGE_UNCONFIRMED_DAYS). Täglich ausführen, z. B. per cron."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help=_("Statt der Einstellung (jetzt %(days)d Tage).")
            % {"days": settings.NEWSLETTER_PURGE_UNCONFIRMED_DAYS},
        )

    def handle(self, *args, days=None, **options):
        count = services.subscribers_purge_unconfirmed(days=days)
        self.stdout.write(
            ngettext(
                "%(count)d unbestätigte Anmeldung gelöscht.",
                "%(count)d unbestätigte Anmeldungen gelöscht.",
                count,
            )
            % {"count": count}
        )
