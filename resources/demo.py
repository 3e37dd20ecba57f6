"""Demo content of the library: the council's real link list, imported like any other."""

from pathlib import Path

from .linklist import linklist_import

SEED = Path(__file__).resolve().parent / "demo_data" / "junge_gefluechtete_linkliste.txt"


def load(*, stdout) -> None:
    report = linklist_import(text=SEED.read_text(encoding="utf-8"), source_name=SEED.name)
    stdout.write(
        f"Linkliste: {report.items} Einträge; Materialien {report.resources}; "
        f"Links {report.links_with_url} mit, {report.links_without_url} ohne Adresse; "
        f"{len(report.flagged)} zur Prüfung, {len(report.damaged_labels)} unlesbare "
        f"Beschriftungen, {len(report.unplaced)} nicht zugeordnete Textteile."
    )
