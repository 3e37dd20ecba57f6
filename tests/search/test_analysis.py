import pytest

from resources.search.analysis import SOCIAL_CODE_BOOKS, analyse, fold, stem, tokenize


@pytest.mark.parametrize("word", ["Geflüchtete", "Gefluechtete", "Gefluchtete", "GEFLÜCHTETE"])
def test_umlauts_typed_transliterated_or_dropped_fold_to_one_form(word):
    assert fold(word) == "gefluchtete"


def test_sharp_s_folds_to_ss_and_accents_are_dropped():
    assert fold("Straße") == fold("Strasse") == "strasse"
    assert fold("González") == "gonzalez"


def test_decomposed_umlauts_count_as_one_letter():
    decomposed = "Gefl\u0075\u0308chtete"
    assert [t.folded for t in tokenize(analyse_text(decomposed))] == ["gefluchtete"]


def analyse_text(text):
    from resources.search.analysis import prepare

    return prepare(text)


def test_inflected_forms_share_a_stem():
    assert stem(fold("Unterkunft")) == stem(fold("Unterkünften"))
    assert stem(fold("Geflüchtete")) == stem(fold("Geflüchteten"))


def test_stopwords_are_not_index_terms_but_stay_in_the_word_sequence():
    field = analyse("Kein Ort für Kinder")
    assert field.words == " kein ort fur kinder "
    assert " fur " not in field.terms
    assert " kind " in field.terms


def test_hyphenated_compounds_are_also_indexed_as_one_word():
    field = analyse("Asyl-Verfahren")
    assert " asylverfahr " in field.terms
    assert "asylverfahren" in field.vocabulary


@pytest.mark.parametrize(
    "text",
    ["Erzieher*innen", "Erzieher:innen", "Erzieher_innen", "Erzieher/innen", "Erzieher/-innen",
     "Erzieher·innen", "ErzieherInnen", "Erzieherinnen und Erzieher"],
)  # fmt: skip
def test_a_gender_inclusive_form_is_indexed_as_both_forms(text):
    field = analyse(text)
    assert stem("erzieherinnen") in field.terms.split()
    assert stem("erzieher") in field.terms.split() or text == "ErzieherInnen"
    assert " inn " not in field.terms  # the ending alone is no word


@pytest.mark.parametrize(
    ("text", "joined"),
    [("10:in", "10in"), ("2023/in", "2023in"), ("§ 41/in", "§41in"),
     ("Kinder in Not", "kinderin"), ("Schutz * in", "schutzin")],
)  # fmt: skip
def test_other_text_before_in_is_no_gender_form(text, joined):
    assert joined not in analyse(text).vocabulary


def test_hyphen_before_und_does_not_join_words():
    assert "kinderund" not in analyse("Kinder- und Jugendhilfe").terms


@pytest.mark.parametrize(
    "text", ["§ 41 SGB VIII", "§41 SGB VIII", "§§ 41 SGB VIII", "Paragraph 41"]
)
def test_legal_citations_become_one_token(text):
    assert " §41 " in analyse(text).terms


def test_citation_keeps_letter_suffix_and_differs_from_neighbours():
    terms = analyse("§ 41a und § 4").terms
    assert " §41a " in terms
    assert " §4 " in terms
    assert " §41 " not in terms


def test_vocabulary_keeps_the_written_form_for_suggestions():
    field = analyse("Geflüchtete Kinder")
    assert field.display["gefluchtete"] == "geflüchtete"


@pytest.mark.parametrize(
    ("text", "full_word"),
    [
        ("Familien- bzw. Elternnachzug", "familiennachzug"),
        ("Kinder- und Jugendhilfe", "kinderhilfe"),
        ("Migrations- und Fluchterfahrung", "migrationserfahrung"),
        ("Vor- oder Nachname", "vorname"),
        ("Kinder-, Jugend- und Familienhilfe", "jugendhilfe"),
        ("Kinder-, Jugend- und Familienhilfe", "kinderhilfe"),
        ("Ein- und Ausreise", "einreise"),
    ],
)
def test_coordination_ellipsis_is_indexed_as_the_full_words(text, full_word):
    assert f" {stem(full_word)} " in analyse(text).terms


def test_a_hyphenated_compound_is_no_ellipsis():
    terms = analyse("Asyl-Verfahren und Schule").terms
    assert " asylschul " not in terms
    assert " asylverfahr " in terms


@pytest.mark.parametrize(
    ("singular", "plural"),
    [
        ("Rückführungszentrum", "Rückführungszentren"),
        ("Museum", "Museen"),
        ("Thema", "Themen"),
        ("Ergebnis", "Ergebnisse"),
        ("Beratung", "Beratungen"),
        ("Datum", "Daten"),
    ],
)
def test_plurals_share_the_stem_of_the_singular(singular, plural):
    assert analyse(singular).terms == analyse(plural).terms


@pytest.mark.parametrize(
    ("text", "numeral"),
    [("SGB 8", "viii"), ("§ 41 SGB 8", "viii"), ("nach SGB 12", "xii"), ("SGB 2", "ii")],
)
def test_a_social_code_book_written_as_a_number_is_indexed_as_its_numeral(text, numeral):
    assert numeral in analyse(text).terms.split()


@pytest.mark.parametrize("text", ["SGB 15", "SGB 2023", "Kinder 8", "BGB 8"])
def test_other_numbers_get_no_numeral(text):
    numerals = {fold(n) for n in SOCIAL_CODE_BOOKS}
    assert not numerals & set(analyse(text).terms.split())
