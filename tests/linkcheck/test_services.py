"""Checking the library's links and keeping the findings (real database, local web server)."""

from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone

from linkcheck import services
from linkcheck.models import HISTORY_LENGTH, LinkHealth
from linkcheck.status import LinkStatus
from resources.models import ResourceLink
from tests.factories import make_resource

pytestmark = pytest.mark.django_db


def link_to(url, **fields) -> ResourceLink:
    return make_resource(links=[{"url": url, **fields}]).links.get()


def test_a_run_stores_one_finding_per_link(web, linkcheck_settings):
    cases = {
        "/ok": LinkStatus.OK,
        "/moved": LinkStatus.REDIRECT_PERMANENT,
        "/loop-a": LinkStatus.REDIRECT_LOOP,
        "/gone-404": LinkStatus.CLIENT_ERROR,
        "/gone-410": LinkStatus.CLIENT_ERROR,
        "/error": LinkStatus.SERVER_ERROR,
        "/slow": LinkStatus.TIMEOUT,
        "/soft-404": LinkStatus.SOFT_404,
        "/broschuere.pdf": LinkStatus.CONTENT_TYPE_CHANGED,
        "/no-head.pdf": LinkStatus.OK,
    }
    links = {
        path: link_to(web.url(path), format="pdf" if ".pdf" in path else "html") for path in cases
    }

    summary = services.links_check(links=services.links_to_check())

    assert summary.checked == len(cases)
    for path, expected in cases.items():
        health = LinkHealth.objects.get(link=links[path])
        assert health.status == expected, path
        assert health.checked_url == web.url(path)
    moved = LinkHealth.objects.get(link=links["/moved"])
    assert moved.final_url == web.url("/ok")
    assert moved.redirect_chain == [
        {"url": web.url("/moved"), "code": 301, "location": web.url("/ok")}
    ]
    assert summary.broken == 6  # loop, 404, 410, 500, timeout, soft 404
    assert summary.redirected == 1


def test_broken_since_and_the_failure_streak_follow_the_checks(web, linkcheck_settings):
    link = link_to(web.url("/gone-404"))
    first = timezone.now() - timedelta(days=14)
    health = LinkHealth(link=link)
    for days, status in [(14, LinkStatus.CLIENT_ERROR), (7, LinkStatus.CLIENT_ERROR)]:
        health.record(
            url=link.url,
            status=status,
            http_code=404,
            final_url=link.url,
            redirects=[],
            content_type="text/html",
            detail="",
            at=timezone.now() - timedelta(days=days),
        )
    health.save()

    services.links_check(links=[link])

    health.refresh_from_db()
    assert health.consecutive_failures == 3
    assert abs(health.broken_since - first) < timedelta(seconds=5)
    assert [entry["status"] for entry in health.history] == ["client_error"] * 3


def test_a_working_check_ends_the_failure_streak(web, linkcheck_settings):
    link = link_to(web.url("/ok"))
    LinkHealth.objects.create(
        link=link,
        checked_url=link.url,
        status=LinkStatus.TIMEOUT,
        last_checked_at=timezone.now() - timedelta(days=1),
        broken_since=timezone.now() - timedelta(days=3),
        consecutive_failures=3,
    )
    services.links_check(links=[link])
    health = LinkHealth.objects.get(link=link)
    assert health.status == LinkStatus.OK
    assert health.broken_since is None
    assert health.consecutive_failures == 0
    assert health.last_ok_at is not None


def test_the_history_is_bounded_and_shows_flapping():
    link = link_to("https://example.org/flapping")
    health = LinkHealth(link=link)
    start = timezone.now() - timedelta(days=60)
    for n in range(HISTORY_LENGTH + 15):
        health.record(
            url=link.url,
            status=LinkStatus.TIMEOUT if n % 2 else LinkStatus.OK,
            http_code=None if n % 2 else 200,
            final_url=link.url,
            redirects=[],
            content_type="",
            detail="",
            at=start + timedelta(days=n),
        )
    health.save()
    health.refresh_from_db()
    assert len(health.history) == HISTORY_LENGTH
    assert health.history[0]["at"] == (start + timedelta(days=HISTORY_LENGTH + 14)).isoformat(
        timespec="seconds"
    )
    assert health.flaps


def test_a_steady_link_does_not_flap():
    link = link_to("https://example.org/steady")
    health = LinkHealth(link=link)
    for n in range(5):
        health.record(
            url=link.url,
            status=LinkStatus.CLIENT_ERROR if n >= 3 else LinkStatus.OK,
            http_code=404,
            final_url=link.url,
            redirects=[],
            content_type="",
            detail="",
            at=timezone.now() - timedelta(days=10 - n),
        )
    assert not health.flaps


def test_older_than_selects_links_never_checked_checked_long_ago_or_edited():
    never = link_to("https://example.org/never")
    old = link_to("https://example.org/old")
    fresh = link_to("https://example.org/fresh")
    edited = link_to("https://example.org/edited-new")
    archived = link_to("https://example.org/archived")
    link_to("")  # no address: nothing to check
    now = timezone.now()
    for link, age, url in [
        (old, 10, None),
        (fresh, 1, None),
        (edited, 1, "https://example.org/edited-old"),
        (archived, 30, None),
    ]:
        LinkHealth.objects.create(
            link=link,
            checked_url=url or link.url,
            status=LinkStatus.OK,
            last_checked_at=now - timedelta(days=age),
            archived=link is archived,
        )
    due = set(services.links_to_check(older_than=timedelta(days=7)))
    assert due == {never, old, edited}
    assert set(services.links_to_check()) == {never, old, fresh, edited}
    assert set(services.links_to_check(resource_id=old.resource_id)) == {old}


def test_accepting_the_redirect_target_changes_the_address(web, linkcheck_settings):
    link = link_to(web.url("/moved"))
    services.links_check(links=[link])
    link = ResourceLink.objects.select_related("health").get(pk=link.pk)

    changed, refused = services.links_accept_redirect(links=[link])

    link.refresh_from_db()
    assert (changed, refused) == (1, [])
    assert link.url == web.url("/ok")
    assert link.history.count() == 2  # the change is in the link's history
    assert LinkHealth.objects.get(link=link).is_current


def test_a_redirect_target_already_used_by_another_link_is_not_taken_over(web, linkcheck_settings):
    link_to(web.url("/ok"))
    link = link_to(web.url("/moved"))
    services.links_check(links=[link])
    link = ResourceLink.objects.select_related("health").get(pk=link.pk)

    changed, refused = services.links_accept_redirect(links=[link])

    link.refresh_from_db()
    assert (changed, refused) == (0, [link])
    assert link.url == web.url("/moved")


def test_archived_links_are_no_longer_checked():
    link = link_to("https://example.org/gone-for-good")
    assert services.links_archive(links=[link]) == 1
    assert not services.links_to_check().filter(pk=link.pk).exists()
    assert LinkHealth.objects.get(link=link).shows_reader_notice


def test_the_archive_address_is_built_from_the_last_good_day():
    link = link_to("https://example.org/a b?x=1&y=ü")
    health = LinkHealth(
        link=link,
        checked_url=link.url,
        status=LinkStatus.CLIENT_ERROR,
        last_checked_at=timezone.now(),
        last_ok_at=datetime(2025, 3, 9, 12, tzinfo=UTC),
    )
    assert (
        health.archive_url
        == "https://web.archive.org/web/20250309/https://example.org/a%20b?x=1&y=%C3%BC"
    )
