"""Facets with disjunctive counts: OR within a facet, AND across facets, and each facet's
counts computed on the result filtered by every *other* facet (as Django admin's facets do),
so ticking a second topic shows how many more results it would add.

Many-to-many facets filter and count through `pk__in` subqueries on the through tables, so a
resource with three topics is still counted once per topic and never multiplies result rows.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from django.db.models import Q, QuerySet

from ..models import Topic
from . import facet_counts
from .registry import BY_NAME, FACET_NAMES, FACETS, Counting

VISIBLE_VALUES = 8


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool
    children: list[FacetValue] = field(default_factory=list)
    lang: str = ""
    # "de" where the label is German text shown on a page in another language (a topic
    # without translation): the template marks the label with lang="de".
    label_lang: str = ""

    def as_dict(self) -> dict:
        data = {
            "value": self.value,
            "label": self.label,
            "count": self.count,
            "selected": self.selected,
        }
        if self.children:
            data["children"] = [c.as_dict() for c in self.children]
        return data


@dataclass
class Facet:
    name: str
    label: str
    values: list[FacetValue]

    @property
    def visible(self) -> list[FacetValue]:
        """The first values, plus every selected one: a selection never hides in "more"."""
        return [v for i, v in enumerate(self.values) if i < VISIBLE_VALUES or v.selected]

    @property
    def more(self) -> list[FacetValue]:
        return [v for i, v in enumerate(self.values) if i >= VISIBLE_VALUES and not v.selected]

    @property
    def selected_count(self) -> int:
        return sum(1 for v in self.values if v.selected) + sum(
            1 for v in self.values for c in v.children if c.selected
        )

    def as_dict(self) -> dict:
        return {
            "name": self.name,
            "label": str(self.label),
            "values": [v.as_dict() for v in self.values],
        }


def facet_filter(name: str, selection: list) -> Q:
    """The condition for one facet's selection (values OR-ed)."""
    return BY_NAME[name].filter(selection)


def _selected_keys(name: str, selection: list) -> list[str]:
    if BY_NAME[name].model is not None:
        return [o.slug for o in selection]
    return [str(v) for v in selection]


def _by_count(values: list[FacetValue]) -> list[FacetValue]:
    return sorted(values, key=lambda v: (-v.count, v.label.casefold()))


def _count_related(name: str, rows: list[tuple], selection: list) -> list[FacetValue]:
    selected = {o.slug: o for o in selection}
    values = {slug: FacetValue(slug, label, n, slug in selected) for _id, slug, label, n in rows}
    for slug, obj in selected.items():
        values.setdefault(slug, FacetValue(slug, obj.name, 0, True))
    return _by_count(list(values.values()))


_topics_lock = threading.Lock()
_topics: tuple[str | None, list[Topic]] = (None, [])


def all_topics(version: str | None) -> list[Topic]:
    """Every topic in display order, read once per data version (a small table; renaming a
    topic starts a new version)."""
    global _topics
    if version is not None and _topics[0] == version:
        return _topics[1]
    topics = list(Topic.objects.order_by("position", "name"))
    if version is not None:
        with _topics_lock:
            _topics = (version, topics)
    return topics


def _topic_value(topic: Topic, count: int, selected: bool) -> FacetValue:
    """A topic's facet value, labelled in the active language (German as marked fallback)."""
    label = topic.translation("name")
    return FacetValue(
        topic.slug, label.text, count, selected, label_lang="de" if label.is_fallback else ""
    )


def _count_topics(
    rows: list[tuple],
    section_rows: list[tuple],
    selection: list,
    version: str | None = None,
    topics: list[Topic] | None = None,
) -> list[FacetValue]:
    """Sections with their topics; a section counts each resource in it or its topics once."""
    direct = {topic_id: n for topic_id, _c, _l, n in rows}
    sections = {section_id: n for section_id, _c, _l, n in section_rows}
    selected_ids = {t.pk for t in selection}
    wanted = set(direct) | set(sections) | selected_ids
    wanted |= {t.parent_id for t in selection if t.parent_id}
    if topics is None:
        topics = all_topics(version)
    topics = [t for t in topics if t.pk in wanted]
    by_section: dict[int, FacetValue] = {}
    children: list[tuple[Topic, FacetValue]] = []
    for topic in topics:
        if topic.parent_id is None:
            by_section[topic.pk] = _topic_value(
                topic, sections.get(topic.pk, 0), topic.pk in selected_ids
            )
        else:
            children.append(
                (topic, _topic_value(topic, direct.get(topic.pk, 0), topic.pk in selected_ids))
            )
    for topic, value in children:
        parent = by_section.get(topic.parent_id)
        if parent is not None and (value.count or value.selected):
            parent.children.append(value)
    return [
        v
        for v in by_section.values()
        if v.count or v.selected or any(c.selected for c in v.children)
    ]


def _count_codes(name: str, rows: list[tuple], selection: list) -> list[FacetValue]:
    labels = BY_NAME[name].labels()
    counts = {str(code if name != "year" else id_): n for id_, code, _l, n in rows}
    keys = _selected_keys(name, selection)
    for key in keys:
        counts.setdefault(key, 0)
    values = [
        FacetValue(code, str(labels.get(code, code)), n, code in keys) for code, n in counts.items()
    ]
    if name == "language":
        for value in values:
            value.lang = value.value
    if name == "year":
        return sorted(values, key=lambda v: -int(v.value))
    return _by_count(values)


def count_facets(
    base: QuerySet, selections: dict[str, list], *, version: str | None = None
) -> tuple[list[Facet], int]:
    """The facets of the resources in `base` (the text-matched queryset before any facet
    filter), and the number of results with every selection applied."""
    filters = {name: facet_filter(name, sel) for name, sel in selections.items() if sel}
    total, rows = facet_counts.count_rows(base, filters, FACET_NAMES)
    return facets_from_rows(total, rows, selections, version=version)


def facets_from_rows(
    total: int,
    rows: dict[str, list[tuple]],
    selections: dict[str, list],
    *,
    version=None,
    topics: list[Topic] | None = None,
) -> tuple[list[Facet], int]:
    """The facets out of counted rows (`facet_counts.count_rows`, or the in-memory columns
    of `memory`, which give the same rows). `topics`: every topic in display order, if the
    caller holds them (else read once per data version)."""
    facets = []
    for spec in FACETS:
        name = spec.name
        selection = selections.get(name) or []
        if spec.counting == Counting.TOPIC:
            values = _count_topics(
                rows.get("topic", []), rows.get("section", []), selection, version, topics
            )
        elif spec.counting == Counting.RELATED:
            values = _count_related(name, rows.get(name, []), selection)
        else:
            values = _count_codes(name, rows.get(name, []), selection)
        # The label translated now (the cache key holds the language): a lazy label costs
        # more to pickle and unpickle than all the facet's values.
        facets.append(Facet(name, str(spec.label), values))
    return facets, total
