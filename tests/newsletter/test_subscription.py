"""Sign-up, double opt-in, consent log, unsubscribe, preferences, access and erasure."""

import datetime
import json
import re

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from newsletter import importers, services
from newsletter.forms import CONSENT_TEXT
from newsletter.models import ConsentEvent, Subscriber, Suppression, email_hash
from newsletter.services import privacy_notice_version
from tests.factories import make_topic

from .conftest import make_subscriber

pytestmark = pytest.mark.django_db

SIGNUP_URL = "/newsletter/"


def sign_up(client, email="ada@example.org", **extra):
    data = {"email": email, "name": "Ada", "consent": "on", **extra}
    return client.post(SIGNUP_URL, data)


def confirmation_link(received) -> str:
    body = received.message.get_body(preferencelist=("plain",)).get_content()
    return re.search(r"https://flr-juf\.test(/newsletter/bestaetigen/\S+/)", body).group(1)


def kinds(subscriber):
    return list(subscriber.consent_events.values_list("kind", flat=True))


def test_signup_page_shows_privacy_information_and_links_the_notice(client):
    response = client.get(SIGNUP_URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Art. 13 DSGVO" in html
    assert reverse("privacy") in html
    assert reverse("imprint") in html
    assert "IP-Adresse speichern wir dabei nicht" in html


def test_double_opt_in_through_the_mail_received_by_the_smtp_server(client, smtp_server):
    section = make_topic("Unbegleitete Minderjährige")
    response = sign_up(client, topics=[section.pk])
    assert response.status_code == 302
    subscriber = Subscriber.objects.get(email="ada@example.org")
    assert subscriber.status == Subscriber.Status.PENDING
    assert [r.rcpt_tos for r in smtp_server.received] == [["ada@example.org"]]
    confirm_mail = smtp_server.received[0].message
    assert "bestätigen" in confirm_mail["Subject"]
    link = confirmation_link(smtp_server.received[0])

    # A GET (as a mail scanner would do) does not confirm.
    page = client.get(link)
    assert page.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING

    assert client.post(link).status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.ACTIVE
    assert subscriber.confirmed_at is not None
    assert kinds(subscriber) == ["requested", "confirmation_sent", "confirmed"]
    request_event = subscriber.consent_events.get(kind="requested")
    assert request_event.consent_text == str(CONSENT_TEXT)
    assert request_event.privacy_notice_version == privacy_notice_version()
    assert request_event.details["topics"] == ["Unbegleitete Minderjährige"]
    assert request_event.ip_address is None
    assert list(subscriber.topics.all()) == [section]


def test_ip_address_is_recorded_only_when_the_setting_says_so(client, smtp_server, settings):
    settings.NEWSLETTER_RECORD_IP = True
    sign_up(client)
    event = ConsentEvent.objects.get(kind="requested")
    assert event.ip_address == "127.0.0.1"


def test_signup_without_consent_or_with_bad_address_shows_form_errors(client, smtp_server):
    response = client.post(SIGNUP_URL, {"email": "ada@example.org", "name": "Ada"})
    assert response.status_code == 200
    assert "Bitte bestätigen Sie die Einwilligung" in response.content.decode()
    response = client.post(SIGNUP_URL, {"email": "not-an-address", "consent": "on"})
    assert response.status_code == 200
    assert "errorlist" in response.content.decode()
    assert 'value="Ada"' not in response.content.decode()
    assert Subscriber.objects.count() == 0
    assert smtp_server.received == []


def test_signup_of_a_confirmed_address_sends_the_management_link_and_reveals_nothing(
    client, smtp_server
):
    make_subscriber("ada@example.org")
    response = sign_up(client)
    assert response.status_code == 302
    assert response["Location"] == reverse("newsletter:signup_done")
    [received] = smtp_server.received
    text = received.message.get_body(preferencelist=("plain",)).get_content()
    assert "/newsletter/einstellungen/" in text
    assert Subscriber.objects.get().status == Subscriber.Status.ACTIVE


def test_expired_and_tampered_confirmation_links_explain_the_problem(client, smtp_server, settings):
    sign_up(client)
    link = confirmation_link(smtp_server.received[0])
    tampered = client.get(link[:-3] + "xx/")
    assert tampered.status_code == 400
    assert "beschädigt" in tampered.content.decode()
    settings.NEWSLETTER_CONFIRM_DAYS = 0
    expired = client.post(link)
    assert expired.status_code == 410
    assert "abgelaufen" in expired.content.decode()
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING


def test_one_click_unsubscribe_post_works_without_cookies_or_csrf_and_never_redirects():
    subscriber = make_subscriber("ada@example.org")
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        subscriber.unsubscribe_path(),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert not response.cookies
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    event = subscriber.consent_events.get(kind="unsubscribed")
    assert event.channel == ConsentEvent.Channel.ONE_CLICK
    # A second POST (mail programs retry) is still fine.
    assert client.post(subscriber.unsubscribe_path()).status_code == 200
    assert subscriber.consent_events.filter(kind="unsubscribed").count() == 1


def test_unsubscribe_get_only_asks_and_the_button_unsubscribes(client):
    subscriber = make_subscriber("ada@example.org")
    page = client.get(subscriber.unsubscribe_path())
    assert page.status_code == 200
    assert "Ja, abmelden" in page.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.ACTIVE
    response = client.post(subscriber.unsubscribe_path(), {"List-Unsubscribe": "Link"})
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert subscriber.consent_events.get().channel == ConsentEvent.Channel.LINK


def test_unknown_unsubscribe_token_answers_200_on_post_and_404_on_get(client):
    assert client.post("/newsletter/abmelden/unknown-token/").status_code == 200
    assert client.get("/newsletter/abmelden/unknown-token/").status_code == 404


def test_preferences_change_is_logged(client):
    subscriber = make_subscriber("ada@example.org")
    section = make_topic("Kinderrechte")
    response = client.post(
        subscriber.preferences_path(), {"name": "Ada L.", "topics": [section.pk]}
    )
    assert response.status_code == 200
    assert "gespeichert" in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.name == "Ada L."
    event = subscriber.consent_events.get(kind="preferences")
    assert event.details == {"name": "Ada L.", "topics": ["Kinderrechte"]}


def test_data_export_contains_everything_stored(client):
    subscriber = make_subscriber("ada@example.org", name="Ada")
    services.subscriber_unsubscribe(subscriber=subscriber, channel="link")
    subscriber.refresh_from_db()
    token = services.data_token(subscriber)
    response = client.post(reverse("newsletter:data_export", args=[token]))
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["email"] == "ada@example.org"
    assert data["name"] == "Ada"
    assert [e["step"] for e in data["consent_log"]] == ["unsubscribed"]


def test_erasure_leaves_only_a_hash_that_blocks_a_later_import(client):
    subscriber = make_subscriber("ada@example.org")
    token = services.data_token(subscriber)
    assert client.get(reverse("newsletter:erase", args=[token])).status_code == 200
    response = client.post(reverse("newsletter:erase", args=[token]))
    assert response.status_code == 200
    assert not Subscriber.objects.exists()
    assert not ConsentEvent.objects.exists()
    assert Suppression.objects.get().email_hash == email_hash("ada@example.org")
    assert "ada" not in Suppression.objects.get().email_hash

    parsed = importers.parse_subscriber_csv(
        "E-Mail;Einwilligung\nAda@Example.org;2024-01-02\n", today=datetime.date(2026, 1, 1)
    )
    report = services.SubscriberImportReport()
    services.subscribers_import(rows=parsed.rows, file_name="x.csv", imported_by="t", report=report)
    assert report.created == 0
    assert "gelöscht" in report.problems[0].message
    assert not Subscriber.objects.exists()


def test_import_never_resubscribes_someone_who_unsubscribed():
    subscriber = make_subscriber("ada@example.org", status=Subscriber.Status.UNSUBSCRIBED)
    parsed = importers.parse_subscriber_csv(
        "email,consent_date\nada@example.org,2024-01-02\nbob@example.org,2024-01-03\n",
        today=datetime.date(2026, 1, 1),
    )
    report = services.SubscriberImportReport()
    services.subscribers_import(rows=parsed.rows, file_name="x.csv", imported_by="t", report=report)
    assert report.created == 1
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    bob = Subscriber.objects.get(email="bob@example.org")
    assert bob.status == Subscriber.Status.ACTIVE
    assert bob.confirmed_at.date() == datetime.date(2024, 1, 3)
    event = bob.consent_events.get()
    assert event.kind == "imported"
    assert event.details["original_consent_date"] == "2024-01-03"


def test_purge_command_deletes_only_stale_unconfirmed_signups(settings):
    settings.NEWSLETTER_PURGE_UNCONFIRMED_DAYS = 10
    old = timezone.now() - datetime.timedelta(days=11)
    make_subscriber("stale@example.org", status=Subscriber.Status.PENDING, requested_at=old)
    make_subscriber("fresh@example.org", status=Subscriber.Status.PENDING)
    make_subscriber("active@example.org", requested_at=old)
    call_command("newsletter_purge")
    assert sorted(Subscriber.objects.values_list("email", flat=True)) == [
        "active@example.org",
        "fresh@example.org",
    ]


def test_consent_events_cannot_be_rewritten():
    subscriber = make_subscriber("ada@example.org")
    event = ConsentEvent.objects.create(subscriber=subscriber, kind="confirmed", channel="link")
    event.channel = "admin"
    with pytest.raises(Exception, match="nie geändert"):
        event.save()


def test_manage_page_mails_the_personal_link_without_revealing_membership(client, smtp_server):
    subscriber = make_subscriber("ada@example.org")
    for address in ["ada@example.org", "nobody@example.org"]:
        response = client.post(reverse("newsletter:manage"), {"email": address})
        assert "Wenn diese Adresse angemeldet ist" in response.content.decode()
    [received] = smtp_server.received
    assert subscriber.token in received.message.get_body(preferencelist=("plain",)).get_content()


def test_repeated_signups_do_not_flood_the_inbox(client, smtp_server):
    for _ in range(3):
        assert sign_up(client).status_code == 302
    assert len(smtp_server.received) == 1
    subscriber = Subscriber.objects.get()
    assert kinds(subscriber).count("requested") == 3
    assert kinds(subscriber).count("confirmation_sent") == 1
