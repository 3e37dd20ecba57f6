import pytest
from django.urls import reverse

from resources.models import Resource
from tests.factories import make_resource

pytestmark = pytest.mark.django_db


def resource_form_data(**overrides):
    data = {
        "title": "Arbeitshilfe 18 – und dann?",
        "slug": "arbeitshilfe-18-und-dann",
        "resource_type": "arbeitshilfe",
        "pub_year": "2017",
        "pub_month": "2",
        "status": "draft",
        "links-TOTAL_FORMS": "1",
        "links-INITIAL_FORMS": "0",
        "links-MIN_NUM_FORMS": "0",
        "links-MAX_NUM_FORMS": "1000",
        "links-0-url": "https://example.org/18-und-dann.pdf",
        "links-0-language": "de",
        "links-0-format": "pdf",
        "links-0-position": "0",
    }
    data.update(overrides)
    return data


def test_editor_creates_a_resource_with_a_link(editor_client):
    response = editor_client.post(reverse("admin:resources_resource_add"), resource_form_data())
    assert response.status_code == 302, response.content.decode()[:2000]
    resource = Resource.objects.get(slug="arbeitshilfe-18-und-dann")
    assert str(resource.publication_date) == "Feb. 2017"
    assert resource.links.get().url == "https://example.org/18-und-dann.pdf"


def test_duplicate_link_in_admin_is_a_form_error_naming_the_owner(editor_client):
    make_resource("Die Zukunft im Blick", links=["https://example.org/18-und-dann.pdf"])
    response = editor_client.post(reverse("admin:resources_resource_add"), resource_form_data())
    assert response.status_code == 200
    assert "Die Zukunft im Blick" in response.content.decode()
    assert not Resource.objects.filter(slug="arbeitshilfe-18-und-dann").exists()


def test_same_url_twice_in_one_form_is_an_error_not_a_crash(editor_client):
    data = resource_form_data(
        **{
            "links-TOTAL_FORMS": "2",
            "links-1-url": "https://example.org/18-und-dann.pdf",
            "links-1-language": "de",
            "links-1-format": "pdf",
            "links-1-position": "1",
        }
    )
    response = editor_client.post(reverse("admin:resources_resource_add"), data)
    assert response.status_code == 200
    assert "schon einmal" in response.content.decode()


def test_bulk_publish_skips_resources_flagged_for_review(editor_client):
    ok = make_resource("Geprüft", published=False)
    flagged = make_resource("????? ?????", published=False, needs_review=True)
    response = editor_client.post(
        reverse("admin:resources_resource_changelist"),
        {"action": "publish_selected", "_selected_action": [ok.pk, flagged.pk]},
        follow=True,
    )
    assert response.status_code == 200
    ok.refresh_from_db()
    flagged.refresh_from_db()
    assert ok.is_published
    assert flagged.status == Resource.Status.DRAFT
    assert "zur Prüfung markiert" in response.content.decode()


def test_change_history_records_who_changed_what(editor_client, editor):
    response = editor_client.post(reverse("admin:resources_resource_add"), resource_form_data())
    assert response.status_code == 302
    resource = Resource.objects.get(slug="arbeitshilfe-18-und-dann")
    change_url = reverse("admin:resources_resource_change", args=[resource.pk])
    data = resource_form_data(
        title="Arbeitshilfe: 18 – und dann?",
        **{
            "links-INITIAL_FORMS": "1",
            "links-0-id": str(resource.links.get().pk),
            "links-0-resource": str(resource.pk),
        },
    )
    assert editor_client.post(change_url, data).status_code == 302
    latest, first = resource.history.all()[:2]
    assert latest.history_user == editor
    delta = latest.diff_against(first)
    assert [(c.field, c.old, c.new) for c in delta.changes if c.field == "title"] == [
        ("title", "Arbeitshilfe 18 – und dann?", "Arbeitshilfe: 18 – und dann?")
    ]
    history_page = editor_client.get(
        reverse("admin:resources_resource_history", args=[resource.pk])
    )
    assert history_page.status_code == 200
    assert "editor" in history_page.content.decode()


def test_admin_search_and_autocomplete_work(editor_client):
    make_resource("Kindheit im Wartezustand")
    response = editor_client.get(
        reverse("admin:resources_resource_changelist"), {"q": "Wartezustand"}
    )
    assert "Kindheit im Wartezustand" in response.content.decode()
    response = editor_client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "resources",
            "model_name": "resource",
            "field_name": "publishers",
            "term": "",
        },
    )
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("choice", "expected"),
    [("missing", "Ohne Adresse"), ("none", "Ganz ohne Link"), ("damaged", "Kaputte Beschriftung")],
)
def test_editors_find_resources_whose_links_need_work(editor_client, choice, expected):
    make_resource("Ohne Adresse", links=[{"url": "", "label": "Checkliste"}])
    make_resource("Ganz ohne Link")
    make_resource(
        "Kaputte Beschriftung",
        links=[
            {
                "url": "https://example.org/fa.pdf",
                "language": "fa",
                "label": "????",
                "label_damaged": True,
            }
        ],
    )
    make_resource("Alles gut", links=["https://example.org/ok"])
    html = editor_client.get(
        reverse("admin:resources_resource_changelist"), {"link": choice}
    ).content.decode()
    shown = [
        t
        for t in ["Ohne Adresse", "Ganz ohne Link", "Kaputte Beschriftung", "Alles gut"]
        if f">{t}<" in html
    ]
    assert shown == [expected]
