"""The in-memory search (`resources.search.memory`) gives exactly the SQL engine's answers:
the same results in the same order and the same facet counts, for every kind of query, on
SQLite and PostgreSQL; and it follows changes made after it loaded (the change log)."""

import pytest
from django.http import QueryDict
from django.utils import timezone

from resources.models import Resource
from resources.search import memory
from resources.search.index import reindex_resources
from resources.search.query import parse_query
from resources.search.ranking import phrase_levels, phrase_levels_among
from resources.search.service import search_resources

pytestmark = pytest.mark.django_db

QUERIES = [
    "q=Kinder",
    "q=hilfe",
    "q=Unterkunft*",
    "q=Unterkünften",
    'q="kein Ort für Kinder"',
    "q=%C2%A7+41+SGB+VIII",
    "q=Vormundshaft",
    "q=Kinder+-Schule",
    "q=Kinder+OR+Jugendliche",
    "q=Kinder+Schutz+Familie+Schule+Beratung+Studie+Bildung+Wohnen",
    "q=Kinder&sort=newest",
    "q=Kinder&sort=title",
    "q=Kinder&type=flyer&type=video&region=thueringen",
    "type=flyer",
    "language=fa",
    "language=fa&language=ar",
    "topic=umf",
    "q=Kinder&topic=jugendhilfe&topic=par41",
    "publisher=bumf&publisher=unicef&publisher=dji",
    "q=hilfe&target_group=umf&audience=fachkraefte&audience=eltern",
    "link=mit",
    "",
]


def answer(query: str, settings, in_memory: bool):
    settings.SEARCH_IN_MEMORY = in_memory
    result = search_resources(QueryDict(query), per_page=100)
    facets = {
        f.name: [(v.value, v.count, [(c.value, c.count) for c in v.children]) for v in f.values]
        for f in result.facets
    }
    return result.total, [r.slug for r in result.items], facets


@pytest.mark.parametrize("query", QUERIES)
def test_memory_and_sql_give_the_same_page_and_counts(corpus, settings, query):
    assert answer(query, settings, True) == answer(query, settings, False)


PHRASES = [
    'q="kein Ort für Kinder"',
    'q="unbegleitete minderjährige"',
    "q=Asyl-Verfahren",
    'q="Kinder und"',
    'q="Kinder Geburtsurkunde"',  # each word held, never together
]


@pytest.mark.parametrize("share", [0.0, 1.0])  # a scan of every string / only the holders'
@pytest.mark.parametrize("query", PHRASES)
def test_a_phrase_is_found_alike_from_the_holders_of_its_words_or_from_all(
    corpus, settings, monkeypatch, query, share
):
    monkeypatch.setattr(memory, "PHRASE_SCAN_SHARE", share)
    memory.forget()  # no phrase held from an earlier search
    assert answer(query, settings, True) == answer(query, settings, False)


def test_a_phrase_among_given_resources_is_the_phrase_in_those(corpus):
    phrase = parse_query('"unbegleitete minderjährige"').clauses[0].alternatives[0]
    everywhere = phrase_levels(phrase)
    assert len(everywhere) > 2
    some = sorted(everywhere)[::2]
    assert phrase_levels_among(phrase, some) == {pk: everywhere[pk] for pk in some}
    # More ids than either database takes as parameters: still one list.
    many = list(range(1, 70_000))
    assert phrase_levels_among(phrase, many) == everywhere
    assert phrase_levels_among(phrase, []) == {}


def test_changes_after_loading_are_searched_at_once(corpus, settings):
    settings.SEARCH_IN_MEMORY = True
    before = answer("q=Kinder", settings, True)
    assert before[0] > 1
    first = Resource.objects.get(slug=before[1][0])
    first.status = Resource.Status.DRAFT
    first.save()
    after = answer("q=Kinder", settings, True)
    assert first.slug not in after[1]
    assert after[0] == before[0] - 1
    first.status = Resource.Status.PUBLISHED
    first.published_at = timezone.now()
    first.title = "Zebrastreifen"
    first.save()
    # The corpus's own transaction never commits: index as the after-commit hook would.
    reindex_resources([first.pk])
    assert answer("q=Zebrastreifen", settings, True)[1] == [first.slug]
    assert answer("q=Zebrastreifen", settings, True) == answer("q=Zebrastreifen", settings, False)
