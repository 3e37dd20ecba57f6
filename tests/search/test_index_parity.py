"""The inverted index gives exactly the answers of `LIKE` over the stored token strings (the
original, slow way): the same resources for every word, part, prefix and phrase, the same
ranks, on SQLite and PostgreSQL. The queries are all words of the corpus plus tricky ones."""

import pytest
from django.db.models import Q

from resources.models import Resource, SearchDocument, SearchPosting, SearchTerm
from resources.search import engine, postings
from resources.search.query import Phrase, Term, parse_query
from resources.search.ranking import atom_levels, ranked_ids

pytestmark = pytest.mark.django_db

TRICKY = [
    "hilfe", "Unterkunft*", "unterkunfte*", "§ 41", "SGB VIII", '"kein Ort für Kinder"',
    '"in der"', "die", "und*", "Asyl-Verfahren", "e.V.", "2013/33/EU", "kind", "Kinder",
    "Gefluechtete", "ß", "Straße", "Schnösel", "a", "zz", "ung", "jugend*", '"leaving care"',
]  # fmt: skip


def like_q(atom) -> Q:
    """The original filter: LIKE on the stored strings, one per field."""
    q = Q()
    for field in ("title", "body"):
        whole, part = engine._levels(atom, field)
        q |= part if part is not None else whole
    return q


def typo_q(atom, fields=("title", "body")) -> Q:
    """What typo tolerance adds to the exact matches: the terms a few edits away, as LIKE."""
    q = Q(pk__in=[])
    if isinstance(atom, Phrase) or atom.prefix:
        return q
    typos = SearchTerm.objects.filter(id__in=engine.match_term(atom).typo)
    for text in typos.values_list("text", flat=True):
        for field in fields:
            q |= Q(**{f"search_document__{field}_terms__contains": f" {text} "})
    return q


def corpus_atoms(corpus) -> list:
    texts = list(TRICKY)
    for document in SearchDocument.objects.all():
        texts += document.title_words.split() + document.body_terms.split()[:20]
    atoms = []
    for text in dict.fromkeys(texts):
        for clause in parse_query(text).clauses:
            atoms += clause.alternatives
    return list(dict.fromkeys(atoms))


def ids(q: Q) -> set[int]:
    return set(Resource.objects.filter(q).values_list("pk", flat=True))


def test_every_word_matches_what_like_matches(corpus):
    atoms = corpus_atoms(corpus)
    assert len(atoms) > 300
    assert any(isinstance(a, Phrase) for a in atoms)
    assert any(isinstance(a, Term) and a.prefix for a in atoms)
    for atom in atoms:
        assert ids(engine.atom_q(atom)) == ids(like_q(atom) | typo_q(atom)), atom


def test_every_word_ranks_as_the_like_expression_does(corpus):
    for atom in corpus_atoms(corpus):
        expected = dict(
            Resource.objects.filter(like_q(atom))
            .annotate(level=engine.atom_rank(atom))
            .values_list("pk", "level")
        )
        for pk in ids(typo_q(atom, ["title"])):
            expected.setdefault(pk, engine.TITLE_TYPO)
        for pk in ids(typo_q(atom, ["body"])):
            expected.setdefault(pk, engine.BODY_TYPO)
        assert atom_levels(atom) == expected, atom


@pytest.mark.parametrize(
    "q", ["hilfe", "Geflüchtete Unterkunft", "Kindergeld OR Geburtsurkunde -Trauma", "jugend*"]
)
def test_relevance_order_is_the_sql_order(corpus, q):
    parsed = parse_query(q)
    matched = Resource.objects.published().filter(engine.query_filter(parsed))
    expected = list(
        matched.annotate(search_rank=engine.rank_expression(parsed))
        .order_by("-search_rank", "-pub_sort", "-id")
        .values_list("pk", flat=True)
    )
    assert expected
    assert ranked_ids(matched, parsed) == expected


def test_postings_mirror_the_stored_strings(corpus):
    document = SearchDocument.objects.get(resource=corpus["kein-ort"])
    bits = dict(
        SearchPosting.objects.filter(resource=corpus["kein-ort"]).values_list(
            "term__text", "fields"
        )
    )
    assert bits == postings.document_terms(document)
    assert bits["fur"] == postings.TITLE_WORDS  # a stopword: a word, not a term
    assert bits["kind"] & postings.TITLE_TERMS


def test_reindexing_one_resource_replaces_its_postings(corpus):
    from resources.search.index import reindex_resources

    resource = corpus["kein-ort"]
    resource.title = "Ganz neuer Titel"
    resource.save()
    reindex_resources([resource.pk])
    texts = set(
        SearchPosting.objects.filter(resource=resource).values_list("term__text", flat=True)
    )
    assert {"ganz", "titel"} <= texts
    assert "ort" not in texts
    assert resource.pk in ids(engine.atom_q(Term("titel")))
