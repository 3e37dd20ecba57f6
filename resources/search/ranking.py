"""Relevance order, computed in Python from the inverted index.

The rank of a resource is the sum, over the query's positive words, of the best level each
word reaches in it (engine.TITLE_WORD 32, TITLE_PART 16, BODY_WORD 8, BODY_PART 4,
TITLE_TYPO 2, BODY_TYPO 1).
Each word costs one indexed read of its postings; the sort (rank, then date, then id) is one
Python sort of the matched ids.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import F, Q, QuerySet, prefetch_related_objects
from django.db.models.expressions import RawSQL

from ..models import Resource, SearchPosting, SearchTerm
from . import cache, postings
from .engine import (
    BODY_PART,
    BODY_TYPO,
    BODY_WORD,
    TITLE_PART,
    TITLE_TYPO,
    TITLE_WORD,
    atom_rank,
    match_term,
    phrase_q,
    phrase_text_q,
)
from .query import Atom, ParsedQuery, Phrase


def _term_levels(atom) -> dict[int, int]:
    """resource id -> best level of one word (Term) in that resource."""
    found = match_term(atom)
    if atom.prefix:
        mask_title, mask_body = postings.TITLE_WORDS, postings.BODY_WORDS
    else:
        mask_title, mask_body = postings.TITLE_TERMS, postings.BODY_TERMS
    if found.fallback is not None:
        ids = SearchTerm.objects.filter(found.fallback).values("id")
    else:
        ids = found.all
    exact = set(found.exact) if not atom.prefix else None
    typo = set(found.typo)
    rows = SearchPosting.objects.filter(term__in=ids).values_list(
        "resource_id", "fields", "term_id"
    )
    levels: dict[int, int] = {}
    for resource_id, bits, term_id in rows:
        if term_id in typo:
            level = TITLE_TYPO if bits & mask_title else BODY_TYPO if bits & mask_body else 0
        elif bits & mask_title:
            level = TITLE_WORD if exact is None or term_id in exact else TITLE_PART
        elif bits & mask_body:
            level = BODY_WORD if exact is None or term_id in exact else BODY_PART
        else:
            continue
        if level > levels.get(resource_id, 0):
            levels[resource_id] = level
    return levels


def phrase_levels(phrase: Phrase, ids=None) -> dict[int, int]:
    """resource id -> level of the phrase, in every resource or in those of `ids`."""
    rows = Resource.objects.filter(phrase_q(phrase))
    if ids is not None:
        rows = rows.filter(pk__in=ids)
    rows = rows.annotate(level=atom_rank(phrase))
    return dict(rows.order_by().values_list("pk", "level"))


def phrase_levels_among(phrase: Phrase, ids: Sequence[int]) -> dict[int, int]:
    """resource id -> level of the phrase, among the resources `ids` (those holding each of
    its words): one query whatever their number, reading only their strings."""
    rows = Resource.objects.filter(Q(pk__in=_id_list(ids)) & phrase_text_q(phrase))
    rows = rows.annotate(level=atom_rank(phrase))
    return dict(rows.order_by().values_list("pk", "level"))


def _id_list(ids: Sequence[int]) -> RawSQL:
    """A list of ids as one parameter (an IN list has one parameter per id, and both
    databases limit their number)."""
    ids = [int(i) for i in ids]
    if connection.vendor == "postgresql":
        return RawSQL("SELECT unnest(%s::bigint[])", [ids])
    return RawSQL("SELECT value FROM json_each(%s)", [json.dumps(ids)])


def atom_levels(atom: Atom) -> dict[int, int]:
    return phrase_levels(atom) if isinstance(atom, Phrase) else _term_levels(atom)


def _levels_sql(atom) -> tuple[str, list] | None:
    """A SELECT of (rid, lvl): the best level of one atom per resource holding it."""
    if isinstance(atom, Phrase):
        rows = (
            Resource.objects.filter(phrase_q(atom))
            .order_by()
            .values(rid=F("pk"), lvl=atom_rank(atom))
        )
        try:
            sql, params = rows.query.sql_with_params()
        except EmptyResultSet:
            return None
        return sql, list(params)
    found = match_term(atom)
    if found.fallback is not None:
        terms_query = SearchTerm.objects.filter(found.fallback).values("id").query
        terms_sql, params = terms_query.sql_with_params()
        terms, params = f"({terms_sql})", list(params)
    else:
        ids = found.all
        if not ids:
            return None
        terms, params = "(" + ", ".join(["%s"] * len(ids)) + ")", list(ids)
    if atom.prefix:
        title, body = postings.TITLE_WORDS, postings.BODY_WORDS
    else:
        title, body = postings.TITLE_TERMS, postings.BODY_TERMS
    exact = list(found.exact) if not atom.prefix and found.fallback is None else None
    typo = list(found.typo)

    def among(values: list[int]) -> tuple[str, list]:
        return "p.term_id IN (" + ", ".join(["%s"] * len(values)) + ")", values

    whens, when_params = [], []
    if typo:
        condition, values = among(typo)
        whens.append(
            f"WHEN {condition} THEN CASE WHEN (p.fields & {title}) > 0 THEN {TITLE_TYPO} "
            f"WHEN (p.fields & {body}) > 0 THEN {BODY_TYPO} ELSE 0 END"
        )
        when_params += values
    if exact is None:
        whens += [f"WHEN (p.fields & {title}) > 0 THEN {TITLE_WORD}"]
        whens += [f"WHEN (p.fields & {body}) > 0 THEN {BODY_WORD}"]
    else:
        is_exact, values = among(exact) if exact else ("1 = 0", [])
        whens += [
            f"WHEN (p.fields & {title}) > 0 AND {is_exact} THEN {TITLE_WORD}",
            f"WHEN (p.fields & {title}) > 0 THEN {TITLE_PART}",
            f"WHEN (p.fields & {body}) > 0 AND {is_exact} THEN {BODY_WORD}",
            f"WHEN (p.fields & {body}) > 0 THEN {BODY_PART}",
        ]
        when_params += values + values
    table = connection.ops.quote_name(SearchPosting._meta.db_table)
    sql = (
        f"SELECT p.resource_id AS rid, MAX(CASE {' '.join(whens)} ELSE 0 END) AS lvl "
        f"FROM {table} p WHERE p.term_id IN {terms} GROUP BY p.resource_id"
    )
    return sql, when_params + params


def ranked_ids(
    results: QuerySet, parsed: ParsedQuery, *, offset: int = 0, limit: int | None = None
) -> list[int]:
    """The ids of `results` (already filtered), best first; ties newest first, then by id.

    One SQL statement whatever the number of words: each word's best level per resource is a
    grouped scan of its postings, the levels are summed per resource, and the database sorts
    and cuts the page (`offset`, `limit`); nothing is pulled into Python but the page's ids."""
    built = ranked_sql(results, parsed, offset=offset, limit=limit, columns="r.id")
    if built is None:
        return []
    with connection.cursor() as cursor:
        cursor.execute(*built)
        return [row[0] for row in cursor.fetchall()]


