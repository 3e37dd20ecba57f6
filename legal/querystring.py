"""Reading dates and citations from query strings, with messages a visitor understands."""

import datetime
import re

from django.utils.translation import gettext as _

from common.errors import InvalidParameter


class BadQuery(InvalidParameter):
    """The message names the parameter and what was wrong with it."""


def parse_day(value: str | None, name: str) -> datetime.date | None:
    """Accepts 2021-04-15 (the HTML date input) and 15.04.2021; rejects 31.02. by name."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", value) or None
    if m:
        year, month, day = (int(x) for x in m.groups())
    else:
        m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", value)
        if not m:
            raise BadQuery(
                _(
                    "„%(name)s“ muss ein Datum wie 2021-04-15 oder 15.04.2021 sein, "
                    "nicht „%(value)s“."
                )
                % {"name": name, "value": value[:40]}
            )
        day, month, year = (int(x) for x in m.groups())
    try:
        return datetime.date(year, month, day)
    except ValueError:
        raise BadQuery(
            _("„%(name)s“: den %(day)02d.%(month)02d.%(year)04d gibt es nicht.")
            % {"name": name, "day": day, "month": month, "year": year}
        ) from None


CITATION_RE = re.compile(
    r"^\s*(?:§+\s*)?(?P<par>\d{1,4}[a-z]?)"
    r"(?:\s*(?:,\s*)?(?:Absatz|Abs\.?)\s*(?P<abs>\d{1,3}[a-z]?))?\s*$",
    re.IGNORECASE,
)


def parse_citation(value: str | None) -> tuple[str, str] | None:
    """ "§ 31a" → ("31a", ""), "§ 20 Abs. 4" → ("20", "4")."""
    if value is None or not value.strip():
        return None
    m = CITATION_RE.match(value[:60])
    if not m:
        raise BadQuery(
            _("Suche nach einer Vorschrift bitte so: „§ 31a“ oder „§ 20 Absatz 4“, nicht „%(v)s“.")
            % {"v": value[:60]}
        )
    return m.group("par").lower(), (m.group("abs") or "").lower()
