"""Benchmark of the legal pages on a big data set: prints timings and queries per page.

Generates `--events` amendment events spread over `--statutes` statutes (default: a million
over a thousand) in the database selected by DATABASE_URL (migrated beforehand), then requests
the statute page, a provision history and the point-in-time view of sample statutes of
different sizes through Django's test client, and prints median/95th percentile times and the
number of queries per page (which must be the same for small and big statutes).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/frs_legal \
        uv run python benchmarks/legal_bench.py
    DATABASE_URL=sqlite:////tmp/legal-bench.sqlite3 uv run python benchmarks/legal_bench.py \
        --events 200000 --statutes 200

Generated rows are marked by slugs starting with "bench-"; `--reuse` measures existing rows
without generating, `--drop` removes them afterwards.
"""

import argparse
import datetime
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
# Test settings: plain static files storage, so no collectstatic is needed to render pages.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "frs_portal.settings.test")

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from legal.models import (  # noqa: E402
    ActKind,
    AmendingAct,
    AmendmentEvent,
    Footnote,
    Operation,
    Provision,
    ProvisionPeriod,
    Statute,
    natural_key,
)

PARAGRAPHS = 60
ABSAETZE = 3
VERBS = [
    (Operation.CHANGE, "geändert"),
    (Operation.CHANGE, "geändert"),
    (Operation.SUBSTITUTION, "neu gefasst"),
    (Operation.INSERTION, "eingefügt"),
    (Operation.REPEAL, "aufgehoben"),
]


