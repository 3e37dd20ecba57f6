import pytest
from playwright.sync_api import expect

from legal import services
from legal.models import Statute
from tests.legal.conftest import SEED

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_visitor_filters_changes_since_a_date_and_opens_a_provision(live_server, page):
    statute = Statute.objects.create(abbreviation="HG", slug="hg-nrw", title="Hochschulgesetz")
    services.footnotes_import(statute=statute, text=SEED.read_text(encoding="utf-8"))
    page.goto(live_server.url + "/recht/hg-nrw/")
    chart = page.get_by_role("img", name="Zahl der Änderungen je Jahr des Inkrafttretens")
    expect(chart).to_be_visible()
    expect(page.get_by_role("table", name="Änderungen je Jahr")).to_be_visible()
    page.get_by_label("geändert seit").fill("2023-06-01")
    page.get_by_label("geändert seit").press("Enter")
    # expect() waits for the new page; a bare is_visible() could read the old one.
    page.wait_for_url("**seit=2023-06-01*")
    expect(page.get_by_role("heading", level=2, name="Änderungen seit 01.06.2023")).to_be_visible()
    page.get_by_role("link", name="§ 67b Absatz 1").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("§ 67b Absatz 1 HG NRW")
    assert "rückwirkend" in page.content()
