"""Text helpers: damaged text, cleaning."""

import pytest

from resources.linklist.text import clean, is_damaged, language_of, strip_quotes


def test_damage_detection():
    assert is_damaged("????? ?????")
    assert not is_damaged("Wie helfe ich meinem traumatisierten Kind?")


@pytest.mark.parametrize(
    "text", ["????? ????? ???? ?????", "??????: ????? ? ???????", "„??? ??????“", "Titel ????"]
)
def test_words_of_question_marks_are_damage(text):
    assert is_damaged(text)


@pytest.mark.parametrize(
    "text", ["Und was kommt nach der Jugendhilfe???", "18 - und dann?", "Wer? Wie? Was?", ""]
)
def test_questions_are_no_damage(text):
    assert not is_damaged(text)


def test_clean_joins_spaces_and_tidies_punctuation():
    assert clean("  Titel ,  mit  Leerraum ( Klammer ) ;") == "Titel, mit Leerraum (Klammer)"


def test_strip_quotes_only_around_the_whole_text():
    assert strip_quotes("„Dein gutes Recht“") == "Dein gutes Recht"
    assert strip_quotes('"A" und "B"') == '"A" und "B"'


@pytest.mark.parametrize(
    ("name", "code"),
    [("Englisch", "en"), ("Farsi (Persisch)", "fa"), ("Arabisch", "ar"), ("Klingonisch", None)],
)
def test_language_names_give_codes(name, code):
    assert language_of(name) == code