def generate(events: int, statutes: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    start = time.perf_counter()
    acts = [
        AmendingAct(
            kind=ActKind.LAW,
            date=datetime.date(2000, 1, 1) + datetime.timedelta(days=9 * i),
            gazette="GV. NRW.",
            page=f"B{i}",
            key=f"bench|{i}",
        )
        for i in range(2000)
    ]
    AmendingAct.objects.bulk_create(acts, batch_size=2000)
    acts = list(AmendingAct.objects.filter(key__startswith="bench|").order_by("pk"))
    # Statute sizes vary (half to one and a half times the mean) to show constant queries.
    mean = events // statutes
    sizes = [int(mean * (0.5 + i / max(statutes - 1, 1))) for i in range(statutes)]
    sizes[-1] += events - sum(sizes)
    total = 0
    for index, size in enumerate(sizes):
        with transaction.atomic():
            statute = Statute.objects.create(
                abbreviation=f"B{index:04d}",
                slug=f"bench-{index:04d}",
                title=f"Benchmark-Gesetz {index}",
                in_force_since=datetime.date(2000, 1, 1),
            )
            notes = Footnote.objects.bulk_create(
                [
                    Footnote(statute=statute, label=str(n + 1), position=n, raw_text="(bench)")
                    for n in range(PARAGRAPHS)
                ]
            )
            pars = Provision.objects.bulk_create(
                [
                    Provision(
                        statute=statute,
                        key=str(p + 1),
                        label=f"§ {p + 1}",
                        paragraph=str(p + 1),
                        sort_key=natural_key(str(p + 1)) + ".",
                        event_count=size // PARAGRAPHS,
                    )
                    for p in range(PARAGRAPHS)
                ]
            )
            children = Provision.objects.bulk_create(
                [
                    Provision(
                        statute=statute,
                        parent=par,
                        key=f"{par.key}-{a + 1}",
                        label=f"§ {par.key} Absatz {a + 1}",
                        paragraph=par.key,
                        absatz=str(a + 1),
                        sort_key=par.sort_key + natural_key(str(a + 1)),
                    )
                    for par in pars
                    for a in range(ABSAETZE)
                ]
            )
            ProvisionPeriod.objects.bulk_create(
                [
                    ProvisionPeriod(
                        statute=statute,
                        provision=prov,
                        label=prov.label,
                        sort_key=prov.sort_key,
                        valid_from=None if rng.random() < 0.8 else datetime.date(2010, 1, 1),
                    )
                    for prov in pars + children
                ]
            )
            rows = []
            for n in range(size):
                operation, verb = rng.choice(VERBS)
                par_index = rng.randrange(PARAGRAPHS)
                absatz = rng.randrange(ABSAETZE + 1)
                prov = (
                    pars[par_index] if absatz == 0 else children[par_index * ABSAETZE + absatz - 1]
                )
                act = rng.choice(acts)
                effective = act.date + datetime.timedelta(days=rng.choice([-200, 10, 30, 90]))
                rows.append(
                    AmendmentEvent(
                        statute=statute,
                        footnote=notes[par_index],
                        position=n,
                        provision=prov,
                        target_label=prov.label,
                        paragraph=prov.paragraph,
                        absatz=prov.absatz,
                        operation=operation,
                        verb=verb,
                        act=act,
                        act_article="Artikel 1",
                        effective_date=effective,
                        retroactive=effective < act.date,
                    )
                )
            AmendmentEvent.objects.bulk_create(rows, batch_size=5000)
        total += size
        if index % 50 == 49 or index == len(sizes) - 1:
            rate = total / (time.perf_counter() - start)
            print(f"  {index + 1} statutes, {total} events ({rate:,.0f} events/s)", flush=True)
    print(f"Generated {total:,} events in {time.perf_counter() - start:.1f} s")


def measure(samples: int) -> None:
    settings.ALLOWED_HOSTS = ["*"]
    client = Client()
    statutes = list(Statute.objects.filter(slug__startswith="bench-").order_by("slug"))
    if not statutes:
        print("No benchmark statutes: run without --reuse first.")
        return
    step = max(len(statutes) // samples, 1)
    chosen = statutes[::step][:samples]
    extra = list(Statute.objects.exclude(slug__startswith="bench-")[:2])
    print(
        f"Database: {connection.vendor}, events in total: {AmendmentEvent.objects.count():,}, "
        f"statutes: {Statute.objects.count():,}"
    )
    pages = {
        "statute page": lambda s: f"/recht/{s.slug}/",
        "statute page, geändert seit": lambda s: f"/recht/{s.slug}/?seit=2015-01-01",
        "provision history (§ 1)": lambda s: f"/recht/{s.slug}/vorschrift/{_first_key(s)}/",
        "point in time (Stand am)": lambda s: f"/recht/{s.slug}/stand/?datum=2012-06-30",
        "API statute": lambda s: f"/api/recht/{s.slug}/",
    }
    for name, url_for in pages.items():
        times, queries = [], {}
        for statute in chosen + extra:
            url = url_for(statute)
            client.get(url)  # warm caches, as a real server would be
            with CaptureQueriesContext(connection) as ctx:
                t0 = time.perf_counter()
                response = client.get(url)
                elapsed = (time.perf_counter() - t0) * 1000
            assert response.status_code == 200, (url, response.status_code)
            times.append(elapsed)
            size = statute.events.count()
            queries[size] = len(ctx)
        times.sort()
        p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
        sizes = ", ".join(
            f"{size} events: {q}"
            for size, q in sorted(queries.items())[:: max(len(queries) // 4, 1)]
        )
        print(
            f"{name:30} median {statistics.median(times):7.1f} ms  p95 {p95:7.1f} ms  "
            f"queries by statute size -> {sizes}"
        )


def _first_key(statute) -> str:
    return (
        statute.provisions.filter(parent__isnull=True)
        .order_by("sort_key")
        .values_list("key", flat=True)
        .first()
    )


def drop() -> None:
    events = AmendmentEvent.objects.filter(statute__slug__startswith="bench-")
    events._raw_delete(events.db)
    for model in (ProvisionPeriod, Footnote):
        qs = model.objects.filter(statute__slug__startswith="bench-")
        qs._raw_delete(qs.db)
    Provision.objects.filter(statute__slug__startswith="bench-", parent__isnull=False).delete()
    Statute.objects.filter(slug__startswith="bench-").delete()
    AmendingAct.objects.filter(key__startswith="bench|").delete()
    print("Benchmark rows removed.")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--statutes", type=int, default=1_000)
    parser.add_argument("--samples", type=int, default=20)
    parser.add_argument("--reuse", action="store_true", help="measure existing bench rows")
    parser.add_argument("--drop", action="store_true", help="remove bench rows afterwards")
    args = parser.parse_args()
    if not args.reuse:
        if Statute.objects.filter(slug__startswith="bench-").exists():
            print("Benchmark rows exist already; use --reuse or --drop first.")
            return
        generate(args.events, args.statutes)
    measure(args.samples)
    if args.drop:
        drop()


if __name__ == "__main__":
    main()
