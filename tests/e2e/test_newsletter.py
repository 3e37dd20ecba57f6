"""Newsletter in a real browser: sign up, open the confirmation link from the received mail,
then unsubscribe."""

import re

import pytest

from newsletter.models import ConsentEvent, Subscriber
from tests.newsletter.conftest import smtp_server  # noqa: F401 (aiosmtpd on loopback)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_sign_up_confirm_from_mail_and_unsubscribe(page, live_server, smtp_server, settings):  # noqa: F811
    settings.SITE_URL = live_server.url
    page.goto(f"{live_server.url}/newsletter/")
    page.get_by_role("textbox", name="E-Mail-Adresse").fill("ada@example.org")
    page.get_by_label("Name (freiwillig)").fill("Ada")
    page.get_by_label("Ja, ich möchte FLR-JuF per E-Mail erhalten.").check()
    page.get_by_role("button", name="Anmelden").click()
    page.get_by_role("heading", name="Bitte prüfen Sie Ihr Postfach").wait_for()

    [received] = smtp_server.received
    body = received.message.get_body(preferencelist=("plain",)).get_content()
    link = re.search(re.escape(live_server.url) + r"/newsletter/bestaetigen/\S+/", body).group(0)
    page.goto(link)
    page.get_by_role("button", name="Ja, Anmeldung bestätigen").click()
    page.get_by_role("heading", name="Vielen Dank – Ihre Anmeldung ist bestätigt").wait_for()
    assert Subscriber.objects.get().status == Subscriber.Status.ACTIVE

    page.get_by_role("link", name="Einstellungen ansehen").click()
    page.get_by_role("link", name="Vom Informationsservice abmelden").click()
    page.get_by_role("button", name="Ja, abmelden").click()
    page.get_by_role("heading", name="Sie sind abgemeldet").wait_for()
    subscriber = Subscriber.objects.get()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert list(subscriber.consent_events.values_list("kind", flat=True)) == [
        ConsentEvent.Kind.REQUESTED,
        ConsentEvent.Kind.CONFIRMATION_SENT,
        ConsentEvent.Kind.CONFIRMED,
        ConsentEvent.Kind.UNSUBSCRIBED,
    ]
