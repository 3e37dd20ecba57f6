"""Relevance order, computed in Python from the inverted index.

The rank of a resource is the sum, over the query's positive words, of the best level each
word reaches in it (engine.TITLE_WORD 8, TITLE_PART 4, BODY_WORD 2, BODY_PART 1), exactly the
`CASE` expression of `engine.atom_rank` over the stored strings. Evaluating that expression
row by row with `LIKE` costs as much as the whole result set's text; here each word costs one
indexed read of its postings, and the sort (rank, then date, then id, as before) is one
Python sort of the matched ids.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.db.models import Q, QuerySet

from ..models import Resource, SearchPosting, SearchTerm
from . import postings
from .engine import (
    BODY_PART,
    BODY_WORD,
    TITLE_PART,
    TITLE_WORD,
    atom_rank,
    phrase_q,
    term_ids,
)
from .query import Atom, ParsedQuery, Phrase


def _term_levels(atom) -> dict[int, int]:
    """resource id -> best level of one word (Term) in that resource."""
    if atom.prefix:
        terms = Q(text__startswith=atom.word)
        mask_title, mask_body = postings.TITLE_WORDS, postings.BODY_WORDS
    else:
        terms = Q(text__contains=atom.stem) if atom.substring else Q(text=atom.stem)
        mask_title, mask_body = postings.TITLE_TERMS, postings.BODY_TERMS
    whole = None
    if not atom.prefix:
        whole = SearchTerm.objects.filter(text=atom.stem).values_list("id", flat=True).first()
    rows = SearchPosting.objects.filter(term__in=term_ids(terms)).values_list(
        "resource_id", "fields", "term_id"
    )
    levels: dict[int, int] = {}
    for resource_id, bits, term_id in rows:
        exact = atom.prefix or term_id == whole
        if bits & mask_title:
            level = TITLE_WORD if exact else TITLE_PART
        elif bits & mask_body:
            level = BODY_WORD if exact else BODY_PART
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
