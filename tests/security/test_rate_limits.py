"""Every endpoint that sends mail or writes is limited per network and per address or link,
answered with 429, a German page and Retry-After, counted in Django's cache."""

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.urls import reverse

from newsletter import services
from newsletter.models import Subscriber

pytestmark = pytest.mark.django_db


def from_ip(address: str) -> Client:
    return Client(REMOTE_ADDR=address)


def assert_too_many(response):
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    html = response.content.decode()
    assert "Zu viele Anfragen" in html
    assert '<html lang="de"' in html


def test_signups_for_one_address_are_limited_and_mail_at_most_once(mailoutbox):
    client = from_ip("192.0.2.10")
    answers = [
        client.post(reverse("newsletter:index"), {"email": "ada@example.org", "consent": "on"})
        for _ in range(5)
    ]
    assert [a.status_code for a in answers] == [302, 302, 302, 429, 429]
    assert_too_many(answers[-1])
    assert len(mailoutbox) == 1  # one confirmation per ten minutes anyway


def test_signups_from_one_network_are_limited_across_addresses(mailoutbox, settings):
    client = from_ip("192.0.2.11")
    limit = settings.RATE_LIMITS["signup_ip"][0]
    codes = [
        client.post(
            reverse("newsletter:index"), {"email": f"person{n}@example.org", "consent": "on"}
        ).status_code
        for n in range(limit + 5)
    ]
    assert codes.count(302) == limit
    assert codes[limit:] == [429] * 5
    assert len(mailoutbox) == limit
    # Another network is not affected.
    other = from_ip("198.51.100.7")
    response = other.post(
        reverse("newsletter:index"), {"email": "someone@example.org", "consent": "on"}
    )
    assert response.status_code == 302


def test_ipv6_neighbours_in_one_64_share_a_limit(settings):
    limit = settings.RATE_LIMITS["manage_ip"][0]
    codes = [
        from_ip(f"2001:db8:1:2::{n:x}")
        .post(reverse("newsletter:manage"), {"email": f"p{n}@example.org"})
        .status_code
        for n in range(limit + 1)
    ]
    assert codes[-1] == 429
    assert codes.count(200) == limit


def test_manage_link_requests_for_one_address_are_limited(mailoutbox):
    Subscriber.objects.create(email="ada@example.org", status="active")
    codes = [
        from_ip(f"192.0.2.{n}")
        .post(reverse("newsletter:manage"), {"email": "ada@example.org"})
        .status_code
        for n in range(1, 7)
    ]
    assert codes == [200, 200, 200, 429, 429, 429]
    assert len(mailoutbox) == 3


@pytest.mark.parametrize("name", ["preferences", "unsubscribe", "data_link"])
def test_writes_through_a_personal_link_are_limited_per_link(name):
    subscriber = Subscriber.objects.create(email="ada@example.org", status="active")
    token = subscriber.token
    url = reverse(f"newsletter:{name}", args=[token])
    codes = [from_ip(f"192.0.2.{n}").post(url, {"name": "A"}).status_code for n in range(1, 13)]
    assert codes[-1] == 429
    assert codes.count(200) == 10


def test_erase_and_export_are_limited_per_link():
    subscriber = Subscriber.objects.create(email="ada@example.org", status="active")
    token = services.data_token(subscriber)
    codes = [
        from_ip(f"192.0.2.{n}").get(reverse("newsletter:erase", args=[token])).status_code
        for n in range(1, 13)
    ]
    assert set(codes) == {200}  # reading is not limited
    url = reverse("newsletter:data_export", args=[token])
    codes = [from_ip(f"192.0.2.{n}").post(url).status_code for n in range(1, 13)]
    assert codes[0] == 200
    assert codes[-1] == 429


def test_footnote_import_is_limited_per_staff_member(admin_client, settings):
    limit = settings.RATE_LIMITS["staff_import"][0]
    url = reverse("admin:legal_statute_footnote_import")
    codes = [admin_client.post(url, {"text": ""}).status_code for _ in range(limit + 1)]
    assert codes[-1] == 429
    assert 429 not in codes[:limit]


def test_counters_live_in_the_shared_database_cache(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "frs_test_cache",
        }
    }
    call_command("createcachetable", verbosity=0)
    caches["default"].clear()
    client = from_ip("192.0.2.50")
    for _ in range(4):
        response = client.post(reverse("newsletter:manage"), {"email": "ada@example.org"})
    assert response.status_code == 429
    with connection.cursor() as cursor:
        cursor.execute("SELECT cache_key FROM frs_test_cache")
        keys = [row[0] for row in cursor.fetchall()]
    # Every gunicorn worker reads the same rows; no address is stored in clear.
    assert any("ratelimit:manage" in key for key in keys)
    assert not any("ada" in key for key in keys)
