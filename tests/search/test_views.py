"""The listing page, the JSON API and the feed: same parameters, same results, bad input
answered with 400 and a message, and a number of queries that does not grow with the data."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from resources.models import Audience, TargetGroup
from resources.search.index import reindex_resources
from tests.factories import make_organisation, make_resource, make_topic

pytestmark = pytest.mark.django_db

LIST = reverse("resources:list")
API = reverse("resources_api:list")
FEED = reverse("feeds:resources")


@pytest.fixture
def library():
    org = make_organisation(
        "Bundesfachverband unbegleitete minderjährige Flüchtlinge", short_name="BumF"
    )
    section = make_topic("Junge Volljährige - Leaving Care")
    topic = make_topic("Hilfen für junge Volljährige - § 41 SGB VIII", parent=section)
    make_resource(
        "Tipps von Careleavern zum Hilfeplanverfahren",
        publishers=[org],
        topics=[topic],
        pub_year=2017,
        pub_month=8,
        resource_type="flyer",
        links=[{"url": "https://e.org/de"}, {"url": "https://e.org/fa", "language": "fa"}],
    )
    make_resource(
        "Kein Ort für Kinder. Perspektiven junger Geflüchteter auf ihre Unterbringung",
        pub_year=2025,
        description="Eine Studie über Unterkünfte für geflüchtete Menschen.",
        resource_type="bericht",
        links=["https://e.org/kein-ort"],
    )
    make_resource("Entwurf über Geflüchtete", published=False)
    reindex_resources()
    return {"org": org, "section": section, "topic": topic}


def test_listing_searches_highlights_and_counts(client, library):
    response = client.get(LIST, {"q": "Gefluechtete"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "1 Material gefunden" in html
    assert 'aria-live="polite"' in html
    assert "junger <mark>Geflüchteter</mark> auf" in html
    assert "Entwurf" not in html
    assert 'type="application/atom+xml"' in html
    assert f'href="{FEED}?q=Gefluechtete"' in html


def test_listing_facets_chips_and_page_reset(client, library):
    response = client.get(LIST, {"q": "Hilfeplan", "topic": library["section"].slug, "page": "1"})
    html = response.content.decode()
    assert response.status_code == 200
    assert f'name="topic" value="{library["section"].slug}"' in html
    assert "checked" in html
    # The chip removes only the topic and resets the page.
    assert 'href="?q=Hilfeplan"' in html
    assert f'href="?topic={library["section"].slug}"' in html


def test_html_in_the_query_is_escaped(client, library):
    response = client.get(LIST, {"q": '<script>alert("x")</script> Kinder'})
    assert response.status_code == 200
    assert b'<script>alert("x")' not in response.content
    assert b"&lt;script&gt;" in response.content


@pytest.mark.parametrize(
    "params",
    [
        {"q": "Kinder\x00\x01"},
        {"q": "\x00"},
        {"q": "ä" * 400},
        {"q": '"unbalanced'},
        {"q": "OR OR -"},
        {"q": "%_"},
        {"sort": "relevance"},
        {"q": "Kinder", "sort": "newest"},
    ],
)
@pytest.mark.parametrize("url", [LIST, API, FEED])
def test_odd_but_harmless_input_gives_a_normal_answer(client, library, url, params):
    assert client.get(url, params).status_code == 200


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"topic": "gibt-es-nicht"}, "gibt-es-nicht"),
        ({"topic": "\x00"}, "topic"),
        ({"publisher": "a b"}, "publisher"),
        ({"language": "klingonisch"}, "language"),
        ({"year": "zweitausend"}, "Jahreszahl"),
        ({"sort": "zufall"}, "sort"),
        ({"page": "0"}, "Seitenzahl"),
        ({"page": "abc"}, "Seitenzahl"),
        ({"page": "99999999999999999999"}, "Seitenzahl"),
        ({"page": "50"}, "Seite 50 gibt es nicht"),
        ({"q": "x" * 600}, "zu lang"),
    ],
)
def test_bad_input_gets_a_400_with_a_message_everywhere(client, library, params, message):
    html = client.get(LIST, params)
    assert html.status_code == 400
    assert message in html.content.decode()
    api = client.get(API, params)
    assert api.status_code == 400
    assert message in api.json()["error"]
    feed = client.get(FEED, params)
    assert feed.status_code == 400
    assert message in feed.content.decode()


def test_api_returns_items_facets_pagination_and_parsed_query(client, library):
    data = client.get(API, {"q": "Hilfeplan", "language": "fa"}).json()
    assert data["count"] == 1
    item = data["items"][0]
    assert item["title"] == "Tipps von Careleavern zum Hilfeplanverfahren"
    assert item["date"] == "2017-08"
    assert item["type"]["code"] == "flyer"
    assert item["languages"] == ["de", "fa"]
    assert item["publishers"][0]["slug"] == library["org"].slug
    assert item["topics"][0]["section"] == library["section"].slug
    assert item["url"].startswith("http://testserver/ressourcen/")
    assert data["pagination"] == {
        "page": 1,
        "pages": 1,
        "per_page": 20,
        "next": None,
        "previous": None,
    }
    assert data["query"]["normalized"] == "hilfeplan"
    language = next(f for f in data["facets"] if f["name"] == "language")
    assert {v["value"]: v["count"] for v in language["values"]} == {"de": 1, "fa": 1}


def test_api_finds_a_typo_directly(client, library):
    data = client.get(API, {"q": "Hilfeplanverfarhen"}).json()
    assert [item["title"] for item in data["items"]] == [
        "Tipps von Careleavern zum Hilfeplanverfahren"
    ]
    assert data["suggestion"] is None


def test_api_shows_the_results_of_the_correction_when_nothing_is_found(client, library):
    # Four letters: too short to be searched with a typo, long enough to be corrected.
    data = client.get(API, {"q": "Ortz"}).json()
    assert data["corrected_from"] == "Ortz"
    assert data["suggestion"] == {"q": "ort", "count": 1}
    assert [item["title"] for item in data["items"]] == [
        "Kein Ort für Kinder. Perspektiven junger Geflüchteter auf ihre Unterbringung"
    ]


def test_zero_results_page_offers_topics_and_the_counselling_guide(client, library):
    html = client.get(LIST, {"q": "Volljährigkeitsalter"}).content.decode()
    assert "Keine Materialien gefunden" in html
    assert "Passende Themen" in html
    assert library["topic"].get_absolute_url() in html
    assert 'href="/beratung/"' in html


def test_zero_results_page_shows_the_search_without_the_unknown_word(client, library):
    html = client.get(LIST, {"q": "Volljährigkeit Schnösel"}).content.decode()
    assert (
        "Keine Treffer für „Volljährigkeit Schnösel“. Ergebnisse ohne „Schnösel“ für "
        "<strong>Volljährigkeit</strong>:"
    ) in html
    assert "Tipps von Careleavern zum Hilfeplanverfahren" in html
    assert "Passende Themen" in html
    assert 'href="/beratung/"' in html
    data = client.get(API, {"q": "Volljährigkeit Schnösel"}).json()
    assert data["left_out"] == ["Schnösel"]
    assert data["suggestion"] == {"q": "Volljährigkeit", "count": 1}


def test_zero_results_page_shows_the_corrected_search(client, library):
    html = client.get(LIST, {"q": "Ortz"}).content.decode()
    assert "Ergebnisse für <strong>ort</strong>" in html
    assert "Kein <mark>Ort</mark> für Kinder" in html


def test_feed_follows_the_search(client, library):
    response = client.get(FEED, {"q": "Unterkunft"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    body = response.content.decode()
    assert "Kein Ort für Kinder" in body
    assert "Hilfeplanverfahren" not in body
    assert "Suche: Unterkunft" in body


def test_counts_are_exact_with_shared_publishers_and_several_links():
    org = make_organisation("Verband")
    topic = make_topic("Bereich")
    for i in range(3):
        make_resource(
            f"Material {i}",
            publishers=[org],
            topics=[topic],
            links=[f"https://e.org/{i}", f"https://e.org/{i}b"],
        )
    from django.http import QueryDict

    from resources.search.service import search_resources

    result = search_resources(QueryDict(""))
    by_name = {f.name: {v.value: v.count for v in f.values} for f in result.facets}
    assert by_name["publisher"] == {org.slug: 3}
    assert by_name["language"] == {"de": 3}
    assert by_name["topic"] == {topic.slug: 3}


def add_library(start: int, stop: int, fixtures: dict):
    for i in range(start, stop):
        resource = make_resource(
            f"Geflüchtete Kinder {i}",
            publishers=fixtures["orgs"][i % 5 : i % 5 + 2],
            topics=fixtures["topics"][i % 4 : i % 4 + 2],
            pub_year=2000 + i % 20,
            links=[f"https://e.org/{i}", {"url": f"https://e.org/{i}/fa", "language": "fa"}],
            region="thueringen" if i % 2 else "bundesweit",
        )
        resource.target_groups.add(fixtures["group"])
        resource.audiences.add(fixtures["audience"])
    reindex_resources()


QUERIES = [
    {},
    {"q": "Kinder"},
    {"q": "Kindr"},  # zero hits: the suggestion costs a bounded number of queries too
    {"q": "Kinder Schnösel"},  # ... and so does the search without the unknown word
    {
        "q": "Geflüchtete",
        "language": "fa",
        "year": "2001",
        "region": "thueringen",
        "type": "sonstiges",
        "topic": "thema-0",
        "publisher": "herausgeber-0",
        "target_group": "gruppe",
        "audience": "leser",
    },
]
MAX_QUERIES = 22


def query_counts(client) -> list[int]:
    counts = []
    for url in (LIST, API, FEED):
        for params in QUERIES:
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url, params)
            assert response.status_code == 200, (url, params)
            counts.append(len(queries))
    return counts


def test_query_count_is_the_same_for_10_and_200_resources(client):
    fixtures = {
        "orgs": [make_organisation(f"Herausgeber {i}") for i in range(5)],
        "topics": [make_topic(f"Thema {i}", slug=f"thema-{i}") for i in range(4)],
        "group": TargetGroup.objects.create(name="Gruppe", slug="gruppe"),
        "audience": Audience.objects.create(name="Leser", slug="leser"),
    }
    add_library(0, 10, fixtures)
    # Once per process and change: the synonyms and the in-memory columns are (re)loaded.
    client.get(LIST, {"q": "warm"})
    small = query_counts(client)
    add_library(10, 200, fixtures)
    client.get(LIST, {"q": "warm"})
    large = query_counts(client)
    assert small == large
    assert max(large) <= MAX_QUERIES


def test_listing_stays_within_the_query_budget(client, django_assert_max_num_queries, library):
    with django_assert_max_num_queries(MAX_QUERIES):
        client.get(LIST, {"q": "Kinder", "topic": library["section"].slug})


def engine_queries(params: str) -> int:
    from django.http import QueryDict

    from resources.search.service import search_resources

    with CaptureQueriesContext(connection) as queries:
        search_resources(QueryDict(params))
    return len(queries)


ENGINE_QUERIES = [
    "q=Kinder",
    "q=Geflüchtete Kinder Thema Herausgeber Gruppe Leser Material Schutz",
    'q="Geflüchtete Kinder"',
    "q=Kinder&region=thueringen&year=2001&language=fa&type=sonstiges",
    "region=thueringen",
]


def test_a_search_costs_at_most_six_queries_whatever_the_words_and_the_data(client):
    fixtures = {
        "orgs": [make_organisation(f"Herausgeber {i}") for i in range(5)],
        "topics": [make_topic(f"Thema {i}", slug=f"thema-{i}") for i in range(4)],
        "group": TargetGroup.objects.create(name="Gruppe", slug="gruppe"),
        "audience": Audience.objects.create(name="Leser", slug="leser"),
    }
    sizes = []
    for start, stop in ((0, 10), (10, 200)):
        add_library(start, stop, fixtures)
        engine_queries("q=warm")  # the data version's synonyms and topics, once per version
        # Each query is new (not cached): the cold path.
        sizes.append([engine_queries(f"{params}&sort=relevance") for params in ENGINE_QUERIES])
    small, large = sizes
    assert small == large
    assert max(large) <= 6
