"""The site pages (Impressum, Datenschutz, Barrierefreiheit) in en, ar, fa and uk from the demo:
the same HTML structure, links and numbers as the German page, flagged for review by a native
speaker, shown right to left in ar and fa; pages staff have rewritten get no stale translation."""

import io
import re

import pytest

from website import demo
from website.models import SitePage

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "ar", "fa", "uk")
SCRIPTS = {"ar": "[\u0600-\u06ff]", "fa": "[\u0600-\u06ff]", "uk": "[\u0400-\u04ff]"}


@pytest.fixture
def pages():
    demo.load(stdout=io.StringIO())
    return {page.slug: page for page in SitePage.objects.all()}


def tags(html: str) -> list[str]:
    return re.findall(r"</?([a-z0-9]+)", html)


def numbers(html: str) -> list[str]:
    return re.findall(r"\d+(?:\.\d+)*", re.sub(r"<[^>]+>", " ", html))


def test_every_page_is_translated_with_the_german_structure(pages):
    assert set(pages) == {slug for slug, _ in SitePage.Slug.choices}
    for page in pages.values():
        for language in LANGUAGES:
            assert page.translation_review[language] is True, (page.slug, language)
            title = page.translated_value("title", language)
            body = page.translated_value("body", language)
            assert title, (page.slug, language)
            assert body, (page.slug, language)
            # Only the tags the German body uses, in the same order; the same links and numbers.
            assert tags(body) == tags(page.body), (page.slug, language)
            assert re.findall(r'href="([^"]+)"', body) == re.findall(r'href="([^"]+)"', page.body)
            assert sorted(numbers(body)) == sorted(numbers(page.body)), (page.slug, language)
            if language in SCRIPTS:
                assert re.search(SCRIPTS[language], title + body), (page.slug, language)


def test_loading_again_changes_nothing(pages):
    assert demo.add_page_translations() == 0


def test_a_page_staff_rewrote_gets_no_translation_of_the_old_text(db):
    SitePage.objects.create(
        slug="impressum", title="Impressum", body="<p>Neuer Text</p>", version="1"
    )
    demo.load(stdout=io.StringIO())
    assert SitePage.objects.get(slug="impressum").translations == {}
    assert SitePage.objects.get(slug="datenschutz").translations


@pytest.mark.parametrize(
    ("language", "direction", "title", "phrase"),
    [
        ("en", "ltr", "Privacy policy", "Unconfirmed sign-ups are deleted automatically"),
        ("ar", "rtl", "سياسة الخصوصية", "لا نقيس فتح الرسائل ولا النقرات."),
        ("fa", "rtl", "اطلاعیهٔ حفاظت از داده‌ها", "ما نه باز شدن ایمیل‌ها را اندازه می‌گیریم"),
        ("uk", "ltr", "Політика конфіденційності", "Ми не вимірюємо ні відкриття листів"),
    ],
)
def test_privacy_page_in_each_language(client, pages, language, direction, title, phrase):
    html = client.get(f"/{language}/datenschutz/").content.decode()
    assert f'<html lang="{language}" dir="{direction}"' in html
    assert f"<h1>{title}</h1>" in html
    assert phrase in html
    main = html[html.index("<main") : html.index("</main>")]
    assert 'lang="de"' not in main
    assert "Wir messen weder Öffnungen noch Klicks." not in html
