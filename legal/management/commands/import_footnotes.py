from django.core.management.base import BaseCommand, CommandError

from common.files import read_text_file
from legal import services
from legal.models import Statute
from legal.parser import FootnoteError


class Command(BaseCommand):
    help = (
        "Stores the footnotes of FILE for the statute ABBR: all or nothing, and safe to run "
        "again (unchanged footnotes are left as they are)."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--statute", required=True, help="Abkürzung, z. B. HG oder „HG NRW“.")

    def handle(self, *args, **options):
        text = read_text_file(options["file"])
        statute = services.statute_by_abbreviation(options["statute"])
        if statute is None:
            known = ", ".join(s.display_abbreviation for s in Statute.objects.all()) or "keine"
            raise CommandError(
                f"Gesetz „{options['statute']}“ ist nicht angelegt (bekannt: {known}). "
                "Bitte zuerst in der Verwaltung anlegen."
            )
        try:
            report = services.footnotes_import(statute=statute, text=text)
        except services.ImportRejected as exc:
            raise CommandError("\n".join(exc.report.lines())) from None
        except FootnoteError as exc:
            raise CommandError(str(exc)) from None
        for line in report.lines():
            self.stdout.write(line)
