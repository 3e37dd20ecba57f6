"""Lines → chunks: soft wraps, hard breaks, blank lines, line ends."""

import pytest

from resources.dates import PartialDate
from resources.linklist import parse_linklist

from .snippets import OUTLINE, parse


def test_soft_wrapped_lines_form_one_entry_and_a_hard_break_starts_the_next():
    result = parse(
        "BMFSFJ: Sicherstellung des Kinderschutzes bei der Unterbringung \n"
        "Punktuation des BMFSFJ [6] (Jan. 2024)\n"
        "Film aus Thüringen: La Couleur du Coeur - Die Farbe des Herzens [8] (2018)\n"
    )
    assert [item.title for item in result.items] == [
        "Sicherstellung des Kinderschutzes bei der Unterbringung Punktuation des BMFSFJ",
        "La Couleur du Coeur - Die Farbe des Herzens",
    ]
    film = result.items[1]
    assert film.publishers == []
    assert film.resource_type == "video"
    assert film.region == "thueringen"


ENTRIES = (
    "BuMF e.V.: Erste Arbeitshilfe \n"
    "zum Asylverfahren [1] (Jul. 2025)\n"
    "UNICEF: Zweite Studie [2] (2020)\n"
)


def summary(result):
    return [(item.title, item.markers, item.date, item.line) for item in result.items]


def test_windows_and_old_mac_line_ends_and_a_byte_order_mark_read_like_unix_text():
    expected = summary(parse(ENTRIES))
    assert len(expected) == 2
    assert summary(parse(ENTRIES.replace("\n", "\r\n"))) == expected
    assert summary(parse(ENTRIES.replace("\n", "\r"))) == expected
    assert summary(parse_linklist("\ufeffThema A\n\n" + ENTRIES, OUTLINE)) == expected


def test_a_byte_order_mark_does_not_hide_the_first_heading():
    result = parse_linklist("\ufeffThema A\n\nUNICEF: Studie [2] (2020)\n", OUTLINE)
    assert result.items[0].topic == "Thema A"
    assert result.line_roles[1] == "topic"


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2007", "\t"])
def test_no_break_and_other_spaces_count_as_spaces(space):
    item = parse(f"BuMF e.V.:{space}Eine{space}Arbeitshilfe [1]{space}(Jul.{space}2025)\n").items[0]
    assert item.title == "Eine Arbeitshilfe"
    assert item.date == PartialDate(2025, 7)


def test_zero_width_spaces_and_soft_hyphens_from_web_copies_disappear():
    item = parse("BuMF e.V.: Arbeits\u00adhilfe zum\u200b Asyl\u00adverfahren [1] (2020)\n").items[
        0
    ]
    assert item.title == "Arbeitshilfe zum Asylverfahren"


def test_a_soft_wrap_marked_by_a_trailing_no_break_space_joins_the_lines():
    result = parse("BuMF e.V.: Erste Arbeitshilfe\u00a0\nZum Asylverfahren [1] (2020)\n")
    assert [item.title for item in result.items] == ["Erste Arbeitshilfe Zum Asylverfahren"]
