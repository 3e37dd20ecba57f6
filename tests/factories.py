"""Small builders for test data: explicit, no magic. Each returns a saved object."""

import itertools

from django.utils import timezone
from django.utils.text import slugify

from resources.models import Organisation, Resource, ResourceLink, Topic

_counter = itertools.count(1)


def make_organisation(name: str | None = None, **fields) -> Organisation:
    name = name or f"Organisation {next(_counter)}"
    fields.setdefault("slug", slugify(name)[:110] or f"org-{next(_counter)}")
    return Organisation.objects.create(name=name, **fields)


def make_topic(name: str, parent: Topic | None = None, **fields) -> Topic:
    fields.setdefault("slug", f"{slugify(name)[:100]}-{next(_counter)}")
    return Topic.objects.create(name=name, parent=parent, **fields)


def make_resource(
    title: str | None = None,
    *,
    published: bool = True,
    publishers=(),
    topics=(),
    links=(),
    **fields,
) -> Resource:
    title = title or f"Material {next(_counter)}"
    fields.setdefault("slug", f"{slugify(title)[:100]}-{next(_counter)}")
    if published:
        fields.setdefault("status", Resource.Status.PUBLISHED)
        fields.setdefault("published_at", timezone.now() - timezone.timedelta(minutes=1))
    resource = Resource.objects.create(title=title, **fields)
    resource.publishers.set(publishers)
    resource.topics.set(topics)
    for position, link in enumerate(links):
        if isinstance(link, str):
            link = {"url": link}
        ResourceLink.objects.create(resource=resource, position=position, **link)
    return resource
