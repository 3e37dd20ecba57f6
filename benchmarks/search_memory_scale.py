# ruff: noqa: E402  (Django is set up before the portal modules are imported)
"""The in-memory search engine at a size whose text index was not built (1,000,000 resources):
the real columns of every resource's facet values from the database in DATABASE_URL, and
posting lists of the density measured at 100,000 resources (synthetic, random resources).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/frs_search_perf_1m \\
        uv run python benchmarks/search_memory_scale.py

Use it where `search_bench.py` cannot run for lack of time to build the text index (1M
resources took over an hour to index on the shared 2-core machine). It prints the time a
process takes to load the columns, the memory they take, and per query type the time of
matching, counting all facets and picking the page in memory (what a cold search adds to the
state query and the page load; posting lists held, as after a process's first search of the
words). Posting lists read from the database on a word's first search are not measured here.
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

import numpy as np
from django.db import connection
from django.http import QueryDict

from resources.models import Organisation, Topic
from resources.search import memory
from resources.search.filters import SearchFilterSet
from resources.search.query import parse_query

REPEAT = int(os.environ.get("BENCH_REPEAT", "20"))
# Share of resources holding each word (title, body) as measured at 100,000 resources.
DENSITY = {
    "word": 0.70,  # a common word with its typo neighbours ("Geflüchtete": 69,711 hits)
    # a compound part over many overlapping terms ("hilfe": 97,956 hits)
    "part": 2.0,
    "rare": 0.02,  # "§ 41 SGB VIII": 2,000 hits
}
SEARCHES = [  # (label, query, (kind of posting lists, how many terms) per word in order)
    ("1 word", "q=Kinder", [("word", 3)]),
    ("2 words", "q=Kinder+Schutz", [("word", 3)] * 2),
    ("8 words", "q=Kinder+Schutz+Familie+Schule+Beratung+Studie+Bildung+Wohnen", [("word", 3)] * 8),
    ("compound part", "q=hilfe", [("part", 40)]),
    ("citation", "q=Paragraf", [("rare", 1)]),
    (
        "q+4 facets",
        "q=Kinder&topic=t-3&topic=t-7&language=fa&year=2020&type=studie",
        [("word", 3)],
    ),
    ("facet-only", "publisher=org-5&region=thueringen", []),
    ("no parameters", "", []),
]


def uptime() -> str:
    with open("/proc/loadavg") as f:
        return "load " + " ".join(f.read().split()[:3])


def rss_mib() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def synthetic_postings(snapshot, ids: np.ndarray, density: float, terms: int, rng, next_id):
    """`terms` posting lists that together cover `density` of the resources."""
    found = []
    for _ in range(terms):
        share = density / terms * 1.3
        chosen = ids[rng.random(len(ids)) < share].astype(np.int32)
        bits = rng.choice(np.array([1, 2, 3, 5, 10, 15], np.uint8), len(chosen))
        term_id = next_id()
        snapshot.terms[term_id] = (chosen, bits)
        found.append(term_id)
    return found


def main():
    print(f"{time.strftime('%H:%M:%S UTC', time.gmtime())} {uptime()} (2 cores, shared)")
    rss = rss_mib()
    snapshot = memory.Snapshot()
    started = time.perf_counter()
    snapshot.reset("scale")
    load = time.perf_counter() - started
    ids = np.flatnonzero(snapshot.exists)
    print(
        f"Database: {connection.vendor}, {len(ids):,} resources; columns loaded in {load:.1f} s, "
        f"RSS {rss_mib() - rss:+.0f} MiB for them"
    )
    rng = np.random.default_rng(42)
    counter = iter(range(10_000_000, 20_000_000))
    print(f"{'':16} {'hits':>9} {'med':>7} {'p95':>7}   (match, count all facets, pick page)")
    worst = 0.0
    for label, query, words in SEARCHES:
        filterset = SearchFilterSet(QueryDict(query))
        assert filterset.is_valid(), filterset.errors
        params = filterset.form.cleaned_data
        parsed = parse_query(params["q"])
        atoms = [a for c in parsed.clauses for a in c.alternatives]
        assert len(atoms) == len(words), (label, parsed)
        term_ids = {
            atom: synthetic_postings(snapshot, ids, DENSITY[kind], n, rng, lambda: next(counter))
            for atom, (kind, n) in zip(atoms, words, strict=True)
        }
        memory._term_ids = lambda term, _t=term_ids: (_t.get(term, []), [], [])
        selections = filterset.selections()
        times = []
        for _ in range(REPEAT):
            started = time.perf_counter()
            found = memory.evaluate(
                snapshot, parsed, selections, with_link=False, rank=bool(parsed.positive)
            )
            found.page(0, 20)
            times.append((time.perf_counter() - started) * 1000)
        times.sort()
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        worst = max(worst, p95)
        print(f"{label:16} {found.total:>9,} {statistics.median(times):>5.0f}ms {p95:>5.0f}ms")
    held = sum(r.nbytes + b.nbytes for r, b in snapshot.terms.values()) / 2**20
    print(f"posting lists held for these searches: {held:.0f} MiB; process RSS {rss_mib():.0f} MiB")
    print(f"worst p95 in memory: {worst:.0f} ms")
    print(f"{time.strftime('%H:%M:%S UTC', time.gmtime())} {uptime()}")


if __name__ == "__main__":
    random.seed(42)
    if not Topic.objects.filter(slug="t-3").exists() or not Organisation.objects.exists():
        sys.exit("Generate the resources first (benchmarks/search_bench.py with BENCH_SIZE).")
    main()
