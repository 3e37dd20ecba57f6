"""Cached facet counts and relevance orders.

Counting facets and ranking costs time in proportion to the number of matches, which a
common word makes most of the library. The results are cached under the normalised query,
the selections, the language, and a version made of

- the token of `SearchIndexState`, which changes with every reindex and every save or
  deletion of what a search shows (see `signals`), and
- the next scheduled publication time, so a resource that becomes visible by the clock alone
  starts a new version too.

Reading that version is one small query per search; a stale answer is impossible as long as
changes go through the ORM or `reindex_resources` (a TTL bounds anything else).
"""

from __future__ import annotations

import hashlib
import threading
import time
import uuid
from collections import OrderedDict

from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.db.models import Count, IntegerField, Max, Min, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import get_language

from ..models import Resource, SearchChange, SearchIndexState
from .query import ParsedQuery


def _cache():
    return caches[settings.SEARCH_CACHE_ALIAS]


def bump() -> None:
    """Starts a new version: every cached count and order is outdated from now on."""
    token = uuid.uuid4().hex
    if not SearchIndexState.objects.filter(pk=1).update(token=token):
        SearchIndexState.objects.get_or_create(pk=1, defaults={"token": token})


def synonyms_changed() -> None:
    """A synonym was edited: new cached answers, and every process re-reads the synonyms."""
    token = uuid.uuid4().hex
    if not SearchIndexState.objects.filter(pk=1).update(token=token, synonyms=token):
        SearchIndexState.objects.get_or_create(pk=1, defaults={"token": token, "synonyms": token})


def current_state() -> tuple[str | None, str]:
    """(version of the searchable data or None, vocabulary stamp). One query."""
    version, vocabulary, _changes, _synonyms = current_state_and_changes()
    return version, vocabulary


_STATE_SQL: dict[str, str] = {}


def _state_sql() -> str:
    vendor = connection.vendor
    if vendor not in _STATE_SQL:
        quote = connection.ops.quote_name
        state, changes = (quote(m._meta.db_table) for m in (SearchIndexState, SearchChange))
        _STATE_SQL[vendor] = (
            f"SELECT s.token, s.vocabulary, COALESCE((SELECT MAX(c.id) FROM {changes} c), 0), "
            f"(SELECT COUNT(*) FROM {changes} c), s.synonyms FROM {state} s WHERE s.id = 1"
        )
    return _STATE_SQL[vendor]


def current_state_and_changes() -> tuple[str | None, str, tuple[int, int], str]:
    """(version or None, vocabulary stamp, (largest id, count) of the change log
    `SearchChange`, which the in-memory columns follow, synonyms token). One query.

    The next scheduled publication is part of the version. With the in-memory columns it is
    read from them (brought to the change log's state first), otherwise from the resource
    table (a scan of it on every request: 10-15 ms at 100,000 resources)."""
    from . import memory

    in_memory = memory.supported()
    if in_memory:
        # Plain SQL, written once: building the ORM statement cost more than running it.
        with connection.cursor() as cursor:
            cursor.execute(_state_sql())
            row = cursor.fetchone()
    else:
        changes = SearchChange.objects.order_by().annotate(g=Value(1)).values("g")
        top = changes.annotate(top=Max("id")).values("top")
        count = changes.annotate(n=Count("id")).values("n")
        upcoming = (
            Resource.objects.filter(
                status=Resource.Status.PUBLISHED, published_at__gt=timezone.now()
            )
            .order_by()
            .values("status")
            .annotate(first=Min("published_at"))
            .values("first")
        )
        row = (
            SearchIndexState.objects.filter(pk=1)
            .annotate(
                changes_top=Coalesce(Subquery(top[:1]), 0, output_field=IntegerField()),
                changes_count=Coalesce(Subquery(count[:1]), 0, output_field=IntegerField()),
                upcoming=Subquery(upcoming[:1]),
            )
            .values_list(
                "token", "vocabulary", "changes_top", "changes_count", "synonyms", "upcoming"
            )
            .first()
        )
    if row is None:
        return None, "", (0, 0), ""
    token, vocabulary, changes_top, changes_count, synonyms = row[:5]
    changes = (changes_top, changes_count)
    if in_memory:
        upcoming_at = memory.current(vocabulary, changes).next_publication()
    else:
        upcoming_at = row[5].timestamp() if row[5] else None
    version = f"{token}:{upcoming_at if upcoming_at is not None else '-'}"
    _seen_version(version)
    return version, vocabulary, changes, synonyms


def search_key(version: str, parsed: ParsedQuery, selections: dict[str, list]) -> str:
    parts = [version, get_language() or "", str(parsed)]
    for name in sorted(selections):
        keys = sorted(str(getattr(v, "slug", v)) for v in selections[name])
        parts.append(f"{name}={','.join(keys)}")
    digest = hashlib.sha256("\x1f".join(parts).encode()).hexdigest()
    return f"resources.search:{digest}"


def page_key(params) -> str | None:
    """Cache key of a rendered search page: data version, language and the whole query string
    (links on the page repeat it). None without a version (nothing is cached then)."""
    version = current_version()
    if version is None:
        return None
    items = sorted((k, v) for k in params for v in params.getlist(k))
    parts = [version, get_language() or "", repr(items)]
    digest = hashlib.sha256("\x1f".join(parts).encode()).hexdigest()
    return f"resources.search.page:{digest}"


# The latest answers also stay in this process, as objects: a warm search then unpickles
# nothing (reading a page of 20 resources with their publishers, topics and links back from
# the shared cache was half of a warm search's time). Keys carry the data version, so a held
# answer is never outdated by a change; the timeout still applies. Held answers are shared
# between requests and threads and are only read.
# Each is a few thousand objects (model instances, prefetched querysets) that every full
# collection of the garbage collector walks: 128 of them cost a 50-100 ms pause now and then
# (256 of them up to 200 ms at 100,000 resources), and answers of an older data version,
# which no request asks for again, go as soon as a newer version is seen.
LOCAL_SIZE = 128
_local: OrderedDict[str, tuple[float, object]] = OrderedDict()
_local_lock = threading.Lock()
_local_version: list[str | None] = [None]


def _seen_version(version: str) -> None:
    if version != _local_version[0]:
        with _local_lock:
            _local.clear()
            _local_version[0] = version


def get(key: str):
    now = time.monotonic()
    with _local_lock:
        held = _local.get(key)
        if held is not None and held[0] > now:
            _local.move_to_end(key)
            return held[1]
    value = _cache().get(key)
    if value is not None:
        _hold(key, value, now)
    return value


def put(key: str, value) -> None:
    _cache().set(key, value, settings.SEARCH_CACHE_TIMEOUT)
    _hold(key, value, time.monotonic())


def _hold(key: str, value, now: float) -> None:
    with _local_lock:
        _local[key] = (now + settings.SEARCH_CACHE_TIMEOUT, value)
        _local.move_to_end(key)
        while len(_local) > LOCAL_SIZE:
            _local.popitem(last=False)


def clear_local() -> None:
    """Forgets the answers held in this process (tests: with the shared cache cleared)."""
    with _local_lock:
        _local.clear()


def current_version() -> str | None:
    return current_state()[0]