def ranked_sql(
    results: QuerySet,
    parsed: ParsedQuery,
    *,
    offset: int = 0,
    limit: int | None = None,
    columns: str = "r.*",
) -> tuple[str, list] | None:
    """The statement of `ranked_ids`, selecting the resources' columns (`r.*`), so that a page
    is ranked and loaded in one statement."""
    try:
        hits_sql, params = results.order_by().values(hid=F("pk")).query.sql_with_params()
    except EmptyResultSet:
        return None
    params = list(params)
    parts, part_params = [], []
    for clause in parsed.positive:
        for atom in clause.alternatives:
            built = _levels_sql(atom)
            if built is not None:
                parts.append(built[0])
                part_params += built[1]
    resource = connection.ops.quote_name(Resource._meta.db_table)
    join, order = "", ""
    if parts:
        levels = " UNION ALL ".join(f"SELECT rid, lvl FROM ({p}) a{i}" for i, p in enumerate(parts))
        join = (
            f"LEFT JOIN (SELECT l.rid AS rid, SUM(l.lvl) AS total FROM ({levels}) l "
            f"GROUP BY l.rid) s ON s.rid = h.hid"
        )
        order = "COALESCE(s.total, 0) DESC, "
    sql = (
        f"SELECT {columns} FROM ({hits_sql}) h INNER JOIN {resource} r ON r.id = h.hid {join} "
        f"ORDER BY {order}r.pub_sort DESC, r.id DESC"
    )
    if limit is not None:
        sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    return sql, params + part_params


