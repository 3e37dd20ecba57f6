"""One organisation, many spellings."""

import pytest

from resources.linklist import aliases
from resources.search.analysis import fold

from .snippets import parse


def test_organisation_spellings_resolve_to_one_organisation():
    result = parse(
        "BuMF e.V.: Eins [1] (2020)\nBumF e.V.: Zwei [2] (2020)\nB-umF e.V.: Drei [3] (2020)\n"
        "BUMF: Vier [4] (2020)\nUnicef: Fünf [5] (2020)\nUNICEF: Sechs [6] (2020)\n"
    )
    names = {org.name for item in result.items for org in item.publishers}
    assert names == {"Bundesfachverband unbegleitete Minderjährige & Flucht e.V.", "UNICEF"}


@pytest.mark.parametrize(
    "spelling",
    [
        "Flüchtlingsrat Thüringen e.V.",
        "Flüchtlingsrat Thüringen",
        "Fluechtlingsrat Thueringen e. V.",
        "Fluchtlingsrat Thuringen",
        "FLÜCHTLINGSRAT THÜRINGEN E.V.",
    ],
)
def test_umlaut_spellings_find_the_same_organisation_as_search_would(spelling):
    known = aliases.known_organisation(spelling)
    assert known is not None
    assert known.name == "Flüchtlingsrat Thüringen e.V."


def test_aliases_fold_like_search_so_a_name_matches_what_people_search_for():
    # One normalisation for the portal: the alias key is the search's folded form.
    assert aliases.org_key("Flüchtlingsrat") == fold("Fluechtlingsrat") == fold("Flüchtlingsrat")


def test_legal_forms_and_editor_marks_are_ignored():
    assert aliases.org_key("B-umF e.V.") == aliases.org_key("BUMF (Hrsg.)") == "bumf"
    assert aliases.org_key("Trägerkreis gGmbH") == aliases.org_key("Trägerkreis")


def test_unknown_names_are_kept_as_written_without_editor_marks():
    ref = aliases.resolve("Neue  Initiative e. V. (Hrsg.)")
    assert (ref.name, ref.kind) == ("Neue Initiative e.V.", aliases.PUBLISHER)
    assert aliases.resolve("R. Muster", person=True).kind == aliases.AUTHOR


@pytest.mark.parametrize(
    ("name", "several", "expected"),
    [
        ("Prof. C. Hruschka", False, True),
        ("González Méndez de Vigo", False, True),
        ("Wiesner", True, True),
        ("Wiesner", False, False),
        ("Datenbank Rechtsprechung", False, False),
        ("Flüchtlingsrat Thüringen e.V.", False, False),
    ],
)
def test_persons_are_told_from_labels_by_their_shape(name, several, expected):
    assert aliases.looks_like_person(name, several=several) is expected
