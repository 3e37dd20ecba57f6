"""Matching and ranking a parsed query against the stored index.

Which resources match is decided on the inverted index (`SearchPosting`): a word is an indexed
equality lookup in the vocabulary (`SearchTerm`), a part of a word or a prefix a `LIKE` over
the vocabulary only, and a phrase is checked with `LIKE` on the stored strings of the
resources that hold all its words. The results are those of `LIKE` over the whole stored
strings (which the ranking still uses): the postings are split from those very strings.

Everything here is portable SQL (`LIKE`, `CASE`, integer sums), and the stored strings are
already lower case and folded, so SQLite and PostgreSQL return the same rows and ranks.
"""

from __future__ import annotations

from django.db.models import Case, F, IntegerField, Q, Value, When

from ..models import SearchPosting, SearchTerm
from . import postings
from .query import Atom, Clause, ParsedQuery, Phrase, Term

PREFIX = "search_document__"

# Rank points per matched word: title above the other fields, whole words above parts.
TITLE_WORD, TITLE_PART, BODY_WORD, BODY_PART = 8, 4, 2, 1


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


# Up to this many matching terms are looked up first and listed in the query: the planners
# then see the actual terms (PostgreSQL estimates a LIKE subquery badly and scans all
# postings). More (a short part of many words) stay a subquery.
MAX_LISTED_TERMS = 500


def term_ids(terms: Q):
    """Ids of the vocabulary entries matching `terms`, or a subquery when there are many."""
    matching = SearchTerm.objects.filter(terms)
    ids = list(matching.values_list("id", flat=True)[: MAX_LISTED_TERMS + 1])
    return matching.values("id") if len(ids) > MAX_LISTED_TERMS else ids


def _holding(terms: Q, mask: int) -> Q:
    """Resources with a posting of a term in `terms` in one of the strings in `mask`."""
    ids = (
        SearchPosting.objects.filter(term__in=term_ids(terms))
        .alias(bits=F("fields").bitand(mask))
        .filter(bits__gt=0)
        .values("resource_id")
    )
    return Q(pk__in=ids)


def term_q(term: Term) -> Q:
    if term.prefix:
        return _holding(Q(text__startswith=term.word), postings.WORDS)
    if term.substring:
        # A whole-token match is also a substring match.
        return _holding(Q(text__contains=term.stem), postings.TERMS)
    return _holding(Q(text=term.stem), postings.TERMS)


def phrase_q(phrase: Phrase) -> Q:
    """Resources holding every word of the phrase, then the phrase itself in one string."""
    q = Q()
    for word in dict.fromkeys(phrase.words):
        q &= _holding(Q(text=word), postings.WORDS)
    whole, _ = _levels(phrase, "title")
    return q & (whole | _levels(phrase, "body")[0])


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
