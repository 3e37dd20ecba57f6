from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from newsletter import sending
from newsletter.models import Issue


class Command(BaseCommand):
    help = gettext_lazy(
        "Versendet eine Ausgabe im Vordergrund (statt im Hintergrund-Worker) oder setzt einen "
        "unterbrochenen Versand fort. Niemand erhält die Ausgabe zweimal."
    )

    def add_arguments(self, parser):
        parser.add_argument("issue", help=_("Kurzname (Slug) oder Nummer der Ausgabe."))
        parser.add_argument("--rate", type=int, default=None, help=_("Nachrichten pro Minute."))

    def handle(self, *args, issue, rate=None, **options):
        found = Issue.objects.by_slug_or_id(issue)
        if found is None:
            raise CommandError(_("Keine Ausgabe mit Kurzname oder Nummer „%s“.") % issue)
        if found.status == Issue.Status.SENT:
            raise CommandError(_("Diese Ausgabe wurde bereits versandt."))
        if found.status == Issue.Status.DRAFT:
            queued = sending.issue_start_sending(issue=found)
            self.stdout.write(
                ngettext(
                    "%(count)d Empfänger*in eingereiht.",
                    "%(count)d Empfänger*innen eingereiht.",
                    queued,
                )
                % {"count": queued}
            )
        try:
            summary = sending.send_issue(issue_id=found.pk, rate_per_minute=rate)
        except sending.SendingInterrupted as exc:
            raise CommandError(
                _("%s – zum Fortsetzen den Befehl noch einmal ausführen.") % exc
            ) from exc
        self.stdout.write(
            _(
                "versandt %(sent)d, fehlgeschlagen %(failed)d, übersprungen %(skipped)d, "
                "abgeschlossen: %(finished)s"
            )
            % {
                "sent": summary.sent,
                "failed": summary.failed,
                "skipped": summary.skipped,
                "finished": _("ja") if summary.finished else _("nein"),
            }
        )
