"""Sign-up form usability, the mail footer's Impressum and the demo issue's visibility."""

import io

import pytest

from newsletter import demo
from newsletter.mail import imprint_text
from newsletter.models import Issue
from website.models import SitePage

pytestmark = pytest.mark.django_db


def test_consent_checkbox_has_a_short_label_and_the_details_below(client):
    html = client.get("/newsletter/").content.decode()
    label_start = html.index('<label for="id_consent">')
    label = html[label_start : html.index("</label>", label_start)]
    assert len(label) < 120
    assert 'aria-describedby="id_consent_helptext"' in html
    assert 'id="id_consent_helptext"' in html
    assert "jederzeit mit einem Klick widerrufen" in html


def test_invalid_signup_shows_an_error_summary_linking_the_fields(client):
    html = client.post("/newsletter/", {"email": "kein-at-zeichen", "name": ""}).content.decode()
    summary = html[
        html.index('class="error-summary"') : html.index(
            "</div>", html.index('class="error-summary"')
        )
    ]
    assert "Bitte korrigieren Sie 2 Angaben" in summary
    assert 'href="#id_email"' in summary
    assert 'href="#id_consent"' in summary
    assert "autofocus" in summary


def test_mail_imprint_comes_from_the_impressum_page(settings):
    settings.NEWSLETTER_IMPRINT_TEXT = ""
    SitePage.objects.update_or_create(
        slug=SitePage.Slug.IMPRINT,
        defaults={
            "title": "Impressum",
            "version": "1",
            "body": "<h2>Angaben</h2><address>Verein Beispiel e.V.<br>Musterweg 1<br>"
            "12345 Beispielstadt</address><p>Sonst etwas</p>",
        },
    )
    assert imprint_text() == "Verein Beispiel e.V.\nMusterweg 1\n12345 Beispielstadt"
    settings.NEWSLETTER_IMPRINT_TEXT = "Aus der Konfiguration"
    assert imprint_text() == "Aus der Konfiguration"


def test_mail_imprint_is_empty_rather_than_a_placeholder(settings):
    settings.NEWSLETTER_IMPRINT_TEXT = ""
    SitePage.objects.filter(slug=SitePage.Slug.IMPRINT).delete()
    assert imprint_text() == ""


def test_demo_sample_issue_is_a_draft_not_in_the_public_archive(client):
    demo.load(stdout=io.StringIO())
    issue = Issue.objects.get(slug=demo.SAMPLE_SLUG)
    assert issue.status == Issue.Status.DRAFT
    assert client.get(issue.get_absolute_url()).status_code == 404
    assert "Beispielausgabe" not in client.get("/newsletter/archiv/").content.decode()


def test_demo_reload_withdraws_a_sample_published_by_an_older_demo(client):
    demo.load(stdout=io.StringIO())
    Issue.objects.filter(slug=demo.SAMPLE_SLUG).update(status=Issue.Status.SENT)
    demo.load(stdout=io.StringIO())
    assert Issue.objects.get(slug=demo.SAMPLE_SLUG).status == Issue.Status.DRAFT
