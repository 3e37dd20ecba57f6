"""Who published an entry: organisations, persons, or a type label before the colon."""

from resources.dates import PartialDate

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
