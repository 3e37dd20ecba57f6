# ruff: noqa: E402  (Django is set up before the portal modules are imported)
"""Where a cold search's slow runs come from: each run's time and the garbage collector's
pauses during it, on an index built by `search_bench.py`.

    DATABASE_URL=sqlite:////tmp/search-bench.sqlite3 uv run python benchmarks/search_pauses.py
    BENCH_TILE=10 DATABASE_URL=... uv run python benchmarks/search_pauses.py "q=Kinder" ""

Arguments are query strings (default: a word, eight words, a typo, four facets, none).
BENCH_RUNS cold runs per query (data version bumped before each). BENCH_TILE=K repeats the
loaded columns, facet pairs and posting lists K times with shifted resource ids, so that a
100,000-resource database is searched as K x 100,000 in memory: the numpy work at 1,000,000
resources without a one-hour index build (the vocabulary and the database stay 100,000;
pages list only the resources that exist). BENCH_PROFILE=1 adds a cProfile of one cold run
per query.

Prints every run slower than twice the median so far with the collections that ran in it
(generation, ms), then median, p95 and max per query. Session 5 found this way that a full
collection walked the 256 answers held in the process (older versions' too): 42-212 ms
pauses at 100,000 resources, now none above 25 ms.
"""

import cProfile
import gc
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "frs_portal.settings.dev")
os.environ.setdefault("DJANGO_LOG_LEVEL", "ERROR")

import django

django.setup()

import numpy as np
from django.http import QueryDict

from resources.search import cache, memory
from resources.search.posting_lists import Lists, PostingLists
from resources.search.service import search_resources

QUERIES = [
    "q=Gefl%C3%BCchtete",
    "q=Kinder+Schutz+Familie+Schule+Beratung+Studie+Bildung+Wohnen",
    "q=Vormundschft",
    "q=Gefl%C3%BCchtete&topic=t-3&topic=t-7&language=fa&year=2020&type=studie",
    "",
]
COLUMNS = ("exists", "status_published", "published_at", "pub_sort", "has_link")


def tile(snapshot: memory.Snapshot, times: int) -> None:
    """Repeats everything the snapshot holds per resource `times` times (ids shifted)."""
    size = snapshot.size
    for name in COLUMNS:
        setattr(snapshot, name, np.tile(getattr(snapshot, name), times))
    snapshot.coded = {name: np.tile(codes, times) for name, codes in snapshot.coded.items()}

    def shifted(rids):
        return np.concatenate([rids + k * size for k in range(times)]).astype(np.int32)

    for name, pairs in list(snapshot.pairs.items()):
        snapshot.pairs[name] = memory.Pairs(shifted(pairs.rids), np.tile(pairs.values, times))
        snapshot.pairs[name]._by_value()
    terms, rids, bits = snapshot.postings.base.rows()
    snapshot.postings = PostingLists(
        Lists(np.tile(terms, times), shifted(rids), np.tile(bits, times))
    )
    snapshot.size = size * times
    snapshot.postings.dirty = np.zeros(snapshot.size, bool)


def run(query: str):
    result = search_resources(QueryDict(query))
    for resource in result.page.object_list:  # what a card shows, as the template would
        list(resource.publishers.all()), list(resource.topics.all()), list(resource.links.all())
    return result


def main():
    memory.preload()
    times = int(os.environ.get("BENCH_TILE", "1"))
    if times > 1:
        tile(memory._snapshot, times)
        memory.freeze_heap(memory.FREEZE_FROM)
    snapshot = memory._snapshot
    print(f"{snapshot.size:,} resource ids, {len(snapshot.postings):,} postings in memory")
    pauses = []

    def watch(phase, info):
        if phase == "start":
            pauses.append([info["generation"], time.perf_counter(), None])
        elif pauses:
            pauses[-1][2] = time.perf_counter()

    gc.callbacks.append(watch)
    for query in sys.argv[1:] or QUERIES:
        run(query)  # the words' typo neighbours and phrases found once
        spent = []
        for _ in range(int(os.environ.get("BENCH_RUNS", "40"))):
            cache.bump()
            before = len(pauses)
            started = time.perf_counter()
            result = run(query)
            spent.append((time.perf_counter() - started) * 1000)
            if spent[-1] > 2 * statistics.median(spent):
                ran = [(g, round((e - s) * 1000, 1)) for g, s, e in pauses[before:] if e]
                print(f"  slow run {spent[-1]:.0f} ms, collections (generation, ms): {ran}")
        spent.sort()
        print(
            f"{query or '(no parameters)'}: {result.total:,} hits, median "
            f"{statistics.median(spent):.0f} ms, p95 {spent[int(len(spent) * 0.95)]:.0f} ms, "
            f"max {spent[-1]:.0f} ms",
            flush=True,
        )
        if os.environ.get("BENCH_PROFILE"):
            cache.bump()
            profile = cProfile.Profile()
            profile.runcall(run, query)
            pstats.Stats(profile).sort_stats("tottime").print_stats(12)


if __name__ == "__main__":
    main()
