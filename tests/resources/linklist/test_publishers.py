"""Who published an entry: organisations, persons, or a type label before the colon."""

from resources.dates import PartialDate
from resources.linklist.publishers import resolve_prefix

from .snippets import only_item


def test_persons_become_authors_and_a_label_prefix_stays_in_the_title():
    item = only_item("Wiesner/Loos: Nachtragskommentierung Dezember 2015 [112] (Gesetz zur X)")
    assert [(org.name, org.kind) for org in item.publishers] == [
        ("Wiesner", "author"),
        ("Loos", "author"),
    ]
    assert item.date == PartialDate(2015, 12)
    assert item.subtitle == "(Gesetz zur X)"
    label = only_item('Datenbank Rechtsprechung: Entscheidungen zu "UMF" [22]')
    assert label.title == 'Datenbank Rechtsprechung: Entscheidungen zu "UMF"'
    assert label.publishers == []


def test_several_publishers_separated_by_slash_comma_or_und():
    for prefix in ("BuMF e.V. / UNICEF", "BuMF e.V., UNICEF", "BuMF e.V. und UNICEF"):
        item = only_item(f"{prefix}: Gemeinsame Arbeitshilfe [1] (2020)\n")
        assert [org.short_name for org in item.publishers] == ["BumF", "UNICEF"], prefix
        assert item.title == "Gemeinsame Arbeitshilfe"


def test_editors_named_after_the_title():
    item = only_item("Arbeitshilfe Schule [1] (2020), Hrsg.: BuMF e.V. und UNICEF\n")
    assert item.title == "Arbeitshilfe Schule"
    assert [org.short_name for org in item.publishers] == ["BumF", "UNICEF"]


def test_a_type_label_is_no_publisher():
    prefix = resolve_prefix("Film")
    assert (prefix.publishers, prefix.type_hint) == ([], "video")
    assert resolve_prefix("Datenbank Rechtsprechung") is None


def test_a_printed_paper_number_names_the_parliament():
    prefix = resolve_prefix("BT-Dr. 20/1234")
    assert [org.name for org in prefix.publishers] == ["Deutscher Bundestag"]
    assert prefix.subtitle == "BT-Drucksache 20/1234"
