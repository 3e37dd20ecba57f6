"""Cached counts and orders: a repeated search is served from the cache, and every change a
visitor could notice (an edit, a new link, a topic, a reindex, a scheduled publication whose
time has come) is visible at once."""

import datetime

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from resources.models import SearchIndexState
from resources.search import cache
from resources.search.index import reindex_resources
from resources.search.service import search_resources
from tests.factories import make_organisation, make_resource, make_topic

pytestmark = pytest.mark.django_db


def counts(result, name: str) -> dict[str, int]:
    facet = next(f for f in result.facets if f.name == name)
    return {v.value: v.count for v in facet.values}


def search(query: str = ""):
    return search_resources(QueryDict(query))


@pytest.fixture
def library():
    org = make_organisation("Flüchtlingsrat Thüringen")
    for i in range(3):
        make_resource(f"Unterkunft Ratgeber {i}", publishers=[org], pub_year=2020 + i)
    reindex_resources()
    return org


def test_a_repeated_search_is_served_from_the_cache(library):
    with CaptureQueriesContext(connection) as cold:
        first = search("q=Unterkunft")
    with CaptureQueriesContext(connection) as warm:
        second = search("q=Unterkunft")
    assert [r.pk for r in second.items] == [r.pk for r in first.items]
    assert second.total == first.total == 3
    assert counts(second, "publisher") == counts(first, "publisher")
    sql = " ".join(q["sql"] for q in warm.captured_queries)
    assert "searchposting" not in sql.lower()  # neither matched nor ranked again
    assert len(warm) < len(cold)


def test_edits_are_visible_at_once(library):
    assert search("q=Unterkunft").total == 3
    topic = make_topic("Unterbringung")
    resource = make_resource("Unterkunft und Schutz", topics=[topic])
    reindex_resources([resource.pk])
    result = search("q=Unterkunft")
    assert result.total == 4
    assert counts(result, "topic") == {topic.slug: 1}
    # Changing only a many-to-many relation (no reindex) still changes the counts.
    other = make_topic("Schutzkonzepte")
    resource.topics.add(other)
    assert counts(search("q=Unterkunft"), "topic") == {topic.slug: 1, other.slug: 1}
    # So does a deletion.
    resource.delete()
    assert search("q=Unterkunft").total == 3


def test_every_reindex_starts_a_new_version(library):
    before = cache.current_version()
    reindex_resources()
    assert cache.current_version() != before


def test_a_scheduled_publication_appears_when_its_time_comes(library, monkeypatch):
    now = timezone.now()
    make_resource("Unterkunft: angekündigt", published_at=now + datetime.timedelta(hours=1))
    reindex_resources()
    assert search("q=Unterkunft").total == 3
    assert search("").total == 3
    later = now + datetime.timedelta(hours=2)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert search("q=Unterkunft").total == 4
    assert search("").total == 4


def test_without_a_version_nothing_is_cached(library):
    SearchIndexState.objects.all().delete()
    assert cache.current_version() is None
    assert search("q=Unterkunft").total == 3
    make_resource("Unterkunft Nachtrag")
    reindex_resources()
    assert search("q=Unterkunft").total == 4


def test_answers_of_an_older_version_leave_the_process(library):
    search("q=Unterkunft")
    search("q=Ratgeber")
    held = set(cache._local)
    assert len(held) >= 2
    search("q=Ratgeber")  # same version: still held
    assert held <= set(cache._local)
    reindex_resources()
    search("q=Thüringen")
    # None of them can be asked for again; holding them only made garbage collection slower.
    assert not held & set(cache._local)
    assert cache._local


def test_the_process_holds_a_bounded_number_of_answers(library, monkeypatch):
    monkeypatch.setattr(cache, "LOCAL_SIZE", 2)
    for query in ("q=Unterkunft", "q=Ratgeber", "q=Thüringen", "q=Ratgeber+0"):
        search(query)
    assert len(cache._local) == 2
