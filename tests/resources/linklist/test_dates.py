"""Dates in the forms people write them: partial, ranged, announced, missing."""

import datetime

import pytest

from resources.dates import PartialDate
from resources.linklist.dates import parse_date_expression, parse_partial_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jul. 2025", PartialDate(2025, 7)),
        ("Juni 2025", PartialDate(2025, 6)),
        ("Juli 2018", PartialDate(2018, 7)),
        ("Mrz. 2022", PartialDate(2022, 3)),
        ("Dez.2020", PartialDate(2020, 12)),
        ("Sept. 2026", PartialDate(2026, 9)),
        ("Sep. 2022", PartialDate(2022, 9)),
        ("Mai 2018", PartialDate(2018, 5)),
        ("2017", PartialDate(2017)),
        ("05.09.2025", PartialDate(2025, 9, 5)),
        ("26. Juni 2013", PartialDate(2013, 6, 26)),
        ("31.02.2025", None),
        ("pdf", None),
        ("ASD; BSA", None),
    ],
)
def test_partial_dates_in_every_form_of_the_seed(text, expected):
    assert parse_partial_date(text) == expected


def test_a_year_range_is_a_date_note_and_ab_is_an_announcement():
    assert parse_date_expression("2017-2019").note == "2017–2019"
    announced = parse_date_expression("ab Sept. 2026")
    assert announced.availability == "ab Sept. 2026"
    assert announced.available_from == datetime.date(2026, 9, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sept. 2024", PartialDate(2024, 9)),
        ("September 2024", PartialDate(2024, 9)),
        ("sept 2024", PartialDate(2024, 9)),
        ("Jänner 2020", PartialDate(2020, 1)),
        ("Maerz 2021", PartialDate(2021, 3)),
        ("03/2023", PartialDate(2023, 3)),
        ("3/2023", PartialDate(2023, 3)),
        ("03.2023", PartialDate(2023, 3)),
        ("2023-03", PartialDate(2023, 3)),
        ("2023-03-14", PartialDate(2023, 3, 14)),
        ("1.3.2023", PartialDate(2023, 3, 1)),
        ("Herbst 2021", PartialDate(2021)),
        ("Jul.\u00a02025", PartialDate(2025, 7)),
        ("Jul.\u202f2025", PartialDate(2025, 7)),
        ("13/2023", None),
        ("2023-13", None),
        ("Brumaire 2020", None),
    ],
)
def test_partial_dates_as_people_type_them(text, expected):
    assert parse_partial_date(text) == expected


@pytest.mark.parametrize(
    "text", ["2019/2020", "2019/20", "2019-2020", "2019–2020", "2019 — 2020", "2019 bis 2020"]
)
def test_every_spelling_of_a_year_range_gives_the_same_note(text):
    info = parse_date_expression(text)
    assert (info.date, info.note) == (None, "2019–2020")


def test_a_range_that_runs_backwards_is_no_date():
    assert parse_date_expression("2020/2019") is None


@pytest.mark.parametrize("text", ["o. J.", "o.J.", "o. J", "ohne Jahr", "o. D.", "n. d.", "n.d."])
def test_no_year_given_is_read_as_undated_not_as_text(text):
    info = parse_date_expression(text)
    assert info is not None
    assert (info.date, info.note, info.availability) == (None, "", "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Stand: März 2024", PartialDate(2024, 3)), ("Stand 03/2023", PartialDate(2023, 3))],
)
def test_as_of_dates_are_the_date_of_the_version_listed(text, expected):
    assert parse_date_expression(text).date == expected


@pytest.mark.parametrize("text", ["pdf", "u. a.", "Hrsg.", "S. 81-89", "Gesetz zur X", ""])
def test_other_parentheses_are_no_date(text):
    assert parse_date_expression(text) is None
