# ruff: noqa: E402  (Django is set up before the portal modules are imported)
"""Search benchmark: 100,000 resources on the database in DATABASE_URL.

    DATABASE_URL=sqlite:////tmp/search-bench.sqlite3 uv run python benchmarks/search_bench.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/frs_search \
        uv run python benchmarks/search_bench.py

The database is a throwaway one: it is migrated and then filled (existing resources are
deleted). Set BENCH_SIZE for another size, BENCH_REPEAT for the runs per search, and
BENCH_REUSE=1 to index and search the resources already in the database (no generating),
BENCH_REUSE=indexed to only search them.
Prints the indexing time and, per typical search, the hits, the number of SQL queries and the
median/p95 latency of the full service call the listing page makes (search, all facet counts,
one page of results with everything a card shows).
"""

import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "frs_portal.settings.dev")

import django

django.setup()

from django.core.management import call_command
from django.db import connection, transaction
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from resources.models import Organisation, Resource, ResourceLink, Topic
from resources.search import cache
from resources.search.index import reindex_resources
from resources.search.service import search_resources

SIZE = int(os.environ.get("BENCH_SIZE", "100000"))
REPEAT = int(os.environ.get("BENCH_REPEAT", "15"))
WORDS = [
    "Geflüchtete",
    "Kinder",
    "Jugendliche",
    "Unterkunft",
    "Unterbringung",
    "Vormundschaft",
    "Hilfeplanverfahren",
    "Jugendhilfe",
    "Asylverfahren",
    "Abschiebung",
    "Schutz",
    "Kinderrechte",
    "Familie",
    "Schule",
    "Trauma",
    "Beratung",
    "Thüringen",
    "Studie",
    "Leitfaden",
    "Arbeitshilfe",
    "Volljährige",
    "Übergang",
    "Kindergeld",
    "Geburtsurkunde",
    "Flüchtlingsunterkünften",
    "Begleitung",
    "Integration",
    "Gesundheit",
    "Bildung",
    "Ausbildung",
    "Wohnen",
]
SEARCHES = [
    "",
    "q=Geflüchtete",
    "q=Unterkünften",
    "q=Vormund",
    "q=hilfe",
    'q="Kinder Schutz"',
    "q=%C2%A7+41+SGB+VIII",
    "q=Jugendhilfe+Th%C3%BCringen",
    "q=Kindergeld+OR+Geburtsurkunde+-Trauma",
    "q=Unterkunft*",
    "q=Vormundschft",
    "topic=t-3&type=studie",
    "q=Geflüchtete&topic=t-3&topic=t-7&language=fa&year=2020",
    "publisher=org-5&region=thueringen",
]


def generate():
    rng = random.Random(42)
    Resource.objects.all().delete()
    Topic.objects.all().delete()
    Organisation.objects.all().delete()
    sections = [Topic.objects.create(name=f"Bereich {i}", slug=f"s-{i}") for i in range(5)]
    topics = [
        Topic.objects.create(name=f"{WORDS[i]} Thema", slug=f"t-{i}", parent=sections[i % 5])
        for i in range(20)
    ]
    orgs = Organisation.objects.bulk_create(
        [
            Organisation(name=f"Herausgeber {i} {WORDS[i % len(WORDS)]}", slug=f"org-{i}")
            for i in range(300)
        ]
    )
    types = ["studie", "broschuere", "arbeitshilfe", "flyer", "gesetz", "themenseite"]
    regions = ["thueringen", "bundesweit", "europa", "international", ""]
    now = timezone.now()
    batch = 5000
    for start in range(0, SIZE, batch):
        with transaction.atomic():
            resources = Resource.objects.bulk_create(
                [
                    Resource(
                        title=" ".join(rng.sample(WORDS, 6)) + f" {i}",
                        slug=f"r-{i}",
                        description=" ".join(rng.choices(WORDS, k=25)),
                        resource_type=rng.choice(types),
                        region=rng.choice(regions),
                        pub_year=rng.randint(1995, 2026),
                        pub_month=rng.choice([None, *range(1, 13)]),
                        status=Resource.Status.PUBLISHED,
                        published_at=now,
                    )
                    for i in range(start, min(start + batch, SIZE))
                ]
            )
            Resource.topics.through.objects.bulk_create(
                [
                    Resource.topics.through(resource_id=r.pk, topic_id=t.pk)
                    for r in resources
                    for t in rng.sample(topics, 2)
                ]
            )
            Resource.publishers.through.objects.bulk_create(
                [
                    Resource.publishers.through(resource_id=r.pk, organisation_id=o.pk)
                    for r in resources
                    for o in rng.sample(orgs, rng.randint(1, 2))
                ]
            )
            ResourceLink.objects.bulk_create(
                [
                    ResourceLink(
                        resource_id=r.pk,
                        url=f"https://example.org/{r.pk}/{lang}",
                        language=lang,
                    )
                    for r in resources
                    for lang in (["de", "fa"] if r.pk % 7 == 0 else ["de"])
                ]
            )


