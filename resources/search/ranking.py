"""Relevance order, computed in Python from the inverted index.

The rank of a resource is the sum, over the query's positive words, of the best level each
word reaches in it (engine.TITLE_WORD 16, TITLE_PART 8, BODY_WORD 4, BODY_PART 2, TYPO 1).
Each word costs one indexed read of its postings; the sort (rank, then date, then id) is one
Python sort of the matched ids.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.db.models import QuerySet

from ..models import Resource, SearchPosting, SearchTerm
from . import postings
from .engine import (
    BODY_PART,
    BODY_WORD,
    TITLE_PART,
    TITLE_WORD,
    TYPO,
    atom_rank,
    match_term,
    phrase_q,
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
            level = TYPO if bits & (mask_title | mask_body) else 0
        elif bits & mask_title:
            level = TITLE_WORD if exact is None or term_id in exact else TITLE_PART
        elif bits & mask_body:
            level = BODY_WORD if exact is None or term_id in exact else BODY_PART
        else:
            continue
        if level > levels.get(resource_id, 0):
            levels[resource_id] = level
    return levels


def _phrase_levels(phrase: Phrase) -> dict[int, int]:
    rows = Resource.objects.filter(phrase_q(phrase)).annotate(level=atom_rank(phrase))
    return dict(rows.order_by().values_list("pk", "level"))


def atom_levels(atom: Atom) -> dict[int, int]:
    return _phrase_levels(atom) if isinstance(atom, Phrase) else _term_levels(atom)


def ranked_ids(results: QuerySet, parsed: ParsedQuery) -> list[int]:
    """The ids of `results` (already filtered), best first; ties newest first, then by id."""
    dates = dict(results.order_by().values_list("pk", "pub_sort"))
    ranks = dict.fromkeys(dates, 0)
    for clause in parsed.positive:
        for atom in clause.alternatives:
            for resource_id, level in atom_levels(atom).items():
                if resource_id in ranks:
                    ranks[resource_id] += level
    return sorted(dates, key=lambda pk: (-ranks[pk], -(dates[pk] or 0), -pk))


class RankedPage(Sequence):
    """The ranked ids as the paginator's object list: a slice loads only those resources."""

    def __init__(self, ids: list[int], queryset: QuerySet):
        self.ids = ids
        self.queryset = queryset

    def count(self) -> int:
        return len(self.ids)

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        ids = self.ids[index]
        by_id = {r.pk: r for r in self.queryset.filter(pk__in=ids)}
        return [by_id[pk] for pk in ids if pk in by_id]


class CountedQuerySet(Sequence):
    """A queryset whose length is already known (from the facet counts): no COUNT query."""

    def __init__(self, queryset: QuerySet, total: int):
        self.queryset = queryset
        self.total = total

    def count(self) -> int:
        return self.total

    def __len__(self) -> int:
        return self.total

    def __getitem__(self, index):
        if isinstance(index, slice):
            return list(self.queryset[index])
        return self.queryset[index]
