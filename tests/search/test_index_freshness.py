"""The index follows every edit through one signal path, after the transaction commits: a
renamed publisher, topic, section, target group, audience or link label is found under its new
name at once, and no longer under its old one. Admin views do not reindex by hand."""

import threading

import pytest
from django.contrib.auth import get_user_model
from django.db import transaction
from django.http import QueryDict

from resources.models import Audience, ResourceLink, TargetGroup
from resources.search import analysis, signals
from resources.search.service import search_resources
from resources.search.vocabulary import VOCABULARY
from tests.factories import make_organisation, make_resource, make_topic

pytestmark = pytest.mark.django_db


def found(q: str) -> list[str]:
    return [r.title for r in search_resources(QueryDict(f"q={q}"), per_page=100).items]


@pytest.fixture
def material(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return _material()


def _material():
    section = make_topic("Aufenthaltsrecht")
    topic = make_topic("Duldung", parent=section)
    organisation = make_organisation("Netzwerk Kranichfeld")
    group = TargetGroup.objects.create(name="Begleitete Jugendliche", slug="begleitet")
    audience = Audience.objects.create(name="Lehrkräfte", slug="lehr")
    resource = make_resource(
        "Merkblatt",
        publishers=[organisation],
        topics=[topic],
        links=[{"url": "https://e.org/m", "label": "Leaflet", "language": "en"}],
    )
    resource.target_groups.set([group])
    resource.audiences.set([audience])
    return {
        "resource": resource,
        "section": section,
        "topic": topic,
        "organisation": organisation,
        "group": group,
        "audience": audience,
        "link": resource.links.get(),
    }


def rename(obj, field: str, value: str) -> None:
    setattr(obj, field, value)
    obj.save()


@pytest.mark.parametrize(
    ("key", "field", "old", "new"),
    [
        ("resource", "title", "Merkblatt", "Faltblatt"),
        ("organisation", "name", "Kranichfeld", "Ilmenau"),
        ("topic", "name", "Duldung", "Ausbildungsduldung"),
        ("section", "name", "Aufenthaltsrecht", "Bleiberecht"),
        ("group", "name", "Begleitete", "Volljährige"),
        ("audience", "name", "Lehrkräfte", "Sozialarbeitende"),
        ("link", "label", "Leaflet", "Handout"),
    ],
)
def test_a_rename_is_found_at_once_and_the_old_name_no_longer(
    material, django_capture_on_commit_callbacks, key, field, old, new
):
    assert found(old) == ["Merkblatt"]
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        rename(material[key], field, new)
    assert found(new) == ["Faltblatt" if key == "resource" else "Merkblatt"]
    assert found(old) == []


def test_relations_added_and_removed_are_indexed(material, django_capture_on_commit_callbacks):
    resource = material["resource"]
    other = make_organisation("Verein Sonnenberg")
    with django_capture_on_commit_callbacks(execute=True):
        resource.publishers.add(other)
    assert found("Sonnenberg") == ["Merkblatt"]
    with django_capture_on_commit_callbacks(execute=True):
        other.resources.clear()  # from the organisation's side
    assert found("Sonnenberg") == []
    with django_capture_on_commit_callbacks(execute=True):
        material["group"].delete()
    assert found("Begleitete") == []
    with django_capture_on_commit_callbacks(execute=True):
        ResourceLink.objects.create(resource=resource, url="https://e.org/x", label="Brochure")
    assert found("Brochure") == ["Merkblatt"]


def test_a_rolled_back_edit_is_not_indexed(material, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        try:
            with transaction.atomic():
                rename(material["organisation"], "name", "Erfurt")
                raise RuntimeError
        except RuntimeError:
            pass
    assert callbacks == []
    assert found("Kranichfeld") == ["Merkblatt"]


def test_many_affected_resources_are_reindexed_by_a_task(
    material, django_capture_on_commit_callbacks, monkeypatch
):
    monkeypatch.setattr(signals, "TASK_THRESHOLD", 0)
    enqueued = []
    from resources.search import tasks

    class Recording:
        def enqueue(self, ids):
            enqueued.append(ids)
            return original.enqueue(ids)

    original = tasks.reindex_resources_task
    monkeypatch.setattr(tasks, "reindex_resources_task", Recording())
    with django_capture_on_commit_callbacks(execute=True):
        rename(material["section"], "name", "Bleiberecht")
    assert enqueued == [[material["resource"].pk]]
    assert found("Bleiberecht") == ["Merkblatt"]


def test_an_admin_edit_is_indexed_without_reindexing_in_the_admin(
    material, client, django_capture_on_commit_callbacks
):
    user = get_user_model().objects.create_superuser("chef", "chef@example.org", "pw")
    client.force_login(user)
    organisation = material["organisation"]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/resources/organisation/{organisation.pk}/change/",
            {"name": "Netzwerk Saalfeld", "slug": organisation.slug, "kind": "publisher"},
        )
    assert response.status_code == 302
    assert found("Saalfeld") == ["Merkblatt"]
    assert found("Kranichfeld") == []


def test_stemming_is_right_in_many_threads():
    words = ["beratungen", "zentren", "gefluchteten", "kindern", "hilfen", "rechtsprechung"] * 300
    uncached = analysis.stem.__wrapped__  # the stemmer itself, not the shared cache
    expected = [uncached(w) for w in words]
    results: dict[int, list[str]] = {}

    def work(n: int) -> None:
        results[n] = [uncached(w) for w in words]

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(result == expected for result in results.values())


def test_vocabulary_lookups_are_safe_while_another_thread_loads(material):
    errors = []

    def look() -> None:
        try:
            for _ in range(200):
                assert VOCABULARY.exact("merkblatt")
                VOCABULARY.containing("blatt")
                VOCABULARY.typos("merkblat")
        except Exception as exc:
            errors.append(exc)

    threads = [threading.Thread(target=look) for _ in range(4)]
    for thread in threads:
        thread.start()
    for n in range(20):
        with VOCABULARY._lock:  # as `ensure` loads new terms
            VOCABULARY._add([(10_000_000 + n, f"neuwort{n}")])
    for thread in threads:
        thread.join()
    assert errors == []
