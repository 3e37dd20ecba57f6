"""Transactional mails leave through the task queue: with the mail server hanging, pages answer
at once and identically for known and unknown addresses; the worker gives up after
EMAIL_TIMEOUT."""

import asyncio
import io
import time

import pytest
from aiosmtpd.controller import Controller
from django.core.management import call_command
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from newsletter.models import ConsentEvent, Subscriber
from tests.newsletter.conftest import free_port

pytestmark = pytest.mark.django_db(transaction=True)


class HangingHandler:
    """Greets, then never answers RCPT: a relay that has stopped working."""

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        await asyncio.sleep(60)
        return "250 OK"


@pytest.fixture
def hanging_smtp(settings):
    port = free_port()
    controller = Controller(HangingHandler(), hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_TIMEOUT = 2
    # The production queue: tasks wait in the database for `manage.py db_worker`.
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    yield port
    controller.stop()


def page_text(response) -> str:
    return response.content.decode()


def test_signup_and_manage_answer_at_once_and_alike_while_the_mail_server_hangs(
    client, hanging_smtp
):
    Subscriber.objects.create(email="known@example.org", status="active")
    answers = {}
    started = time.monotonic()
    for address in ["known@example.org", "unknown@example.org"]:
        signup = client.post(reverse("newsletter:index"), {"email": address, "consent": "on"})
        manage = client.post(reverse("newsletter:manage"), {"email": address})
        answers[address] = (signup.status_code, signup["Location"], page_text(manage))
    elapsed = time.monotonic() - started
    assert elapsed < 2, "a request waited for the mail server"
    assert answers["known@example.org"] == answers["unknown@example.org"]
    assert answers["known@example.org"][0] == 302
    # Four mails waiting in the queue: confirmation (new address), manage link (known address
    # signing up again) and two manage-link requests.
    queued = DBTaskResult.objects.filter(status="READY")
    assert queued.count() == 4
    assert {r.task_path.rsplit(".", 1)[-1] for r in queued} == {
        "send_confirmation_task",
        "send_manage_link_task",
    }


def test_worker_gives_up_on_a_hanging_mail_server_within_the_timeout(client, hanging_smtp):
    client.post(reverse("newsletter:index"), {"email": "ada@example.org", "consent": "on"})
    started = time.monotonic()
    call_command("db_worker", "--batch", "--no-startup-delay", stdout=io.StringIO())
    elapsed = time.monotonic() - started
    assert elapsed < 10  # EMAIL_TIMEOUT is 2 s
    result = DBTaskResult.objects.get()
    assert result.status == "FAILED"
    # Nothing is logged as sent that the server did not take.
    assert not ConsentEvent.objects.filter(kind="confirmation_sent").exists()


def test_email_timeout_is_well_below_the_gunicorn_timeout():
    from django.conf import settings as django_settings

    from frs_portal import gunicorn

    assert gunicorn.timeout >= django_settings.EMAIL_TIMEOUT * 2
