"""The link report in the admin: states, bulk actions and permissions like the admin's own."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from linkcheck.models import LinkHealth
from linkcheck.status import LinkStatus
from resources.models import ResourceLink
from tests.factories import make_resource

pytestmark = pytest.mark.django_db

REPORT = reverse("admin:linkcheck_checkedlink_changelist")


@pytest.fixture(autouse=True)
def _fresh_rate_limit():
    cache.clear()


@pytest.fixture
def dummy_tasks(settings):
    """Queue tasks without running them, so a test can see what was enqueued."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    from django_tasks import default_task_backend

    default_task_backend.clear()
    yield default_task_backend
    default_task_backend.clear()


def checked(url, status, **fields) -> ResourceLink:
    link = make_resource(f"Material zu {url}", links=[url]).links.get()
    LinkHealth.objects.create(
        link=link,
        checked_url=url,
        status=status,
        last_checked_at=timezone.now(),
        broken_since=timezone.now() if status in ("client_error", "dns_error") else None,
        consecutive_failures=1 if status in ("client_error", "dns_error") else 0,
        **fields,
    )
    return link


@pytest.fixture
def library():
    return {
        "broken": checked("https://example.org/weg", LinkStatus.CLIENT_ERROR, http_code=404),
        "redirected": checked(
            "http://example.org/alt",
            LinkStatus.REDIRECT_PERMANENT,
            http_code=301,
            final_url="https://example.org/neu",
            redirect_chain=[
                {
                    "url": "http://example.org/alt",
                    "code": 301,
                    "location": "https://example.org/neu",
                }
            ],
        ),
        "ok": checked("https://example.org/gut", LinkStatus.OK, http_code=200),
        "unchecked": make_resource("Ungeprüft", links=["https://example.org/neu-hier"]).links.get(),
        "missing": make_resource("Ohne Adresse", links=[{"url": "", "label": "Flyer"}]).links.get(),
    }


def listed(response) -> str:
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize(
    ("state", "shown", "hidden"),
    [
        ("broken", "example.org/weg", "example.org/gut"),
        ("redirected", "example.org/alt", "example.org/weg"),
        ("unchecked", "example.org/neu-hier", "example.org/weg"),
        ("missing", "Ohne Adresse", "example.org/weg"),
    ],
)
def test_the_report_lists_each_state(editor_client, library, state, shown, hidden):
    html = listed(editor_client.get(REPORT, {"zustand": state}))
    assert shown in html
    assert hidden not in html.split('id="result_list"')[1]


def test_the_report_shows_counts_and_the_redirect_target(editor_client, library):
    html = listed(editor_client.get(REPORT))
    for text in ("Defekt</a>: 1", "Umgeleitet</a>: 1", "Ungeprüft</a>: 1", "Adresse fehlt</a>: 1"):
        assert text in html
    assert "https://example.org/neu" in html


def test_accepting_the_redirect_target_updates_the_link(editor_client, library):
    link = library["redirected"]
    response = editor_client.post(
        REPORT, {"action": "accept_redirect", "_selected_action": [link.pk, library["broken"].pk]}
    )
    assert response.status_code == 302
    link.refresh_from_db()
    library["broken"].refresh_from_db()
    assert link.url == "https://example.org/neu"
    assert library["broken"].url == "https://example.org/weg"  # not redirected: untouched


def test_archiving_marks_the_link(editor_client, library):
    link = library["broken"]
    editor_client.post(REPORT, {"action": "mark_archived", "_selected_action": [link.pk]})
    assert LinkHealth.objects.get(link=link).archived
    assert "example.org/weg" in listed(editor_client.get(REPORT, {"zustand": "archived"}))


def test_recheck_enqueues_one_task_and_is_rate_limited(
    editor_client, library, settings, dummy_tasks
):
    settings.LINKCHECK_RECHECKS_PER_HOUR = 2
    ids = [library["broken"].pk, library["ok"].pk]
    response = editor_client.post(
        REPORT, {"action": "recheck_now", "_selected_action": ids}, follow=True
    )
    assert "2 Links werden im Hintergrund geprüft" in response.content.decode()
    assert len(dummy_tasks.results) == 1
    assert sorted(dummy_tasks.results[0].kwargs["link_ids"]) == sorted(ids)

    # Asked again at once: nothing new is queued for the same links.
    editor_client.post(REPORT, {"action": "recheck_now", "_selected_action": ids})
    assert len(dummy_tasks.results) == 1
    # Over the hourly budget: refused with a message.
    response = editor_client.post(
        REPORT, {"action": "recheck_now", "_selected_action": ids}, follow=True
    )
    assert "Zu viele Prüfaufträge" in response.content.decode()
    assert len(dummy_tasks.results) == 1


def test_staff_without_link_permissions_cannot_see_or_act(library):
    user = get_user_model().objects.create_user("praktikum", password="x", is_staff=True)
    client = Client()
    client.force_login(user)
    assert client.get(REPORT).status_code == 403
    response = client.post(
        REPORT, {"action": "mark_archived", "_selected_action": [library["broken"].pk]}
    )
    assert response.status_code == 403
    assert not LinkHealth.objects.get(link=library["broken"]).archived


def test_view_permission_shows_the_report_without_actions(library):
    user = get_user_model().objects.create_user("lesend", password="x", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_resourcelink"))
    client = Client()
    client.force_login(user)
    html = listed(client.get(REPORT))
    assert "example.org/weg" in html
    assert "recheck_now" not in html
    client.post(REPORT, {"action": "mark_archived", "_selected_action": [library["broken"].pk]})
    assert not LinkHealth.objects.get(link=library["broken"]).archived


def test_the_resource_list_filters_by_link_state(editor_client, library):
    url = reverse("admin:resources_resource_changelist")
    html = listed(editor_client.get(url, {"linkzustand": "broken"}))
    assert "Material zu https://example.org/weg" in html
    assert "Material zu https://example.org/gut" not in html
    html = listed(editor_client.get(url, {"linkzustand": "unchecked"}))
    assert "Ungeprüft" in html
    assert "Material zu https://example.org/weg" not in html


def test_the_page_of_one_link_shows_its_history(editor_client, library):
    link = library["broken"]
    health = LinkHealth.objects.get(link=link)
    health.history = [
        {"at": "2026-11-20T03:15:00+00:00", "status": "client_error", "code": 404},
        {"at": "2026-11-13T03:15:00+00:00", "status": "ok", "code": 200},
    ]
    health.save()
    url = reverse("admin:linkcheck_checkedlink_change", args=[link.pk])
    html = listed(editor_client.get(url))
    assert "2026-11-20 03:15 – Fehler 4xx" in html
    assert "2026-11-13 03:15 – erreichbar (HTTP 200)" in html
    assert 'name="url"' not in html  # read-only: links are edited with their resource


@pytest.mark.parametrize("count", [5, 60])
def test_the_report_keeps_a_fixed_number_of_queries(
    editor_client, django_assert_max_num_queries, count
):
    for n in range(count):
        checked(f"https://example.org/{n}", LinkStatus.CLIENT_ERROR, http_code=404)
    with django_assert_max_num_queries(20):
        listed(editor_client.get(REPORT))
    with django_assert_max_num_queries(20):
        listed(editor_client.get(REPORT, {"zustand": "broken"}))
