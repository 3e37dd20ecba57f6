"""Link checking workflows: run the checker over library links and keep the findings.

The checker (`checker.py`) knows nothing of the database; these functions feed it links from
`resources.selectors` and store what it finds in `LinkHealth`. Staff actions (accept a
redirect target, archive, recheck) live here too, so the admin stays a thin layer.
"""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F, Q, QuerySet
from django.utils import timezone

from resources import selectors
from resources.models import ResourceLink
from resources.services import resourcelink_replace_url

from .checker import CheckerConfig, CheckResult, LinkChecker, Target
from .models import LinkHealth, due_for_check
from .status import BROKEN, REDIRECTED, LinkStatus

CHUNK = 500


def user_agent() -> str:
    return f"FRS-Portal-Linkpruefung/1.0 (+{settings.LINKCHECK_CONTACT_URL})"


def checker_from_settings() -> LinkChecker:
    return LinkChecker(
        CheckerConfig(
            user_agent=user_agent(),
            connect_timeout=settings.LINKCHECK_CONNECT_TIMEOUT,
            read_timeout=settings.LINKCHECK_READ_TIMEOUT,
            per_host_limit=settings.LINKCHECK_PER_HOST_LIMIT,
            per_host_delay=settings.LINKCHECK_PER_HOST_DELAY,
            max_workers=settings.LINKCHECK_MAX_WORKERS,
            allow_private_addresses=settings.LINKCHECK_ALLOW_PRIVATE_ADDRESSES,
        )
    )


@dataclass
class CheckSummary:
    checked: int = 0
    counts: Counter = field(default_factory=Counter)

    @property
    def broken(self) -> int:
        return sum(n for status, n in self.counts.items() if status in BROKEN)

    @property
    def redirected(self) -> int:
        return sum(n for status, n in self.counts.items() if status in REDIRECTED)

    def as_dict(self) -> dict:
        return {"checked": self.checked, "counts": dict(self.counts)}


def links_to_check(
    *, resource_id: int | None = None, older_than: timedelta | None = None
) -> QuerySet[ResourceLink]:
    links = (
        selectors.links_of_resource(resource_id)
        if resource_id is not None
        else selectors.links_with_url()
    )
    return due_for_check(links, older_than=older_than).order_by("pk")


def links_check(
    *, links: Iterable[ResourceLink], checker: LinkChecker | None = None, on_result=None
) -> CheckSummary:
    """Check the links and store each finding as it arrives (a crash keeps what was done)."""
    checker = checker or checker_from_settings()
    by_id = {link.pk: link for link in links}
    summary = CheckSummary()
    targets = [
        Target(url=link.url, expected_type=selectors.expected_mime_type(link), key=link.pk)
        for link in by_id.values()
    ]
    healths: dict[int, LinkHealth] = {}
    ids = list(by_id)
    for start in range(0, len(ids), CHUNK):
        healths.update(LinkHealth.objects.in_bulk(ids[start : start + CHUNK], field_name="link_id"))
    for result in checker.check_many(targets):
        link = by_id[result.target.key]
        health = healths.get(link.pk) or LinkHealth(link=link)
        health.link = link
        if _store(health, result):
            summary.checked += 1
            summary.counts[str(result.status)] += 1
            if on_result is not None:
                on_result(link, result)
    return summary


def _store(health: LinkHealth, result: CheckResult) -> bool:
    health.record(
        url=result.target.url,
        status=result.status,
        http_code=result.http_code,
        final_url=result.final_url,
        redirects=result.redirects,
        content_type=result.content_type,
        detail=result.detail,
        at=result.checked_at,
    )
    try:
        with transaction.atomic():
            health.save()
    except IntegrityError:  # the link was deleted while it was being checked
        return False
    return True


def links_check_by_ids(*, link_ids: list[int]) -> CheckSummary:
    links = selectors.links_with_url().filter(pk__in=link_ids).exclude(health__archived=True)
    return links_check(links=links)


# -- staff actions -----------------------------------------------------------------------


def links_accept_redirect(*, links: Iterable[ResourceLink]) -> tuple[int, list[ResourceLink]]:
    """Take over the final address of permanently redirected links. Returns the number changed
    and the links that could not be changed (target already used by another link)."""
    changed, refused = 0, []
    for link in links:
        health = getattr(link, "health", None)
        if health is None or not health.is_current or health.status not in REDIRECTED:
            continue
        if resourcelink_replace_url(link=link, url=health.final_url):
            # The link now points where the check ended: that address was answering.
            health.checked_url = link.url
            health.redirect_chain = []
            health.status = LinkStatus.OK
            health.save(update_fields=["checked_url", "redirect_chain", "status"])
            changed += 1
        else:
            refused.append(link)
    return changed, refused


def links_archive(*, links: Iterable[ResourceLink]) -> int:
    """Mark links as permanently gone: readers get the archived copy, checks stop."""
    count = 0
    now = timezone.now()
    for link in links:
        if not link.url:
            continue
        health = LinkHealth.objects.filter(link=link).first()
        if health is None:
            health = LinkHealth(link=link, checked_url=link.url, status="", last_checked_at=now)
            health.broken_since = now
        health.archived = True
        health.save()
        count += 1
    return count


class RecheckRefused(Exception):
    pass


def links_request_recheck(*, user, links: Iterable[ResourceLink]) -> list[int]:
    """Queue a check of the links now, within the per-editor hourly budget. Links asked for in
    the last ten minutes are skipped (a double click must not double the load on a site)."""
    key = f"linkcheck:recheck:{user.pk}:{timezone.now():%Y%m%d%H}"
    cache.add(key, 0, timeout=3600)
    if cache.incr(key) > settings.LINKCHECK_RECHECKS_PER_HOUR:
        raise RecheckRefused
    recent = timezone.now() - timedelta(minutes=10)
    ids = [
        link.pk
        for link in links
        if link.url
        and not (
            (health := getattr(link, "health", None))
            and (
                health.archived
                or (health.recheck_requested_at and health.recheck_requested_at > recent)
            )
        )
    ][: settings.LINKCHECK_RECHECK_MAX_LINKS]
    if not ids:
        return []
    LinkHealth.objects.filter(link_id__in=ids).update(recheck_requested_at=timezone.now())
    from .tasks import check_links_task  # the task module imports this one

    check_links_task.enqueue(link_ids=ids)
    return ids


# -- reads for the report ----------------------------------------------------------------


def unchecked_links() -> QuerySet[ResourceLink]:
    return selectors.links_with_url().filter(
        Q(health__isnull=True) | (~Q(health__checked_url=F("url")) & Q(health__archived=False))
    )


def link_counts() -> dict[str, int]:
    """How many links are broken, redirected, unchecked, archived and without address."""
    current = LinkHealth.objects.current()
    return {
        "broken": LinkHealth.objects.broken().count(),
        "redirected": LinkHealth.objects.redirected().count(),
        "unchecked": unchecked_links().count(),
        "archived": current.filter(archived=True).count(),
        "missing": selectors.links_without_url().count(),
    }
