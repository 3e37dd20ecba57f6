"""Materials without a link: labelled, filterable, a next step on the detail page, a worklist."""

import pytest
from django.urls import reverse

from resources.models import Organisation, Resource
from resources.search.index import reindex_resources
from tests.factories import make_resource

pytestmark = pytest.mark.django_db


@pytest.fixture
def materials():
    publisher = Organisation.objects.create(
        name="Verband Beispiel", slug="verband-beispiel", website="https://verband.example.org/"
    )
    silent = Organisation.objects.create(name="Stiller Verlag", slug="stiller-verlag")
    found = {
        "linked": make_resource(
            "Ratgeber Vormundschaft", links=["https://example.org/ratgeber.pdf"]
        ),
        "empty_link": make_resource(
            "Broschüre Ausbildung",
            links=[{"url": "", "label": "Broschüre (arabisch)", "language": "ar"}],
            publishers=[publisher],
        ),
        "bare": make_resource("Arbeitshilfe Clearing", publishers=[silent]),
    }
    reindex_resources()
    return found


def test_list_labels_materials_without_a_link(client, materials):
    html = client.get(reverse("resources:list")).content.decode()
    cards = {
        title: html.split(title, 1)[1].split("</li>", 1)[0]
        for title in ("Ratgeber Vormundschaft", "Broschüre Ausbildung", "Arbeitshilfe Clearing")
    }
    assert "ohne Link" not in cards["Ratgeber Vormundschaft"]
    assert "ohne Link" in cards["Broschüre Ausbildung"]
    assert "ohne Link" in cards["Arbeitshilfe Clearing"]


def test_only_with_link_filter_keeps_openable_materials(client, materials):
    html = client.get(reverse("resources:list"), {"link": "mit"}).content.decode()
    assert "Ratgeber Vormundschaft" in html
    assert "Broschüre Ausbildung" not in html
    assert "Arbeitshilfe Clearing" not in html
    assert "1 Material gefunden" in html
    assert "nur mit Link" in html  # the chip that removes it


def test_only_with_link_works_in_the_api_and_with_a_query(client, materials):
    data = client.get(reverse("resources_api:list"), {"link": "mit"}).json()
    assert data["count"] == 1
    assert [item["title"] for item in data["items"]] == ["Ratgeber Vormundschaft"]
    html = client.get(reverse("resources:list"), {"link": "mit", "q": "Broschüre"})
    assert "Broschüre Ausbildung" not in html.content.decode()


def test_unknown_link_value_is_a_400_not_a_crash(client, materials):
    assert client.get(reverse("resources:list"), {"link": "egal"}).status_code == 400


def test_detail_without_link_points_to_the_publishers_website(client, materials):
    html = client.get(materials["empty_link"].get_absolute_url()).content.decode()
    assert "noch keinen Link" in html
    assert 'href="https://verband.example.org/"' in html
    assert "Broschüre (arabisch)" in html
    html = client.get(materials["bare"].get_absolute_url()).content.decode()
    assert f'href="{materials["bare"].publishers.get().get_absolute_url()}"' in html


def test_back_link_returns_to_the_search(client, materials):
    listing = client.get(reverse("resources:list"), {"q": "Ratgeber", "link": "mit"})
    html = listing.content.decode()
    detail_url = materials["linked"].get_absolute_url()
    start = html.index(f'href="{detail_url}?suche=')
    href = html[start + 6 : html.index('"', start + 6)].replace("&amp;", "&")
    detail = client.get(href).content.decode()
    assert 'href="/ressourcen/?q=Ratgeber&amp;link=mit"' in detail


def test_back_link_cannot_leave_the_listing(client, materials):
    url = materials["linked"].get_absolute_url()
    detail = client.get(url, {"suche": "//evil.example/<script>"}).content.decode()
    back = detail.split('class="no-print back-link"', 1)[1].split("</p>", 1)[0]
    assert 'href="/ressourcen/?' in back
    assert "<script>" not in back
    assert 'href="//' not in back


def test_staff_worklist_lists_materials_nobody_can_open(editor_client, materials):
    html = editor_client.get(
        reverse("admin:resources_resource_changelist"), {"link": "unreachable"}
    ).content.decode()
    assert "Broschüre Ausbildung" in html
    assert "Arbeitshilfe Clearing" in html
    assert "Ratgeber Vormundschaft" not in html


def test_bulk_publish_counts_only_real_changes_and_writes_no_empty_history(editor_client):
    done = make_resource("Schon veröffentlicht")
    draft = make_resource("Entwurf", published=False)
    rows_before = Resource.history.count()
    response = editor_client.post(
        reverse("admin:resources_resource_changelist"),
        {"action": "publish_selected", "_selected_action": [done.pk, draft.pk]},
        follow=True,
    )
    html = response.content.decode()
    assert "1 Material veröffentlicht" in html
    assert "1 Material war schon veröffentlicht" in html
    assert Resource.history.count() == rows_before + 1
    assert Resource.history.filter(id=done.pk).count() == 1
