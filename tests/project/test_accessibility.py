import io

import pytest
from django.urls import reverse

from tests.a11y import accessibility_problems
from tests.factories import make_organisation, make_resource, make_topic

pytestmark = pytest.mark.django_db


def test_checker_finds_typical_problems():
    html = (
        "<html><body><h1>A</h1><h3>B</h3><input name='q'><img src='x.png'>"
        "<p id='a'></p><p id='a'></p></body></html>"
    )
    problems = accessibility_problems(html)
    assert "<html> has no lang attribute" in problems
    assert "heading level jumps from h1 to h3" in problems
    assert "<input name='q'> has no label" in problems
    assert "<img src='x.png'> has no alt text" in problems
    assert "id 'a' used 2 times" in problems
    assert "no <main> landmark" in problems


@pytest.fixture
def content():
    from website import demo

    demo.load(stdout=io.StringIO())
    section = make_topic("unbegleitete Minderjährige")
    topic = make_topic("Asylverfahren", parent=section)
    org = make_organisation("Careleaver-Zentrum Thüringen", city="Erfurt")
    resource = make_resource(
        "Kindgerechte Ausgestaltung des Asylverfahrens",
        topics=[topic],
        publishers=[org],
        highlighted=True,
        links=["https://example.org/a", {"url": "https://example.org/fa", "language": "fa"}],
    )
    return {"section": section, "topic": topic, "org": org, "resource": resource}


def public_urls(content):
    return [
        reverse("home"),
        reverse("resources:list"),
        reverse("resources:list") + "?q=Asyl",
        content["resource"].get_absolute_url(),
        content["org"].get_absolute_url(),
        content["section"].get_absolute_url(),
        content["topic"].get_absolute_url(),
        reverse("imprint"),
        reverse("privacy"),
        reverse("accessibility"),
        "/gibt-es-nicht/",
    ]


def test_public_pages_pass_the_structural_accessibility_check(client, content):
    for url in public_urls(content):
        response = client.get(url)
        assert response.status_code in (200, 404), url
        assert accessibility_problems(response.content.decode()) == [], url
