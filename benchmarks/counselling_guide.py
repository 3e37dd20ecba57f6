"""Cost of the counselling guide pages as an institution grows.

Builds synthetic institutions (roles, occasions, a referral chain with loops) in a throwaway
test database and prints, per page, the number of queries and the median render time.

    uv run python benchmarks/counselling_guide.py            # SQLite in memory
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/frs_counselling \
        uv run python benchmarks/counselling_guide.py        # uses test_frs_counselling
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "frs_portal.settings.test")

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

SIZES = [10, 100, 400]
PAGES = {
    "Start": "/",
    "Anlass": "/anlass/anlass-0/",
    "Stellen": "/stellen/",
    "Konzept": "/konzept/",
}


def main() -> None:
    from counselling.demo_data import CLIENT_GROUPS
    from counselling.services import client_groups_ensure, institution_create_from_data
    from tests.counselling.conftest import synthetic_data

    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        groups = client_groups_ensure(groups=CLIENT_GROUPS)
        client = Client()
        print(f"{'Rollen':>7} {'Seite':<9} {'Abfragen':>8} {'Median ms':>10}")
        for size in SIZES:
            institution = institution_create_from_data(
                data=synthetic_data(size, slug=f"bench-{size}"), client_groups=groups
            )
            for name, suffix in PAGES.items():
                url = f"/beratung/{institution.slug}{suffix}"
                client.get(url)  # warm up templates
                timings = []
                for _ in range(5):
                    with CaptureQueriesContext(connection) as queries:
                        start = time.perf_counter()
                        response = client.get(url)
                        timings.append((time.perf_counter() - start) * 1000)
                    assert response.status_code == 200, url
                print(f"{size:>7} {name:<9} {len(queries):>8} {statistics.median(timings):>10.1f}")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
