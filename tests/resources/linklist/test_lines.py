"""Lines → chunks: soft wraps, hard breaks, blank lines, line ends."""

from .snippets import parse


def test_soft_wrapped_lines_form_one_entry_and_a_hard_break_starts_the_next():
    result = parse(
        "BMFSFJ: Sicherstellung des Kinderschutzes bei der Unterbringung \n"
        "Punktuation des BMFSFJ [6] (Jan. 2024)\n"
        "Film aus Thüringen: La Couleur du Coeur - Die Farbe des Herzens [8] (2018)\n"
    )
    assert [item.title for item in result.items] == [
        "Sicherstellung des Kinderschutzes bei der Unterbringung Punktuation des BMFSFJ",
        "La Couleur du Coeur - Die Farbe des Herzens",
    ]
    film = result.items[1]
    assert film.publishers == []
    assert film.resource_type == "video"
    assert film.region == "thueringen"
