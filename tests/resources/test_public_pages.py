import json
import re

import pytest
from django.urls import reverse

from tests.factories import make_organisation, make_resource, make_topic

pytestmark = pytest.mark.django_db


def jsonld_of(response) -> dict:
    match = re.search(
        rb'<script type="application/ld\+json">(.*?)</script>', response.content, re.S
    )
    assert match, "no JSON-LD block"
    return json.loads(match.group(1))


def test_detail_page_shows_resource_with_schema_org_metadata(client):
    org = make_organisation(
        "Bundesfachverband unbegleitete minderjährige Flüchtlinge", short_name="BumF"
    )
    resource = make_resource(
        "Broschüre „neu anfangen!“",
        publishers=[org],
        pub_year=2018,
        pub_month=8,
        links=[
            {"url": "https://example.org/neu-anfangen.pdf", "format": "pdf"},
            {"url": "https://example.org/fa.pdf", "language": "fa", "label": "شروع دوباره"},
        ],
    )
    response = client.get(resource.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert "Broschüre „neu anfangen!“" in html
    assert "Aug. 2018" in html
    assert 'lang="fa" dir="rtl"' in html
    data = jsonld_of(response)
    assert data["@context"] == "https://schema.org"
    assert data["name"] == "Broschüre „neu anfangen!“"
    assert data["datePublished"] == "2018-08"
    assert data["publisher"][0]["name"] == org.name
    assert data["inLanguage"] == ["de", "fa"]


def test_jsonld_cannot_close_the_script_element(client):
    resource = make_resource("Titel </script><script>alert(1)</script>")
    response = client.get(resource.get_absolute_url())
    assert b"</script><script>alert(1)" not in response.content
    assert jsonld_of(response)["name"] == "Titel </script><script>alert(1)</script>"


def test_drafts_are_hidden_from_the_public_but_previewable_by_editors(client, editor_client):
    draft = make_resource("Entwurf", published=False)
    assert client.get(draft.get_absolute_url()).status_code == 404
    response = editor_client.get(draft.get_absolute_url())
    assert response.status_code == 200
    assert "Vorschau" in response.content.decode()


def test_publisher_page_lists_its_published_resources_and_contact(client):
    org = make_organisation(
        "Careleaver-Zentrum Thüringen", kind="counselling", city="Erfurt", email="info@example.org"
    )
    make_resource("Beratung für Care Leaver", publishers=[org])
    make_resource("Unveröffentlicht", publishers=[org], published=False)
    html = client.get(org.get_absolute_url()).content.decode()
    assert "Beratung für Care Leaver" in html
    assert "Unveröffentlicht" not in html
    assert "mailto:info@example.org" in html


def test_section_page_includes_resources_of_its_topics(client):
    section = make_topic("unbegleitete Minderjährige")
    topic = make_topic("Asylverfahren", parent=section)
    make_resource("Kindgerechtes Asylverfahren", topics=[topic])
    make_resource("Einführung", topics=[section])
    html = client.get(section.get_absolute_url()).content.decode()
    assert "Kindgerechtes Asylverfahren" in html
    assert "Einführung" in html
    assert "Asylverfahren" in client.get(topic.get_absolute_url()).content.decode()


@pytest.mark.parametrize("page", ["abc", "0", "-1", "99999999999", "5"])
def test_bad_page_numbers_get_a_clear_400(client, page):
    org = make_organisation("BumF")
    make_resource(publishers=[org])
    response = client.get(org.get_absolute_url(), {"page": page})
    assert response.status_code == 400
    assert "Seite" in response.content.decode()


def test_unknown_pages_get_the_portal_404(client):
    response = client.get("/ressourcen/gibt-es-nicht/")
    assert response.status_code == 404
    assert "Diese Seite gibt es nicht" in response.content.decode()


@pytest.mark.parametrize("count", [10, 60])
def test_home_page_query_count_does_not_grow_with_data(
    client, django_assert_max_num_queries, count
):
    section = make_topic("Bereich")
    topics = [make_topic(f"Thema {i}", parent=section) for i in range(5)]
    org = make_organisation("Herausgeber")
    for i in range(count):
        make_resource(
            f"Material {i}",
            publishers=[org],
            topics=topics[:2],
            highlighted=i % 3 == 0,
            links=[f"https://example.org/{i}"],
        )
    with django_assert_max_num_queries(12):
        assert client.get(reverse("home")).status_code == 200


@pytest.mark.parametrize("count", [10, 60])
def test_topic_page_query_count_does_not_grow_with_data(
    client, django_assert_max_num_queries, count
):
    section = make_topic("Bereich")
    org = make_organisation("Herausgeber")
    for i in range(count):
        make_resource(
            f"Material {i}", publishers=[org], topics=[section], links=[f"https://example.org/{i}"]
        )
    # The listing is the search's answer: once per process (and change) the search loads its
    # columns, a fixed number of queries whatever the data; then the page itself.
    assert client.get(reverse("resources:list")).status_code == 200
    with django_assert_max_num_queries(10):
        assert client.get(section.get_absolute_url()).status_code == 200


def test_home_lists_recently_added_resources_newest_publication_first(client):
    from django.utils import timezone

    batch = timezone.now() - timezone.timedelta(hours=1)
    make_resource("Studie von 2013", pub_year=2013, published_at=batch)
    make_resource("Bericht von 2025", pub_year=2025, pub_month=6, published_at=batch)
    make_resource("Flyer ohne Datum", published_at=batch)
    html = client.get(reverse("home")).content.decode()
    assert html.index("Bericht von 2025") < html.index("Studie von 2013")
    assert html.index("Studie von 2013") < html.index("Flyer ohne Datum")
