"""Every posting list in memory (`resources.search.posting_lists`): read in one pass exactly as
stored, on SQLite and PostgreSQL; changed resources' postings replaced without a reload; and a
process that preloaded (gunicorn's master) answers a search without reading postings."""

import numpy as np
import pytest
from django import db
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from hypothesis import given, settings
from hypothesis import strategies as st

from frs_portal import gunicorn
from resources.models import Resource, SearchPosting
from resources.search import cache as search_cache
from resources.search import memory, posting_lists
from resources.search.index import reindex_resources
from resources.search.posting_lists import Lists, PostingLists, PostingsChanged
from resources.search.service import search_resources


def as_set(terms, rids, bits) -> set[tuple[int, int, int]]:
    return set(zip(np.asarray(terms).tolist(), rids.tolist(), bits.tolist(), strict=True))


@pytest.mark.django_db
def test_every_posting_is_read_as_stored_and_ordered_by_term(corpus):
    stored = set(SearchPosting.objects.values_list("term_id", "resource_id", "fields"))
    assert len(stored) > 500
    terms, rids, bits = posting_lists.read_all().rows()
    assert len(rids) == len(stored)
    assert as_set(terms, rids, bits) == stored
    assert np.all(np.diff(terms) >= 0)


@pytest.mark.django_db
def test_the_postings_of_changed_resources_are_read_alone(corpus):
    some = sorted(r.pk for r in list(corpus.values())[:3])
    rows = posting_lists.read_resources(some)
    stored = set(
        SearchPosting.objects.filter(resource__in=some).values_list(
            "term_id", "resource_id", "fields"
        )
    )
    assert {tuple(row) for row in rows.tolist()} == stored


def test_lists_answer_by_term_whatever_order_they_came_in():
    lists = Lists(
        np.array([7, 2, 7, 2, 5]),
        np.array([10, 11, 12, 13, 14], np.int32),
        np.array([1, 2, 4, 8, 1], np.uint8),
    )
    rids, bits = lists.of(7)
    assert sorted(zip(rids.tolist(), bits.tolist(), strict=True)) == [(10, 1), (12, 4)]
    assert sorted(lists.of(2)[0].tolist()) == [11, 13]
    assert len(lists.of(3)[0]) == 0  # no postings
    assert len(lists.of(99)[0]) == 0  # a term newer than the lists
    assert len(lists.of(-1)[0]) == 0


def packed(rows) -> np.ndarray:
    return np.array([(t << 35) | (r << 4) | b for t, r, b in rows], np.int64)


def test_blocks_in_any_order_fill_the_same_lists():
    rows = [(3, 7, 1), (0, 2, 2), (3, 1, 4), (1, 9, 8), (3, 5, 1), (0, 4, 1)]
    counts = np.bincount([t for t, _r, _b in rows])
    first = Lists.from_blocks(counts, [packed(rows[:2]), packed(rows[2:])])
    second = Lists.from_blocks(counts, [packed(rows[4:]), packed(rows[:4])])
    for lists in (first, second):
        assert as_set(*lists.rows()) == set(rows)
        assert sorted(lists.of(3)[0].tolist()) == [1, 5, 7]


def test_postings_that_do_not_add_up_to_the_counts_are_read_again():
    counts = np.array([1, 1])
    with pytest.raises(PostingsChanged):  # one more than counted
        Lists.from_blocks(counts, [packed([(0, 1, 1), (0, 2, 1), (1, 1, 1)])])
    with pytest.raises(PostingsChanged):  # one fewer
        Lists.from_blocks(counts, [packed([(0, 1, 1)])])
    with pytest.raises(PostingsChanged):  # a term added since counting
        Lists.from_blocks(counts, [packed([(0, 1, 1), (1, 1, 1), (2, 1, 1)])])


def test_a_changed_resource_is_found_by_its_new_words_only():
    lists = PostingLists(Lists(np.array([1, 1, 2]), np.array([5, 6, 5], np.int32), np.ones(3)))
    lists.replace([5], np.array([[2, 5, 2], [3, 5, 1]]))
    assert lists.of(1)[0].tolist() == [6]
    assert lists.of(2)[0].tolist() == [5]
    assert lists.of(2)[1].tolist() == [2]  # the new field bits
    assert lists.of(3)[0].tolist() == [5]  # a term the base never had
    lists.replace([5], np.zeros((0, 3)))  # deleted
    assert [len(lists.of(t)[0]) for t in (1, 2, 3)] == [1, 0, 0]
    lists.replace([9], np.array([[1, 9, 4]]))  # a new resource beyond the base's ids
    assert sorted(lists.of(1)[0].tolist()) == [6, 9]


postings = st.dictionaries(
    st.tuples(st.integers(0, 12), st.integers(0, 30)), st.sampled_from([1, 2, 4, 8, 5, 15])
)


@settings(max_examples=200, deadline=None)
@given(postings, st.lists(st.tuples(st.sets(st.integers(0, 40), max_size=4), postings)))
def test_replacing_in_any_order_gives_what_loading_afresh_would(base, changes):
    def arrays(found):
        rows = sorted((t, r, b) for (t, r), b in found.items())
        rows = np.array(rows, np.int64).reshape(-1, 3)
        return rows[:, 0], rows[:, 1].astype(np.int32), rows[:, 2].astype(np.uint8)

    lists = PostingLists(Lists(*arrays(base)))
    expected = dict(base)
    for resources, new in changes:
        new = {(t, r): b for (t, r), b in new.items() if r in resources}
        expected = {k: b for k, b in expected.items() if k[1] not in resources} | new
        lists.replace(resources, np.column_stack(arrays(new)) if new else np.zeros((0, 3)))
    for term in range(14):
        rids, bits = lists.of(term)
        assert len(set(rids.tolist())) == len(rids)  # each resource once
        found = dict(zip(rids.tolist(), bits.tolist(), strict=True))
        assert found == {r: b for (t, r), b in expected.items() if t == term}


