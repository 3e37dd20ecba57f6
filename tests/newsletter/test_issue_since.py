"""Changing "Materialien seit" on a draft issue recomputes the suggested resources."""

import datetime
import zoneinfo

import pytest
from django.urls import reverse

from newsletter.models import Issue
from tests.factories import make_resource

pytestmark = pytest.mark.django_db


BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


def at(day: int, hour: int = 12) -> datetime.datetime:
    return datetime.datetime(2026, 3, day, hour, 0, tzinfo=BERLIN)


def change_payload(issue, since: str, resources) -> dict:
    return {
        "title": issue.title,
        "slug": issue.slug,
        "since_0": since,
        "since_1": "00:00:00",
        "intro": issue.intro,
        "resources": [r.pk for r in resources],
        "items-TOTAL_FORMS": "0",
        "items-INITIAL_FORMS": "0",
        "items-MIN_NUM_FORMS": "0",
        "items-MAX_NUM_FORMS": "1000",
    }


def test_new_start_date_replaces_suggestions_but_keeps_hand_picked(editor_client):
    early = make_resource("Frühes Material", published_at=at(2))
    late = make_resource("Spätes Material", published_at=at(20))
    picked = make_resource("Von Hand gewählt", published_at=at(1) - datetime.timedelta(days=60))
    issue = Issue.objects.create(title="Ausgabe", slug="ausgabe", since=at(15))
    issue.resources.set([late, picked])

    response = editor_client.post(
        reverse("admin:newsletter_issue_change", args=[issue.pk]),
        change_payload(issue, "01.03.2026", [late, picked]),
        follow=True,
    )
    assert response.status_code == 200
    assert set(issue.resources.all()) == {early, late, picked}
    assert "Vorschläge wurden neu berechnet (3 Materialien)" in response.content.decode()


def test_saving_without_a_new_date_leaves_the_selection_alone(editor_client):
    late = make_resource("Spätes Material", published_at=at(20))
    make_resource("Auch spät", published_at=at(21))
    issue = Issue.objects.create(title="Ausgabe", slug="ausgabe", since=at(15, hour=0))
    issue.resources.set([late])
    editor_client.post(
        reverse("admin:newsletter_issue_change", args=[issue.pk]),
        change_payload(issue, "15.03.2026", [late]),
    )
    assert list(issue.resources.all()) == [late]
