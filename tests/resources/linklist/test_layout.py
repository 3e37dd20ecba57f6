"""Chunks → sections, topics, addresses; what cannot be placed is reported with its line."""

from resources.dates import PartialDate
from resources.linklist import parse_linklist

from .snippets import OUTLINE, parse


def test_two_entries_on_one_line_are_split_at_the_next_publisher():
    result = parse(
        "BT-Dr. 21/981: Bericht der Bundesregierung [3] (Jul. 2025), BuMF e.V.: Anmerkungen \n"
        "zum Bericht der Bundesregierung [4](Aug. 2025)\n"
    )
    first, second = result.items
    assert first.title == "Bericht der Bundesregierung"
    assert first.publishers[0].name == "Deutscher Bundestag"
    assert first.subtitle == "BT-Drucksache 21/981"
    assert first.resource_type == "bericht"
    assert second.title == "Anmerkungen zum Bericht der Bundesregierung"
    assert second.date == PartialDate(2025, 8)


def test_unknown_heading_becomes_a_topic_and_is_reported():
    result = parse("Eins: Titel [1] (2020)\n\nNeues Unterthema\n\nZwei: Titel [2] (2021)\n")
    assert result.items[1].topic == "Neues Unterthema"
    assert any("nicht in der Gliederung" in w.reason and w.line == 5 for w in result.warnings)


def test_text_without_link_is_reported_with_its_line_number():
    result = parse("Eins: Titel [1] (2020)\n\nein verirrter Satzrest ohne Link und Punkt.\n")
    assert [(f.line, f.reason) for f in result.unplaced] == [
        (5, "Text ohne Link [n]: kein Material angelegt")
    ]


def test_section_without_heading_starts_at_its_anchor_and_entries_become_addresses():
    result = parse(
        "Eins: Titel [1] (2020)\n\nBeratungsstelle Nord – Hilfe für junge Geflüchtete [2]\n"
    )
    address = result.items[1]
    assert address.section == "Adressen"
    assert address.is_address
    assert address.resource_type == "adresse"
    assert address.address_org.name == "Beratungsstelle Nord"
    assert address.address_org.kind == "counselling"
    assert address.description == "Hilfe für junge Geflüchtete"


def test_an_address_splits_name_and_description_at_any_dash():
    for dash in ("-", "–", "—"):
        result = parse(f"Eins: Titel [1] (2020)\n\nBeratungsstelle Süd {dash} Hilfe im Asyl [2]\n")
        address = result.items[1]
        assert address.address_org.name == "Beratungsstelle Süd", dash
        assert address.description == "Hilfe im Asyl"


def test_an_entry_before_the_first_section_is_reported_not_guessed():
    result = parse_linklist("Seitentitel\n\nBuMF e.V.: Titel [1] (2020)\n", OUTLINE)
    assert result.items == []
    assert [f.line for f in result.unplaced] == [3]
