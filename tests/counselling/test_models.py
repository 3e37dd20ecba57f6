import datetime

import pytest
from django.core.exceptions import ValidationError

from counselling.models import Institution, ReferralPath, Role, add_months


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (datetime.date(2018, 9, 25), 12, datetime.date(2019, 9, 25)),
        (datetime.date(2020, 1, 31), 1, datetime.date(2020, 2, 29)),
        (datetime.date(2021, 11, 30), 3, datetime.date(2022, 2, 28)),
        (datetime.date(2021, 12, 15), 24, datetime.date(2023, 12, 15)),
    ],
)
def test_add_months_keeps_the_day_or_the_end_of_the_month(day, months, expected):
    assert add_months(day, months) == expected


def test_next_review_is_the_first_cycle_date_not_in_the_past():
    institution = Institution(adopted_on=datetime.date(2018, 9, 25), review_cycle_months=12)
    assert institution.next_review_after(datetime.date(2018, 10, 1)) == datetime.date(2019, 9, 25)
    assert institution.next_review_after(datetime.date(2026, 9, 25)) == datetime.date(2026, 9, 25)
    assert institution.next_review_after(datetime.date(2026, 9, 26)) == datetime.date(2027, 9, 25)


def test_no_next_review_without_adoption_date_or_cycle():
    assert Institution(review_cycle_months=12).next_review is None
    assert Institution(adopted_on=datetime.date(2018, 9, 25)).next_review is None


@pytest.mark.django_db
def test_a_path_cannot_lead_to_its_own_role(make_institution):
    from .test_checks import base

    institution = make_institution(base())
    role = Role.objects.get(institution=institution, slug="lehrer")
    with pytest.raises(ValidationError):
        ReferralPath(from_role=role, to_role=role).full_clean()
