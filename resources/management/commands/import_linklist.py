from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

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
                raise CommandError(f"Gliederung nicht lesbar: {options['outline']}: {exc}") from exc
        report = linklist_import(
            text=text,
            source_name=Path(options["file"]).name,
            dry_run=options["dry_run"],
            outline=outline,
        )
        if report.items == 0:
            raise CommandError(
                f"{options['file']}: keine Einträge erkannt (ein Eintrag braucht eine "
                "Linkmarke wie [12]). Ist das die Linkliste?"
            )
        self.stdout.write(report.as_text())


def read_text_file(name: str) -> str:
    """The file's text, or a CommandError that says plainly what is wrong with it."""
    path = Path(name)
    if not path.exists():
        raise CommandError(f"Datei nicht gefunden: {name}")
    if not path.is_file():
        raise CommandError(f"Keine Datei: {name}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CommandError(f"Datei nicht lesbar: {name}: {exc.strerror}") from exc
    if not data.strip():
        raise CommandError(f"Die Datei ist leer: {name}")
    if b"\x00" in data[:65536]:
        raise CommandError(
            f"{name} ist keine Textdatei (Binärdaten). "
            "Bitte die Linkliste als Text (UTF-8) speichern."
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CommandError(
            f"{name} ist nicht UTF-8-kodiert (Zeile {line}, Byte {exc.start}). "
            "Bitte die Datei als UTF-8 speichern."
        ) from exc
    return text
