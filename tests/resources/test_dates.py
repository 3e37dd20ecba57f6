import pytest
from django.core.exceptions import ValidationError

from resources.dates import PartialDate


@pytest.mark.parametrize(
    ("date", "shown", "iso"),
    [
        (PartialDate(2025, 7), "Jul. 2025", "2025-07"),
        (PartialDate(2017), "2017", "2017"),
        (PartialDate(2025, 9, 5), "05.09.2025", "2025-09-05"),
        (PartialDate(2022, 3), "Mrz. 2022", "2022-03"),
    ],
)
def test_partial_dates_are_shown_the_german_way(date, shown, iso):
    assert str(date) == shown
    assert date.iso() == iso


def test_partial_dates_sort_by_what_is_known():
    dates = [
        PartialDate(2017, 3),
        PartialDate(2017),
        PartialDate(2016, 12, 31),
        PartialDate(2017, 3, 2),
    ]
    assert sorted(dates, key=lambda d: d.sort_key) == [
        PartialDate(2016, 12, 31),
        PartialDate(2017),
        PartialDate(2017, 3),
        PartialDate(2017, 3, 2),
    ]


@pytest.mark.parametrize(
    ("year", "month", "day"), [(2023, 2, 29), (2024, 13, None), (2024, None, 3), (99, None, None)]
)
def test_impossible_partial_dates_are_rejected(year, month, day):
    with pytest.raises(ValidationError):
        PartialDate(year, month, day)


def test_leap_day_is_accepted():
    assert str(PartialDate(2024, 2, 29)) == "29.02.2024"
