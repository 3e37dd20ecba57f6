"""The demo's counselling texts in en, ar, fa and uk: every record the demo translates has each
covered field in each language, flagged "needs review by a native speaker"; numbers and law
references are those of the German text; the pages show them, German only where not covered."""

import re

import pytest

from counselling.demo import add_translations
from counselling.demo_data.translations import TABLES, demo_translations
from counselling.models import (
    ClientGroup,
    EmergencyNumber,
    Institution,
    Occasion,
    OccasionGroup,
    Principle,
    Role,
)

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "ar", "fa", "uk")
# The fields the demo translates, per model: every German text in them has a translation.
COVERED = {
    EmergencyNumber: ("description", "hours"),
    ClientGroup: ("name",),
    OccasionGroup: ("name",),
    Occasion: ("name", "description"),
    Role: ("name", "summary", "tasks", "confidentiality"),
    Principle: ("name", "text", "limits"),
}
# Names of institutions stay as they are in every language.
PROPER_NAMES = {
    "ProAktivCenter",
    "Careleaver-Zentrum Thüringen",
    "Deutscher Kinderschutzbund – Landesverband Thüringen",
}
SCRIPTS = {"ar": "[\u0600-\u06ff]", "fa": "[\u0600-\u06ff]", "uk": "[\u0400-\u04ff]"}
# What a translation must carry over unchanged: numbers (dates, paragraphs, phone numbers) and
# the abbreviations of laws.
KEPT = re.compile(r"\d+(?:[.,]\d+)*|SGB VIII|KKG")


def german_kept(text: str) -> list[str]:
    return [token.replace(",", ".") for token in KEPT.findall(text)]


def covered_objects():
    for model, fields in COVERED.items():
        objects = list(model.objects.all())
        assert objects, model
        for obj in objects:
            yield obj, fields


def test_every_demo_record_is_translated_in_every_language_and_flagged(demo_loaded):
    for obj, fields in covered_objects():
        for language in LANGUAGES:
            assert obj.translation_review.get(language) is True, (obj, language)
            for field in fields:
                german = getattr(obj, field)
                text = obj.translated_value(field, language)
                if not german:
                    assert not text, (obj, field, language)
                    continue
                assert text, (obj, field, language)
                if german in PROPER_NAMES:
                    assert text == german, (obj, language)
                elif language in SCRIPTS:
                    assert re.search(SCRIPTS[language], text), (obj, field, language, text)
                for token in german_kept(german):
                    assert token in text.replace(",", "."), (obj, field, language, token)
                # One task a line: the list has as many items as the German one.
                assert len(text.splitlines()) == len(german.splitlines()), (obj, field)


def test_every_demo_translation_finds_its_record(demo_loaded):
    """A key in the translation tables that matches no record would be a silent loss."""
    keys = {
        "EMERGENCY_NUMBERS": set(EmergencyNumber.objects.values_list("phone", flat=True)),
        "CLIENT_GROUPS": set(ClientGroup.objects.values_list("slug", flat=True)),
        "OCCASION_GROUPS": set(OccasionGroup.objects.values_list("institution__slug", "name")),
        "OCCASIONS": set(Occasion.objects.values_list("institution__slug", "slug")),
        "ROLES": set(Role.objects.values_list("institution__slug", "slug")),
        "PRINCIPLES": set(Principle.objects.values_list("institution__slug", "name")),
    }
    for table in TABLES:
        assert set(demo_translations(table)) <= keys[table], table


def test_loading_again_changes_nothing_and_keeps_what_editors_wrote(demo_loaded):
    assert add_translations() == 0
    police = EmergencyNumber.objects.get(phone="110")
    police.set_translation("ar", {"hours": "٢٤ ساعة"}, needs_review=False)
    police.save()
    assert add_translations() == 0
    police.refresh_from_db()
    assert police.translations["ar"] == {"hours": "٢٤ ساعة"}
    assert police.translation_review["ar"] is False


def test_a_name_only_demo_translation_gets_the_fields_added_later(demo_loaded):
    """Databases loaded before the descriptions were translated get them on the next load;
    a translation an editor changed is left alone."""
    gewalt = Occasion.objects.get(institution=demo_loaded["network"], slug="gewalt")
    name = gewalt.translations["uk"]["name"]
    gewalt.set_translation("uk", {"name": name}, needs_review=True)
    gewalt.set_translation("en", {"name": "Violence"}, needs_review=True)
    gewalt.save()
    assert add_translations() == 1
    gewalt.refresh_from_db()
    assert gewalt.translations["uk"]["description"] == "Навіть якщо це лише підозра."
    assert gewalt.translations["en"] == {"name": "Violence"}


def test_crisis_occasion_in_arabic_is_arabic_and_right_to_left(client, demo_loaded):
    html = client.get("/ar/beratung/thueringen/anlass/gewalt/").content.decode()
    assert '<html lang="ar" dir="rtl"' in html
    assert "<h1>العنف أو العنف الجنسي أو الإهمال</h1>" in html
    assert "حتى لو كان مجرّد اشتباه." in html
    # The emergency notes a young person in a crisis reads first.
    assert "في حالات العنف أو التهديد أو عندما يكون شخص ما في خطر." in html
    assert "على مدار الساعة" in html
    assert "rund um die Uhr" not in html
    assert "Bei Gewalt, Bedrohung" not in html
    assert "Auch wenn es nur ein Verdacht ist." not in html


@pytest.mark.parametrize(
    ("language", "name", "hours"),
    [
        ("en", "Crises and crisis intervention", "around the clock"),
        ("fa", "بحران‌ها و مداخله در بحران", "شبانه‌روزی"),
        ("uk", "Кризи та кризове втручання", "цілодобово"),
    ],
)
def test_crisis_occasion_in_other_languages(client, demo_loaded, language, name, hours):
    html = client.get(f"/{language}/beratung/oberschule-soltau/anlass/krise/").content.decode()
    assert f"<h1>{name}</h1>" in html
    assert hours in html
    assert "rund um die Uhr" not in html
    assert "Akute Krise" not in html


def main_part(html: str) -> str:
    return html[html.index("<main") : html.index("</main>")]


@pytest.mark.parametrize(
    "url",
    [
        "/ar/beratung/thueringen/anlass/gewalt/",
        "/fa/beratung/oberschule-soltau/anlass/mobbing/",
        "/uk/beratung/oberschule-soltau/stellen/",
        "/en/beratung/thueringen/anlass/gewalt/",
    ],
)
def test_demo_guide_pages_need_no_german_fallback(client, demo_loaded, url):
    """Everything the demo translates is shown translated: the only text marked lang="de" is
    an institution's own name (a proper name, not translated)."""
    html = main_part(client.get(url).content.decode())
    names = set(Institution.objects.values_list("name", flat=True))
    german = re.findall(r'<(\w+)[^>]*\blang="de"[^>]*>([^<]*)</\1>', html)
    assert {text for _tag, text in german} <= names, url


def test_roles_and_principles_in_farsi_and_ukrainian(client, demo_loaded):
    roles = client.get("/fa/beratung/oberschule-soltau/stellen/").content.decode()
    assert '<html lang="fa" dir="rtl"' in roles
    assert "تیم پیشگیری و مداخله" in roles
    assert "Präventions- und Interventionsteam" not in main_part(roles)
    concept = client.get("/uk/beratung/oberschule-soltau/konzept/").content.decode()
    assert "<dt>Добровільність</dt>" in concept
    assert "(§ 8a SGB VIII, § 4 KKG)" in concept
    assert "Freiwilligkeit" not in main_part(concept)
