"""A keyboard user walks the guide in a real browser: institution → occasion → referral chain."""

import io

import pytest
from playwright.sync_api import expect

from counselling import demo

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def tab_to(page, name: str, limit: int = 150) -> None:
    """Presses Tab until the focused element's text is `name`, as a keyboard user would."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        text = page.evaluate("document.activeElement && document.activeElement.innerText")
        if text and text.strip() == name:
            return
    raise AssertionError(f"could not reach {name!r} with the Tab key")


def test_keyboard_user_finds_whom_to_talk_to_about_mobbing(live_server, page):
    demo.load(stdout=io.StringIO())
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(live_server.url + "/beratung/")

    tab_to(page, "Oberschule Soltau")
    page.keyboard.press("Enter")
    page.wait_for_url("**/beratung/oberschule-soltau/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Oberschule Soltau")

    tab_to(page, "Mobbing")
    page.keyboard.press("Enter")
    page.wait_for_url("**/anlass/mobbing/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Mobbing")

    first_contacts = page.locator(".guide-root > h3").all_inner_texts()
    assert any("Präventions- und Interventionsteam" in text for text in first_contacts)

    # The diagram is drawn, has a text alternative, and its region can be scrolled by keyboard.
    diagram = page.get_by_role("img", name="Verweiswege beim Anlass „Mobbing“")
    expect(diagram).to_be_visible()
    boxes = page.locator("svg .diagram-node").count()
    items = page.locator(".guide-root, .guide-step").count()
    assert boxes == items
    tab_to(page, "Diagramm in Worten")
    page.keyboard.press("Enter")
    sentences = page.locator(".diagram-sentences li")
    expect(sentences.first).to_be_visible()
    assert sentences.count() == items

    # Follow a referral to the role directory by keyboard.
    tab_to(page, "Beratungslehrkraft")
    page.keyboard.press("Enter")
    page.wait_for_url("**/stellen/#beratungslehrkraft")
    expect(page.locator("#beratungslehrkraft")).to_be_visible()
    assert "Raum B 0.05" in page.locator("#beratungslehrkraft").inner_text()

    # Printing hides the navigation but keeps the guide.
    page.goto(live_server.url + "/beratung/oberschule-soltau/anlass/mobbing/")
    page.emulate_media(media="print")
    expect(page.locator(".site-header")).to_be_hidden()
    expect(page.locator(".institution-nav")).to_be_hidden()
    expect(page.locator(".guide-list")).to_be_visible()
    expect(page.locator("svg.diagram")).to_be_visible()

    assert all(url.startswith(live_server.url) for url in requests)
    assert page.context.cookies() == []


def test_unknown_occasion_shows_the_not_found_page(live_server, page):
    demo.load(stdout=io.StringIO())
    response = page.goto(live_server.url + "/beratung/oberschule-soltau/anlass/unbekannt/")
    assert response.status == 404
    assert "Diese Seite gibt es nicht" in page.content()
