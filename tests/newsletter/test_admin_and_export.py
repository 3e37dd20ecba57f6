"""Composing, previewing, test-sending, exporting and sending issues as staff do."""

import datetime
import email
import mailbox
from email import policy

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from legal.services import LegalChange
from newsletter.models import Issue, IssueItem, Subscriber, Suppression
from tests.factories import make_organisation, make_resource, make_topic

from .conftest import make_subscriber

pytestmark = pytest.mark.django_db


@pytest.fixture
def legal_changes(monkeypatch):
    changes = [
        LegalChange(
            title="SchulG NRW: § 20 Absatz 4 geändert",
            statute="SchulG NRW",
            summary="Neu gefasst durch Gesetz vom 12. Juli 2025, in Kraft ab 1. August 2025.",
            effective_date=datetime.date(2025, 8, 1),
            act_date=datetime.date(2025, 7, 12),
            url="/recht/schulg-nrw/",
        )
    ]
    calls = []

    def recent_changes(*, since, until):
        calls.append((since, until))
        return changes

    monkeypatch.setattr("legal.services.recent_changes", recent_changes)
    return calls


def add_issue(client, **data):
    payload = {
        "title": "FLR-JuF 2/2026",
        "slug": "flr-juf-2-2026",
        "since_0": "01.01.2026",
        "since_1": "00:00:00",
        "intro": "Liebe Kolleg*innen,\n\nhier ist die neue Ausgabe: https://example.org/info",
        "items-TOTAL_FORMS": "1",
        "items-INITIAL_FORMS": "0",
        "items-MIN_NUM_FORMS": "0",
        "items-MAX_NUM_FORMS": "1000",
        "items-0-kind": "training",
        "items-0-position": "0",
        "items-0-title": "Fortbildung Vormundschaft",
        "items-0-date_note": "12. März 2026, online",
        "items-0-text": "",
        "items-0-url": "https://example.org/fortbildung",
        **data,
    }
    return client.post(reverse("admin:newsletter_issue_add"), payload)


def test_add_form_preselects_resources_published_since_the_last_issue(editor_client):
    last = Issue.objects.create(
        title="alt",
        slug="alt",
        since=timezone.now(),
        status="sent",
        sent_at=timezone.now() - datetime.timedelta(days=10),
    )
    assert last.pk
    old = make_resource("Alt", published_at=timezone.now() - datetime.timedelta(days=20))
    new = make_resource("Neu", published_at=timezone.now() - datetime.timedelta(days=2))
    draft = make_resource("Entwurf", published=False)
    response = editor_client.get(reverse("admin:newsletter_issue_add"))
    assert response.status_code == 200
    initial = response.context["adminform"].form.initial
    assert initial["resources"] == [new.pk]
    assert old.pk not in initial["resources"]
    assert draft.pk not in initial["resources"]


def test_composed_issue_groups_resources_by_section_and_lists_legal_changes(
    editor_client, legal_changes
):
    section_a = make_topic("Unbegleitete Minderjährige", position=1)
    section_b = make_topic("Junge Volljährige", position=2)
    sub = make_topic("Asylverfahren", parent=section_a)
    publisher = make_organisation("Bundesfachverband umF")
    r1 = make_resource("Arbeitshilfe Asylverfahren", topics=[sub], publishers=[publisher])
    r2 = make_resource("Leaving-Care-Broschüre", topics=[section_b])
    r3 = make_resource("Ohne Thema")
    response = add_issue(editor_client, resources=[r1.pk, r2.pk, r3.pk])
    assert response.status_code == 302, response.content.decode()[:2000]
    issue = Issue.objects.get()
    assert legal_changes
    assert legal_changes[0][0] == datetime.date(2026, 1, 1)
    assert issue.items.filter(kind=IssueItem.Kind.LEGAL).count() == 1

    html = editor_client.get(reverse("admin:newsletter_issue_vorschau_html", args=[issue.pk]))
    text = editor_client.get(reverse("admin:newsletter_issue_vorschau_text", args=[issue.pk]))
    assert html.status_code == text.status_code == 200
    assert text["Content-Type"] == "text/plain; charset=utf-8"
    body = html.content.decode()
    plain = text.content.decode()
    for content in (body, plain):
        assert content.index("Unbegleitete Minderjährige") < content.index(
            "Arbeitshilfe Asylverfahren"
        )
        assert content.index("Junge Volljährige") < content.index("Leaving-Care-Broschüre")
        assert content.index("Leaving-Care-Broschüre") < content.index("Weitere Materialien")
        assert "SchulG NRW: § 20 Absatz 4 geändert" in content
        assert "in Kraft ab 01.08.2025" in content
        assert "Fortbildung Vormundschaft" in content
        assert "Impressum" in content
    assert "Bundesfachverband umF" in body
    assert '<a href="https://example.org/info"' in body
    # Nothing loaded from elsewhere: no images, no remote styles or fonts, no scripts.
    assert "<img" not in body
    assert "<script" not in body
    assert "<link" not in body
    assert "@import" not in body
    assert "url(" not in body


