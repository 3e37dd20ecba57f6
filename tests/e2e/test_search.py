import re

import pytest
from playwright.sync_api import expect

from resources.models import Audience
from resources.search.index import reindex_resources
from tests.factories import make_organisation, make_resource, make_topic

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_keyboard_user_searches_filters_and_removes_a_chip(live_server, page):
    section = make_topic("Junge Volljährige - Leaving Care")
    org = make_organisation("Careleaver Kompetenznetz")
    make_resource(
        "Tipps von Careleavern zum Hilfeplanverfahren",
        publishers=[org],
        topics=[section],
        resource_type="flyer",
    )
    make_resource("Hilfeplan kompakt", resource_type="broschuere")
    make_resource("Kein Ort für Kinder")
    Audience.objects.create(name="Fachkräfte", slug="fachkraefte")
    reindex_resources()

    page.goto(live_server.url + "/ressourcen/")
    page.get_by_label("Suchbegriff").focus()
    page.keyboard.type("Hilfeplan")
    page.keyboard.press("Enter")
    page.wait_for_url("**/ressourcen/?q=Hilfeplan")
    count = page.locator("#result-count")
    assert count.inner_text() == "2 Materialien gefunden"
    assert page.locator("mark").first.inner_text() == "Hilfeplan"

    # Tick the "Flyer" type with the keyboard only.
    checkbox = page.get_by_role("checkbox", name="Flyer (1)")
    checkbox.focus()
    page.keyboard.press("Space")
    expect(count).to_have_text("1 Material gefunden")
    assert "type=flyer" in page.url
    assert page.get_by_role("checkbox", name="Flyer (1)").is_checked()
    chips = page.locator(".chips")
    assert "Art: Flyer" in chips.inner_text()
    assert "Tipps von Careleavern" in page.locator(".resource-list").inner_text()
    assert "Hilfeplan kompakt" not in page.locator(".resource-list").inner_text()

    # Remove the chip: focus it with Tab from the checkbox, then Enter.
    chip = page.get_by_role("link", name="Art: Flyer (entfernen)")
    for _ in range(60):
        page.keyboard.press("Tab")
        if chip.evaluate("el => el === document.activeElement"):
            break
    else:
        pytest.fail("the chip is not reachable with the keyboard")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/ressourcen/\?q=Hilfeplan(&sort=relevance)?$"))
    assert page.locator("#result-count").inner_text() == "2 Materialien gefunden"
    assert page.context.cookies() == []


def test_filters_work_without_javascript(live_server, browser):
    make_resource("Tipps zum Hilfeplanverfahren", resource_type="flyer")
    make_resource("Hilfeplan kompakt", resource_type="broschuere")
    reindex_resources()
    context = browser.new_context(java_script_enabled=False, locale="de-DE")
    page = context.new_page()
    page.goto(live_server.url + "/ressourcen/?q=Hilfeplan")
    # Without JavaScript the filters stay in their closed disclosure until opened.
    page.locator("#facets-panel > summary").click()
    page.get_by_role("checkbox", name="Broschüre (1)").check()
    page.get_by_role("button", name="Filter anwenden").click()
    page.wait_for_url("**type=broschuere**")
    assert page.locator("#result-count").inner_text() == "1 Material gefunden"
    context.close()
