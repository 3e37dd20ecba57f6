"""Building the search index (`SearchDocument`, `SearchWord`) from resources."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from django.core.management.color import no_style
from django.db import connection, transaction

from ..models import Resource, SearchDocument, SearchPosting, SearchTerm, SearchWord
from . import cache, contributions, memory
from .analysis import ANALYZER_VERSION, analyse
from .postings import document_terms
from .vocabulary import stamp_after_write

BATCH_SIZE = 1000
MAX_WORD_LENGTH = 100
# Rows per INSERT statement: well below SQLite's limit of 32,766 parameters.
INSERT_ROWS = 2000


def _listing_queryset():
    return Resource.objects.order_by("pk").prefetch_related(*contributions.prefetches())


def body_text(resource: Resource) -> str:
    """Everything besides the title that a visitor may search for (see `contributions`)."""
    # A line break between fields keeps a phrase from running from one field into the next.
    return "\n".join(contributions.body_texts(resource))


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
    cache.bump()
    if resource_ids is None:
        return _rebuild_all()
    ids = sorted({int(pk) for pk in resource_ids})
    if not ids:
        return 0
    # After the bump (which locks the state row): log ids are handed out in commit order.
    memory.note_changes(ids)
    documents, vocabulary = [], {}
    for resource in _listing_queryset().filter(pk__in=ids):
        document, words = build_document(resource)
        documents.append(document)
        for word, display in words.items():
            vocabulary.setdefault(word, display)
    SearchDocument.objects.filter(resource_id__in=ids).delete()
    SearchDocument.objects.bulk_create(documents, batch_size=BATCH_SIZE)
    SearchPosting.objects.filter(resource_id__in=ids).delete()
    _write_postings(documents, _term_ids(documents))
    # New words join the vocabulary; counts are exact again after the next full rebuild.
    SearchWord.objects.bulk_create(
        [SearchWord(word=w, display=d[:MAX_WORD_LENGTH]) for w, d in vocabulary.items()],
        batch_size=BATCH_SIZE,
        ignore_conflicts=True,
    )
    stamp_after_write(full=False)
    return len(documents)


def _term_ids(documents: list[SearchDocument]) -> dict[str, int]:
    """Ids of the terms of `documents`, adding the new ones to the vocabulary."""
    texts = sorted({t for d in documents for t in document_terms(d)})
    ids: dict[str, int] = {}
    for start in range(0, len(texts), BATCH_SIZE):
        chunk = texts[start : start + BATCH_SIZE]
        ids.update(SearchTerm.objects.filter(text__in=chunk).values_list("text", "id"))
        missing = [SearchTerm(text=t) for t in chunk if t not in ids]
        if missing:
            # Another editor may add the same term at the same moment: ignore, then re-read.
            SearchTerm.objects.bulk_create(missing, ignore_conflicts=True)
            ids.update(
                SearchTerm.objects.filter(text__in=[t.text for t in missing]).values_list(
                    "text", "id"
                )
            )
    return ids


def _write_postings(documents: list[SearchDocument], term_ids: dict[str, int]) -> None:
    rows = [
        (term_ids[text], document.resource_id, bits)
        for document in documents
        for text, bits in document_terms(document).items()
    ]
    _insert(SearchPosting._meta.db_table, ("term_id", "resource_id", "fields"), rows)


def _insert(table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
    """Plain multi-row INSERTs: millions of index rows without building a model instance for
    each (several times faster than bulk_create, on both databases)."""
    quote = connection.ops.quote_name
    if connection.vendor == "postgresql" and rows:
        # COPY is PostgreSQL's bulk path: the same rows, several times faster.
        with connection.cursor() as cursor:
            target = f"{quote(table)} ({', '.join(quote(c) for c in columns)})"
            with cursor.cursor.copy(f"COPY {target} FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        return
    head = f"INSERT INTO {quote(table)} ({', '.join(quote(c) for c in columns)}) VALUES "
    row_sql = "(" + ", ".join(["%s"] * len(columns)) + ")"
    with connection.cursor() as cursor:
        for start in range(0, len(rows), INSERT_ROWS):
            chunk = rows[start : start + INSERT_ROWS]
            cursor.execute(
                head + ", ".join([row_sql] * len(chunk)), [v for row in chunk for v in row]
            )


def _clear(*models) -> None:
    with connection.cursor() as cursor:
        for model in models:
            cursor.execute(f"DELETE FROM {connection.ops.quote_name(model._meta.db_table)}")


def _rebuild_all() -> int:
    # Whole tables go at once: the ORM would first load every id to cascade.
    _clear(SearchPosting, SearchTerm, SearchDocument)
    memory.clear_changes()  # a new vocabulary generation: every process starts over
    term_ids: dict[str, int] = {}
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
        # A full rebuild numbers the vocabulary itself: no round trip per batch for ids.
        new_terms = []
        for document in documents:
            for text in document_terms(document):
                if text not in term_ids:
                    term_ids[text] = len(term_ids) + 1
                    new_terms.append((term_ids[text], text))
        _insert(SearchTerm._meta.db_table, ("id", "text"), new_terms)
        _write_postings(documents, term_ids)
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
    _reset_sequence(SearchTerm)
    stamp_after_write(full=True)
    return written


def _reset_sequence(model) -> None:
    """After inserting explicit ids, PostgreSQL's id sequence must continue after them."""
    statements = connection.ops.sequence_reset_sql(no_style(), [model])
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)
