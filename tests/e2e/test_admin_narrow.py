"""The editor's library pages fit a 631 px wide content box (a laptop with the admin's
navigation open): nothing wider than the box, no sideways scrolling."""

import pytest

from tests.factories import make_organisation, make_resource

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_resource_list_and_form_fit_a_narrow_content_box(live_server, browser, editor):
    publishers = [
        make_organisation("Bundesfachverband unbegleitete Minderjährige & Flucht e.V."),
        make_organisation("Deutsches Institut für Jugendhilfe und Familienrecht e.V. (DIJuF)"),
    ]
    resource = make_resource(
        "Das SGB VIII und die GEAS-Reform: Schutz, Versorgung und Vertretung von "
        "unbegleiteten geflüchteten Kindern und Jugendlichen",
        publishers=publishers,
        links=["https://example.org/" + "sehr-lange-adresse-" * 8 + ".pdf"],
    )
    context = browser.new_context(locale="de-DE", viewport={"width": 930, "height": 900})
    page = context.new_page()
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "editor-password")
    page.click("input[type=submit]")
    for path in ["/admin/resources/resource/", f"/admin/resources/resource/{resource.pk}/change/"]:
        page.goto(live_server.url + path)
        content = page.locator("#content")
        assert content.evaluate("el => el.clientWidth") <= 640
        too_wide = content.evaluate(
            """el => {
                const edge = el.getBoundingClientRect().right + 1;
                return [...el.querySelectorAll('*')]
                    .filter(child => child.getBoundingClientRect().right > edge)
                    .map(child => child.tagName + '.' + child.className).slice(0, 5);
            }"""
        )
        assert too_wide == [], path
        assert page.evaluate("document.documentElement.scrollWidth") <= 930
    # German everywhere: the two-box selectors are gone, no English button texts left.
    assert "Choose" not in page.locator("#content").inner_text()
    context.close()
