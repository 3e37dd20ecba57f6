# ruff: noqa: E402  (Django is set up before the portal modules are imported)
"""Search benchmark: 100,000 resources on the database in DATABASE_URL (issue 9's query types;
on PostgreSQL also against native full-text search with the same facet counts).

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
# One of each query type of issue 9; the q+4 facets and facet-only rows use generated slugs.
SEARCHES = [
    ("1 word", "q=Geflüchtete"),
    ("2 words", "q=Jugendhilfe+Th%C3%BCringen"),
    ("8 words", "q=Kinder+Schutz+Familie+Schule+Beratung+Studie+Bildung+Wohnen"),
    ("inflected", "q=Unterkünften"),
    ("compound part", "q=hilfe"),
    ("phrase", 'q="Kinder Schutz"'),
    ("citation", "q=%C2%A7+41+SGB+VIII"),
    ("typo", "q=Vormundschft"),
    ("q+4 facets", "q=Geflüchtete&topic=t-3&topic=t-7&language=fa&year=2020&type=studie"),
    ("facet-only", "publisher=org-5&region=thueringen"),
    ("no parameters", ""),
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
                        description=" ".join(rng.choices(WORDS, k=25))
                        + (" § 41 SGB VIII" if i % 50 == 0 else ""),
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
    print(f"vocabulary in memory: {vocabulary_memory()}")
    native = connection.vendor == "postgresql"
    if native:
        create_native_index()
    print(
        "\nsearch (service call incl. facets and one page); cold = data version bumped before "
        "each run\n(also re-reads synonyms and topics), warm = counts and page cached; SQL = "
        "queries cold/warm;\nnative = PostgreSQL websearch_to_tsquery('german') on a GIN "
        "expression index, same facet counts, ts_rank page"
    )
    header = f"{'':16} {'hits':>7} {'SQL':>6} {'cold med':>9} {'p95':>7} {'warm med':>9} {'p95':>7}"
    print(header + (f" {'native med':>11} {'p95':>7} {'ratio':>6}" if native else ""))
    colds, warms = [], []
    for label, query in SEARCHES:
        cold, warm, nat = [], [], []
        for _ in range(REPEAT):
            cache.bump()
            with CaptureQueriesContext(connection) as cold_queries:
                seconds, result = timed(lambda q=query: run_search(q))
            cold.append(seconds * 1000)
            with CaptureQueriesContext(connection) as warm_queries:
                seconds, result = timed(lambda q=query: run_search(q))
            warm.append(seconds * 1000)
            if native:
                seconds, _ = timed(lambda q=query: native_search(q))
                nat.append(seconds * 1000)
        colds += cold
        warms += warm
        line = (
            f"{label:16} {result.total:>7,} {len(cold_queries):>3}/{len(warm_queries):<2} "
            f"{statistics.median(cold):>7.0f}ms {p95(cold):>5.0f}ms "
            f"{statistics.median(warm):>7.1f}ms {p95(warm):>5.1f}ms"
        )
        if native:
            line += (
                f" {statistics.median(nat):>9.0f}ms {p95(nat):>5.0f}ms "
                f"{p95(cold) / max(p95(nat), 0.001):>5.2f}x"
            )
        print(line)
    print(
        f"{'all searches':16} {'':>7} {'':>6} {statistics.median(colds):>7.0f}ms "
        f"{p95(colds):>5.0f}ms {statistics.median(warms):>7.1f}ms {p95(warms):>5.1f}ms"
    )


def vocabulary_memory() -> str:
    """Terms held by this process and the approximate memory they take."""
    from resources.search.vocabulary import VOCABULARY

    VOCABULARY.ensure(cache.current_state()[1])
    size = sys.getsizeof(VOCABULARY.ids) + sum(
        sys.getsizeof(k) + 28 for k in VOCABULARY.ids
    )  # dict + keys + int values
    size += len(VOCABULARY._blob) + 16 * len(VOCABULARY._starts)
    size += sum(sys.getsizeof(b) + 8 * len(b) for b in VOCABULARY._by_length.values())
    return f"{len(VOCABULARY.ids):,} terms, ~{size / 2**20:.0f} MiB per process"


NATIVE_DOCUMENT = "to_tsvector('german', title || ' ' || description)"


def create_native_index() -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE INDEX IF NOT EXISTS bench_native_fts ON resources_resource "
            f"USING GIN (({NATIVE_DOCUMENT}))"
        )
        cursor.execute("ANALYZE resources_resource")


def native_search(query: str):
    """The same request answered by PostgreSQL's own full-text search: match, all facet
    counts (the same one-statement counting), and a page ordered by ts_rank."""
    from resources.search.facet_counts import count_rows
    from resources.search.facets import facet_filter
    from resources.search.filters import SearchFilterSet
    from resources.search.registry import FACET_NAMES

    filterset = SearchFilterSet(QueryDict(query))
    filterset.is_valid()
    q = filterset.form.cleaned_data.get("q", "")
    matched = Resource.objects.published()
    if q:
        matched = matched.extra(
            where=[f"{NATIVE_DOCUMENT} @@ websearch_to_tsquery('german', %s)"], params=[q]
        )
    selections = filterset.selections()
    filters = {n: facet_filter(n, v) for n, v in selections.items()}
    count_rows(matched, filters, FACET_NAMES)
    page = filterset.filter_queryset(matched)
    if q:
        page = page.extra(
            select={"rank": f"ts_rank({NATIVE_DOCUMENT}, websearch_to_tsquery('german', %s))"},
            select_params=[q],
            order_by=["-rank", "-pub_sort", "-id"],
        )
    else:
        page = page.order_by("-pub_sort", "-id")
    resources = list(page.for_listing()[:20])
    for resource in resources:
        list(resource.publishers.all()), list(resource.topics.all()), list(resource.links.all())
    return resources


def p95(times: list[float]) -> float:
    times = sorted(times)
    return times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]


if __name__ == "__main__":
    main()
