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

from ..dates import PartialDate

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            "jan januar",
            "feb februar",
            "mrz mär märz maerz mar",
            "apr april",
            "mai",
            "jun juni",
            "jul juli",
            "aug august",
            "sep sept september",
            "okt oktober",
            "nov november",
            "dez dezember",
        ],
        start=1,
    )
    for name in names.split()
}
_MONTH = r"(?P<month>[A-Za-zäÄ]{3,9})\.?"
_DATE_FORMS = [
    re.compile(r"^(?P<day>\d{1,2})\.\s?(?P<mnum>\d{1,2})\.\s?(?P<year>\d{4})$"),
    re.compile(r"^(?P<day>\d{1,2})\.\s*" + _MONTH + r"\s*(?P<year>\d{4})$"),
    re.compile(r"^" + _MONTH + r"\s*(?P<year>\d{4})$"),
    re.compile(r"^(?P<year>\d{4})$"),
]
_RANGE_RE = re.compile(r"^(\d{4})\s*[-–/]\s*(\d{4})$")

# --------------------------------------------------------------------------------- dates


def parse_partial_date(text: str) -> PartialDate | None:
    """`Jul. 2025`, `Juni 2025`, `Mrz. 2022`, `Dez.2020`, `2017`, `05.09.2025`, `26. Juni 2013`."""
    text = re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip().rstrip(".")
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
            month = _MONTHS.get(parts["month"].lower())
            if month is None:
                return None
        day = int(parts["day"]) if parts.get("day") else None
        try:
            return PartialDate(year, month, day)
        except ValidationError:
            return None
    return None


@dataclass
class DateInfo:
    date: PartialDate | None = None
    note: str = ""
    availability: str = ""
    available_from: datetime.date | None = None


def parse_date_expression(text: str) -> DateInfo | None:
    """The content of a parenthesis, if it is a date, a range or an announcement."""
    text = re.sub(r"\s+", " ", text).strip()
    if not text:
        return None
    if text.lower().startswith("ab "):
        date = parse_partial_date(text[3:])
        if date:
            return DateInfo(availability=text, available_from=date.first_day())
        return None
    range_match = _RANGE_RE.match(text)
    if range_match:
        first, last = range_match.groups()
        return DateInfo(note=f"{first}–{last}")
    date = parse_partial_date(text)
    return DateInfo(date=date) if date else None


_INLINE_DATE_RE = re.compile(
    r"\b(?:vom\s+)?(?P<text>(?:\d{1,2}\.\s*)?(?:Januar|Februar|März|April|Mai|Juni|Juli|August|"
    r"September|Oktober|November|Dezember|Jan\.|Feb\.|Mrz\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|"
    r"Okt\.|Nov\.|Dez\.)\s*\d{4})\b"
)


def date_in_title(title: str) -> PartialDate | None:
    """Laws and commentaries carry their date in the title ("vom 26. Juni 2013")."""
    found = None
    for match in _INLINE_DATE_RE.finditer(title):
        found = parse_partial_date(match.group("text")) or found
    return found
