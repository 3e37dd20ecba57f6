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
