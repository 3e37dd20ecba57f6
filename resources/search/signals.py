"""The one signal path that keeps the index current.

Every save or deletion of a model in `contributions.REGISTRY`, and every change of a
resource's many-to-many relations to them, collects the ids of the resources whose index text
changes. After the transaction commits (`transaction.on_commit`; never for a rolled-back one),
those resources are reindexed in one go; when there are many (renaming a section), a
django-tasks task does it outside the request. Admin views and importers need not reindex.
"""

from __future__ import annotations

import threading

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete

from ..models import Resource, SearchSynonym
from . import cache, memory
from .contributions import REGISTRY

# More affected resources than this are reindexed by a background task.
TASK_THRESHOLD = 200

_local = threading.local()


def _flush() -> None:
    ids = sorted(getattr(_local, "pending", None) or ())
    _local.pending = None
    if not ids:
        return
    if len(ids) > TASK_THRESHOLD:
        from .tasks import reindex_resources_task

        reindex_resources_task.enqueue(ids)
    else:
        from .index import reindex_resources

        reindex_resources(ids)


def schedule_reindex(resource_ids) -> None:
    """Reindexes these resources once the current transaction commits (at once without one)."""
    ids = {int(pk) for pk in resource_ids}
    if not ids:
        return
    # Cached counts are outdated at once, also for reads inside this transaction; the
    # in-memory columns of every process reload these resources (facets, publication).
    cache.bump()
    memory.note_changes(ids)
    connection = transaction.get_connection()
    # A rolled-back transaction drops its callbacks: then the pending set is stale too.
    registered = getattr(_local, "pending", None) is not None and any(
        func is _flush for _sids, func, _robust in connection.run_on_commit
    )
    if not registered:
        _local.pending = set()
    _local.pending |= ids
    if not registered:
        transaction.on_commit(_flush)


def _saved(sender, instance, raw=False, **kwargs):
    if raw:  # fixtures are loaded before anything is indexed (rebuild_search_index)
        return
    schedule_reindex(_AFFECTED[sender](instance))


def _deleting(sender, instance, **kwargs):
    # Before the deletion the relations still tell which resources held the name.
    instance._search_affected = list(_AFFECTED[sender](instance))


def _deleted(sender, instance, **kwargs):
    if sender is Resource:
        cache.bump()  # its index rows go with it (cascade)
        memory.note_changes([instance.pk])
        return
    schedule_reindex(getattr(instance, "_search_affected", ()))


def _m2m_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action == "pre_clear" and reverse:
        field = _THROUGH[sender]
        instance._search_cleared = list(
            Resource.objects.filter(**{field: instance}).values_list("pk", flat=True)
        )
        return
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if not reverse:
        schedule_reindex([instance.pk])
    elif action == "post_clear":
        schedule_reindex(getattr(instance, "_search_cleared", ()))
    else:
        schedule_reindex(pk_set or ())


def _synonyms_changed(sender, raw=False, **kwargs):
    # Synonyms apply at query time: no reindexing, only the cached answers are outdated.
    if not raw:
        cache.synonyms_changed()


_AFFECTED = {c.model: c.affected for c in REGISTRY}
_THROUGH = {getattr(Resource, c.m2m).through: c.m2m for c in REGISTRY if c.m2m}


def connect() -> None:
    for model in _AFFECTED:
        uid = f"search-{model.__name__}"
        post_save.connect(_saved, sender=model, dispatch_uid=f"{uid}-save")
        pre_delete.connect(_deleting, sender=model, dispatch_uid=f"{uid}-predel")
        post_delete.connect(_deleted, sender=model, dispatch_uid=f"{uid}-del")
    for through in _THROUGH:
        m2m_changed.connect(_m2m_changed, sender=through, dispatch_uid=f"search-m2m-{through}")
    for signal in (post_save, post_delete):
        signal.connect(_synonyms_changed, sender=SearchSynonym, dispatch_uid=f"syn-{signal}")
