import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from frs_portal.gunicorn import shorten_ip
from website.cookies import known_cookie_names
from website.models import SitePage
from website.pages import privacy_notice_version

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages():
    from website import demo

    demo.load(stdout=io.StringIO())


def test_site_pages_are_reachable_from_every_page(client, pages):
    html = client.get("/").content.decode()
    for name in ["imprint", "privacy", "accessibility"]:
        url = reverse(name)
        assert f'href="{url}"' in html
        assert client.get(url).status_code == 200


def test_privacy_page_lists_every_cookie_the_site_can_set(client, pages):
    html = client.get(reverse("privacy")).content.decode()
    for name in known_cookie_names():
        assert f"<code>{name}</code>" in html


def test_editor_html_is_sanitised(editor_client, pages):
    page = SitePage.objects.get(slug="impressum")
    response = editor_client.post(
        reverse("admin:website_sitepage_change", args=[page.pk]),
        {
            "slug": "impressum",
            "title": "Impressum",
            "version": "2",
            "body": '<p onclick="x()">Hallo</p><script>alert(1)</script>'
            '<img src="https://tracker.example/p.gif"><a href="javascript:alert(1)">x</a>',
        },
    )
    assert response.status_code == 302
    html = editor_client.get(reverse("imprint")).content.decode()
    assert "<p>Hallo</p>" in html
    for unsafe in ["<script>alert", "onclick", "tracker.example", "javascript:"]:
        assert unsafe not in html


def test_privacy_notice_version_follows_the_page(pages):
    assert privacy_notice_version() == "2026-11"
    SitePage.objects.filter(slug="datenschutz").update(version="2027-01")
    assert privacy_notice_version() == "2027-01"


def test_load_demo_keeps_pages_edited_by_staff(pages):
    SitePage.objects.filter(slug="impressum").update(body="<p>Geändert</p>")
    call_command("load_demo", stdout=io.StringIO())
    assert SitePage.objects.get(slug="impressum").body == "<p>Geändert</p>"


@pytest.mark.parametrize(
    ("address", "logged"),
    [
        ("203.0.113.77", "203.0.113.0"),
        ("2001:db8:abcd:12:1:2:3:4", "2001:db8:abcd::"),
        ("junk", "-"),
    ],
)
def test_access_logs_keep_only_shortened_ip_addresses(address, logged):
    assert shorten_ip(address) == logged
