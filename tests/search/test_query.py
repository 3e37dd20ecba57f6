import pytest

from resources.search.query import MAX_QUERY_LENGTH, Phrase, Term, parse_query


def test_words_are_and_clauses():
    parsed = parse_query("Jugendhilfe Thüringen")
    assert [c.alternatives for c in parsed.clauses] == [
        (Term("jugendhilfe"),),
        (Term("thuringen"),),
    ]


def test_phrase_keeps_word_order_and_stopwords():
    parsed = parse_query('"Kein Ort für Kinder"')
    assert parsed.clauses[0].alternatives == (Phrase(("kein", "ort", "fur", "kinder")),)


def test_exclusion_and_or_and_prefix():
    parsed = parse_query("Kindergeld OR Geburtsurkunde -Abschiebung unterkunft*")
    assert str(parsed) == "kindergeld OR geburtsurkunde -abschiebung unterkunft*"
    assert parsed.clauses[1].negated
    assert parsed.clauses[2].alternatives[0].prefix


def test_citation_forms_parse_to_the_same_term():
    forms = {str(parse_query(q)) for q in ["§ 41", "§41", "§§ 41", "Paragraph 41", "paragraf 41"]}
    assert forms == {"§41"}


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("SGB 8", "SGB VIII"),
        ("SGB8", "SGB VIII"),
        ("sgb-8", "SGB VIII"),
        ("SGBVIII", "SGB VIII"),
        ("§41 SGB 8", "§ 41 SGB VIII"),
        ("SGB 12 Grundsicherung", "SGB XII Grundsicherung"),
        ("SGB 2", "SGB II"),
        ("SGB XIV", "SGB XIV"),
    ],
)
def test_a_social_code_book_is_searched_as_the_statutes_write_it(typed, written):
    assert str(parse_query(typed)) == str(parse_query(written))


@pytest.mark.parametrize("raw", ["SGB 15", "SGB 2023", "SGB 0", "Kinder 8"])
def test_numbers_that_name_no_social_code_book_stay_numbers(raw):
    assert str(parse_query(raw)).split()[-1].isdigit()


@pytest.mark.parametrize(
    "typed", ["Pädagog*innen", "Pädagog:innen", "Pädagog/innen", "Pädagog_innen"]
)
def test_a_gender_inclusive_form_searches_either_form(typed):
    assert str(parse_query(typed)) == "padagog OR padagoginnen"
    assert str(parse_query("-" + typed)) == "-(padagog OR padagoginnen)"


@pytest.mark.parametrize(
    ("typed", "searched"),
    [
        ("Kinder/Jugendliche", "kinder OR jugendliche"),
        ("Eltern/Sorgeberechtigte Schule", "eltern OR sorgeberechtigte schule"),
        ("Kinder und/oder Jugendliche", "kinder jugendliche"),
        ("Kinder/und", "kinder"),
        ("-Kinder/Jugendliche", "-(kinder OR jugendliche)"),
        ("2013/33/EU", '"2013 33 eu"'),  # a number: the parts in this order
    ],
)
def test_a_slash_between_words_means_either(typed, searched):
    assert str(parse_query(typed)) == searched


def test_hyphenated_word_matches_as_phrase_or_compound():
    parsed = parse_query("Asyl-Verfahren")
    assert parsed.clauses[0].alternatives == (Phrase(("asyl", "verfahren")), Term("asylverfahren"))


def test_stopwords_alone_are_dropped_but_reported():
    parsed = parse_query("die Kinder")
    assert str(parsed) == "kinder"
    assert parsed.dropped == ("die",)


def test_a_query_of_only_stopwords_still_searches_them():
    assert str(parse_query("und")) == "und"


@pytest.mark.parametrize(
    "raw",
    [
        '"unbalanced',
        'a "b',
        "OR OR",
        "-",
        "*",
        '""',
        "- - OR *",
        "\x00\x01\x02",
        "\ud800abc",
        "x" * 10_000,
        "ü" * 600,
        "<script>alert(1)</script>",
        "%_\\'",
        "§",
        "§ ",
        "a OR",
        "OR a",
        "-a -b",
    ],
)
def test_any_input_parses_without_error(raw):
    parsed = parse_query(raw)
    assert len(parsed.raw) <= MAX_QUERY_LENGTH
    assert "\x00" not in str(parsed)


def test_unbalanced_quote_is_a_phrase_to_the_end():
    assert str(parse_query('"kein Ort')) == '"kein ort"'


def test_only_operators_give_an_empty_query():
    assert parse_query('OR - * ""').is_empty


def test_or_after_exclusion_does_not_join_it():
    parsed = parse_query("-a OR bbbb")
    assert parsed.clauses[0].negated
    assert not parsed.clauses[1].negated


def test_clause_count_is_bounded():
    parsed = parse_query(" ".join(f"wort{i}" for i in range(100)))
    assert len(parsed.clauses) == 20
