"""Dates as footnotes write them, and back.

"1. Oktober 2014", "1.10.2014", "18.5.2004", "31. 7. 1931", "01.10.2014" and the abbreviated
"1. Okt. 2014" all occur; the style is kept so that regeneration writes the date as it was.
"""

from __future__ import annotations

import datetime
import re

from django.utils.translation import gettext as _

from common.dates import FULL_MONTH_NUMBERS, MONTH_NAMES, MONTH_NUMBERS, month_number

from .model import FootnoteError

# Full month names and abbreviations come from the portal's one month table; in footnotes an
# abbreviation is always written with its dot ("1. Okt. 1990"), so a bare "Mai" stays a name.
_FULL = sorted(FULL_MONTH_NUMBERS, key=len, reverse=True)
_SHORT = sorted(set(MONTH_NUMBERS) - set(FULL_MONTH_NUMBERS), key=len, reverse=True)
_MONTH_RE = "|".join([*(re.escape(n) for n in _FULL), *(re.escape(n) + r"\." for n in _SHORT)])

# One date; the groups are named with a prefix so that several dates can share a pattern.
DATE = r"(?P<{p}d>\d{{1,2}})\.\s*(?:(?P<{p}mn>(?i:{m}))|(?P<{p}mm>\d{{1,2}})\.)\s*(?P<{p}y>\d{{4}})"


def date_pattern(prefix: str) -> str:
    return DATE.format(p=prefix, m=_MONTH_RE)


_GROUPS: dict[str, tuple[str, str, str, str]] = {}


def read_date(match: re.Match, prefix: str) -> tuple[datetime.date, str]:
    """The date and its style ("named", "short", "numeric", "spaced", "padded")."""
    names = _GROUPS.get(prefix)
    if names is None:
        names = _GROUPS[prefix] = (prefix + "d", prefix + "mn", prefix + "mm", prefix + "y")
    day, name, raw, year_text = match.group(*names)  # one call for the four groups
    if name:
        month = FULL_MONTH_NUMBERS.get(name.lower())  # a full name, the common case
        if month is not None:
            style = "named"
        else:
            month = month_number(name)
            style = "short:" + name
    else:
        month = int(raw)
        if (len(day) == 2 and day[0] == "0") or (len(raw) == 2 and raw[0] == "0"):
            style = "padded"
        elif " " in _written(match, prefix):
            style = "spaced"
        else:
            style = "numeric"
    year = int(year_text)
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
