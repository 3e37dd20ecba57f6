import io
import re
from pathlib import Path

import pytest

from counselling import demo
from counselling.demo_data import CLIENT_GROUPS
from counselling.models import Institution
from counselling.services import client_groups_ensure, institution_create_from_data

SEEDS = Path(__file__).resolve().parents[2] / "counselling" / "demo_data"
SCHOOL_SEED = SEEDS / "beratungskonzept_schule.txt"
RESOURCE_SEED = Path(__file__).resolve().parents[2] / "resources" / "demo_data"


def normalise(text: str) -> str:
    """Seed text without Markdown emphasis, with all runs of whitespace as one space."""
    return re.sub(r"\s+", " ", text.replace("*", "")).strip()


@pytest.fixture(scope="session")
def school_seed() -> str:
    return SCHOOL_SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def resource_seed() -> str:
    """The resource seed with the Thuringian addresses (shipped as the library's demo data)."""
    return (RESOURCE_SEED / "junge_gefluechtete_linkliste.txt").read_text(encoding="utf-8")


@pytest.fixture
def demo_loaded(db):
    demo.load(stdout=io.StringIO())
    return {
        "school": Institution.objects.get(slug="oberschule-soltau"),
        "network": Institution.objects.get(slug="thueringen"),
    }


def synthetic_data(size: int, slug: str = "synthetisch") -> dict:
    """An institution with `size` roles and occasions, a referral chain with a loop back,
    one external role per five and some via roles: enough to make any N+1 query visible."""
    roles = [
        {
            "slug": f"stelle-{i}",
            "name": f"Stelle {i}",
            "kind": "external" if i % 5 == 4 else "internal",
            "serves": ["schueler", "eltern"],
            # Three occasions per role, like a real concept; anlass-0 has several first contacts.
            "occasions": sorted(
                {f"anlass-{(i + k) % size}" for k in (0, 1, 2)}
                | ({"anlass-0"} if i % 4 == 0 else set())
            ),
            "tasks": ["Aufgabe eins", "Aufgabe zwei"],
            "phone": f"0361 1000{i}",
            "members": [f"stelle-{i - 1}"] if i % 7 == 6 else [],
        }
        for i in range(size)
    ]
    paths = []
    for i in range(size - 1):
        paths.append(
            {
                "from": f"stelle-{i}",
                "to": f"stelle-{i + 1}",
                "rule": "consent",
                "via": [f"stelle-{(i + 2) % size}"],
                "occasions": ["anlass-0", f"anlass-{(i + 1) % size}"] if i % 2 else [],
            }
        )
        paths.append({"from": f"stelle-{i + 1}", "to": f"stelle-{i}", "rule": "within_team"})
    return {
        "slug": slug,
        "name": f"Synthetische Schule {slug}",
        "kind": "school",
        "adopted_on": "2020-01-31",
        "review_cycle_months": 24,
        "occasion_groups": [
            {
                "name": f"Gruppe {g}",
                "occasions": [
                    {"slug": f"anlass-{j}", "name": f"Anlass {j}"}
                    for j in range(size)
                    if j % 3 == g
                ],
            }
            for g in range(3)
        ],
        "roles": roles,
        "paths": paths,
        "principles": [{"name": f"Grundsatz {i}", "text": "Text"} for i in range(size)],
        "legal_bases": [
            {"kind": "statute", "title": f"Gesetz {i}", "statute": f"G{i % 4}"} for i in range(size)
        ],
    }


@pytest.fixture
def make_institution(db):
    def make(data: dict) -> Institution:
        groups = client_groups_ensure(groups=CLIENT_GROUPS)
        return institution_create_from_data(data=data, client_groups=groups)

    return make
