"""Arabic and Farsi in real Chromium: every public page reflows at 320 px without sideways
scrolling and has no axe violations (WCAG 2.1 A/AA); the layout is mirrored (facets on the
right, the diagram's text inside its boxes); the language switcher works by keyboard."""

import io

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command
from playwright.sync_api import expect

from tests.languages import in_language, public_paths

from .test_public_site import WCAG_21_AA

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo(db):
    call_command("load_demo", stdout=io.StringIO())


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_right_to_left_pages_reflow_at_320_px_and_pass_axe(live_server, browser, demo, language):
    context = browser.new_context(viewport={"width": 320, "height": 800})
    page = context.new_page()
    axe = Axe()
    problems = []
    for path in public_paths().values():
        url = in_language(path, language)
        page.goto(live_server.url + url)
        assert page.evaluate("document.documentElement.dir") == "rtl", url
        # In right-to-left pages content that sticks out does so to the left.
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        if overflow > 0:
            problems.append(f"{url}: {overflow}px wider than the screen")
        results = axe.run(page, options=WCAG_21_AA)
        if results.violations_count:
            problems.append(f"{url}: {results.generate_report()}")
    context.close()
    assert problems == []


def test_the_facet_column_is_on_the_right_in_arabic(live_server, browser, demo):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    boxes = {}
    for language in ["de", "ar"]:
        page.goto(live_server.url + in_language("/ressourcen/", language))
        tools = page.locator(".listing__tools").bounding_box()
        results = page.locator(".search-results").bounding_box()
        boxes[language] = (tools["x"], results["x"])
    context.close()
    assert boxes["de"][0] < boxes["de"][1]  # filters left of the results
    assert boxes["ar"][0] > boxes["ar"][1]  # and right of them in Arabic


def test_the_diagram_text_stays_inside_its_boxes_in_arabic(live_server, page, demo):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server.url + "/ar" + public_paths()["guide_with_diagram"])
    outside = page.evaluate(
        """() => {
          const problems = [];
          for (const node of document.querySelectorAll('svg.diagram g.diagram-node')) {
            const box = node.querySelector('rect').getBBox();
            for (const text of node.querySelectorAll('text')) {
              const t = text.getBBox();
              if (t.x < box.x || t.x + t.width > box.x + box.width + 0.5) {
                problems.push(text.textContent);
              }
              // anchored at the right: every line ends near the box's right edge
              if (Math.abs(t.x + t.width - (box.x + box.width - 10)) > 2) {
                problems.push('not right-aligned: ' + text.textContent);
              }
            }
          }
          return problems;
        }"""
    )
    assert outside == []
    # The first contact is on the right, its referrals to the left of it.
    first = page.locator('g.diagram-node[data-number="1"] rect').bounding_box()
    second = page.locator('g.diagram-node[data-number="1.1"] rect').bounding_box()
    assert first["x"] > second["x"]


def test_the_language_switcher_works_by_keyboard(live_server, page, demo):
    page.goto(live_server.url + "/ressourcen/?q=Vormundschaft")
    page.keyboard.press("Tab")  # the skip link
    expect(page.locator(".skip-link").first).to_be_focused()
    switcher = page.get_by_role("navigation", name="Sprache der Website")
    arabic = switcher.get_by_role("link", name="العربية")
    for _press in range(6):
        page.keyboard.press("Tab")
        if arabic.evaluate("el => el === document.activeElement"):
            break
    else:
        pytest.fail("the Arabic link is not reached by Tab")
    page.keyboard.press("Enter")
    page.wait_for_url("**/ar/ressourcen/?q=Vormundschaft")
    assert page.evaluate("document.documentElement.lang") == "ar"
    assert page.evaluate("document.documentElement.dir") == "rtl"
    current = page.locator('.language-switcher a[aria-current="true"]')
    expect(current).to_have_text("العربية")
    # No cookie remembers the choice: the unprefixed address is German again.
    assert page.context.cookies() == []
    page.goto(live_server.url + "/ressourcen/")
    assert page.evaluate("document.documentElement.lang") == "de"


def test_the_legal_chart_stays_left_to_right_and_visible_in_arabic(live_server, page, demo):
    """A chart of years and counts reads left to right on every page; its labels must not be
    pushed out of the picture by the page's right-to-left direction."""
    from legal.models import Statute

    page.goto(live_server.url + "/ar" + Statute.objects.first().get_absolute_url())
    lefts = page.evaluate(
        "() => [...document.querySelectorAll('svg.legal-chart text')].map(t => t.getBBox().x)"
    )
    assert lefts
    assert min(lefts) >= 0
