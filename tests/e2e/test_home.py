import pytest

from tests.factories import make_resource, make_topic

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_keyboard_user_skips_to_content_and_opens_a_resource(live_server, page):
    section = make_topic("unbegleitete Minderjährige")
    make_resource("Kindheit im Wartezustand", topics=[section], pub_year=2017, pub_month=3)
    page.goto(live_server.url + "/")
    assert page.locator("html").get_attribute("lang") == "de"
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Zum Inhalt springen")
    assert skip.evaluate("el => el === document.activeElement")
    page.keyboard.press("Enter")
    page.get_by_role("link", name="Kindheit im Wartezustand").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Kindheit im Wartezustand"
    assert "Mrz. 2017" in page.content()
    # Nothing is set in the browser for a public visitor.
    assert page.context.cookies() == []
