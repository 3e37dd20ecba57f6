from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from common.files import read_text_file
from resources.linklist import linklist_import, load_outline


class Command(BaseCommand):
    help = (
        "Imports the link list (text export of the 'Junge Geflüchtete' page) into the resource "
        "library and prints a report: what was created or updated, and every line it could not "
        "place, with its line number. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Text file (UTF-8) with the link list.")
        parser.add_argument("--dry-run", action="store_true", help="Only report; save nothing.")
        parser.add_argument(
            "--outline",
            help="JSON outline (sections and their topic headings). "
            "Default: the outline of the demo seed.",
        )

    def handle(self, *args, **options):
        text = read_text_file(options["file"])
        outline = None
        if options["outline"]:
            try:
                outline = load_outline(options["outline"])
            except (OSError, ValueError) as exc:
                raise CommandError(
                    _("Gliederung nicht lesbar: %(name)s: %(error)s")
                    % {"name": options["outline"], "error": exc}
                ) from exc
        report = linklist_import(
            text=text,
            source_name=Path(options["file"]).name,
            dry_run=options["dry_run"],
            outline=outline,
        )
        if report.items == 0:
            raise CommandError(
                _(
                    "%(name)s: keine Einträge erkannt (ein Eintrag braucht eine "
                    "Linkmarke wie [12]). Ist das die Linkliste?"
                )
                % {"name": options["file"]}
            )
        self.stdout.write(report.as_text())
