"""Bad input in URLs and bodies is answered with 400 or 404, never with a 500."""

import pytest
from django.test import Client

from newsletter.models import Subscriber

pytestmark = pytest.mark.django_db

PAGINATED = [
    "/ressourcen/",
    "/api/ressourcen/",
    "/newsletter/archiv/",
]


@pytest.fixture
def public():
    # A crash must show up as a status code, the way a visitor sees it.
    return Client(raise_request_exception=False)


@pytest.mark.parametrize("url", PAGINATED)
@pytest.mark.parametrize("page", ["²", "١٢", "０", "-1", "1e3", "9" * 40, "1.0", " 1"])
def test_unusual_page_numbers_are_refused_or_served_never_crash(public, url, page):
    response = public.get(url, {"page": page})
    assert response.status_code in {200, 400, 404}


@pytest.mark.parametrize("url", PAGINATED)
def test_superscript_page_number_is_a_bad_request(public, url):
    assert public.get(url, {"page": "²"}).status_code == 400


@pytest.mark.parametrize(
    "path",
    [
        "/newsletter/abmelden/%00/",
        "/newsletter/abmelden/abc%01def/",
        "/newsletter/bestaetigen/%00/",
        "/newsletter/einstellungen/%00/",
        "/newsletter/einstellungen/%00/meine-daten.json",
        "/newsletter/einstellungen/%00/loeschen/",
        "/newsletter/einstellungen/x%7F/",
        "/recht/sgb-viii/vorschrift/%00/",
        "/recht/sgb-viii/vorschrift/41%0A/",
        "/api/recht/sgb-viii/vorschrift/%00/",
        "/api/recht/sgb-viii/vorschrift/%C2%85/",
    ],
)
def test_control_characters_in_path_tokens_are_not_found(public, path):
    assert public.get(path).status_code == 404


def test_one_click_unsubscribe_with_nul_token_is_not_found(public):
    response = public.post(
        "/newsletter/abmelden/%00/",
        data="List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 404


def test_real_tokens_still_resolve(public):
    subscriber = Subscriber.objects.create(email="a@example.org", status="active")
    assert public.get(subscriber.unsubscribe_path()).status_code == 200
    assert public.get(subscriber.preferences_path()).status_code == 200


@pytest.mark.parametrize("url", ["/newsletter/", "/newsletter/verwalten/"])
def test_form_in_an_undecodable_charset_is_a_bad_request_with_csrf_checks_on(url):
    # With CSRF checks on, the CSRF middleware reads the body first; the 400 handler must not
    # read it a second time (that raised again and ended in a 500).
    browser = Client(enforce_csrf_checks=True, raise_request_exception=False)
    browser.get(url)  # the form page sets the CSRF cookie
    assert "csrftoken" in browser.cookies
    response = browser.post(
        url,
        data=b"email=+AGE-a@example.org&consent=on",
        content_type="application/x-www-form-urlencoded; charset=utf-7",
    )
    assert response.status_code == 400
    assert "Anfrage" in response.content.decode()


def test_one_click_post_in_an_undecodable_charset_is_a_bad_request(public):
    subscriber = Subscriber.objects.create(email="b@example.org", status="active")
    response = public.post(
        subscriber.unsubscribe_path(),
        data=b"List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded; charset=utf-7",
    )
    assert response.status_code == 400
