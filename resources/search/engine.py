"""Matching and ranking a parsed query against the stored index.

Which resources match is decided on the inverted index (`SearchPosting`): the terms a word
stands for (itself, longer words containing it, words one or two typos away) are looked up in
the in-memory vocabulary (`vocabulary`), and a phrase is checked with `LIKE` on the stored
strings of the resources that hold all its words. The postings are split from those very
strings, so both tell the same.

Everything here is portable SQL (`LIKE`, `CASE`, integer sums), and the stored strings are
already lower case and folded, so SQLite and PostgreSQL return the same rows and ranks.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Case, F, IntegerField, Q, Value, When

from ..models import SearchPosting, SearchTerm
from . import postings
from .query import Atom, Clause, ParsedQuery, Phrase, Term
from .vocabulary import VOCABULARY

PREFIX = "search_document__"

# Rank points per matched word: title above the other fields, whole words above parts, and a
# word found only with a typo below every exact match.
TITLE_WORD, TITLE_PART, BODY_WORD, BODY_PART = 32, 16, 8, 4
# A word reached with a typo ranks below every exact match, in the title above the body.
TITLE_TYPO, BODY_TYPO = 2, 1


def _contains(column: str, needle: str) -> Q:
    return Q(**{f"{PREFIX}{column}__contains": needle})


def _levels(atom: Atom, field: str) -> tuple[Q, Q | None]:
    """(whole-word match, partial match) of one atom in one field ('title' or 'body')."""
    if isinstance(atom, Phrase):
        return _contains(f"{field}_words", " " + " ".join(atom.words) + " "), None
    if atom.prefix:
        return _contains(f"{field}_words", " " + atom.word), None
    whole = _contains(f"{field}_terms", f" {atom.stem} ")
    if atom.substring:
        return whole, _contains(f"{field}_terms", atom.stem)
    return whole, None


# More term ids than this are not listed in SQL (SQLite allows 32,766 parameters): a
# subquery over the vocabulary table does the same.
MAX_LISTED_TERMS = 20_000


@dataclass(frozen=True)
class TermMatch:
    """The vocabulary ids one query word stands for, by how well they match."""

    exact: tuple[int, ...]
    partial: tuple[int, ...]  # longer words containing it, or words it is the prefix of
    typo: tuple[int, ...]
    fallback: Q | None = None  # too many partial ids: this condition on SearchTerm instead

    @property
    def all(self) -> list[int]:
        return list(dict.fromkeys(self.exact + self.partial + self.typo))


def match_term(term: Term) -> TermMatch:
    vocabulary = VOCABULARY
    if term.prefix:
        ids = vocabulary.starting(term.word)
        if len(ids) > MAX_LISTED_TERMS:
            return TermMatch((), (), (), Q(text__startswith=term.word))
        return TermMatch(tuple(ids), (), ())
    exact = tuple(vocabulary.exact(term.stem))
    partial: tuple[int, ...] = ()
    if term.substring:
        ids = vocabulary.containing(term.stem)
        if len(ids) > MAX_LISTED_TERMS:
            return TermMatch(exact, (), (), Q(text__contains=term.stem))
        partial = tuple(i for i in ids if i not in exact)
    typo = tuple(i for i in typo_ids(term) if i not in exact)
    return TermMatch(exact, partial, tuple(i for i in typo if i not in partial))


def typo_ids(term: Term) -> list[int]:
    """Vocabulary ids a word reaches with a typo. A word the index does not hold (most likely
    misspelt) also reaches the compounds of its nearest corrections, as the corrected word
    would; for a word it holds, those would only be noise."""
    if term.citation or term.prefix:
        return []
    if term.substring and not VOCABULARY.exact(term.stem):
        return VOCABULARY.typos_and_their_compounds(term.stem)
    return VOCABULARY.typos(term.stem)


def _holding(ids, mask: int) -> Q:
    """Resources with a posting of one of the terms `ids` in one of the strings in `mask`."""
    ids = (
        SearchPosting.objects.filter(term__in=ids)
        .alias(bits=F("fields").bitand(mask))
        .filter(bits__gt=0)
        .values("resource_id")
    )
    return Q(pk__in=ids)


def term_q(term: Term) -> Q:
    found = match_term(term)
    mask = postings.WORDS if term.prefix else postings.TERMS
    if found.fallback is not None:
        return _holding(SearchTerm.objects.filter(found.fallback).values("id"), mask)
    return _holding(found.all, mask)


def phrase_q(phrase: Phrase) -> Q:
    """Resources holding every word of the phrase, then the phrase itself in one string."""
    q = Q()
    for word in dict.fromkeys(phrase.words):
        q &= _holding(VOCABULARY.exact(word), postings.WORDS)
    return q & phrase_text_q(phrase)


def phrase_text_q(phrase: Phrase) -> Q:
    """The phrase in the title's or the description's string of words."""
    return _levels(phrase, "title")[0] | _levels(phrase, "body")[0]


def atom_q(atom: Atom) -> Q:
    return phrase_q(atom) if isinstance(atom, Phrase) else term_q(atom)


def clause_q(clause: Clause) -> Q:
    q = Q()
    for atom in clause.alternatives:
        q |= atom_q(atom)
    return ~q if clause.negated else q


def query_filter(parsed: ParsedQuery) -> Q:
    """The condition a resource must meet; add it with `.filter()` on a Resource queryset."""
    q = Q()
    for clause in parsed.clauses:
        q &= clause_q(clause)
    return q


def atom_rank(atom: Atom):
    title_whole, title_part = _levels(atom, "title")
    body_whole, body_part = _levels(atom, "body")
    whens = [When(title_whole, then=Value(TITLE_WORD))]
    if title_part is not None:
        whens.append(When(title_part, then=Value(TITLE_PART)))
    whens.append(When(body_whole, then=Value(BODY_WORD)))
    if body_part is not None:
        whens.append(When(body_part, then=Value(BODY_PART)))
    return Case(*whens, default=Value(0), output_field=IntegerField())


def rank_expression(parsed: ParsedQuery):
    expressions = [atom_rank(a) for c in parsed.positive for a in c.alternatives]
    if not expressions:
        return Value(0, output_field=IntegerField())
    total = expressions[0]
    for expression in expressions[1:]:
        total = total + expression
    return total
