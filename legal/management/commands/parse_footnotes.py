import json

from django.core.management.base import BaseCommand, CommandError

from common.files import read_text_file
from legal.parser import FootnoteError, parse_footnote_file


class Command(BaseCommand):
    help = "Parses a footnote file (recht.nrw.de) and prints the events. Touches no database."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--json", action="store_true", help="Print JSON instead of a summary.")

    def handle(self, *args, **options):
        text = read_text_file(options["file"])
        try:
            parsed = parse_footnote_file(text)
        except FootnoteError as exc:
            raise CommandError(str(exc)) from None
        if options["json"]:
            self.stdout.write(json.dumps(parsed.as_json(), ensure_ascii=False, indent=2))
            return
        unparsed = 0
        for note in parsed.footnotes:
            self.stdout.write(f"Fn {note.label}: {len(note.events)} Änderungen")
            for e in note.events:
                when = e.effective_date.isoformat() if e.effective_date else "unbekannt"
                new = f" → {e.new_target.label()}" if e.new_target else ""
                self.stdout.write(f"  {e.target.label()}{new}: {e.verb} (in Kraft {when})")
            for u in note.unparsed:
                unparsed += 1
                self.stdout.write(
                    self.style.WARNING(
                        f"  NICHT VERSTANDEN, Zeichen {u.start + 1}–{u.end}: {u.text}"
                    )
                )
                self.stdout.write(f"    {u.reason}")
        for error in parsed.errors:
            self.stdout.write(self.style.WARNING(error))
        events = sum(len(n.events) for n in parsed.footnotes)
        self.stdout.write(
            f"{len(parsed.footnotes)} Fußnoten, {events} Änderungen, "
            f"{unparsed} unverstandene Stellen."
        )
