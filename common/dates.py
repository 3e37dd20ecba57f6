"""The one German month table of the portal.

Full dates are formatted with Django's `date_format` (the German locale spells the month);
the table is for what Django has no format for: partial dates ("Mrz. 2022") and reading the
spellings people really type — full names, abbreviations with or without a dot ("Mrz",
"Sept."), Austrian "Jänner"/"Jän." and the ASCII forms "Maerz"/"Mar".
"""

import datetime

from django.utils.formats import date_format
from django.utils.translation import get_language

# Full names, index = month number (index 0 unused).
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

# How a partial date shows its month ("Mrz. 2022", the Duden abbreviations).
MONTH_ABBREVIATIONS = {
    1: "Jan.",
    2: "Feb.",
    3: "Mrz.",
    4: "Apr.",
    5: "Mai",
    6: "Jun.",
    7: "Jul.",
    8: "Aug.",
    9: "Sep.",
    10: "Okt.",
    11: "Nov.",
    12: "Dez.",
}

# Every spelling read as a month, lower case and without a trailing dot.
_SPELLINGS = (
    "jan januar jän jänner",
    "feb febr februar",
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
)
MONTH_NUMBERS: dict[str, int] = {
    spelling: number
    for number, spellings in enumerate(_SPELLINGS, start=1)
    for spelling in spellings.split()
}
# Only the full names (and Jänner, Maerz): for parsers that must not take "Mai" in a sentence
# for an abbreviation of something else.
FULL_MONTH_NUMBERS: dict[str, int] = {
    name: number
    for name, number in MONTH_NUMBERS.items()
    if name in {n.lower() for n in MONTH_NAMES[1:]} | {"jänner", "maerz"}
}


def month_number(text: str) -> int | None:
    """1–12 for a German month name or abbreviation ("März", "Mrz.", "sept", "Jän"), else None."""
    return MONTH_NUMBERS.get(text.strip().rstrip(".").lower())


def format_long_date(value: datetime.date) -> str:
    """ "16. September 2014" in German (the active language's spelling of the month)."""
    return date_format(value, "j. F Y")


def format_numeric_date(value: datetime.date) -> str:
    """ "16.9.2014", as official gazettes cite dates."""
    return date_format(value, "j.n.Y")


def format_month(year: int, month: int) -> str:
    """ "Mrz. 2022": a date known only to the month. On pages in another language the month
    as that language spells it (Django's YEAR_MONTH_FORMAT: "March 2022", "مارس 2022")."""
    if (get_language() or "de").split("-")[0] != "de":
        return date_format(datetime.date(year, month, 1), "YEAR_MONTH_FORMAT")
    return f"{MONTH_ABBREVIATIONS[month]} {year}"
