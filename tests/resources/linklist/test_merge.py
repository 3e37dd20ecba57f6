"""An entry listed twice is one resource in two places."""

import pytest

from resources.linklist import parse_linklist

from .snippets import SEED


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