def test_test_send_goes_to_staff_addresses_marked_as_test(editor_client, smtp_server):
    issue = Issue.objects.create(title="Ausgabe", slug="ausgabe", since=timezone.now())
    url = reverse("admin:newsletter_issue_testversand", args=[issue.pk])
    bad = editor_client.post(url, {"recipients": "staff@example.org, kaputt"})
    assert "Keine gültige E-Mail-Adresse: kaputt" in bad.content.decode()
    response = editor_client.post(url, {"recipients": "staff@example.org, chef@example.org"})
    assert response.status_code == 302
    assert sorted(r.rcpt_tos[0] for r in smtp_server.received) == [
        "chef@example.org",
        "staff@example.org",
    ]
    assert smtp_server.received[0].message["Subject"] == "[TEST] Ausgabe"
    assert not issue.deliveries.exists()


def test_eml_export_is_one_multipart_alternative_message_with_list_headers(
    editor_client, newsletter_settings
):
    issue = Issue.objects.create(title="Ausgabe Ä", slug="ausgabe", since=timezone.now())
    response = editor_client.get(reverse("admin:newsletter_issue_export_eml", args=[issue.pk]))
    assert response["Content-Type"] == "message/rfc822"
    assert 'filename="ausgabe.eml"' in response["Content-Disposition"]
    message = email.message_from_bytes(response.content, policy=policy.default)
    assert message["Subject"] == "Ausgabe Ä"
    assert message.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in message.get_payload()] == ["text/plain", "text/html"]
    assert message["List-Id"] == "FLR-JuF <flr-juf.test>"
    assert message["List-Unsubscribe"].strip() == "<https://flr-juf.test/newsletter/verwalten/>"
    assert message["Message-ID"].endswith("@mail.flr-juf.test>")
    assert message["Date"]


def test_mbox_export_holds_a_personal_copy_for_every_active_subscriber(
    editor_client, newsletter_settings, tmp_path
):
    people = [make_subscriber(f"p{i}@example.org") for i in range(3)]
    make_subscriber("off@example.org", status=Subscriber.Status.UNSUBSCRIBED)
    issue = Issue.objects.create(title="Ausgabe", slug="ausgabe", since=timezone.now())
    response = editor_client.get(reverse("admin:newsletter_issue_export_mbox", args=[issue.pk]))
    path = tmp_path / "out.mbox"
    path.write_bytes(b"".join(response.streaming_content))
    box = mailbox.mbox(str(path))
    messages = list(box)
    assert sorted(m["To"] for m in messages) == [p.email for p in people]
    for message, person in zip(sorted(messages, key=lambda m: m["To"]), people, strict=True):
        assert person.token in message["List-Unsubscribe"]
        assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_export_command_writes_eml_mbox_and_html(newsletter_settings, tmp_path):
    person = make_subscriber("p@example.org")
    Issue.objects.create(title="Ausgabe", slug="ausgabe", since=timezone.now())
    call_command("newsletter_export", "ausgabe", "eml", str(tmp_path / "a.eml"), to=person.email)
    call_command("newsletter_export", "ausgabe", "mbox", str(tmp_path / "a.mbox"))
    call_command("newsletter_export", "ausgabe", "html", str(tmp_path / "a.html"))
    eml = email.message_from_bytes((tmp_path / "a.eml").read_bytes(), policy=policy.default)
    assert person.token in eml["List-Unsubscribe"]
    assert len(mailbox.mbox(str(tmp_path / "a.mbox"))) == 1
    assert (tmp_path / "a.html").read_text().startswith("<!DOCTYPE html>")


