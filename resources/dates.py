"""Partial dates: a publication is often known only to the year or the month."""

from __future__ import annotations

import calendar
import datetime
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from common.dates import format_month


@dataclass(frozen=True, order=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self):
        validate_partial_date(self.year, self.month, self.day)

    def __str__(self) -> str:
        if self.month is None:
            return str(self.year)
        if self.day is None:
            return format_month(self.year, self.month)
        return f"{self.day:02d}.{self.month:02d}.{self.year}"

    @property
    def sort_key(self) -> int:
        """YYYYMMDD with zeros for unknown parts: a year alone sorts before its months."""
        return self.year * 10000 + (self.month or 0) * 100 + (self.day or 0)

    def iso(self) -> str:
        """ISO 8601 with reduced precision (2025, 2025-07, 2025-07-14), as schema.org accepts."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def first_day(self) -> datetime.date:
        return datetime.date(self.year, self.month or 1, self.day or 1)


def validate_partial_date(year: int | None, month: int | None, day: int | None) -> None:
    """Raises ValidationError for a day without month, month 13, 31 February and the like."""
    if year is None:
        if month is not None or day is not None:
            raise ValidationError(_("Ein Monat oder Tag braucht auch ein Jahr."))
        return
    if not 1000 <= year <= 2999:
        raise ValidationError(_("Das Jahr muss vierstellig sein."))
    if month is None:
        if day is not None:
            raise ValidationError(_("Ein Tag braucht auch einen Monat."))
        return
    if not 1 <= month <= 12:
        raise ValidationError(_("Der Monat muss zwischen 1 und 12 liegen."))
    if day is not None and not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise ValidationError(
            _("Den %(day)d. gibt es in diesem Monat nicht.") % {"day": day},
        )
