"""Topic and section names, and site pages, in the reader's language; German where there is no
translation yet, marked lang="de"."""

import pytest
from django.utils import translation

from resources.search.index import reindex_resources
from tests.factories import make_resource, make_topic
from website.models import SitePage

pytestmark = pytest.mark.django_db

FALLBACK = '<span lang="de" dir="ltr">{}</span>'


@pytest.fixture
def topics():
    section = make_topic("begleitete Minderjährige")
    section.set_translation("en", {"name": "Accompanied minors"}, needs_review=True)
    section.save()
    birth = make_topic(
        "Geburtsurkunde", parent=section, description="Wie ein Kind eine Urkunde bekommt."
    )
    birth.set_translation("en", {"name": "Birth certificate"}, needs_review=True)
    birth.save()
    child_benefit = make_topic("Kindergeld", parent=section)
    resource = make_resource("Ein Material", topics=[birth, child_benefit])
    reindex_resources()
    return {"section": section, "birth": birth, "benefit": child_benefit, "resource": resource}


def url_in(language: str, obj) -> str:
    with translation.override(language):
        return obj.get_absolute_url()


def test_home_shows_sections_and_topics_in_english(client, topics):
    html = client.get("/en/").content.decode()
    assert ">Accompanied minors</a>" in html
    assert ">Birth certificate</a>" in html
    assert f">{FALLBACK.format('Kindergeld')}</a>" in html


def test_home_in_arabic_falls_back_to_german(client, topics):
    html = client.get("/ar/").content.decode()
    assert f">{FALLBACK.format('begleitete Minderjährige')}</a>" in html
    assert "Accompanied minors" not in html


def test_topic_page_in_english(client, topics):
    html = client.get(url_in("en", topics["birth"])).content.decode()
    assert "<title>Birth certificate" in html
    assert "<h1>Birth certificate</h1>" in html
    assert ">Accompanied minors</a>" in html  # breadcrumb to the section
    # The introduction has no English text: German, marked on its element.
    assert '<div class="topic-description" lang="de" dir="ltr">' in html


def test_section_page_lists_subtopics_with_fallback(client, topics):
    html = client.get(url_in("en", topics["section"])).content.decode()
    assert ">Birth certificate</a>" in html
    assert f">{FALLBACK.format('Kindergeld')}</a>" in html


def test_resource_detail_names_its_topics_in_english(client, topics):
    html = client.get(url_in("en", topics["resource"])).content.decode()
    assert "Accompanied minors</a></li>" in html
    assert "Accompanied minors › Birth certificate</a>" in html
    assert f"Accompanied minors › {FALLBACK.format('Kindergeld')}</a>" in html


def test_resource_detail_in_german_is_unchanged(client, topics):
    html = client.get(topics["resource"].get_absolute_url()).content.decode()
    assert "begleitete Minderjährige › Geburtsurkunde</a>" in html
    assert '<span lang="de"' not in html


def test_site_page_in_english_and_arabic():
    page = SitePage.objects.create(
        slug="impressum", title="Impressum", body="<p>Anschrift</p>", version="1"
    )
    page.set_translation("en", {"title": "Legal notice"}, needs_review=True)
    page.save()
    from django.test import Client

    english = Client().get("/en/impressum/").content.decode()
    assert "<h1>Legal notice</h1>" in english
    assert '<div lang="de" dir="ltr"><p>Anschrift</p></div>' in english
    arabic = Client().get("/ar/impressum/").content.decode()
    assert f"<h1>{FALLBACK.format('Impressum')}</h1>" in arabic


def test_demo_topic_names_are_translated_and_flagged_for_review(db):
    from resources.demo import add_topic_translations
    from resources.demo_data.topic_translations import TOPIC_TRANSLATIONS

    section = make_topic("Adressen in Thüringen", slug="adressen-in-thueringen")
    other = make_topic("Ein Thema ohne Übersetzung")
    assert add_topic_translations() == 1
    section.refresh_from_db()
    other.refresh_from_db()
    expected = TOPIC_TRANSLATIONS["adressen-in-thueringen"]
    assert section.translations == {code: {"name": name} for code, name in expected.items()}
    assert all(section.translation_review[code] for code in expected)
    assert other.translations == {}
    assert add_topic_translations() == 0  # loading again changes nothing


def test_demo_topics_have_every_language_and_sections_their_introduction(client):
    from resources.demo import add_topic_translations
    from resources.demo_data.topic_translations import TOPIC_INTRODUCTIONS, TOPIC_TRANSLATIONS

    for slug, names in TOPIC_TRANSLATIONS.items():
        assert set(names) == {"en", "ar", "fa", "uk"}, slug
        assert all(names.values()), slug
    assert set(TOPIC_INTRODUCTIONS) <= set(TOPIC_TRANSLATIONS)
    german = (
        "Die Reform des Gemeinsamen Europäischen Asylsystems (GEAS) gehört derzeit zu den "
        "wichtigsten politischen Themen in Europa."
    )
    section = make_topic("GEAS & Kinderrechte", slug="geas-kinderrechte", description=german)
    child = make_topic(
        "GEAS-Anpassungsgesetze", parent=section, slug="geas-kinderrechte-geas-anpassungsgesetze"
    )
    assert add_topic_translations() == 2
    assert add_topic_translations() == 0  # loading again changes nothing
    section.refresh_from_db()
    child.refresh_from_db()
    for language in ("en", "ar", "fa", "uk"):
        assert section.translation_review[language] is True
        assert section.translated_value("description", language), language
        assert child.translated_value("name", language), language
    html = client.get(url_in("uk", section)).content.decode()
    assert '<html lang="uk" dir="ltr"' in html
    assert "Реформа Спільної європейської системи притулку (GEAS)" in html
    assert "Закони про адаптацію до СЄСП (GEAS)" in html
    assert german not in html
