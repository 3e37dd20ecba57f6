"""Dates as footnotes write them, and back.

"1. Oktober 2014", "1.10.2014", "18.5.2004", "31. 7. 1931", "01.10.2014" and the abbreviated
"1. Okt. 2014" all occur; the style is kept so that regeneration writes the date as it was.
"""

from __future__ import annotations

import datetime
import re

from django.utils.translation import gettext as _

from .model import FootnoteError

MONTHS = {
    "januar": 1,
    "jänner": 1,
    "februar": 2,
    "märz": 3,
    "maerz": 3,
    "april": 4,
    "mai": 5,
    "juni": 6,
    "juli": 7,
    "august": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "dezember": 12,
}
MONTH_NAMES = (
    "",
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)
# Abbreviations seen in older notes ("1. Okt. 1990"); the full names come first in the
# alternation so "Juni" is not read as "Jun.".
SHORT_MONTHS = {
    "jan.": 1,
    "feb.": 2,
    "febr.": 2,
    "mrz.": 3,
    "apr.": 4,
    "jun.": 6,
    "jul.": 7,
    "aug.": 8,
    "sep.": 9,
    "sept.": 9,
    "okt.": 10,
    "nov.": 11,
    "dez.": 12,
}
_NAMES = sorted([*MONTHS, *SHORT_MONTHS], key=len, reverse=True)
_MONTH_RE = "|".join(re.escape(n) for n in _NAMES)

# One date; the groups are named with a prefix so that several dates can share a pattern.
DATE = r"(?P<{p}d>\d{{1,2}})\.\s*(?:(?P<{p}mn>(?i:{m}))|(?P<{p}mm>\d{{1,2}})\.)\s*(?P<{p}y>\d{{4}})"


def date_pattern(prefix: str) -> str:
    return DATE.format(p=prefix, m=_MONTH_RE)


def read_date(match: re.Match, prefix: str) -> tuple[datetime.date, str]:
    """The date and its style ("named", "short", "numeric", "spaced", "padded")."""
    day = match.group(prefix + "d")
    name = match.group(prefix + "mn")
    if name:
        low = name.lower()
        month = MONTHS.get(low) or SHORT_MONTHS[low]
        style = "named" if low in MONTHS else "short:" + name
    else:
        raw = match.group(prefix + "mm")
        month = int(raw)
        if (len(day) == 2 and day[0] == "0") or (len(raw) == 2 and raw[0] == "0"):
            style = "padded"
        elif " " in _written(match, prefix):
            style = "spaced"
        else:
            style = "numeric"
    year = int(match.group(prefix + "y"))
    try:
        return datetime.date(year, month, int(day)), style
    except ValueError:
        raise FootnoteError(
            _("Ungültiges Datum „%(date)s“: diesen Tag gibt es nicht (geschrieben „%(written)s“).")
            % {"date": f"{day}.{month}.{year}", "written": _written(match, prefix)}
        ) from None


def _written(match: re.Match, prefix: str) -> str:
    start = match.start(prefix + "d")
    return match.string[start : match.end(prefix + "y")]


def format_date(value: datetime.date, style: str = "named") -> str:
    if style == "numeric":
        return f"{value.day}.{value.month}.{value.year}"
    if style == "spaced":
        return f"{value.day}. {value.month}. {value.year}"
    if style == "padded":
        return f"{value.day:02d}.{value.month:02d}.{value.year}"
    if style.startswith("short:"):
        return f"{value.day}. {style[6:]} {value.year}"
    return f"{value.day}. {MONTH_NAMES[value.month]} {value.year}"
