"""Text helpers: damaged text, cleaning."""

from resources.linklist.text import is_damaged


def test_damage_detection():
    assert is_damaged("????? ?????")
    assert not is_damaged("Wie helfe ich meinem traumatisierten Kind?")
