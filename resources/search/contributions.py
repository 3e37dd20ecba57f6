"""The one registry of what each model contributes to a resource's index text.

A `Contribution` says which texts of a resource come from one model and which resources a
change of one of that model's rows touches. `index.body_text` reads the texts from here, and
`signals` reindexes the touched resources after every save or deletion of these models (and
every change of the resources' many-to-many relations to them). A new searchable model is one
more entry here; nothing else needs to know.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.db import models

from ..models import Audience, Organisation, Resource, ResourceLink, TargetGroup, Topic


@dataclass(frozen=True)
class Contribution:
    model: type[models.Model]
    # The texts this model adds to the body of one resource (prefetched with `prefetch`).
    texts: Callable[[Resource], Iterable[str]]
    # Ids of the resources whose index text a change of `instance` changes.
    affected: Callable[[models.Model], Iterable[int]]
    prefetch: tuple[str, ...] = ()
    # The resources' many-to-many field to this model, if any (its changes reindex too).
    m2m: str = ""


def _resource_texts(resource: Resource) -> list[str]:
    parts = [resource.subtitle, resource.description, resource.date_note]
    parts.append(resource.availability_note)
    parts.append(str(resource.get_resource_type_display()))
    if resource.region:
        parts.append(str(resource.get_region_display()))
    if resource.pub_year:
        # "UNICEF 2017": the year is a term like any other word.
        parts.append(str(resource.pub_year))
    return parts


def _link_texts(resource: Resource) -> list[str]:
    # Labels are titles in other languages ("A Guide for Refugee Parents"): searchable as
    # written. A label damaged by the import ("????") is not text.
    return [link.label for link in resource.links.all() if link.label and not link.label_damaged]


def _publisher_texts(resource: Resource) -> list[str]:
    parts = []
    for organisation in resource.publishers.all():
        parts += [organisation.name, organisation.short_name]
    return parts


def _topic_texts(resource: Resource) -> list[str]:
    parts = []
    for topic in resource.topics.all():
        parts.append(topic.name)
        if topic.parent_id:
            parts.append(topic.parent.name)
    return parts


def _topic_resources(topic: Topic) -> Iterable[int]:
    # A section's name is indexed with the resources of its topics as well.
    through = Resource.topics.through.objects
    return through.filter(
        models.Q(topic_id=topic.pk) | models.Q(topic__parent_id=topic.pk)
    ).values_list("resource_id", flat=True)


def _related_resources(field: str) -> Callable[[models.Model], Iterable[int]]:
    def affected(instance: models.Model) -> Iterable[int]:
        through = getattr(Resource, field).through
        column = getattr(Resource, field).field.m2m_reverse_field_name()
        return through.objects.filter(**{column: instance.pk}).values_list("resource_id", flat=True)

    return affected


REGISTRY: tuple[Contribution, ...] = (
    Contribution(Resource, _resource_texts, lambda resource: [resource.pk]),
    Contribution(ResourceLink, _link_texts, lambda link: [link.resource_id], prefetch=("links",)),
    Contribution(
        Organisation,
        _publisher_texts,
        _related_resources("publishers"),
        prefetch=("publishers",),
        m2m="publishers",
    ),
    Contribution(Topic, _topic_texts, _topic_resources, prefetch=("topics__parent",), m2m="topics"),
    Contribution(
        TargetGroup,
        lambda r: [group.name for group in r.target_groups.all()],
        _related_resources("target_groups"),
        prefetch=("target_groups",),
        m2m="target_groups",
    ),
    Contribution(
        Audience,
        lambda r: [audience.name for audience in r.audiences.all()],
        _related_resources("audiences"),
        prefetch=("audiences",),
        m2m="audiences",
    ),
)


def prefetches() -> list[str]:
    return [name for c in REGISTRY for name in c.prefetch]


def body_texts(resource: Resource) -> list[str]:
    return [text for c in REGISTRY for text in c.texts(resource) if text]
