"""Error pages served with status 200: titles as real sites write them."""

import pytest

from linkcheck.soft404 import is_error_title, is_redirect_to_home, page_title


@pytest.mark.parametrize(
    "title",
    [
        "Seite nicht gefunden",
        "404 Not Found",
        "Fehler 404 – Seite nicht gefunden | Stadt Erfurt",
        "Page not found – Refugee Council",
        "Die Seite existiert nicht",
        "Seite existiert nicht - Bundesamt",
        "Oops! Page not found",
        "404",
        "Error 404",
        "Fehler 404: Seite nicht gefunden",
        "Diese Seite wurde leider nicht gefunden",
        "Inhalt nicht mehr verfügbar | Ministerium",
        "NOT FOUND",
    ],
)
def test_error_page_titles_are_recognised(title):
    assert is_error_title(title)


@pytest.mark.parametrize(
    "title",
    [
        "Wenn der Vormund nicht gefunden wird – Leitfaden für Fachkräfte",
        "Asylverfahren | BAMF",
        "Arbeitshilfe: 404 Tage im Verfahren",
        "Statistik 2024 – 4040 Anträge",
        "Clearingverfahren für unbegleitete Minderjährige",
        "",
    ],
)
def test_ordinary_titles_are_not_taken_for_errors(title):
    assert not is_error_title(title)


def test_the_title_is_read_in_the_declared_charset_with_entities_resolved():
    body = "<html><head><meta charset=iso-8859-1><title> Seite &amp; Übersicht\n</title>".encode(
        "latin-1"
    )
    assert page_title(body) == "Seite & Übersicht"
    assert page_title(b"<html><body>no title</body></html>") == ""


@pytest.mark.parametrize(
    ("original", "final", "expected"),
    [
        ("https://example.org/publikationen/a.pdf", "https://example.org/", True),
        ("https://example.org/alt/seite", "https://www.example.org/de/", True),
        ("https://example.org/alt/seite", "https://example.org/index.php", True),
        ("http://example.org", "https://example.org/", False),
        ("https://example.org/de", "https://example.org/de/", False),
        ("https://example.org/alt", "https://example.org/neu", False),
        ("https://example.org/alt", "https://example.org/?id=12", False),
    ],
)
def test_redirects_from_a_deep_link_to_a_start_page(original, final, expected):
    assert is_redirect_to_home(original, final) is expected
