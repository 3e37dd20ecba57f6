"""Small link lists for the parser tests: one section with two topics, one address section."""

from pathlib import Path

from resources.linklist import parse_linklist

SEED = Path(__file__).resolve().parents[3] / "resources/demo_data/junge_gefluechtete_linkliste.txt"

OUTLINE = {
    "sections": [
        {
            "name": "Erster Bereich",
            "region": "bundesweit",
            "topics": [{"heading": "Thema A"}, {"heading": "Thema B"}],
        },
        {"name": "Adressen", "starts_with": "Beratungsstelle", "addresses": "counselling"},
    ]
}


def parse(body: str):
    """Parses `body` as the content of "Thema A" in a one-section outline."""
    return parse_linklist("Thema A\n\n" + body, OUTLINE)


def only_item(body: str):
    result = parse(body)
    assert len(result.items) == 1, [item.title for item in result.items]
    return result.items[0]
