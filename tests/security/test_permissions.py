"""Custom staff views check model permissions like the admin does: a staff member without any
permission gets 403 from each of them and changes nothing."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from counselling.models import Institution
from legal.models import AmendmentEvent, Statute
from newsletter.models import Issue, IssueItem, Subscriber
from tests.factories import make_resource

pytestmark = pytest.mark.django_db

FOOTNOTES = "Fußnoten:\n\nFn 1\n\n§ 99z eingefügt durch Gesetz vom 1.1.2030 (GV. NRW. S. 1).\n"


def staff(username: str, *permissions: str) -> Client:
    user = get_user_model().objects.create_user(username=username, password="x", is_staff=True)
    for name in permissions:
        app_label, codename = name.split(".")
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return client


@pytest.fixture
def objects():
    issue = Issue.objects.create(title="Ausgabe", slug="ausgabe", since=timezone.now())
    statute = Statute.objects.create(
        abbreviation="HG", slug="hg-nrw", title="Hochschulgesetz", jurisdiction="NRW"
    )
    institution = Institution.objects.create(name="Schule", slug="schule")
    Subscriber.objects.create(email="ada@example.org", status="active")
    return {"issue": issue, "statute": statute, "institution": institution}


def custom_staff_urls(objects) -> list[str]:
    issue = objects["issue"].pk
    names = [
        "vorschau_html",
        "vorschau_text",
        "export_eml",
        "export_mbox",
        "export_html",
        "testversand",
        "versenden",
        "fortsetzen",
        "ungewisse_einreihen",
        "rechtsaenderungen",
    ]
    return [
        *(reverse(f"admin:newsletter_issue_{name}", args=[issue]) for name in names),
        reverse("admin:newsletter_subscriber_import"),
        reverse("admin:counselling_institution_checks", args=[objects["institution"].pk]),
        reverse("admin:legal_statute_footnote_import"),
    ]


def test_staff_without_permissions_get_403_from_every_custom_staff_view(objects):
    nobody = staff("nobody")
    urls = custom_staff_urls(objects)
    assert len(urls) == 13
    for url in urls:
        assert nobody.get(url).status_code == 403, url
        assert nobody.post(url, {"recipients": "x@example.org", "text": FOOTNOTES}).status_code in {
            403
        }, url
    # Nothing happened: no legal event, no legal item taken over, no import, no sending.
    assert not AmendmentEvent.objects.exists()
    assert not IssueItem.objects.exists()
    assert Issue.objects.get().status == Issue.Status.DRAFT


def test_footnote_import_needs_the_amendment_event_permissions(objects):
    viewer = staff("viewer", "legal.view_amendmentevent", "legal.view_statute")
    assert viewer.get(reverse("admin:legal_statute_footnote_import")).status_code == 403
    events_only = staff(
        "events_only",
        "legal.add_amendmentevent",
        "legal.change_amendmentevent",
        "legal.delete_amendmentevent",
    )
    assert events_only.get(reverse("admin:legal_statute_footnote_import")).status_code == 403
    editor = staff(
        "editor",
        "legal.change_statute",
        "legal.add_amendmentevent",
        "legal.change_amendmentevent",
        "legal.delete_amendmentevent",
    )
    assert editor.get(reverse("admin:legal_statute_footnote_import")).status_code == 200


def test_taking_over_legal_changes_needs_change_permission_on_issues(objects):
    url = reverse("admin:newsletter_issue_rechtsaenderungen", args=[objects["issue"].pk])
    viewer = staff("viewer", "newsletter.view_issue")
    assert viewer.post(url).status_code == 403
    changer = staff("changer", "newsletter.view_issue", "newsletter.change_issue")
    assert changer.post(url).status_code == 302


def test_mbox_export_with_every_address_needs_view_permission_on_subscribers(objects):
    url = reverse("admin:newsletter_issue_export_mbox", args=[objects["issue"].pk])
    assert staff("issues", "newsletter.view_issue").get(url).status_code == 403
    both = staff("both", "newsletter.view_issue", "newsletter.view_subscriber")
    assert both.get(url).status_code == 200


def test_subscriber_import_needs_add_and_change_permission(objects):
    url = reverse("admin:newsletter_subscriber_import")
    assert staff("c", "newsletter.change_subscriber").get(url).status_code == 403
    both = staff("b", "newsletter.change_subscriber", "newsletter.add_subscriber")
    assert both.get(url).status_code == 200


def test_draft_preview_needs_change_permission_on_resources(objects):
    draft = make_resource("Entwurf", published=False)
    assert staff("nobody").get(draft.get_absolute_url()).status_code == 404
    assert staff("viewer", "resources.view_resource").get(draft.get_absolute_url()).status_code == (
        404
    )
    editor = staff("editor", "resources.change_resource")
    assert editor.get(draft.get_absolute_url()).status_code == 200
