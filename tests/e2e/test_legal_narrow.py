"""Every public legal page at 320 px: no horizontal scrolling, chart text at least 14 px."""

import pytest

from legal import services
from legal.models import AmendingAct, Statute
from tests.legal.conftest import SEED

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

WIDEST_ELEMENTS = """() => {
  const limit = document.documentElement.clientWidth;
  return [...document.querySelectorAll('body *')]
    .filter(el => el.getBoundingClientRect().right > limit + 1)
    .filter(el => !el.closest('.table-scroll'))
    .slice(0, 5)
    .map(el => el.tagName + '.' + el.className + ' '
      + Math.round(el.getBoundingClientRect().right));
}"""


@pytest.fixture
def hg():
    statute = Statute.objects.create(
        abbreviation="HG",
        slug="hg-nrw",
        title="Gesetz über die Hochschulen des Landes Nordrhein-Westfalen (Hochschulgesetz)",
        source_url="https://recht.nrw.de/lmi/owa/br_text_anzeigen?v_id=10000000000000000654",
        citation="Gesetz vom 16. September 2014 (GV. NRW. S. 547)",
    )
    services.footnotes_import(statute=statute, text=SEED.read_text(encoding="utf-8"))
    return statute


def test_legal_pages_fit_a_320_pixel_screen(live_server, browser, hg):
    context = browser.new_context(locale="de-DE", viewport={"width": 320, "height": 640})
    page = context.new_page()
    act = AmendingAct.objects.filter(events__statute=hg).exclude(kind="stammgesetz").first()
    provision = hg.provisions.get(key="20")
    paths = [
        "/recht/",
        "/recht/hg-nrw/",
        "/recht/hg-nrw/?seit=2023-06-01",
        "/recht/hg-nrw/?q=%C2%A7+20",
        "/recht/hg-nrw/stand/?datum=2020-01-01",
        "/recht/hg-nrw/stand/?datum=2014-10-02",
        f"/recht/hg-nrw/vorschrift/{provision.key}/",
        f"/recht/aenderungsgesetz/{act.pk}/",
        "/recht/hg-nrw/?seit=2021-02-31",
    ]
    for path in paths:
        page.goto(live_server.url + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 320, (path, width, page.evaluate(WIDEST_ELEMENTS))
    context.close()


def test_chart_text_is_at_least_14_pixels(live_server, page, hg):
    page.goto(live_server.url + "/recht/hg-nrw/")
    sizes = page.evaluate(
        "[...document.querySelectorAll('.legal-chart text')]"
        ".map(t => parseFloat(getComputedStyle(t).fontSize) * "
        "(t.getScreenCTM() ? t.getScreenCTM().a : 1))"
    )
    assert sizes
    assert min(sizes) >= 14
