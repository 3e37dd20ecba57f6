"""Operations: health and readiness, a database outage answered 503 with Retry-After and then
recovery, and a backup (dumpdata) restored into an empty database serving the same pages."""

import datetime
import io
import json
import re
from contextlib import contextmanager

import pytest
from django.core.management import call_command
from django.db import OperationalError, connection
from django.test import Client
from django.utils import timezone

from frs_portal import health
from newsletter.models import Issue, Subscriber
from resources.models import Resource
from resources.search.index import reindex_resources
from tests.factories import make_organisation, make_resource, make_topic

pytestmark = pytest.mark.django_db


@contextmanager
def database_down():
    """Every query fails the way psycopg/sqlite fail while the server restarts."""

    def refuse(execute, sql, params, many, context):
        raise OperationalError("server closed the connection unexpectedly")

    with connection.execute_wrapper(refuse):
        yield


def test_healthz_answers_without_the_database(client):
    with database_down():
        response = client.get("/healthz/")
    assert response.status_code == 200
    assert response.content == b"ok\n"


def test_readyz_reports_each_check(client):
    response = client.get("/readyz/")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "migrations": "ok", "queue": "ok"},
    }
    assert "no-store" in response["Cache-Control"]


def test_readyz_fails_while_the_database_is_down(client):
    with database_down():
        response = client.get("/readyz/")
    assert response.status_code == 503
    assert response.json()["checks"]["database"].startswith("fail: OperationalError")


def test_readyz_fails_when_the_task_queue_lags(client, settings):
    from django_tasks_db.models import DBTaskResult

    from newsletter.tasks import send_manage_link_task

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    send_manage_link_task.enqueue("ada@example.org")
    assert client.get("/readyz/").status_code == 200
    DBTaskResult.objects.update(enqueued_at=timezone.now() - datetime.timedelta(hours=1))
    response = client.get("/readyz/")
    assert response.status_code == 503
    assert response.json()["checks"]["queue"].startswith("fail")


def test_readyz_fails_with_unapplied_migrations(client, monkeypatch):
    monkeypatch.setattr(health, "_migrations_done", False)
    monkeypatch.setattr(
        health.MigrationExecutor, "migration_plan", lambda self, targets: [("x", False)]
    )
    response = client.get("/readyz/")
    assert response.status_code == 503
    assert (
        response.json()["checks"]["migrations"] == "fail: RuntimeError: 1 migration(s) not applied"
    )


@pytest.mark.parametrize(
    "url", ["/", "/ressourcen/", "/recht/", "/newsletter/", "/newsletter/archiv/"]
)
def test_database_outage_is_answered_503_with_retry_after_then_recovers(url):
    make_resource("Arbeitshilfe")
    client = Client(raise_request_exception=False)
    with database_down():
        response = client.get(url)
    assert response.status_code == 503
    assert int(response["Retry-After"]) > 0
    assert "Vorübergehend nicht erreichbar" in response.content.decode()
    assert client.get(url).status_code == 200


def test_database_outage_during_a_form_post_is_a_503():
    client = Client(raise_request_exception=False)
    with database_down():
        response = client.post("/newsletter/", {"email": "ada@example.org", "consent": "on"})
    assert response.status_code == 503


def without_microseconds(pages: dict[str, str]) -> dict[str, str]:
    return {
        url: re.sub(r"(\d\d:\d\d:\d\d\.\d{3})\d{3}", r"\1", html) for url, html in pages.items()
    }


def pages(client) -> dict[str, str]:
    resource = Resource.objects.published().first()
    urls = ["/", "/ressourcen/", resource.get_absolute_url(), "/newsletter/archiv/"]
    return {url: client.get(url).content.decode() for url in urls}


@pytest.mark.django_db(transaction=True)  # flush and loaddata commit on their own
def test_backup_restored_into_an_empty_database_serves_the_same_pages(tmp_path):
    section = make_topic("Schule")
    publisher = make_organisation("Verein")
    resource = make_resource("Arbeitshilfe Schule", topics=[section], publishers=[publisher])
    # Edits leave change history, including many-to-many history rows.
    resource.title = "Arbeitshilfe Schule (2. Auflage)"
    resource.save()
    Issue.objects.create(
        title="Ausgabe 1", slug="ausgabe-1", since=timezone.now(), status="sent",
        sent_at=timezone.now(),
    )  # fmt: skip
    Subscriber.objects.create(email="ada@example.org", status="active")
    reindex_resources([resource.pk])
    client = Client()
    before = pages(client)
    history_before = Resource.history.count()

    dump = io.StringIO()
    call_command(
        "dumpdata", "--natural-foreign", "--natural-primary",
        "--exclude=contenttypes", "--exclude=auth.permission", "--exclude=sessions",
        stdout=dump,
    )  # fmt: skip
    call_command("flush", "--no-input", verbosity=0)
    assert not Resource.objects.exists()
    fixture = json.loads(dump.getvalue())
    path = tmp_path / "backup.json"
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(fixture, handle)
    call_command("loaddata", path, verbosity=0)

    assert Resource.history.count() == history_before
    assert Subscriber.objects.get().email == "ada@example.org"
    # Django's JSON serialiser keeps milliseconds, not microseconds (README, "Backups").
    assert without_microseconds(pages(client)) == without_microseconds(before)


@pytest.mark.django_db(transaction=True)
def test_lost_postgresql_connection_is_a_503_then_the_portal_recovers():
    if connection.vendor != "postgresql":
        pytest.skip("a server to lose: PostgreSQL only")
    from tests.newsletter.conftest import free_port

    client = Client(raise_request_exception=False)
    assert client.get("/newsletter/archiv/").status_code == 200
    real_port = connection.settings_dict["PORT"]
    connection.close()
    connection.settings_dict["PORT"] = str(free_port())  # nothing listens there
    try:
        response = client.get("/newsletter/archiv/")
        assert response.status_code == 503
        assert response["Retry-After"] == "30"
        assert client.get("/readyz/").status_code == 503
        assert client.get("/healthz/").status_code == 200
    finally:
        connection.close()
        connection.settings_dict["PORT"] = real_port
    assert client.get("/newsletter/archiv/").status_code == 200
