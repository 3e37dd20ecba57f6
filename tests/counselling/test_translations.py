"""The counselling guide in the reader's language: translated occasions, roles, emergency notes
and principles; German where there is no translation yet, marked lang="de"."""

import pytest

from counselling.models import (
    ClientGroup,
    EmergencyNumber,
    Occasion,
    OccasionGroup,
    Principle,
    Role,
)

from .conftest import synthetic_data
from .test_views import QUERY_LIMITS

pytestmark = pytest.mark.django_db

FALLBACK = '<span lang="de" dir="ltr">{}</span>'


TRANSLATABLE = (ClientGroup, EmergencyNumber, Occasion, OccasionGroup, Principle, Role)


@pytest.fixture
def translated(demo_loaded):
    """The demo without its own translations, plus a few written here: what is shown when a
    field is translated and when it is not."""
    for model in TRANSLATABLE:
        model.objects.update(translations={}, translation_review={})
    school = demo_loaded["school"]
    mobbing = Occasion.objects.get(institution=school, slug="mobbing")
    mobbing.set_translation(
        "en",
        {"name": "Bullying", "description": "Someone is teased, left out or threatened again."},
        needs_review=True,
    )
    mobbing.save()
    pit = Role.objects.get(institution=school, slug="pit")
    pit.set_translation("en", {"name": "Prevention and intervention team"}, needs_review=True)
    pit.save()
    group = mobbing.group
    group.set_translation("en", {"name": "Getting along and conflicts"}, needs_review=True)
    group.save()
    police = EmergencyNumber.objects.get(name="Polizei")
    police.set_translation("en", {"hours": "around the clock"}, needs_review=True)
    police.save()
    return {"school": school, "mobbing": mobbing, "pit": pit}


def test_occasion_page_in_english_uses_translations_and_marks_german(client, translated):
    html = client.get("/en/beratung/oberschule-soltau/anlass/mobbing/").content.decode()
    assert "<h1>Bullying</h1>" in html
    assert "Someone is teased, left out or threatened again." in html
    assert "Getting along and conflicts" in html
    assert "Prevention and intervention team" in html
    # Roles without an English name: German, marked as German.
    assert FALLBACK.format("Beratungslehrkraft") in html
    assert "Mobbing</h1>" not in html


def test_occasion_page_in_arabic_falls_back_to_german_with_lang_de(client, translated):
    html = client.get("/ar/beratung/oberschule-soltau/anlass/mobbing/").content.decode()
    assert f"<h1>{FALLBACK.format('Mobbing')}</h1>" in html
    assert "Bullying" not in html
    assert FALLBACK.format("Präventions- und Interventionsteam") in html


def test_german_page_is_unchanged(client, translated):
    html = client.get("/beratung/oberschule-soltau/anlass/mobbing/").content.decode()
    assert "<h1>Mobbing</h1>" in html
    assert "Bullying" not in html
    assert '<span lang="de"' not in html


def test_occasion_list_in_english(client, translated):
    html = client.get("/en/beratung/oberschule-soltau/").content.decode()
    assert ">Bullying</a>" in html
    assert "<h3>Getting along and conflicts</h3>" in html
    # The descriptions of the demo are not translated: German, marked.
    assert FALLBACK.format("Akute Krise; Vorbereitung auf Krisenintervention.") in html


def test_crisis_page_emergency_notes_in_english_and_german_fallback(client, translated):
    html = client.get("/en/beratung/oberschule-soltau/anlass/krise/").content.decode()
    assert "around the clock" in html
    # The police's description is not translated: German, marked.
    assert FALLBACK.format("Bei Gewalt, Bedrohung oder wenn jemand in Gefahr ist.") in html


def test_role_directory_and_diagram_in_english(client, translated):
    html = client.get("/en/beratung/oberschule-soltau/stellen/").content.decode()
    assert "Prevention and intervention team" in html
    guide = client.get("/en/beratung/oberschule-soltau/anlass/mobbing/").content.decode()
    svg = guide[guide.index("<svg") : guide.index("</svg>")]
    assert "Bullying" in svg  # the diagram's title
    assert "Prevention and" in svg  # a box title, wrapped
    # Untranslated box titles are German, and say so.
    assert 'font-weight="700" lang="de">' in svg


def test_principles_in_english(client, translated):
    principle = Principle.objects.filter(institution=translated["school"]).first()
    principle.set_translation("en", {"name": "Voluntariness"}, needs_review=True)
    principle.save()
    html = client.get("/en/beratung/oberschule-soltau/konzept/").content.decode()
    assert "<dt>Voluntariness</dt>" in html


def test_staff_see_which_translations_need_review(client, editor_client, translated):
    url = "/en/beratung/oberschule-soltau/anlass/mobbing/"
    assert 'class="translation-review"' in editor_client.get(url).content.decode()
    assert 'class="translation-review"' not in client.get(url).content.decode()


@pytest.mark.parametrize("language", ["en", "ar"])
def test_translated_pages_make_the_same_bounded_number_of_queries(
    client, make_institution, django_assert_max_num_queries, language
):
    institution = make_institution(synthetic_data(30))
    for model in (Role, Occasion, OccasionGroup):
        for obj in model.objects.all():
            obj.set_translation("en", {"name": f"EN {obj.name}"}, needs_review=True)
            obj.save()
    for suffix, limit in QUERY_LIMITS.items():
        url = f"/{language}/beratung/{institution.slug}{suffix}" if suffix else "/beratung/"
        with django_assert_max_num_queries(limit):
            response = client.get(url)
        assert response.status_code == 200, url
        if language == "en" and suffix == "/stellen/":
            assert "EN Stelle 1" in response.content.decode()


def test_demo_names_are_translated_and_flagged_for_review(demo_loaded):
    from counselling.demo import add_translations

    occasions = Occasion.objects.filter(institution=demo_loaded["network"])
    assert occasions.exists()
    for occasion in occasions:
        assert set(occasion.translations) == {"en", "ar", "fa", "uk"}
        assert occasion.translation_review == dict.fromkeys(["en", "ar", "fa", "uk"], True)
    # What editors wrote is kept when the demo is loaded again.
    gewalt = occasions.get(slug="gewalt")
    gewalt.set_translation("en", {"name": "Violence"}, needs_review=False)
    gewalt.save()
    assert add_translations() == 0
    gewalt.refresh_from_db()
    assert gewalt.translations["en"] == {"name": "Violence"}
    assert gewalt.translation_review["en"] is False


def test_concept_page_shows_the_institution_texts_in_english_and_marks_the_rest(client, translated):
    school = translated["school"]
    school.aims = "Ziele erster Absatz.\n\nZiele zweiter Absatz."
    school.review_note = "Die Steuergruppe prüft jährlich."
    school.set_translation(
        "en", {"aims": "First aim.\n\nSecond aim.", "summary": "A school."}, needs_review=True
    )
    school.save()
    html = client.get(f"/en/beratung/{school.slug}/konzept/").content.decode()
    assert "<div><p>First aim.</p>\n\n<p>Second aim.</p></div>" in html
    assert "Ziele erster Absatz." not in html
    # No English review note yet: the German one, marked as German.
    assert '<p lang="de" dir="ltr">Die Steuergruppe prüft jährlich.</p>' in html
    overview = client.get(f"/en/beratung/{school.slug}/").content.decode()
    assert '<p class="lead">A school.</p>' in overview
    german = client.get(f"/beratung/{school.slug}/konzept/").content.decode()
    assert "<p>Ziele erster Absatz.</p>" in german