def test_sending_from_the_admin_runs_in_the_background_and_shows_progress(
    editor_client, smtp_server, django_capture_on_commit_callbacks
):
    people = [make_subscriber(f"p{i}@example.org") for i in range(3)]
    smtp_server.reject.add(people[0].email)
    issue = Issue.objects.create(title="Ausgabe", slug="ausgabe", since=timezone.now())
    url = reverse("admin:newsletter_issue_versenden", args=[issue.pk])
    confirm = editor_client.get(url)
    assert "3 angemeldete Personen" in confirm.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(url)
    assert response.status_code == 302
    assert len(smtp_server.received) == 2
    page = editor_client.get(reverse("admin:newsletter_issue_change", args=[issue.pk]))
    html = page.content.decode()
    assert "Fehlgeschlagen (Antwort des Mailservers)" in html
    assert "User unknown" in html
    issue.refresh_from_db()
    assert issue.status == Issue.Status.SENT
    changelist = editor_client.get(reverse("admin:newsletter_issue_changelist"))
    assert "2 / 3 versendet, 1 fehlgeschlagen" in changelist.content.decode()


def test_csv_import_in_the_admin_reports_bad_lines(editor_client):
    upload = SimpleUploadedFile(
        "liste.csv", b"E-Mail;Einwilligung\nada@example.org;01.02.2024\nkaputt;01.02.2024\n"
    )
    response = editor_client.post(
        reverse("admin:newsletter_subscriber_import"),
        {"file": upload, "confirm_consent": "on"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "1 Person(en) übernommen" in html
    assert "„kaputt“ ist keine gültige E-Mail-Adresse" in html
    assert Subscriber.objects.get().email == "ada@example.org"


def test_admin_erase_action_asks_first_then_leaves_only_a_hash(editor_client):
    person = make_subscriber("ada@example.org")
    url = reverse("admin:newsletter_subscriber_changelist")
    data = {"action": "erase_selected", "_selected_action": [person.pk]}
    ask = editor_client.post(url, data)
    assert "Ja, endgültig löschen" in ask.content.decode()
    assert Subscriber.objects.exists()
    editor_client.post(url, {**data, "confirm": "yes"})
    assert not Subscriber.objects.exists()
    assert Suppression.objects.count() == 1


def test_admin_export_action_downloads_json(editor_client):
    person = make_subscriber("ada@example.org")
    response = editor_client.post(
        reverse("admin:newsletter_subscriber_changelist"),
        {"action": "export_data", "_selected_action": [person.pk]},
    )
    assert response.json()[0]["email"] == "ada@example.org"


@pytest.mark.parametrize("count", [5, 50])
def test_subscriber_changelist_queries_do_not_grow(
    editor_client, django_assert_max_num_queries, count
):
    for i in range(count):
        make_subscriber(f"p{i}@example.org")
    with django_assert_max_num_queries(12):
        assert (
            editor_client.get(reverse("admin:newsletter_subscriber_changelist")).status_code == 200
        )


@pytest.mark.parametrize("count", [2, 20])
def test_issue_changelist_queries_do_not_grow(editor_client, django_assert_max_num_queries, count):
    person = make_subscriber("p@example.org")
    for n in range(count):
        issue = Issue.objects.create(
            title=f"A{n}", slug=f"a{n}", since=timezone.now(), status=Issue.Status.SENDING
        )
        issue.deliveries.create(subscriber=person)
    with django_assert_max_num_queries(10):
        response = editor_client.get(reverse("admin:newsletter_issue_changelist"))
    assert "0 / 1 versendet, 0 fehlgeschlagen" in response.content.decode()
