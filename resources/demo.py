"""Demo content of the library: the council's real link list, imported like any other."""

from pathlib import Path

from common.translations import add_missing_translations

from .demo_data.topic_translations import TOPIC_INTRODUCTIONS, TOPIC_TRANSLATIONS
from .linklist import linklist_import
from .models import Topic

SEED = Path(__file__).resolve().parent / "demo_data" / "junge_gefluechtete_linkliste.txt"


def load(*, stdout) -> None:
    report = linklist_import(text=SEED.read_text(encoding="utf-8"), source_name=SEED.name)
    stdout.write(
        f"Linkliste: {report.items} Einträge; Materialien {report.resources}; "
        f"Links {report.links_with_url} mit, {report.links_without_url} ohne Adresse; "
        f"{len(report.flagged)} zur Prüfung, {len(report.damaged_labels)} unlesbare "
        f"Beschriftungen, {len(report.unplaced)} nicht zugeordnete Textteile."
    )
    added = add_topic_translations()
    if added:
        stdout.write(f"Themen: {added} übersetzt (zur Prüfung durch Muttersprachler).")


def add_topic_translations() -> int:
    """Section and topic names (and the sections' introductions) in en, ar, fa and uk, each
    flagged for review; languages editors have already written are left alone."""
    added = 0
    for topic in Topic.objects.filter(slug__in=TOPIC_TRANSLATIONS):
        by_language = {
            language: {"name": name} for language, name in TOPIC_TRANSLATIONS[topic.slug].items()
        }
        for language, text in TOPIC_INTRODUCTIONS.get(topic.slug, {}).items():
            by_language.setdefault(language, {})["description"] = text
        if add_missing_translations(topic, by_language):
            topic.save(update_fields=["translations", "translation_review"])
            added += 1
    return added
