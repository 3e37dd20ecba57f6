"""Liveness and readiness for the container runtime and the load balancer.

`/healthz/` says only that the process answers (no database): restart me if this fails.
`/readyz/` says whether the portal can serve: database reachable, cache writable, every
migration applied, and the task queue not lagging (the oldest waiting task is younger than
READYZ_MAX_QUEUE_LAG seconds, i.e. a worker is running). 503 with the failing checks otherwise:
send me no traffic until this passes.
"""

import datetime
import uuid

from django.conf import settings
from django.core.cache import caches
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor
from django.http import HttpResponse, JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache

_migrations_done = False


def healthz(request):
    return HttpResponse("ok\n", content_type="text/plain; charset=utf-8")


def _database() -> None:
    with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _cache() -> None:
    cache = caches["default"]
    key = f"readyz:{uuid.uuid4().hex}"
    cache.set(key, "1", timeout=10)
    if cache.get(key) != "1":
        raise RuntimeError("cache did not return what was stored")
    cache.delete(key)


def _migrations() -> None:
    global _migrations_done
    if _migrations_done:  # a running process never loses an applied migration
        return
    executor = MigrationExecutor(connections[DEFAULT_DB_ALIAS])
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    if plan:
        raise RuntimeError(f"{len(plan)} migration(s) not applied")
    _migrations_done = True


def _queue() -> None:
    backend = settings.TASKS["default"]["BACKEND"]
    if backend != "django_tasks_db.DatabaseBackend":
        return  # tasks run inline: no queue to lag
    from django_tasks_db.models import DBTaskResult

    # Ready to run (not waiting for a later start) and still not picked up by a worker.
    oldest = DBTaskResult.objects.ready().order_by("enqueued_at").first()
    if oldest is None:
        return
    due = oldest.enqueued_at
    if oldest.run_after and oldest.run_after.year < 9999:
        due = max(due, oldest.run_after)
    lag = timezone.now() - due
    if lag > datetime.timedelta(seconds=settings.READYZ_MAX_QUEUE_LAG):
        raise RuntimeError(f"oldest waiting task is {int(lag.total_seconds())} s old")


CHECKS = {"database": _database, "cache": _cache, "migrations": _migrations, "queue": _queue}


@never_cache
def readyz(request):
    results = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception as exc:  # every failure is a reason not to take traffic
            results[name] = f"fail: {exc.__class__.__name__}: {exc}"[:200]
        else:
            results[name] = "ok"
    ready = all(value == "ok" for value in results.values())
    return JsonResponse(
        {"status": "ok" if ready else "fail", "checks": results}, status=200 if ready else 503
    )
