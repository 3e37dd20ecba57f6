"""The one facet registry: a facet is one entry here.

An entry names the URL parameter, the German label, the field that validates the
parameter's values, the condition a selection adds, how the facet is counted and where its
values' labels come from. The django-filter `FilterSet` (`filters`), the condition
(`facets.facet_filter`) and the counting (`facets`, `facet_counts`) all read from here, so a
new facet is one more entry (and, for a new kind of counting, one more branch in
`facet_counts`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from ..languages import LANGUAGES
from ..models import (
    Audience,
    Organisation,
    Region,
    Resource,
    ResourceLink,
    ResourceType,
    TargetGroup,
    Topic,
)


class Counting:
    TOPIC = "topic"  # sections with their topics (through table and parent)
    RELATED = "related"  # a many-to-many relation (through table), values are slugs
    LANGUAGE = "language"  # languages of the links
    CODED = "coded"  # a column of the resource table


@dataclass(frozen=True)
class FacetSpec:
    name: str  # the URL parameter and the facet's name in the JSON API
    label: Promise
    counting: str
    filter: Callable[[list], Q]
    model: type | None = None  # for facets of related objects, selected by slug
    labels: Callable[[], dict] = field(default=lambda: {})  # code -> label (coded facets)
    column: str = ""  # the resource column (coded) or the through table's column (related)
    through: type | None = None


def _topic_filter(selection: list) -> Q:
    through = Resource.topics.through.objects.filter(
        Q(topic__in=selection) | Q(topic__parent__in=selection)
    )
    return Q(pk__in=through.values("resource_id"))


def _related_filter(field_name: str, column: str) -> Callable[[list], Q]:
    def condition(selection: list) -> Q:
        through = getattr(Resource, field_name).through
        return Q(
            pk__in=through.objects.filter(**{f"{column}__in": selection}).values("resource_id")
        )

    return condition


def _related(name, label, model, field_name, column) -> FacetSpec:
    return FacetSpec(
        name,
        label,
        Counting.RELATED,
        _related_filter(field_name, column),
        model=model,
        column=f"{column}_id",
        through=getattr(Resource, field_name).through,
    )


def _coded(name, label, column, labels) -> FacetSpec:
    return FacetSpec(
        name,
        label,
        Counting.CODED,
        lambda selection: Q(**{f"{column}__in": selection}),
        labels=labels,
        column=column,
    )


FACETS: tuple[FacetSpec, ...] = (
    FacetSpec("topic", _("Thema"), Counting.TOPIC, _topic_filter, model=Topic),
    _related("target_group", _("Zielgruppe"), TargetGroup, "target_groups", "targetgroup"),
    _related("audience", _("Leserschaft"), Audience, "audiences", "audience"),
    _coded("type", _("Art"), "resource_type", lambda: dict(ResourceType.choices)),
    FacetSpec(
        "language",
        _("Sprache"),
        Counting.LANGUAGE,
        lambda selection: Q(
            pk__in=ResourceLink.objects.filter(language__in=selection).values("resource_id")
        ),
        labels=lambda: LANGUAGES,
    ),
    _related("publisher", _("Herausgeber"), Organisation, "publishers", "organisation"),
    _coded("region", _("Region"), "region", lambda: dict(Region.choices)),
    _coded("year", _("Jahr"), "pub_year", lambda: {}),
)

BY_NAME = {facet.name: facet for facet in FACETS}
FACET_NAMES = tuple(BY_NAME)
FACET_LABELS = {facet.name: facet.label for facet in FACETS}