def reads_postings(queries) -> bool:
    table = SearchPosting._meta.db_table
    return any(table in q["sql"] for q in queries)


@pytest.mark.django_db
def test_after_preloading_no_search_reads_postings(corpus, settings):
    settings.SEARCH_IN_MEMORY = True
    memory._snapshot.loaded = False  # a fresh process
    assert memory.preload()
    for query in ("q=Kinder", "q=hilfe", "q=Vormundshaft", "q=unbegleitete+Minderj%C3%A4hrige"):
        with CaptureQueriesContext(connection) as queries:
            assert search_resources(QueryDict(query)).total > 0
        assert not reads_postings(queries), query


@pytest.mark.django_db
def test_a_change_after_preloading_reads_only_that_resource(corpus, settings):
    settings.SEARCH_IN_MEMORY = True
    memory._snapshot.loaded = False
    memory.preload()
    resource = Resource.objects.get(pk=next(iter(corpus.values())).pk)
    old_title = QueryDict(mutable=True)
    old_title["q"] = resource.title
    assert resource.pk in [r.pk for r in search_resources(old_title, per_page=100).items]
    resource.title = "Zebrastreifen und Ampeln"
    resource.description = ""
    resource.save()
    reindex_resources([resource.pk])
    with CaptureQueriesContext(connection) as queries:
        found = search_resources(QueryDict("q=Zebrastreifen"))
    assert [r.pk for r in found.items] == [resource.pk]
    # Its old words find it no more (their lists as loaded still name it).
    assert resource.pk not in [r.pk for r in search_resources(old_title, per_page=100).items]
    reading = [q["sql"] for q in queries if SearchPosting._meta.db_table in q["sql"]]
    assert len(reading) == 1
    assert "resource_id IN" in reading[0]
    assert memory._snapshot.postings.dirty_count == 1


@pytest.mark.django_db
def test_many_changes_since_loading_start_the_process_over(corpus, settings, monkeypatch):
    settings.SEARCH_IN_MEMORY = True
    memory._snapshot.loaded = False
    memory.preload()
    monkeypatch.setattr(memory, "MAX_CHANGED_SHARE", 0)
    resource = Resource.objects.get(pk=next(iter(corpus.values())).pk)
    resource.title = "Zebrastreifen"
    resource.save()
    reindex_resources([resource.pk])
    assert [r.pk for r in search_resources(QueryDict("q=Zebrastreifen")).items] == [resource.pk]
    resource.title = "Ampelanlage"
    resource.save()
    reindex_resources([resource.pk])
    # The second change finds one resource already changed: more than 0 % -> a fresh load.
    assert [r.pk for r in search_resources(QueryDict("q=Ampelanlage")).items] == [resource.pk]
    assert memory._snapshot.postings.dirty_count == 0
    assert not search_resources(QueryDict("q=Zebrastreifen")).total


def phrase_checks(queries) -> list[str]:
    return [q["sql"] for q in queries if "LIKE" in q["sql"]]


@pytest.mark.django_db
def test_a_held_phrase_checks_only_the_changed_resources_again(corpus, settings):
    settings.SEARCH_IN_MEMORY = True
    memory._snapshot.loaded = False
    memory.preload()
    phrase = QueryDict('q="unbegleitete minderjährige"')

    def found():
        with CaptureQueriesContext(connection) as queries:
            pks = {r.pk for r in search_resources(phrase, per_page=100).items}
        return pks, phrase_checks(queries)

    before, _checks = found()
    assert before
    resource = Resource.objects.exclude(pk__in=before).first()
    for title, holds in (
        ("Hilfen für unbegleitete minderjährige Geflüchtete", True),
        ("Ampeln", False),
    ):
        resource.title = title
        resource.save()
        reindex_resources([resource.pk])
        after, checks = found()
        assert after == ((before | {resource.pk}) if holds else before)
        # One check of the phrase, on the changed resource only.
        assert len(checks) == 1
        assert f"IN ({resource.pk})" in checks[0]
    with CaptureQueriesContext(connection) as queries:
        search_resources(QueryDict('q="unbegleitete minderjährige" OR Kinder'))
    assert not phrase_checks(queries)  # held, nothing changed since
    memory.forget()  # what a process that loads now finds, uncached
    search_cache.bump()
    assert found()[0] == before


class Server:
    class cfg:
        preload_app = True

    class log:
        messages = []

        @classmethod
        def info(cls, message, *args):
            cls.messages.append(message % args)


@pytest.mark.django_db
def test_gunicorns_master_loads_the_search_before_forking(corpus, settings, monkeypatch):
    settings.SEARCH_IN_MEMORY = True
    memory._snapshot.loaded = False
    closed = []
    monkeypatch.setattr(db.connections, "close_all", lambda: closed.append(True))
    assert gunicorn.preload_app
    gunicorn.when_ready(Server)
    assert closed  # no worker inherits the master's database connection
    assert memory._snapshot.loaded
    assert len(memory._snapshot.postings) == SearchPosting.objects.count()
    assert Server.log.messages[-2].startswith("Search index loaded in")
    assert Server.log.messages[-1].startswith("URLs, templates and catalogues loaded in")


def test_gunicorns_master_compiles_the_portals_templates_before_forking(settings):
    from django.template import engines

    engine = engines["django"].engine
    cached = engine.template_loaders[0]
    cached.reset()
    gunicorn.warm_up()
    compiled = set(cached.get_template_cache)
    pages = {
        "base.html",
        "resources/resource_list.html",
        "legal/index.html",
        "counselling/index.html",
    }
    assert pages <= compiled
