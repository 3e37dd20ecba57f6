"""Search across languages: a reader on /en/ (or /ar/, /uk/ …) finds materials by the titles of
their language versions, and can narrow the listing to materials in their own language."""

import pytest

from resources.search.index import reindex_resources
from tests.factories import make_resource, make_topic

pytestmark = pytest.mark.django_db


@pytest.fixture
def library():
    section = make_topic("begleitete Minderjährige")
    topic = make_topic("Geburtsurkunde", parent=section)
    topic.set_translation("en", {"name": "Birth certificate"}, needs_review=True)
    topic.save()
    newborn = make_resource(
        "So registrieren Sie ihr neugeborenes Kind - Informationen für Geflüchtete",
        topics=[topic],
        links=[
            {"url": "https://e.org/de", "language": "de"},
            {
                "url": "https://e.org/en",
                "language": "en",
                "label": "How to register your newborn child - information for refugees",
            },
            {"url": "https://e.org/ar", "language": "ar", "label": "كيفية تسجيل طفلك المولود"},
        ],
    )
    parents = make_resource(
        "Wie helfe ich meinem traumatisierten Kind?",
        links=[
            {"url": "https://e.org/p-de", "language": "de"},
            {
                "url": "https://e.org/p-uk",
                "language": "uk",
                "label": "Як допомогти моїй травмованій дитині?",
            },
            {
                "url": "https://e.org/p-fa",
                "language": "fa",
                "label": "چگونه به کودک آسیب دیده خود کمک کنم؟",
            },
        ],
    )
    german_only = make_resource(
        "Kindergeld für geflüchtete Familien", links=[{"url": "https://e.org/kg"}]
    )
    reindex_resources()
    return {"newborn": newborn, "parents": parents, "german_only": german_only, "topic": topic}


def titles(response) -> str:
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize(
    ("url", "query", "found", "not_found"),
    [
        ("/en/ressourcen/", "register newborn child", "newborn", "parents"),
        ("/ar/ressourcen/", "تسجيل طفلك", "newborn", "parents"),
        ("/uk/ressourcen/", "травмованій дитині", "parents", "newborn"),
        ("/fa/ressourcen/", "کودک آسیب دیده", "parents", "newborn"),
    ],
)
def test_query_in_the_interface_language_finds_the_language_version(
    client, library, url, query, found, not_found
):
    html = titles(client.get(url, {"q": query}))
    assert library[found].get_absolute_url().split("/")[-2] in html
    assert library[not_found].get_absolute_url().split("/")[-2] not in html
    assert library["german_only"].slug not in html


def test_english_page_offers_materials_in_english_only(client, library):
    html = titles(client.get("/en/ressourcen/"))
    assert 'href="?language=en"' in html
    assert "Nur Materialien auf" in html or "Only materials in" in html
    narrowed = titles(client.get("/en/ressourcen/", {"language": "en"}))
    assert library["newborn"].slug in narrowed
    assert library["parents"].slug not in narrowed
    assert library["german_only"].slug not in narrowed
    # Narrowed: the same place offers the way back to every language.
    assert 'href="?"' in narrowed


def test_narrowing_keeps_the_search_and_replaces_other_languages(client, library):
    html = titles(client.get("/uk/ressourcen/", {"q": "Kind", "language": "fa", "page": "1"}))
    assert 'href="?q=Kind&amp;language=uk"' in html


def test_german_page_and_languages_without_materials_offer_no_narrowing(client, library):
    assert "?language=de" not in titles(client.get("/ressourcen/"))
    library["parents"].links.filter(language="fa").delete()
    reindex_resources()
    assert "language=fa" not in titles(client.get("/fa/ressourcen/"))


def test_a_bad_language_value_stays_a_400(client, library):
    response = client.get("/en/ressourcen/", {"language": "xx"})
    assert response.status_code == 400
    assert "language" in response.content.decode()


def test_topic_facet_is_labelled_in_the_readers_language(client, library):
    html = titles(client.get("/en/ressourcen/"))
    assert "Birth certificate" in html
    # The section has no English name yet: German, marked as such.
    assert '<span lang="de" dir="ltr">begleitete Minderjährige</span>' in html
    # The same search in German is not served from the English one's cache.
    assert "Birth certificate" not in titles(client.get("/ressourcen/"))


def test_listing_in_another_language_stays_within_the_query_budget(
    client, library, django_assert_max_num_queries
):
    from tests.search.test_views import MAX_QUERIES

    for url in ["/en/ressourcen/", "/ar/ressourcen/"]:
        with django_assert_max_num_queries(MAX_QUERIES):
            client.get(url, {"q": "Kind", "topic": library["topic"].slug})


def test_an_edited_translation_shows_at_once_despite_the_search_cache(client, library):
    assert "Birth certificate" in titles(client.get("/en/ressourcen/"))
    topic = library["topic"]
    topic.set_translation("en", {"name": "Birth registration"}, needs_review=True)
    topic.save()
    html = titles(client.get("/en/ressourcen/"))
    assert "Birth registration" in html
    assert "Birth certificate" not in html
