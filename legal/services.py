"""Workflows of the legal app, and what other parts of the portal may ask of it.

`recent_changes` and `statute_url_for` are the legal app's interface for the newsletter and the
counselling guide; their signatures are fixed, the legal issue fills in their behaviour.
"""

import datetime
from dataclasses import dataclass


@dataclass(frozen=True)
class LegalChange:
    """One change of a statute, as a newsletter item: readable without knowing the model."""

    title: str  # e.g. "SchulG NRW: § 20 Absatz 4 geändert"
    statute: str  # abbreviation, e.g. "SchulG NRW"
    summary: str  # one sentence: what changed, by which act, effective when
    effective_date: datetime.date | None
    act_date: datetime.date | None
    url: str  # path of the public page that explains the change


def recent_changes(*, since: datetime.date, until: datetime.date) -> list[LegalChange]:
    """Changes that took effect, or whose amending act was published, in [since, until]."""
    return []


def statute_url_for(abbreviation: str) -> str | None:
    """The public page of the statute with this abbreviation, if the legal app has it."""
    return None
