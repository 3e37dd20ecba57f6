"""Dates as the link list writes them, in parentheses after an entry.

`parse_partial_date` reads one date to the precision given ("2017", "Jul. 2025", "03/2023",
"26. Juni 2013"); `parse_date_expression` also reads ranges ("2019/2020", "2017–2019"),
announcements ("ab Sept. 2026") and "o. J." (no year given).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError

from common.dates import MONTH_ABBREVIATIONS, MONTH_NAMES, month_number

from ..dates import PartialDate

_MONTH = r"(?P<month>[A-Za-zäÄ]{3,9})\.?"
_DATE_FORMS = [
    re.compile(r"^(?P<day>\d{1,2})\.\s?(?P<mnum>\d{1,2})\.\s?(?P<year>\d{4})$"),
    re.compile(r"^(?P<day>\d{1,2})\.\s*" + _MONTH + r"\s*(?P<year>\d{4})$"),
    re.compile(r"^" + _MONTH + r"\s*(?P<year>\d{4})$"),
    # "03/2023", "3/2023", "03.2023": month and year as office forms write them.
    re.compile(r"^(?P<mnum>\d{1,2})\s?[/.]\s?(?P<year>\d{4})$"),
    # ISO 8601 with reduced precision, as some sites print it: "2023-03", "2023-03-14".
    re.compile(r"^(?P<year>\d{4})-(?P<mnum>\d{2})(?:-(?P<day>\d{2}))?$"),
    # Seasons say no more than the year.
    re.compile(r"^(?:Frühjahr|Frühling|Sommer|Herbst|Winter)\s+(?P<year>\d{4})$", re.IGNORECASE),
    re.compile(r"^(?P<year>\d{4})$"),
]
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212"
# "2017-2019", "2017–2019", "2019/2020", "2019 bis 2020", and the school year "2019/20" (a
# short form only after a slash: "2023-03" is ISO for March 2023).
_RANGE_RE = re.compile(
    r"^(?P<first>\d{4})\s*(?:(?:[" + _DASHES + r"/]|bis)\s*(?P<last>\d{4})|/\s*(?P<short>\d{2}))$",
    re.IGNORECASE,
)
# "o. J." (ohne Jahr), "o.J.", "ohne Jahr", "o. D.", "n.d.": the source says there is no date.
_UNDATED_RE = re.compile(
    r"^(?:o\.\s?J\.?|o\.\s?D\.?|ohne\s+(?:Jahr|Datum)|n\.\s?d\.?|undatiert)$", re.IGNORECASE
)
_STAND_RE = re.compile(r"^(?:Stand|Stand vom|zuletzt aktualisiert)\s*:?\s*", re.IGNORECASE)
_SPACES_RE = re.compile(r"[\s\u00a0\u202f\u2007]+")


def parse_partial_date(text: str) -> PartialDate | None:
    """`Jul. 2025`, `Juni 2025`, `Sept. 2024`, `Dez.2020`, `2017`, `05.09.2025`, `26. Juni 2013`,
    `03/2023`, `2023-03`, `Herbst 2021`; None for anything else (and for 31.02.)."""
    text = _SPACES_RE.sub(" ", text).strip().rstrip(".")
    for pattern in _DATE_FORMS:
        match = pattern.match(text) or pattern.match(text + ".")
        if not match:
            continue
        parts = match.groupdict()
        year = int(parts["year"])
        month = None
        if parts.get("mnum"):
            month = int(parts["mnum"])
        elif parts.get("month"):
            month = month_number(parts["month"])
            if month is None:
                continue  # "Herbst 2021": a later form may still read it
        day = int(parts["day"]) if parts.get("day") else None
        try:
            return PartialDate(year, month, day)
        except ValidationError:
            return None
    return None


@dataclass
class DateInfo:
    """What a parenthesis says about time. All fields empty: the source says "no date"."""

    date: PartialDate | None = None
    note: str = ""
    availability: str = ""
    available_from: datetime.date | None = None


def parse_date_expression(text: str) -> DateInfo | None:
    """The content of a parenthesis, if it is a date, a range, an announcement or "o. J."."""
    text = _SPACES_RE.sub(" ", text).strip()
    if not text:
        return None
    if _UNDATED_RE.match(text):
        return DateInfo()
    if text.lower().startswith("ab "):
        date = parse_partial_date(text[3:])
        if date:
            return DateInfo(availability=text, available_from=date.first_day())
        return None
    range_match = _RANGE_RE.match(text)
    if range_match:
        first = range_match.group("first")
        last = range_match.group("last") or first[:2] + range_match.group("short")
        if int(last) > int(first):
            return DateInfo(note=f"{first}–{last}")
        return None
    date = parse_partial_date(_STAND_RE.sub("", text))
    return DateInfo(date=date) if date else None


# Only full names and dotted abbreviations: a bare "Mai" in a title is a month, "Mar" is not.
_MONTH_WORDS = [
    *MONTH_NAMES[1:],
    *(re.escape(a) for a in MONTH_ABBREVIATIONS.values() if a.endswith(".")),
    r"Sept\.",
]
_INLINE_DATE_RE = re.compile(
    r"\b(?:vom\s+)?(?P<text>(?:\d{1,2}\.\s*)?(?:" + "|".join(_MONTH_WORDS) + r")\s*\d{4})\b"
)


def date_in_title(title: str) -> PartialDate | None:
    """Laws and commentaries carry their date in the title ("vom 26. Juni 2013")."""
    found = None
    for match in _INLINE_DATE_RE.finditer(title):
        found = parse_partial_date(match.group("text")) or found
    return found
