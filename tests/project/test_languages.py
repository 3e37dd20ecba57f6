"""The portal in its five interface languages (de, en, ar, fa, uk).

Every public page answers in every language with the right `lang`/`dir`, hreflang alternates
and a language switcher; the language comes from the address alone (no cookie, no session);
no German interface text is left on a page in another language (content shown in German is
marked `lang="de"` or isolated and does not count); the catalogues are complete and compiled.
"""

import io
import re
from html.parser import HTMLParser

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import translation

from tests.languages import (
    LOCALE,
    OTHER_LANGUAGES,
    RTL,
    catalogue,
    compiled_catalogue,
    german_fragments,
    in_language,
    messages_in_code,
    public_paths,
    visible_ui_text,
)

LANGUAGES = [code for code, _name in settings.LANGUAGES]
NAMES_IN_THEMSELVES = {
    "de": "Deutsch",
    "en": "English",
    "ar": "العربية",
    "fa": "فارسی",
    "uk": "Українська",
}


@pytest.fixture
def demo(db):
    call_command("load_demo", stdout=io.StringIO())


class _Head(HTMLParser):
    """<html lang dir>, <link rel=alternate hreflang> and the switcher's links."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.html: dict = {}
        self.alternates: dict[str, str] = {}
        self.switcher_label = None
        self.switcher: list[dict] = []
        self._in_switcher = False
        self._link: dict | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.html = a
        elif tag == "link" and a.get("rel") == "alternate" and "hreflang" in a:
            self.alternates[a["hreflang"]] = a["href"]
        elif tag == "nav" and "language-switcher" in (a.get("class") or ""):
            self._in_switcher = True
            self.switcher_label = a.get("aria-label")
        elif tag == "a" and self._in_switcher:
            self._link = {**a, "text": ""}
            self.switcher.append(self._link)

    def handle_endtag(self, tag):
        if tag == "nav":
            self._in_switcher = False
        elif tag == "a":
            self._link = None

    def handle_data(self, data):
        if self._link is not None:
            self._link["text"] += data.strip()


def parse(html: str) -> _Head:
    head = _Head()
    head.feed(html)
    return head


def test_every_public_page_in_every_language_has_lang_dir_alternates_and_switcher(demo):
    client = Client()
    problems = []
    paths = public_paths()
    for name, path in paths.items():
        expected_status = 404 if name == "not_found" else 200
        for language in LANGUAGES:
            url = in_language(path, language)
            response = client.get(url)
            if response.status_code != expected_status:
                problems.append(f"{url}: status {response.status_code}")
                continue
            if settings.LANGUAGE_COOKIE_NAME in response.cookies:
                problems.append(f"{url}: sets the language cookie")
            page = parse(response.content.decode())
            direction = "rtl" if language in RTL else "ltr"
            if page.html.get("lang") != language or page.html.get("dir") != direction:
                problems.append(f"{url}: <html lang={page.html.get('lang')} dir=…> ")
            # The same page in every language, absolute, German as x-default.
            wanted = {code: "http://testserver" + in_language(path, code) for code in LANGUAGES}
            wanted["x-default"] = "http://testserver" + path
            if page.alternates != wanted:
                problems.append(f"{url}: hreflang alternates {page.alternates}")
            # The switcher: a labelled nav, each language named in itself with its own
            # lang/dir/hreflang, linking the same page; the current one marked.
            if not page.switcher_label:
                problems.append(f"{url}: the language switcher has no label")
            found = {
                link["hreflang"]: (link["href"], link["lang"], link["dir"], link["text"])
                for link in page.switcher
            }
            expected = {
                code: (
                    in_language(path, code),
                    code,
                    "rtl" if code in RTL else "ltr",
                    NAMES_IN_THEMSELVES[code],
                )
                for code in LANGUAGES
            }
            if found != expected:
                problems.append(f"{url}: switcher {found}")
            current = [link["hreflang"] for link in page.switcher if "aria-current" in link]
            if current != [language]:
                problems.append(f"{url}: aria-current on {current}")
    assert problems == []


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_no_german_interface_text_is_left_on_a_page_in_another_language(demo, language):
    """Needs the complete catalogue of `language`: every German msgid longer than 12
    characters that its translation changes must be gone from the page, except where the page
    shows German content (marked lang="de" or isolated with <bdi>/dir="auto")."""
    fragments = german_fragments(language)
    assert len(fragments) > 300  # the catalogue is really there
    client = Client()
    leftovers: dict[str, set[str]] = {}
    for path in public_paths().values():
        url = in_language(path, language)
        text = visible_ui_text(client.get(url).content.decode())
        found = {fragment for fragment in fragments if fragment in text}
        if found:
            leftovers[url] = found
    assert leftovers == {}


def test_the_check_for_german_leftovers_can_fail(demo):
    """Guards the test above: an untranslated string on an English page is found, German
    content marked as such is not."""
    fragment = "Ein Angebot des Flüchtlingsrats für junge Geflüchtete und die Menschen"
    html = (
        f'<html lang="en"><body><p>{fragment}, die sie begleiten.</p>'
        f'<p lang="de">{fragment}</p><bdi>{fragment}</bdi><p dir="auto">{fragment}</p>'
        f'<nav aria-label="{fragment}"></nav></body></html>'
    )
    text = visible_ui_text(html)
    assert text.count(fragment) == 2  # the paragraph and the aria-label
    assert fragment in german_fragments("en") or fragment + ", die sie begleiten." in {
        entry.msgid for entry in catalogue("en")
    }


def test_the_language_comes_from_the_address_alone(demo, client):
    # Neither a language cookie nor the browser's languages change a page's language.
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    german = client.get("/", HTTP_ACCEPT_LANGUAGE="ar")
    assert parse(german.content.decode()).html["lang"] == "de"
    arabic = client.get("/ar/", HTTP_ACCEPT_LANGUAGE="de")
    assert parse(arabic.content.decode()).html == {"lang": "ar", "dir": "rtl"}
    assert arabic["Content-Language"] == "ar"
    # Nothing is stored: no cookie, no session.
    client.cookies.clear()
    response = client.get("/fa/ressourcen/")
    assert not response.cookies
    assert "sessionid" not in client.cookies


def test_machine_addresses_and_the_admin_have_no_language_prefix(demo, client):
    for path in ["/api/ressourcen/", "/api/recht/", "/ressourcen/feed/", "/robots.txt"]:
        assert client.get(path).status_code == 200, path
        assert client.get(f"/en{path}").status_code == 404, path
    assert client.get("/newsletter/archiv/feed/").status_code == 200
    assert client.get("/healthz/").status_code == 200
    # The admin stays German, whatever the browser asks for.
    login = client.get(reverse("admin:login"), HTTP_ACCEPT_LANGUAGE="ar")
    assert login.status_code == 200
    assert 'lang="de"' in login.content.decode()
    assert client.get("/ar/admin/login/").status_code == 404
    # The prefixed personal newsletter pages stay out of search engines, too.
    robots = client.get("/robots.txt").content.decode()
    assert "Disallow: /ar/newsletter/abmelden/" in robots


def test_the_switcher_keeps_the_search_and_its_filters(demo, client):
    query = "q=Vormundschaft&region=bundesweit&page=1"
    page = parse(client.get(f"/uk/ressourcen/?{query}").content.decode())
    hrefs = {link["hreflang"]: link["href"] for link in page.switcher}
    assert hrefs["de"] == f"/ressourcen/?{query}"
    assert hrefs["ar"] == f"/ar/ressourcen/?{query}"
    assert page.alternates["x-default"] == f"http://testserver/ressourcen/?{query}"


def test_the_diagram_is_mirrored_on_right_to_left_pages(demo, client):
    path = public_paths()["guide_with_diagram"]
    german = client.get(path).content.decode()
    arabic = client.get(f"/ar{path}").content.decode()
    assert 'direction="ltr"' in german.split("<svg", 2)[1].split(">", 1)[0]
    svg_open = re.search(r'<svg[^>]*class="diagram"[^>]*>', arabic).group(0)
    assert 'direction="rtl"' in svg_open
    # The first contact's box sits at the right edge in Arabic, at the left in German.
    width = int(re.search(r'width="(\d+)"', svg_open).group(1))
    rect = (
        r'<g class="diagram-node[^"]*"[^>]*data-number="1">\s*<rect x="(\d+)" y="\d+" width="(\d+)"'
    )
    x_de, box_width = map(int, re.search(rect, german).groups())
    x_ar, _ = map(int, re.search(rect, arabic).groups())
    assert x_ar == width - x_de - box_width
    assert x_ar > x_de


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_the_catalogue_is_complete(language):
    po = catalogue(language)
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert (len(untranslated), len(fuzzy)) == (0, 0), (untranslated[:10], fuzzy[:10])
    assert po.percent_translated() == 100


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_the_compiled_catalogue_matches_the_catalogue(language):
    """The .mo gettext reads must say what the .po says (recompiled after every change)."""

    def key(entry):
        return (entry.msgctxt or "", entry.msgid)

    def value(entry):
        if entry.msgid_plural:
            return tuple(entry.msgstr_plural[i] for i in sorted(entry.msgstr_plural))
        return entry.msgstr

    path = LOCALE / language / "LC_MESSAGES" / "django.mo"
    assert path.is_file(), f"{path} is missing: compile the catalogue"
    po = {key(e): value(e) for e in catalogue(language).translated_entries()}
    mo = {key(e): value(e) for e in compiled_catalogue(language) if e.msgid}
    assert mo == po


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_pages_use_the_catalogue(demo, client, language):
    """The site logo's subtitle really comes out of the compiled catalogue."""
    with translation.override(language):
        subtitle = translation.gettext("Junge Geflüchtete – Informationsservice")
    assert subtitle != "Junge Geflüchtete – Informationsservice"
    assert subtitle in client.get(f"/{language}/").content.decode()


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_every_interface_string_in_the_code_is_in_the_catalogue(language):
    """A string added to the code after the last `makemessages -e html,txt,py,svg` would show
    in German on every page: each catalogue must know every msgid the code uses."""
    known = {(entry.msgctxt or "", entry.msgid) for entry in catalogue(language)}
    used = messages_in_code()
    assert len(used) > 500  # the extraction really reads the code
    missing = sorted(
        f"{msgid!r} ({where})"
        for (context, msgid), where in used.items()
        if (context, msgid) not in known
    )
    assert missing == []
