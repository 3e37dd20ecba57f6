"""Reads of the legal app, shared by the HTML pages and the JSON API.

Both must show the same data: the amending acts of a statute (the original enactment is not
an amending act and is never listed among them), the changes since a date, the state on a
date. Each function returns a queryset or plain data in a bounded number of queries.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Count, F, Q
from django.db.models.functions import ExtractYear

from .models import (
    EFFECTIVE_ASC,
    EFFECTIVE_DESC,
    ActKind,
    AmendingAct,
    AmendmentEvent,
    Operation,
    Provision,
    ProvisionPeriod,
    Statute,
)


def statute_acts(*, statute: Statute):
    """The acts that amended `statute`, oldest first, each with its number of changes to it."""
    return (
        AmendingAct.objects.filter(events__statute=statute)
        .exclude(kind=ActKind.ORIGINAL)
        .annotate(event_count=Count("events"))
        .order_by(F("date").asc(nulls_last=True), "page", "pk")
    )


def statute_changes(*, statute: Statute, since: datetime.date | None = None, newest_first=False):
    """Changes (not the enactment), optionally only those since `since`: took effect on or
    after it, or were published since then with effect reaching back."""
    events = AmendmentEvent.objects.filter(statute=statute).exclude(operation=Operation.ENACTMENT)
    if since:
        events = events.changed_since(since)
    order = EFFECTIVE_DESC if newest_first else EFFECTIVE_ASC
    return events.for_page().order_by(order, "footnote__position", "position")


def statute_timeline(*, statute: Statute) -> list[dict]:
    """Number of changes and amending acts per year of entry into force (one query)."""
    rows = (
        statute.events.exclude(operation=Operation.ENACTMENT)
        .exclude(effective_date__isnull=True)
        .annotate(year=ExtractYear("effective_date"))
        .values("year")
        .annotate(changes=Count("id"), acts=Count("act", distinct=True))
        .order_by("year")
    )
    return [dict(r) for r in rows]


@dataclass
class PointInTime:
    day: datetime.date
    in_force: bool
    periods: list[ProvisionPeriod]
    effective: object  # queryset of the changes in effect on `day`, newest first
    effective_count: int
    retroactive_count: int
    pending_count: int
    latest: AmendmentEvent | None  # the last change that took effect on or before `day`
    on_the_day: int  # changes that took effect on `day` itself


def statute_point_in_time(*, statute: Statute, day: datetime.date) -> PointInTime:
    """Which provisions existed on `day` (under which label) and which changes had taken
    effect, including those made later with retroactive effect."""
    periods = list(
        ProvisionPeriod.objects.on(day)
        .filter(statute=statute)
        .select_related("provision")
        .order_by("sort_key")
    )
    changes = AmendmentEvent.objects.filter(statute=statute).exclude(operation=Operation.ENACTMENT)
    effective = changes.effective_by(day)
    counts = effective.aggregate(
        total=Count("id"),
        retroactive=Count("id", filter=Q(act__date__gt=day)),
        on_the_day=Count("id", filter=Q(effective_date=day)),
    )
    pending = changes.filter(effective_date__gt=day).count()
    latest = (
        effective.select_related("act")
        .order_by(EFFECTIVE_DESC, "-footnote__position", "-position")
        .first()
    )
    return PointInTime(
        day=day,
        in_force=not (statute.in_force_since and day < statute.in_force_since),
        periods=periods,
        effective=effective.for_page().order_by(EFFECTIVE_DESC, "footnote__position", "position"),
        effective_count=counts["total"],
        retroactive_count=counts["retroactive"],
        pending_count=pending,
        latest=latest,
        on_the_day=counts["on_the_day"],
    )


def provision_events(*, provision: Provision, children: list[Provision] | None = None):
    """The history of a provision and its Absätze, oldest first."""
    if children is None:
        children = list(provision.children.all())
    # An explicit id list (not an OR over a join) lets the database use the provision index.
    ids = [provision.pk, *(child.pk for child in children)]
    return (
        AmendmentEvent.objects.filter(provision_id__in=ids)
        .for_page()
        .select_related("footnote")
        .order_by(EFFECTIVE_ASC, "footnote__position", "position")
    )


def act_events(*, act: AmendingAct):
    """Everything one act changed, statute by statute."""
    return (
        act.events.for_page()
        .select_related("footnote")
        .order_by("statute__abbreviation", "footnote__position", "position")
    )


def act_dates(*, act: AmendingAct):
    """The act's entry-into-force dates with the number of changes each."""
    return (
        act.events.values("effective_date", "retroactive", "act_article", "act_part")
        .annotate(n=Count("id"))
        .order_by(EFFECTIVE_ASC)
    )
