"""The newsletter in the reader's language: the sign-up page's language is stored with the
subscriber; the worker sends the confirmation in it (HTML part with lang and dir, links under
the language's prefix); an issue keeps its German content in a frame in that language."""

import io
import re

import pytest
from django.core.management import call_command
from django.utils import timezone, translation

from newsletter import sending
from newsletter.models import Issue, Subscriber
from tests.factories import make_resource, make_topic

from .conftest import make_subscriber

pytestmark = pytest.mark.django_db(transaction=True)

ARABIC = re.compile(r"[\u0600-\u06ff]")


def translated(language: str, german: str) -> str:
    with translation.override(language):
        text = translation.gettext(german)
    assert text != german, f"{german!r} has no {language} translation"
    return text


def sign_up_and_run_the_worker(client, settings, path: str, email: str):
    # The production queue: the page only enqueues, `db_worker` sends.
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    response = client.post(path, {"email": email, "consent": "on"})
    assert response.status_code == 302
    assert response["Location"] == path + "angemeldet/"
    call_command("db_worker", "--batch", "--no-startup-delay", stdout=io.StringIO())


def test_sign_up_in_arabic_stores_the_language_and_the_worker_mails_arabic_rtl(
    client, smtp_server, settings
):
    sign_up_and_run_the_worker(client, settings, "/ar/newsletter/", "ada@example.org")
    subscriber = Subscriber.objects.get()
    assert subscriber.language == "ar"
    [received] = smtp_server.received
    message = received.message
    assert message["Content-Language"] == "ar"
    assert message["Subject"].strip() == translated(
        "ar", "Bitte bestätigen Sie Ihre Anmeldung zum Informationsservice FLR-JuF"
    )
    text = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    greeting = translated("ar", "Guten Tag")
    assert greeting in text
    assert "Guten Tag" not in text
    assert re.search(r'<html lang="ar" dir="rtl">', html)
    assert greeting in html
    assert ARABIC.search(html)
    # The confirmation link opens the Arabic page.
    link = re.search(r"https://flr-juf\.test(/\S+/bestaetigen/\S+/)", text).group(1)
    assert link.startswith("/ar/newsletter/bestaetigen/")
    page = client.get(link)
    assert page.status_code == 200
    assert '<html lang="ar" dir="rtl">' in page.content.decode()
    # Confirmed from there: the management link comes in Arabic as well.
    client.post(link)
    subscriber.refresh_from_db()
    assert subscriber.is_active
    smtp_server.received.clear()
    sign_up_and_run_the_worker(client, settings, "/newsletter/", "ada@example.org")
    [again] = smtp_server.received
    assert "/ar/newsletter/einstellungen/" in again.message.get_body(("plain",)).get_content()


def test_sign_up_in_german_stays_german_and_left_to_right(client, smtp_server, settings):
    sign_up_and_run_the_worker(client, settings, "/newsletter/", "bo@example.org")
    assert Subscriber.objects.get().language == "de"
    [received] = smtp_server.received
    html = received.message.get_body(preferencelist=("html",)).get_content()
    text = received.message.get_body(preferencelist=("plain",)).get_content()
    assert '<html lang="de" dir="ltr">' in html
    assert text.startswith("Guten Tag,")
    assert "https://flr-juf.test/newsletter/bestaetigen/" in text


def test_an_issue_keeps_german_content_in_a_frame_in_the_subscribers_language(smtp_server):
    german = make_subscriber("de@example.org")
    farsi = make_subscriber("fa@example.org", language="fa")
    issue = Issue.objects.create(
        title="FLR-JuF 2/2026",
        slug="flr-juf-2-2026",
        since=timezone.now() - timezone.timedelta(days=30),
    )
    section = make_topic("Junge Volljährige – Leaving Care")
    issue.resources.set([make_resource("Arbeitshilfe Leaving Care", topics=[section])])
    sending.issue_start_sending(issue=issue)
    summary = sending.send_issue(issue_id=issue.pk)
    assert summary.sent == 2

    [to_farsi] = smtp_server.to(farsi.email)
    html = to_farsi.message.get_body(preferencelist=("html",)).get_content()
    text = to_farsi.message.get_body(preferencelist=("plain",)).get_content()
    assert '<html lang="fa" dir="rtl">' in html
    assert to_farsi.message["Content-Language"] == "fa"
    footer = translated("fa", "Vom Informationsservice abmelden")
    assert footer in html
    # The content is the German issue, marked as German.
    assert '<div lang="de" dir="ltr">' in html
    assert "Arbeitshilfe Leaving Care" in html
    assert "Neue Materialien" in html  # the issue's own headings stay German
    # Links in the body lead to the Farsi pages; the mail program's one-click address is the
    # unprefixed one.
    assert f"https://flr-juf.test/fa/newsletter/abmelden/{farsi.token}/" in text
    assert to_farsi.message["List-Unsubscribe"].strip() == (
        f"<https://flr-juf.test/newsletter/abmelden/{farsi.token}/>"
    )

    [to_german] = smtp_server.to(german.email)
    html = to_german.message.get_body(preferencelist=("html",)).get_content()
    assert '<html lang="de" dir="ltr">' in html
    assert "Vom Informationsservice abmelden" in html


def test_one_click_unsubscribe_works_without_a_prefix_for_any_language(client):
    farsi = make_subscriber("fa@example.org", language="fa")
    response = client.post(
        f"/newsletter/abmelden/{farsi.token}/", {"List-Unsubscribe": "One-Click"}
    )
    assert response.status_code == 200
    farsi.refresh_from_db()
    assert farsi.status == Subscriber.Status.UNSUBSCRIBED
