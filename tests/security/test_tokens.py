"""Subscriber links: confirmation bound to the sign-up it answers, management token renewed on
unsubscribe, export and erasure only through a fresh single-use link, nothing cached."""

import datetime
import re
from urllib.parse import urlsplit

import pytest
from django.urls import reverse
from django.utils import timezone

from newsletter import services
from newsletter.models import ConsentEvent, Subscriber

pytestmark = pytest.mark.django_db


def sign_up(client, email="ada@example.org", **extra):
    return client.post(reverse("newsletter:index"), {"email": email, "consent": "on", **extra})


def link_in(mail, path_part: str) -> str:
    return urlsplit(re.search(rf"https?://\S+{path_part}\S+", mail.body).group(0)).path


def test_confirmation_link_works_once_and_never_reactivates_after_unsubscribe(client, mailoutbox):
    sign_up(client)
    link = link_in(mailoutbox[0], "/newsletter/bestaetigen/")
    assert client.post(link).status_code == 200
    subscriber = Subscriber.objects.get()
    assert subscriber.is_active
    # A second click changes nothing and logs nothing.
    client.post(link)
    assert subscriber.consent_events.filter(kind="confirmed").count() == 1

    services.subscriber_unsubscribe(subscriber=subscriber, channel="link")
    response = client.post(link)
    assert response.status_code == 404
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED


def test_a_stranger_signing_up_an_unsubscribed_address_keeps_the_withdrawal(client, mailoutbox):
    subscriber = Subscriber.objects.create(
        email="ada@example.org", name="Ada", status="active", confirmed_at=timezone.now()
    )
    services.subscriber_unsubscribe(subscriber=subscriber, channel="link")
    sign_up(client, name="Mallory <a href=x>")
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert subscriber.name == "Ada"
    # The purge of stale sign-ups leaves the person and the recorded unsubscribe alone.
    Subscriber.objects.filter(pk=subscriber.pk).update(
        requested_at=timezone.now() - datetime.timedelta(days=60)
    )
    services.subscribers_purge_unconfirmed(days=0)
    assert subscriber.consent_events.filter(kind="unsubscribed").exists()
    # The owner of the address can still come back through the new confirmation mail.
    link = link_in(mailoutbox[-1], "/newsletter/bestaetigen/")
    client.post(link)
    subscriber.refresh_from_db()
    assert subscriber.is_active
    assert subscriber.name == "Mallory <a href=x>"  # what they asked for in that sign-up


def test_confirmation_mail_does_not_carry_the_typed_name(client, mailoutbox):
    sign_up(client, name="Gewinnen Sie jetzt: https://phish.example")
    [mail] = mailoutbox
    assert "phish" not in mail.body
    assert "Gewinnen" not in mail.body


def test_unsubscribe_renews_the_management_token(client):
    subscriber = Subscriber.objects.create(email="ada@example.org", status="active")
    old = subscriber.token
    client.post(subscriber.unsubscribe_path())
    subscriber.refresh_from_db()
    assert subscriber.token != old
    assert client.get(reverse("newsletter:preferences", args=[old])).status_code == 404
    # The one-click POST from an old mail still answers 200 (the person is off the list).
    assert client.post(reverse("newsletter:unsubscribe", args=[old])).status_code == 200


def test_export_needs_a_fresh_mailed_link_that_works_once(client, mailoutbox):
    subscriber = Subscriber.objects.create(email="ada@example.org", status="active")
    response = client.post(reverse("newsletter:data_link", args=[subscriber.token]))
    assert response.status_code == 200
    [mail] = mailoutbox
    assert mail.to == ["ada@example.org"]
    data_page = link_in(mail, "/newsletter/daten/")
    token = data_page.rstrip("/").rsplit("/", 1)[-1]
    assert client.get(data_page).status_code == 200
    export = reverse("newsletter:data_export", args=[token])
    assert client.get(export).status_code == 405  # mail scanners only GET
    assert client.post(export).status_code == 200
    assert client.post(export).status_code == 404
    assert subscriber.consent_events.filter(kind=ConsentEvent.Kind.DATA_EXPORTED).count() == 1


def test_data_link_stops_working_after_unsubscribe(client):
    subscriber = Subscriber.objects.create(email="ada@example.org", status="active")
    token = services.data_token(subscriber)
    services.subscriber_unsubscribe(subscriber=subscriber, channel="link")
    assert client.get(reverse("newsletter:data", args=[token])).status_code == 404
    assert client.post(reverse("newsletter:erase", args=[token])).status_code == 404
    assert Subscriber.objects.exists()


def test_personal_pages_are_never_cached(client):
    subscriber = Subscriber.objects.create(email="ada@example.org", status="active")
    token = services.data_token(subscriber)
    for response in [
        client.get(subscriber.preferences_path()),
        client.get(subscriber.unsubscribe_path()),
        client.get(reverse("newsletter:data", args=[token])),
        client.get(reverse("newsletter:erase", args=[token])),
        client.post(reverse("newsletter:data_export", args=[token])),
    ]:
        assert response.status_code == 200
        assert "no-store" in response["Cache-Control"]
