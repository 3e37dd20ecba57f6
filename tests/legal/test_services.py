import datetime

import pytest

from legal.services import LegalChange, recent_changes, statute_url_for

D = datetime.date
pytestmark = pytest.mark.django_db


def test_recent_changes_groups_by_act_and_entry_into_force(hg):
    changes = recent_changes(since=D(2023, 8, 1), until=D(2023, 12, 31))
    assert all(isinstance(c, LegalChange) for c in changes)
    # The 29 August 2023 act reaches back to 1 January 2023 (Nummer 2) but its publication
    # falls after the start of the period, so both of its dates are listed.
    assert [(c.effective_date, c.act_date) for c in changes] == [
        (D(2023, 1, 1), D(2023, 8, 29)),
        (D(2023, 9, 12), D(2023, 8, 29)),
        (D(2023, 12, 16), D(2023, 12, 5)),
    ]
    retro, september, december = changes
    assert retro.title == "HG NRW: § 67b Absatz 1 neu gefasst"
    assert "mit Wirkung vom 1. Januar 2023" in retro.summary
    assert september.title.startswith("HG NRW: § 31 Absatz 5 geändert und 1 weitere")
    assert december.statute == "HG NRW"
    assert "Artikel 2 des Gesetzes vom 5. Dezember 2023 (GV. NRW. S. 1278)" in december.summary
    assert december.url.startswith("/recht/aenderungsgesetz/")


def test_recent_changes_outside_any_change_is_empty(hg):
    assert recent_changes(since=D(2024, 1, 1), until=D(2024, 3, 1)) == []


@pytest.mark.parametrize("name", ["HG", "hg", "HG NRW", "hg  nrw", " HG-NRW ", "HGNRW"])
def test_statute_url_for_tolerates_case_and_spacing(hg, name):
    assert statute_url_for(name) == "/recht/hg-nrw/"


@pytest.mark.parametrize("name", ["SchulG NRW", "", "H G X"])
def test_statute_url_for_unknown_is_none(hg, name):
    assert statute_url_for(name) is None
