"""Prints how long parsing and importing the link-list seed take, and how many queries.

    DATABASE_URL=sqlite:////tmp/bench.sqlite3 uv run python benchmarks/linklist_import.py

Runs inside a transaction that is rolled back, so the database is left as it was.
"""

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "frs_portal.settings.dev")

import django  # noqa: E402

django.setup()

from django.db import connection, transaction  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from resources.linklist import linklist_import, parse_linklist  # noqa: E402

SEED = ROOT / "resources/demo_data/junge_gefluechtete_linkliste.txt"


def main() -> None:
    text = SEED.read_text(encoding="utf-8")
    started = time.perf_counter()
    for _ in range(10):
        result = parse_linklist(text)
    print(f"parse: {(time.perf_counter() - started) / 10 * 1000:.0f} ms, {len(result.items)} items")
    for run in ("first import", "second import"):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            report = linklist_import(text=text, source_name=SEED.name)
            elapsed = time.perf_counter() - started
        print(f"{run}: {elapsed:.2f} s, {len(queries)} queries, resources: {report.resources}")


if __name__ == "__main__":
    with transaction.atomic():
        main()
        transaction.set_rollback(True)
