"""The whole parser on the seed: nothing lost, every entry in its place."""

import pytest

from resources.dates import PartialDate
from resources.linklist import parse_linklist

from .snippets import SEED


@pytest.fixture(scope="module")
def seed():
    return parse_linklist(SEED.read_text(encoding="utf-8"))


def test_seed_every_non_blank_line_is_used_or_reported(seed):
    lines = SEED.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, start=1):
        if line.replace("\u00a0", " ").strip():
            assert number in seed.line_roles, f"line {number} lost: {line!r}"
    unplaced = {f.line for f in seed.unplaced}
    assert {n for n, role in seed.line_roles.items() if role == "unplaced"} <= unplaced


def test_seed_counts(seed):
    assert len(seed.items) == 114
    assert len(seed.links) == 137
    assert sum(1 for link in seed.links if link.url) == 15
    # Every marker from [3] to [139] is a link of exactly one resource.
    markers = sorted(link.marker for link in seed.links)
    assert markers == list(range(3, 140))
    assert [f.line for f in seed.unplaced] == [11]  # [2]: the newsletter link in the intro


def test_seed_sections_and_topics(seed):
    assert [s.name for s in seed.sections] == [
        "unbegleitete Minderjährige",
        "begleitete Minderjährige",
        "Junge Volljährige - Leaving Care",
        "Kinderrechte/ §§",
        "Adressen in Thüringen",
        "GEAS & Kinderrechte",
        "Adressen bundesweit",
    ]
    expectations = {
        3: ("unbegleitete Minderjährige", "Einführende Informationen"),
        19: ("unbegleitete Minderjährige", "Themen im Überblick"),
        22: ("unbegleitete Minderjährige", "Weitere Themen und Fragen"),
        23: ("begleitete Minderjährige", None),
        24: ("begleitete Minderjährige", "Asylverfahren"),
        45: ("begleitete Minderjährige", "Unterbringung / Schutzkonzepte"),
        78: ("begleitete Minderjährige", "Psychosoziale Versorgung / Trauma"),
        79: ("Junge Volljährige - Leaving Care", "Grundlegende Informationen"),
        98: ("Junge Volljährige - Leaving Care", "Hilfen für junge Volljährige - § 41 SGB VIII"),
        101: ("Kinderrechte/ §§", "International"),
        106: ("Kinderrechte/ §§", "Europa"),
        113: ("Kinderrechte/ §§", "Kinderrechte (mehrsprachig)"),
        120: ("Adressen in Thüringen", None),
        123: ("GEAS & Kinderrechte", "GEAS-Anpassungsgesetze"),
        131: ("GEAS & Kinderrechte", "Stellungnahmen, Gutachten, Positionspapiere"),
        139: ("Adressen bundesweit", None),
    }
    for marker, (section, topic) in expectations.items():
        item = seed.item_for_marker(marker)
        assert (item.section, item.topic) == (section, topic), marker
    assert seed.section("begleitete Minderjährige").description.startswith("Weltweit waren")
    assert seed.section("GEAS & Kinderrechte").description.startswith("Die Reform")


def test_seed_specific_entries(seed):
    announced = seed.item_for_marker(19)
    assert announced.availability_note == "ab Sept. 2026"
    assert announced.highlighted
    assert {item.markers[0] for item in seed.items if item.highlighted} == {19, 45, 125}

    guide = seed.item_for_marker(71)
    assert (
        guide.title == "Ratgeber für Flüchtlingseltern (Wie helfe ich meinem traumatisierten Kind?)"
    )
    assert [link.language for link in guide.links] == ["de", "uk", "ru", "en", "ar", "fa", "ku"]
    assert [link.marker for link in guide.damaged_links] == [72, 73, 75, 76]
    assert not any(item.title_damaged for item in seed.items)

    law = seed.item_for_marker(107)
    assert law.date == PartialDate(2013, 6, 26)
    assert law.title.endswith("(Aufnahmerichtlinie)")
    assert law.resource_type == "gesetz"
    assert law.region == "europa"

    chapter = seed.item_for_marker(102)
    assert chapter.title.startswith("Umsetzung der UN-Kinderrechtskonvention")
    assert chapter.date == PartialDate(2022)
    assert "S. 81-89" in chapter.subtitle
    assert {org.name for org in chapter.publishers} == {"UNICEF", "González Méndez de Vigo"}

    bill = seed.item_for_marker(123)
    assert bill.title.endswith("(GEAS-Anpassungsgesetz)")
    assert bill.date == PartialDate(2025, 9, 5)
    assert bill.subtitle == "BR-Drucksache 429/25"

    assert seed.item_for_marker(98).title.startswith("18 - und dann?")
    assert seed.item_for_marker(97) is not seed.item_for_marker(98)
    assert seed.item_for_marker(53).date == PartialDate(2020, 12)


def test_seed_url_alignment(seed):
    expected = {
        79: "brj-berlin.de",
        80: "18-und-dann",
        81: "jugendberufshilfe",
        82: "hilfeplan_05",
        83: "hilfeplan_farsi",
        84: "fachkraefteleitfaden",
        85: "perspektiven-zu-schaffen",
        86: "Werkbuch",
        87: "Lange%20Checkliste",
        93: "dijuf.de",
        95: "flyer-jugend",
        96: "flyer-fachkraefte",
        99: "careleaver-zentrum",
        100: "dein-megafon",
        101: "un-kinderrechtskonvention",
    }
    with_url = {link.marker: link.url for link in seed.links if link.url}
    assert set(with_url) == set(expected)
    for marker, fragment in expected.items():
        assert fragment in with_url[marker], marker


@pytest.mark.parametrize(
    "transform",
    [
        pytest.param(
            lambda text: "\n".join(line.rstrip() for line in text.splitlines()), id="trimmed"
        ),
        pytest.param(lambda text: text.replace("\n", "\r\n"), id="crlf"),
    ],
)
def test_seed_reads_the_same_without_trailing_spaces_or_with_windows_line_ends(seed, transform):
    variant = parse_linklist(transform(SEED.read_text(encoding="utf-8")))
    assert [(item.title, item.markers, item.date) for item in variant.items] == [
        (item.title, item.markers, item.date) for item in seed.items
    ]
    assert [link.url for link in variant.links] == [link.url for link in seed.links]
