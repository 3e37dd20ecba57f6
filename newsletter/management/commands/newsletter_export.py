from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from newsletter import mail
from newsletter.models import Issue, Subscriber, normalise_email


class Command(BaseCommand):
    help = gettext_lazy(
        "Exportiert eine Ausgabe: 'eml' (eine Nachricht nach RFC 5322; die allgemeine Fassung "
        "oder mit --to die persönliche einer Abonnentin/eines Abonnenten), 'mbox' (die "
        "persönlichen Fassungen aller aktiven Abonnent*innen) oder 'html' (eigenständige Seite)."
    )

    def add_arguments(self, parser):
        parser.add_argument("issue", help=_("Kurzname (Slug) oder Nummer der Ausgabe."))
        parser.add_argument("format", choices=["eml", "mbox", "html"])
        parser.add_argument("output", help=_("Datei, in die geschrieben wird."))
        parser.add_argument(
            "--to", help=_("nur eml: die Adresse, deren persönliche Fassung geschrieben wird.")
        )

    def handle(self, *args, issue, format, output, to=None, **options):
        found = Issue.objects.by_slug_or_id(issue)
        if found is None:
            raise CommandError(_("Keine Ausgabe mit Kurzname oder Nummer „%s“.") % issue)
        if format == "mbox":
            count = mail.write_mbox(found, output, mail.iter_active_subscribers())
            self.stdout.write(
                ngettext(
                    "%(count)d Nachricht nach %(file)s geschrieben.",
                    "%(count)d Nachrichten nach %(file)s geschrieben.",
                    count,
                )
                % {"count": count, "file": output}
            )
            return
        if format == "eml":
            subscriber = None
            if to:
                subscriber = Subscriber.objects.filter(email=normalise_email(to)).first()
                if subscriber is None:
                    raise CommandError(_("%s steht nicht im Verteiler.") % to)
            with open(output, "wb") as handle:
                handle.write(mail.issue_eml(found, subscriber=subscriber))
        else:
            with open(output, "w", encoding="utf-8") as handle:
                handle.write(mail.issue_html_standalone(found))
        self.stdout.write(_("%s geschrieben.") % output)
