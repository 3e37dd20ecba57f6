from pathlib import Path

import pytest

from legal import services
from legal.models import Statute

SEED = Path(__file__).resolve().parents[2] / "legal" / "demo_data" / "sgv_nrw_fussnoten.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def statute(db):
    return Statute.objects.create(
        abbreviation="HG", slug="hg-nrw", title="Hochschulgesetz", jurisdiction="NRW"
    )


@pytest.fixture
def hg(statute, seed_text):
    services.footnotes_import(statute=statute, text=seed_text)
    return statute


def footnote(label: str, body: str) -> str:
    return f"Fußnoten:\n\nFn {label}\n\n{body}\n"
