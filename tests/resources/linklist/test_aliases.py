"""One organisation, many spellings."""

from .snippets import parse


def test_organisation_spellings_resolve_to_one_organisation():
    result = parse(
        "BuMF e.V.: Eins [1] (2020)\nBumF e.V.: Zwei [2] (2020)\nB-umF e.V.: Drei [3] (2020)\n"
        "BUMF: Vier [4] (2020)\nUnicef: Fünf [5] (2020)\nUNICEF: Sechs [6] (2020)\n"
    )
    names = {org.name for item in result.items for org in item.publishers}
    assert names == {"Bundesfachverband unbegleitete Minderjährige & Flucht e.V.", "UNICEF"}