def run_search(query: str):
    result = search_resources(QueryDict(query))
    for resource in result.page.object_list:  # what a card shows, as the template would
        list(resource.publishers.all()), list(resource.topics.all()), list(resource.links.all())
    return result


def timed(fn):
    started = time.perf_counter()
    value = fn()
    return time.perf_counter() - started, value


def main():
    call_command("migrate", verbosity=0)
    reuse = os.environ.get("BENCH_REUSE", "")
    if reuse:
        print(f"Database: {connection.vendor}, {Resource.objects.count():,} resources (reused)")
    else:
        print(f"Database: {connection.vendor}, {SIZE:,} resources")
        seconds, _ = timed(generate)
        print(f"generate (bulk_create): {seconds:.1f} s")
    if reuse != "indexed":
        seconds, count = timed(reindex_resources)
        print(f"index all: {seconds:.1f} s for {count:,} resources ({count / seconds:,.0f}/s)")
    one = Resource.objects.order_by("?").values_list("pk", flat=True)[0]
    seconds, _ = timed(lambda: reindex_resources([one]))
    print(f"reindex one resource: {seconds * 1000:.1f} ms")
    if connection.vendor == "postgresql":
        # As `rebuild_search_index` does: fresh statistics and a visibility map, so the
        # postings are read by index-only scans.
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    print(
        "\nsearch (service call incl. facets and one page); cold = cache version bumped "
        "before each run,\nwarm = counts and order cached; SQL = queries of a cold / warm run"
    )
    print(f"{'':52} {'hits':>7} {'SQL':>6} {'cold med':>9} {'p95':>7} {'warm med':>9} {'p95':>7}")
    colds, warms = [], []
    for query in SEARCHES:
        cold, warm = [], []
        for _ in range(REPEAT):
            cache.bump()
            with CaptureQueriesContext(connection) as cold_queries:
                seconds, result = timed(lambda q=query: run_search(q))
            cold.append(seconds * 1000)
            with CaptureQueriesContext(connection) as warm_queries:
                seconds, result = timed(lambda q=query: run_search(q))
            warm.append(seconds * 1000)
        colds += cold
        warms += warm
        label = query or "(no parameters)"
        print(
            f"{label[:52]:52} {result.total:>7,} {len(cold_queries):>3}/{len(warm_queries):<2} "
            f"{statistics.median(cold):>7.0f}ms {p95(cold):>5.0f}ms "
            f"{statistics.median(warm):>7.0f}ms {p95(warm):>5.0f}ms"
        )
    print(
        f"{'all searches':52} {'':>7} {'':>6} {statistics.median(colds):>7.0f}ms "
        f"{p95(colds):>5.0f}ms {statistics.median(warms):>7.0f}ms {p95(warms):>5.0f}ms"
    )


def p95(times: list[float]) -> float:
    times = sorted(times)
    return times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]


if __name__ == "__main__":
    main()