class KnownLengthPage(Sequence):
    """The paginator's object list when the number of results is known already (from the
    facet counts): no COUNT query, and a slice loads only that page (`_load`)."""

    def __init__(self, total: int):
        self.total = total

    def count(self) -> int:
        return self.total

    def __len__(self) -> int:
        return self.total

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        start, stop, _step = index.indices(self.total)
        if stop <= start:
            return []
        return self._load(start, stop)

    def _load(self, start: int, stop: int) -> list:
        raise NotImplementedError


class RankedPage(KnownLengthPage):
    """A relevance-ordered search in SQL: a page asks the database for that page of ids only
    (`ranked_ids` with LIMIT/OFFSET, cached under `key`) and loads those resources."""

    def __init__(self, results: QuerySet, parsed, total: int, queryset: QuerySet, key=None):
        super().__init__(total)
        self.results = results
        self.parsed = parsed
        self.queryset = queryset
        self.key = key

    def _load(self, start: int, stop: int) -> list:
        key = f"{self.key}:ranked:{start}:{stop}" if self.key else None
        ids = cache.get(key) if key else None
        if ids is not None:
            by_id = {r.pk: r for r in self.queryset.filter(pk__in=ids)}
            return [by_id[pk] for pk in ids if pk in by_id]
        # Ranked and loaded in one statement; then the listing's prefetches.
        built = ranked_sql(self.results, self.parsed, offset=start, limit=stop - start)
        page = list(Resource.objects.raw(*built)) if built else []
        prefetch_related_objects(page, *self.queryset._prefetch_related_lookups)
        if key:
            cache.put(key, [r.pk for r in page])
        return page


class IdsPage(KnownLengthPage):
    """A search ordered in memory (`memory`): `ids(start, stop)` gives a page's ids in order;
    the page's resources are loaded with the listing's prefetches and cached under `key`."""

    def __init__(self, ids, total: int, queryset: QuerySet, prepare=None, key=None):
        super().__init__(total)
        self.ids = ids
        self.queryset = queryset
        self.prepare = prepare  # called with a freshly loaded page, before it is cached
        self.key = key

    def _load(self, start: int, stop: int) -> list:
        # The page's resources are cached with what the cards show (their prefetched
        # relations), under the data version like the counts: a warm page reads no rows.
        key = f"{self.key}:{start}:{stop}:resources" if self.key else None
        page = cache.get(key) if key else None
        if page is None:
            ids = self.ids(start, stop)
            by_id = {r.pk: r for r in self.queryset.filter(pk__in=ids)}
            page = [by_id[pk] for pk in ids if pk in by_id]
            if self.prepare is not None:
                self.prepare(page)
            if key:
                cache.put(key, page)
        return page


class CountedQuerySet(KnownLengthPage):
    """A queryset whose length is already known (from the facet counts): no COUNT query."""

    def __init__(self, queryset: QuerySet, total: int):
        super().__init__(total)
        self.queryset = queryset

    def _load(self, start: int, stop: int) -> list:
        return list(self.queryset[start:stop])
