"""Admin list filters by link state: the link report's own, and one for the resource list.

A link's findings count only while they describe its present address (`checked_url`), so an
edited address shows up as unchecked until the next run.
"""

from django.contrib import admin
from django.db.models import Exists, F, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from .models import CheckedLink
from .status import BROKEN, REDIRECTED, SUSPICIOUS, LinkStatus

STATE_CHOICES = [
    ("broken", _("defekt")),
    ("redirected", _("umgeleitet")),
    ("unchecked", _("ungeprüft")),
    ("missing", _("Adresse fehlt")),
    ("archived", _("archiviert")),
    ("ok", _("in Ordnung")),
]


def link_state_q(state: str) -> Q | None:
    """Condition on ResourceLink for one state of the report."""
    live = Q(health__checked_url=F("url"), health__archived=False)
    if state == "broken":
        return live & Q(health__status__in=BROKEN | SUSPICIOUS)
    if state == "redirected":
        return live & Q(health__status__in=REDIRECTED)
    if state == "ok":
        return live & Q(health__status=LinkStatus.OK)
    if state == "archived":
        return Q(health__archived=True)
    if state == "missing":
        return Q(url="")
    if state == "unchecked":
        return ~Q(url="") & (
            Q(health__isnull=True) | (~Q(health__checked_url=F("url")) & Q(health__archived=False))
        )
    return None


class LinkStateFilter(admin.SimpleListFilter):
    title = _("Linkzustand")
    parameter_name = "zustand"

    def lookups(self, request, model_admin):
        return STATE_CHOICES

    def queryset(self, request, queryset):
        condition = link_state_q(self.value() or "")
        return queryset if condition is None else queryset.filter(condition)


class ResourceLinkStateFilter(admin.SimpleListFilter):
    """On the resource list: resources with at least one link in that state."""

    title = _("Linkprüfung")
    parameter_name = "linkzustand"

    def lookups(self, request, model_admin):
        return [choice for choice in STATE_CHOICES if choice[0] not in ("missing", "ok")]

    def queryset(self, request, queryset):
        condition = link_state_q(self.value() or "")
        if condition is None:
            return queryset
        links = CheckedLink.objects.filter(condition, resource=OuterRef("pk"))
        return queryset.filter(Exists(links))
