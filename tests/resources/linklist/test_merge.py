"""An entry listed twice is one resource in two places."""

import pytest

from resources.dates import PartialDate
from resources.linklist import parse_linklist

from .snippets import SEED, parse


@pytest.fixture(scope="module")
def seed():
    return parse_linklist(SEED.read_text(encoding="utf-8"))


def test_seed_entries_listed_twice_are_one_resource_in_two_places(seed):
    careleaver = seed.item_for_marker(99)
    assert [(p.section, p.topic) for p in careleaver.placements] == [
        ("Junge Volljährige - Leaving Care", "Beratung in Thüringen"),
        ("Adressen in Thüringen", None),
    ]
    assert careleaver.is_address
    megafon = seed.item_for_marker(100)
    assert megafon is seed.item_for_marker(115)
    assert megafon.links[2].language == "prs"
    assert megafon.address_org.name == "Dein Megafon"
    assert megafon.links[0].url == "https://www.dein-megafon.de/"


def test_the_same_entry_under_two_topics_is_one_entry_in_both_with_the_more_precise_date():
    result = parse(
        "BuMF e.V.: Checkliste Übergang [1] (2018)\n\nThema B\n\n"
        "Bumf: Checkliste Uebergang [2] (Nov. 2018)\n"
    )
    (item,) = result.items
    assert [(p.section, p.topic) for p in item.placements] == [
        ("Erster Bereich", "Thema A"),
        ("Erster Bereich", "Thema B"),
    ]
    assert item.markers == [1, 2]
    assert item.date == PartialDate(2018, 11)
    assert [(f.line, f.reason) for f in result.merged] == [
        (7, "Doppelt gelistet: mit dem Eintrag aus Zeile 3 zusammengeführt")
    ]


def test_different_publishers_keep_same_titled_entries_apart():
    result = parse("BuMF e.V.: Checkliste [1] (2018)\nUNICEF: Checkliste [2] (2018)\n")
    assert len(result.items) == 2
    assert result.merged == []
