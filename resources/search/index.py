"""Building the search index (`SearchDocument`, `SearchWord`) from resources."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from django.db import transaction

from ..models import Organisation, Resource, SearchDocument, SearchWord, Topic
from .analysis import ANALYZER_VERSION, analyse

BATCH_SIZE = 1000
MAX_WORD_LENGTH = 100


def _listing_queryset():
    return Resource.objects.order_by("pk").prefetch_related(
        "publishers",
        "topics__parent",
        "target_groups",
        "audiences",
        "links",
    )


def body_text(resource: Resource) -> str:
    """Everything besides the title that a visitor may search for."""
    parts = [resource.subtitle, resource.description, resource.date_note]
    parts.append(resource.availability_note)
    parts.append(str(resource.get_resource_type_display()))
    if resource.region:
        parts.append(str(resource.get_region_display()))
    for organisation in resource.publishers.all():
        parts += [organisation.name, organisation.short_name]
    for topic in resource.topics.all():
        parts.append(topic.name)
        if topic.parent_id:
            parts.append(topic.parent.name)
    parts += [group.name for group in resource.target_groups.all()]
    parts += [audience.name for audience in resource.audiences.all()]
    parts += [link.label for link in resource.links.all() if link.label and not link.label_damaged]
    # A line break between fields keeps a phrase from running from one field into the next.
    return "\n".join(p for p in parts if p)


def build_document(resource: Resource) -> tuple[SearchDocument, dict[str, str]]:
    title = analyse(resource.title)
    body = analyse(body_text(resource))
    vocabulary = {**body.display, **title.display}
    vocabulary = {w: d for w, d in vocabulary.items() if len(w) <= MAX_WORD_LENGTH}
    document = SearchDocument(
        resource_id=resource.pk,
        title_words=title.words,
        title_terms=title.terms,
        body_words=body.words,
        body_terms=body.terms,
        analyzer_version=ANALYZER_VERSION,
    )
    return document, vocabulary


@transaction.atomic
def reindex_resources(resource_ids: Iterable[int] | None = None) -> int:
    """(Re)builds the index rows of the given resources, or of all resources when
    `resource_ids` is None. Cheap for one resource: a handful of queries. Returns the number of
    documents written."""
    if resource_ids is None:
        return _rebuild_all()
    ids = sorted({int(pk) for pk in resource_ids})
    if not ids:
        return 0
    documents, vocabulary = [], {}
    for resource in _listing_queryset().filter(pk__in=ids):
        document, words = build_document(resource)
        documents.append(document)
        for word, display in words.items():
            vocabulary.setdefault(word, display)
    SearchDocument.objects.filter(resource_id__in=ids).delete()
    SearchDocument.objects.bulk_create(documents, batch_size=BATCH_SIZE)
    # New words join the vocabulary; counts are exact again after the next full rebuild.
    SearchWord.objects.bulk_create(
        [SearchWord(word=w, display=d[:MAX_WORD_LENGTH]) for w, d in vocabulary.items()],
        batch_size=BATCH_SIZE,
        ignore_conflicts=True,
    )
    return len(documents)


def _rebuild_all() -> int:
    SearchDocument.objects.all().delete()
    counts: Counter[str] = Counter()
    displays: dict[str, str] = {}
    written = 0
    last_pk = 0
    while True:
        batch = list(_listing_queryset().filter(pk__gt=last_pk)[:BATCH_SIZE])
        if not batch:
            break
        documents = []
        for resource in batch:
            document, words = build_document(resource)
            documents.append(document)
            counts.update(words.keys())
            for word, display in words.items():
                displays.setdefault(word, display)
        SearchDocument.objects.bulk_create(documents, batch_size=BATCH_SIZE)
        written += len(documents)
        last_pk = batch[-1].pk
    SearchWord.objects.all().delete()
    SearchWord.objects.bulk_create(
        [
            SearchWord(word=w, display=displays[w][:MAX_WORD_LENGTH], document_count=n)
            for w, n in counts.items()
        ],
        batch_size=BATCH_SIZE,
    )
    return written


def reindex_for_organisation(organisation: Organisation) -> int:
    return reindex_resources(organisation.resources.values_list("pk", flat=True))


def reindex_for_topic(topic: Topic) -> int:
    ids = Resource.objects.filter(
        pk__in=Resource.topics.through.objects.filter(
            topic__in=Topic.objects.filter(pk=topic.pk) | Topic.objects.filter(parent=topic)
        ).values("resource_id")
    ).values_list("pk", flat=True)
    return reindex_resources(ids)
