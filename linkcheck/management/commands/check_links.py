from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from linkcheck import services
from linkcheck.status import LinkStatus


class Command(BaseCommand):
    @property
    def help(self):  # translated when shown, not at import
        return _(
            "Prüft die Links der Materialsammlung und speichert das Ergebnis. Regelmäßig laufen "
            "lassen, z. B. täglich „check_links --older-than 7“: So wird jeder Link einmal "
            "in der Woche geprüft."
        )

    def add_arguments(self, parser):
        parser.add_argument(
            "--resource", type=int, metavar="N", help=_("nur die Links des Materials Nr. N")
        )
        parser.add_argument(
            "--older-than",
            type=int,
            metavar="DAYS",
            help=_("nur Links, die noch nie oder vor mehr als DAYS Tagen geprüft wurden"),
        )

    def handle(self, *args, resource=None, older_than=None, verbosity=1, **options):
        if older_than is not None and older_than < 0:
            raise CommandError(_("--older-than erwartet eine Zahl von Tagen ab 0."))
        links = list(
            services.links_to_check(
                resource_id=resource,
                older_than=timedelta(days=older_than) if older_than is not None else None,
            )
        )
        self.stdout.write(
            ngettext(
                "%(count)d Link wird geprüft …", "%(count)d Links werden geprüft …", len(links)
            )
            % {"count": len(links)}
        )

        def progress(link, result):
            if verbosity >= 2 or (verbosity >= 1 and result.status != LinkStatus.OK):
                self.stdout.write(f"  {result.status.label}: {link.url}")

        summary = services.links_check(links=links, on_result=progress)
        self.stdout.write(
            _("Fertig: %(checked)d geprüft, %(broken)d defekt, %(redirected)d umgeleitet.")
            % {
                "checked": summary.checked,
                "broken": summary.broken,
                "redirected": summary.redirected,
            }
        )
        for status, count in sorted(summary.counts.items()):
            self.stdout.write(f"  {LinkStatus(status).label}: {count}")
