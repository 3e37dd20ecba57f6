"""The newsletter takes over real legal changes from the legal app (no stand-ins)."""

import datetime
import io

import pytest

from legal import demo as legal_demo
from legal.services import recent_changes
from newsletter.models import Issue, IssueItem
from newsletter.services import issue_add_legal_changes

pytestmark = pytest.mark.django_db


def test_issue_takes_over_the_changes_that_took_effect_in_its_period():
    legal_demo.load(stdout=io.StringIO())
    # The HG NRW amendment of 12 July 2019 took effect on 1 October 2019.
    since = datetime.date(2019, 9, 1)
    until = datetime.date(2019, 10, 31)
    changes = recent_changes(since=since, until=until)
    assert changes, "the seed statute has changes effective 1 Oct 2019"
    for change in changes:
        in_period = [
            d for d in (change.effective_date, change.act_date) if d and since <= d <= until
        ]
        assert in_period, change
    issue = Issue.objects.create(
        title="FLR-JuF Oktober 2019",
        slug="flr-juf-2019-10",
        since=datetime.datetime(2019, 9, 1, tzinfo=datetime.UTC),
    )
    added = issue_add_legal_changes(issue=issue, until=until)
    assert added == len(changes)
    items = list(issue.items.filter(kind=IssueItem.Kind.LEGAL))
    assert {item.title for item in items} == {c.title for c in changes}
    assert any("01.10.2019" in item.date_note for item in items)
    assert all(item.url.startswith("http") and "/recht/" in item.url for item in items)
    # Taking them over twice adds nothing.
    assert issue_add_legal_changes(issue=issue, until=until) == 0
