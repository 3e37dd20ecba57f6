"""Demo content: the statute behind the seed footnotes, fully parsed.

Which statute the seed belongs to is not written in it. Fn 1 says the statute came into force
on 1 October 2014 (GV. NRW. S. 547), and the amending acts (Hochschulgesetz reform of
12 July 2019, GV. NRW. S. 425; the 2020 epidemic law inserting § 82a, expiring by § 84
Absatz 6) fit the Hochschulgesetz NRW of 16 September 2014, not the Schulgesetz (2005). The
statute record says so and marks what is assumed.
"""

from pathlib import Path

from . import services
from .models import Statute

SEED = Path(__file__).resolve().parent / "demo_data" / "sgv_nrw_fussnoten.txt"

STATUTE = {
    "abbreviation": "HG",
    "slug": "hg-nrw",
    "title": "Gesetz über die Hochschulen des Landes Nordrhein-Westfalen (Hochschulgesetz)",
    "jurisdiction": "NRW",
    "collection_number": "SGV. NRW. 221",
    "citation": "Gesetz vom 16. September 2014 (GV. NRW. S. 547)",
    "source_url": "https://recht.nrw.de/lmi/owa/br_text_anzeigen?v_id=10000000000000000654",
    "description": (
        "Änderungsgeschichte aus den amtlichen Fußnoten der Sammlung des Landesrechts "
        "(SGV. NRW., Stand 16.3.2024).\n\n"
        "Gesichert aus den Fußnoten: Inkrafttreten am 1. Oktober 2014 (GV. NRW. S. 547) und "
        "alle Änderungsgesetze mit Fundstellen und Daten."
    ),
    "editorial_note": (
        "Annahme: Die Fußnoten nennen den Namen des Gesetzes nicht. Inkrafttreten und Fundstelle "
        "der Erstfassung, die Hochschulrechtsnovelle vom 12. Juli 2019 und die befristete "
        "Corona-Regel in § 82a passen zum Hochschulgesetz NRW (HG) vom 16. September 2014; "
        "Titel, Gliederungsnummer SGV. NRW. 221 und die Quelladresse sind daraus abgeleitet "
        "und nicht aus der Quelle übernommen."
    ),
}


def load(*, stdout) -> None:
    defaults = {k: v for k, v in STATUTE.items() if k != "abbreviation"}
    statute, created = Statute.objects.get_or_create(
        abbreviation=STATUTE["abbreviation"], defaults=defaults
    )
    if created:
        stdout.write(f"Gesetz angelegt: {statute}")
    report = services.footnotes_import(statute=statute, text=SEED.read_text(encoding="utf-8"))
    for line in report.lines():
        stdout.write(line)
