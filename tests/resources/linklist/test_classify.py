"""Type, region, target groups and audiences: from an entry's words, else from its place."""

import pytest

from resources.linklist import parse_linklist
from resources.linklist.classify import all_audiences, all_target_groups

OUTLINE = {
    "sections": [
        {
            "name": "Bereich",
            "region": "bundesweit",
            "target_groups": ["junge Volljährige / Care Leaver"],
            "audiences": ["Fachkräfte"],
            "topics": [
                {"heading": "Allgemein"},
                {"heading": "Gesetze", "resource_type": "gesetz", "region": "europa"},
            ],
        }
    ]
}


def classify(body: str, heading: str = "Allgemein"):
    result = parse_linklist(f"{heading}\n\n{body}\n", OUTLINE)
    assert len(result.items) == 1
    return result.items[0]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Handreichung für Vormünder", "arbeitshilfe"),
        ("Leitfaden Hilfeplanung", "arbeitshilfe"),
        ("Studie zur Lage junger Geflüchteter", "studie"),
        ("Lagebericht Unterbringung", "bericht"),
        ("Stellungnahme zum Gesetzentwurf", "stellungnahme"),
        ("Rechtsgutachten Altersfeststellung", "gutachten"),
        ("Flyer Vormundschaft", "flyer"),
        ("Video: Ankommen in Deutschland", "video"),
        ("Einfach ein Titel", "sonstiges"),
    ],
)
def test_type_from_the_words_of_the_title(title, expected):
    assert classify(f"{title} [1] (2020)").resource_type == expected


def test_what_persons_write_is_an_article_whatever_its_title_says():
    item = classify("Wiesner/Loos: Anmerkungen zur Vormundschaft [1] (2019)")
    assert item.resource_type == "fachbeitrag"
    assert classify("UNICEF: Anmerkungen zur Vormundschaft [1] (2019)").resource_type == (
        "stellungnahme"
    )


def test_a_topic_gives_type_and_region_when_the_words_do_not():
    item = classify("Einfach ein Titel [1] (2020)", heading="Gesetze")
    assert (item.resource_type, item.region) == ("gesetz", "europa")


def test_region_from_the_words_before_the_section():
    assert classify("Angebote in Thüringen [1] (2020)").region == "thueringen"
    assert classify("Einfach ein Titel [1] (2020)").region == "bundesweit"


def test_target_groups_from_the_words_and_the_section():
    item = classify("Handreichung für unbegleitete Minderjährige [1] (2020)")
    assert item.target_groups == ["unbegleitete Minderjährige", "junge Volljährige / Care Leaver"]


def test_audiences_from_the_words_else_from_the_section():
    assert classify("Arbeitshilfe für Lehrkräfte [1] (2020)").audiences == [
        "Lehrkräfte und Schulen"
    ]
    assert classify("Einfach ein Titel [1] (2020)").audiences == ["Fachkräfte"]


def test_the_vocabulary_lists_every_group_and_audience_once():
    result = parse_linklist("Allgemein\n\nEinfach ein Titel [1] (2020)\n", OUTLINE)
    groups = all_target_groups(result)
    assert len(groups) == len(set(groups))
    assert "junge Volljährige / Care Leaver" in groups
    assert "Fachkräfte" in all_audiences(result)
