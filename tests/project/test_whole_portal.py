"""Checks across the whole portal with the real demo content: every public page passes the
structural accessibility check, sets no cookie the privacy page does not list, and loads
nothing from another origin."""

import io
import re

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from counselling.models import Institution
from legal.models import AmendingAct, Provision, Statute
from newsletter.models import Issue, Subscriber
from resources.models import Organisation, Resource, Topic
from tests.a11y import accessibility_problems
from website.cookies import known_cookie_names

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    call_command("load_demo", stdout=io.StringIO())


def public_urls() -> list[str]:
    statute = Statute.objects.first()
    institution = Institution.objects.get(slug="oberschule-soltau")
    occasion = institution.occasions.first()
    issue = Issue.objects.exclude(sent_at=None).first() or Issue.objects.first()
    return [
        reverse("home"),
        reverse("resources:list"),
        reverse("resources:list") + "?q=Unterkünften&region=bundesweit",
        Resource.objects.published().first().get_absolute_url(),
        Organisation.objects.filter(resources__isnull=False).first().get_absolute_url(),
        Topic.objects.filter(parent=None).first().get_absolute_url(),
        reverse("legal:index"),
        statute.get_absolute_url(),
        reverse("legal:point_in_time", args=[statute.slug]) + "?datum=2020-01-01",
        reverse("legal:provision", args=[statute.slug, Provision.objects.first().key]),
        reverse("legal:act", args=[AmendingAct.objects.first().pk]),
        reverse("counselling:index"),
        reverse("counselling:institution", args=[institution.slug]),
        reverse("counselling:occasion", args=[institution.slug, occasion.slug]),
        reverse("counselling:roles", args=[institution.slug]),
        reverse("counselling:concept", args=[institution.slug]),
        reverse("newsletter:index"),
        reverse("newsletter:manage"),
        reverse("newsletter:archive"),
        reverse("newsletter:archive_detail", args=[issue.slug]),
        reverse("imprint"),
        reverse("privacy"),
        reverse("accessibility"),
    ]


def test_every_public_page_passes_the_accessibility_check_and_sets_no_unlisted_cookie(demo):
    client = Client()
    problems = {}
    cookies = set()
    for url in public_urls():
        response = client.get(url)
        assert response.status_code == 200, url
        cookies |= set(response.cookies)
        html = response.content.decode()
        if found := accessibility_problems(html):
            problems[url] = found
        # Nothing is loaded from another origin: no remote scripts, styles, images or frames.
        remote = re.findall(
            r'<(?:script|link|img|iframe)[^>]+(?:src|href)="(?:https?:)?//[^"]+"', html
        )
        remote = [
            tag for tag in remote if 'rel="canonical"' not in tag and 'rel="alternate"' not in tag
        ]
        assert remote == [], (url, remote)
    assert problems == {}
    # Opening the newsletter form sets the CSRF cookie: listed on the privacy page.
    assert cookies <= known_cookie_names(), cookies - known_cookie_names()


def test_signing_up_sets_only_listed_cookies(demo):
    client = Client(enforce_csrf_checks=True)
    client.get(reverse("newsletter:index"))
    token = client.cookies["csrftoken"].value
    response = client.post(
        reverse("newsletter:index"),
        {"email": "leser@example.org", "consent": "on", "csrfmiddlewaretoken": token},
        follow=True,
    )
    assert response.status_code == 200
    assert Subscriber.objects.filter(email="leser@example.org").exists()
    assert set(client.cookies) <= known_cookie_names()
