"""Every public page on a phone, a small phone and a desktop: no sideways scrolling, no axe
violations (WCAG 2.1 A/AA), the skip link reaches `main`; the listing puts results first.

axe-core comes from the `axe-playwright-python` package (it bundles axe.min.js), so no
network is needed at test time.
"""

import io

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command
from django.urls import reverse
from playwright.sync_api import expect

from counselling.models import Institution, Occasion
from legal.models import AmendingAct, Statute
from resources.models import Organisation, Resource, Topic

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

WCAG_21_AA = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}
WIDTHS = [320, 390, 1280]


def public_pages() -> list[str]:
    """One page of every kind the public can open, taken from the demo content."""
    linked = Resource.objects.published().with_link().first()
    unlinked = Resource.objects.published().without_link().first()
    topic = Topic.objects.filter(parent__isnull=True).first()
    publisher = Organisation.objects.filter(resources__isnull=False).first()
    statute = Statute.objects.first()
    provision = statute.provisions.first()
    act = AmendingAct.objects.first()
    institution = Institution.objects.get(slug="thueringen")
    crisis = Occasion.objects.filter(institution=institution, is_crisis=True).first()
    pages = [
        "/",
        "/ressourcen/",
        "/ressourcen/?q=Vormundschaft",
        linked.get_absolute_url(),
        unlinked.get_absolute_url(),
        topic.get_absolute_url(),
        publisher.get_absolute_url(),
        "/recht/",
        statute.get_absolute_url(),
        f"{statute.get_absolute_url()}stand/",
        "/beratung/",
        institution.get_absolute_url(),
        crisis.get_absolute_url(),
        f"/beratung/{institution.slug}/stellen/",
        "/beratung/oberschule-soltau/stellen/",
        "/beratung/oberschule-soltau/konzept/",
        "/newsletter/",
        "/newsletter/archiv/",
        "/newsletter/verwalten/",
        "/impressum/",
        "/datenschutz/",
        "/barrierefreiheit/",
        "/gibt-es-nicht/",
    ]
    if provision is not None:
        pages.append(reverse("legal:provision", args=[statute.slug, provision.key]))
    if act is not None:
        pages.append(act.get_absolute_url())
    return pages


@pytest.fixture
def demo(db):
    call_command("load_demo", stdout=io.StringIO())


@pytest.mark.parametrize("width", WIDTHS)
def test_every_public_page_reflows_passes_axe_and_skips_to_main(live_server, browser, demo, width):
    context = browser.new_context(locale="de-DE", viewport={"width": width, "height": 844})
    page = context.new_page()
    axe = Axe()
    problems = []
    for path in public_pages():
        page.goto(live_server.url + path)
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        if overflow > 0:
            problems.append(f"{path} at {width}px: {overflow}px wider than the screen")
        results = axe.run(page, options=WCAG_21_AA)
        if results.violations_count:
            problems.append(f"{path} at {width}px: {results.generate_report()}")
        page.keyboard.press("Tab")
        skip = page.locator(".skip-link").first
        if not skip.evaluate("el => el === document.activeElement"):
            problems.append(f"{path}: the first Tab does not reach the skip link")
            continue
        page.keyboard.press("Enter")
        expect(page.locator("#main")).to_be_focused()
    context.close()
    assert problems == []


def test_listing_on_a_phone_results_first_and_few_tabs(live_server, browser, demo):
    context = browser.new_context(locale="de-DE", viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(live_server.url + "/ressourcen/")
    first = page.locator(".resource-list a").first
    assert first.bounding_box()["y"] < 844
    summary = page.locator("#facets-panel > summary")
    assert "Filter" in summary.inner_text()
    assert not page.locator("#facets-panel").evaluate("el => el.open")

    page.get_by_label("Suchbegriff").focus()
    for _press in range(5):
        page.keyboard.press("Tab")
        if first.evaluate("el => el === document.activeElement"):
            break
    else:
        pytest.fail("the first result is not reached in 5 Tab presses")

    # The disclosure opens the filters; "nur mit Link" narrows the results in place.
    summary.click()
    # The long publisher list can be narrowed by typing.
    publishers = page.locator("fieldset.facet--filterable li")
    before = publishers.evaluate_all("items => items.filter(i => !i.hidden).length")
    page.get_by_label("Herausgeber eingrenzen").fill("verband")
    labels = page.locator("fieldset.facet--filterable li:visible label").all_inner_texts()
    assert labels
    assert len(labels) < before
    assert all("verband" in label.lower() for label in labels)
    page.get_by_label("nur mit Link").check()
    page.wait_for_url("**link=mit**")
    assert "ohne Link" not in page.locator(".resource-list").inner_text()
    assert "(1" in page.locator("#facets-panel > summary").inner_text()
    context.close()


def test_skip_to_results_keeps_the_page_and_moves_focus(live_server, page, demo):
    """The hash change of the skip link fires popstate: it must not reload the page."""
    page.goto(live_server.url + "/ressourcen/?q=Kinder")
    page.evaluate("window.__notReloaded = true")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Zu den Ergebnissen")
    assert skip.evaluate("el => el === document.activeElement")
    page.keyboard.press("Enter")
    expect(page.locator("#ergebnisse")).to_be_focused()
    page.go_back()
    page.wait_for_timeout(300)
    assert page.evaluate("window.__notReloaded === true")
    page.go_forward()
    page.wait_for_timeout(300)
    assert page.evaluate("window.__notReloaded === true")
    assert page.evaluate("document.activeElement.id") in {"ergebnisse", "main", ""}


def test_back_and_forward_between_searches_update_the_results(live_server, page, demo):
    page.goto(live_server.url + "/ressourcen/")
    total = page.locator("#result-count").inner_text()
    page.get_by_label("nur mit Link").check()
    page.wait_for_url("**link=mit**")
    narrowed = page.locator("#result-count").inner_text()
    assert narrowed != total
    page.go_back()
    expect(page.locator("#result-count")).to_have_text(total)
    assert "link=mit" not in page.url
    page.go_forward()
    expect(page.locator("#result-count")).to_have_text(narrowed)


def test_newsletter_error_summary_takes_focus(live_server, page, demo):
    page.goto(live_server.url + "/newsletter/")
    page.get_by_label("E-Mail").first.fill("ohne-at")
    page.get_by_role("button", name="Anmelden").click()
    expect(page.locator("#error-summary")).to_be_focused()
    box = page.locator("#id_consent").bounding_box()
    assert box["width"] >= 24
    assert box["height"] >= 24


def test_crisis_occasion_offers_emergency_numbers_as_big_links(live_server, page, demo):
    crisis = Occasion.objects.filter(is_crisis=True).first()
    page.goto(live_server.url + crisis.get_absolute_url())
    call = page.locator('a[href="tel:112"]')
    box = call.bounding_box()
    assert box["height"] >= 44


def test_axe_is_really_running(page):
    """Guards the page test above: the bundled axe-core reports a known violation."""
    page.set_content(
        '<html lang="de"><head><title>Test</title></head>'
        '<body><main><img src="x.png"></main></body></html>'
    )
    assert Axe().run(page, options=WCAG_21_AA).violations_count == 1
