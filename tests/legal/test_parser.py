import datetime

import pytest

from legal.footnotes import (
    FootnoteError,
    normalise,
    parse_footnote,
    parse_footnote_file,
    regenerate,
)

D = datetime.date


@pytest.fixture(scope="module")
def seed(seed_text):
    return {note.label: note for note in parse_footnote_file(seed_text).footnotes}


def rows(note):
    return [
        (
            e.target.label(),
            e.operation,
            e.verb,
            e.new_target.label() if e.new_target else None,
            e.effective_date,
        )
        for e in note.events
    ]


def test_seed_has_51_footnotes_and_nothing_unparsed(seed, seed_text):
    assert list(seed) == [str(n) for n in range(1, 52)]
    assert all(note.unparsed == [] for note in seed.values())
    assert parse_footnote_file(seed_text).stand == D(2024, 3, 16)


@pytest.mark.parametrize("label", [str(n) for n in range(1, 52)])
def test_every_seed_footnote_is_regenerated_from_its_events(seed, label):
    note = seed[label]
    assert note.events
    assert normalise(regenerate(note.events)) == normalise(note.text)


def test_regeneration_fixes_the_sources_typos(seed):
    assert "vom 12. Juli 2019" in regenerate(seed["1"].events)
    assert "Absatz 1 geändert" in regenerate(seed["19"].events)


def test_whole_statute_note_has_one_event_per_act_and_entry_into_force(seed):
    events = seed["1"].events
    assert events[0].operation == "enactment"
    assert events[0].effective_date == D(2014, 10, 1)
    assert events[0].act.page == "547"
    april_2017 = [e for e in events if e.act and e.act.date == D(2017, 4, 7)]
    assert [(e.act_article, e.effective_date, e.retroactive) for e in april_2017] == [
        ("Artikel 3", D(2016, 7, 1), True),
        ("Artikel 3", D(2017, 1, 1), True),
        ("Artikel 4", D(2018, 1, 1), False),
    ]
    august_2023 = [e for e in events if e.act and e.act.date == D(2023, 8, 29)]
    assert [(e.act_part, e.effective_date, e.retroactive) for e in august_2023] == [
        ("Nummer 2", D(2023, 1, 1), True),
        ("Nummer 1", D(2023, 9, 12), False),
    ]
    assert len(events) == 18


def test_gazette_citations_with_correction_and_letter_pages(seed):
    july_2019 = next(e.act for e in seed["1"].events if e.act.date == D(2019, 7, 12))
    assert (july_2019.gazette, july_2019.page, july_2019.correction_page) == (
        "GV. NRW.",
        "425",
        "593",
    )
    april_2020 = next(e.act for e in seed["1"].events if e.act.date == D(2020, 4, 14))
    assert april_2020.page == "218b"


def test_renumbering_lists_and_subject_carried_across_segments(seed):
    assert rows(seed["3"]) == [
        ("§ 20 Absatz 2", "change", "geändert", None, D(2016, 7, 1)),
        ("§ 20 Absatz 4", "insertion", "eingefügt", None, D(2016, 7, 1)),
        ("§ 20 Absatz 4 (alt)", "renumbering", "umbenannt in", "§ 20 Absatz 5", D(2016, 7, 1)),
        ("§ 20 Absatz 5 (alt)", "renumbering", "umbenannt in", "§ 20 Absatz 6", D(2016, 7, 1)),
        ("§ 20 Absatz 4", "change", "geändert", None, D(2019, 10, 1)),
        ("§ 20 Absatz 3", "substitution", "neu gefasst", None, D(2021, 4, 15)),
    ]


def test_subject_carries_over_after_an_entry_into_force_clause(seed):
    assert rows(seed["8"]) == [
        ("§ 83 Absatz 1", "change", "geändert", None, D(2018, 1, 1)),
        ("§ 83 Absatz 2", "change", "geändert", None, D(2016, 7, 1)),
    ]
    assert seed["8"].events[0].latest is True
    assert seed["8"].events[0].act_article == "Artikel 4"


def test_long_list_with_operations_in_parentheses(seed):
    events = rows(seed["10"])
    assert len(events) == 43
    assert ("§ 36 Absatz 1", "change", "geändert", None, D(2019, 10, 1)) in events
    for absatz in ["2", "5", "6", "7", "8", "9"]:
        assert (f"§ 5 Absatz {absatz}", "change", "geändert", None, D(2019, 10, 1)) in events
    assert ("§ 46a Absatz 1", "substitution", "neu gefasst", None, D(2019, 10, 1)) in events
    assert ("§ 60 Absatz 4", "repeal", "aufgehoben", None, D(2019, 10, 1)) in events
    assert ("§ 67a Absatz 2", "change", "geändert", None, D(2019, 10, 1)) in events
    assert ("§ 67a Absatz 3", "repeal", "aufgehoben", None, D(2019, 10, 1)) in events
    assert events[-1] == ("§ 53 Absatz 4", "change", "geändert", None, D(2021, 11, 13))


def test_typo_without_space_before_the_verb(seed):
    assert rows(seed["19"])[0] == ("§ 11 Absatz 1", "change", "geändert", None, D(2016, 7, 1))


def test_paragraph_lists_renames_and_bare_paragraph_list(seed):
    assert rows(seed["18"]) == [
        ("§ 11a (alt)", "repeal", "aufgehoben", None, D(2019, 10, 1)),
        ("§ 11b (alt)", "renumbering", "umbenannt in", "§ 11a", D(2019, 10, 1)),
        ("§ 11c (alt)", "renumbering", "umbenannt in", "§ 11b", D(2019, 10, 1)),
    ]
    assert [r[0] for r in rows(seed["45"])] == ["§ 17a", "§ 61", "§ 74a", "§ 75a", "§ 77a"]
    assert [r[0] for r in rows(seed["46"])] == ["§ 39b", "§ 77d"]


def test_repeal_by_the_statutes_own_clause_and_reinsertion(seed):
    assert rows(seed["43"]) == [
        ("§ 82a", "insertion", "eingefügt", None, D(2020, 4, 15)),
        ("§ 82a Absatz 1", "change", "geändert", None, D(2020, 12, 8)),
        ("§ 82a", "repeal", "aufgehoben", None, D(2021, 10, 1)),
        ("§ 82a", "insertion", "neu eingefügt", None, D(2021, 12, 1)),
    ]
    assert seed["43"].events[2].act.provision == "§ 84 Absatz 6"


def test_rename_followed_by_a_second_operation_on_the_new_label(seed):
    events = rows(seed["13"])
    assert (
        "§ 6 Absatz 2 (alt)",
        "renumbering",
        "umbenannt in",
        "§ 6 Absatz 1",
        D(2019, 10, 1),
    ) in events
    assert ("§ 6 Absatz 1", "substitution", "neu gefasst", None, D(2019, 10, 1)) in events
    assert ("§ 6 Überschrift", "substitution", "neu gefasst", None, D(2019, 10, 1)) in events


def test_replacement_by_a_range_of_absaetze(seed):
    events = rows(seed["49"])
    replaced = [e for e in events if e[2] == "ersetzt durch"]
    assert [e[3] for e in replaced] == ["§ 73 Absatz 3", "§ 73 Absatz 4", "§ 73 Absatz 5"]
    assert ("§ 73 Absatz 7", "substitution", "neu gefasst", None, D(2021, 4, 15)) in events
    assert [r[0] for r in rows(seed["50"]) if r[2] == "angefügt"] == [
        "§ 75 Absatz 5",
        "§ 75 Absatz 6",
        "§ 75 Absatz 7",
        "§ 75 Absatz 8",
    ]


def test_table_of_contents_and_retroactive_targeted_change(seed):
    assert rows(seed["41"]) == [("Inhaltsübersicht", "change", "geändert", None, D(2021, 11, 13))]
    last = seed["23"].events[-1]
    assert (last.target.label(), last.retroactive, last.effective_date) == (
        "§ 67b Absatz 1",
        True,
        D(2023, 1, 1),
    )


def test_unknown_verb_is_returned_verbatim_with_position_and_the_rest_still_parsed():
    text = (
        "§ 7 verschoben durch Gesetz vom 1. Februar 2021 (GV. NRW. S. 100), in Kraft getreten "
        "am 2. Februar 2021; § 8 aufgehoben durch Gesetz vom 1. März 2021 (GV. NRW. S. 7), "
        "in Kraft getreten am 2. März 2021."
    )
    note = parse_footnote(text)
    assert [e.target.label() for e in note.events] == ["§ 8"]
    [piece] = note.unparsed
    assert piece.text == text[piece.start : piece.end].strip()
    assert piece.text.startswith("§ 7 verschoben")
    assert "verschoben" in piece.reason


def test_impossible_date_is_reported_not_guessed():
    note = parse_footnote(
        "§ 7 geändert durch Gesetz vom 31. Februar 2021 (GV. NRW. S. 100), "
        "in Kraft getreten am 2. März 2021."
    )
    assert note.events == []
    assert "31. Februar 2021" in note.unparsed[0].reason


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "§ 5 Absatz 2 Satz 3 geändert durch Artikel 2 der Verordnung vom 3. Mai 2022 "
            "(GV. NRW. S. 12), in Kraft getreten am 1. Juni 2022.",
            ["§ 5 Absatz 2 Satz 3"],
        ),
        (
            "§ 12: Absätze 2 bis 4 aufgehoben durch Gesetz vom 1. Februar 2021 (GV. NRW. S. 100).",
            ["§ 12 Absatz 2", "§ 12 Absatz 3", "§ 12 Absatz 4"],
        ),
        (
            "§ 3 Absatz 1 Nummer 4 eingefügt durch Artikel 1 des Gesetzes vom 1.2.2021 "
            "(GV. NRW. S. 100), in Kraft getreten am 2.2.2021.",
            ["§ 3 Absatz 1 Nummer 4"],
        ),
        (
            "§§ 10 bis 12 aufgehoben durch Gesetz vom 1. Februar 2021 (GV. NRW. S. 100), "
            "in Kraft getreten am 2. Februar 2021.",
            ["§ 10", "§ 11", "§ 12"],
        ),
    ],
)
def test_footnotes_of_other_statutes_parse_and_round_trip(text, labels):
    note = parse_footnote(text)
    assert note.unparsed == []
    assert [e.target.label() for e in note.events] == labels
    assert normalise(regenerate(note.events)) == normalise(text)


def test_act_without_entry_into_force_has_no_effective_date():
    note = parse_footnote("§ 4 geändert durch Gesetz vom 1. Februar 2021 (GV. NRW. S. 100).")
    assert note.events[0].effective_date is None
    assert note.events[0].as_json()["effective_date"] is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "leer"),
        ("   \n\n ", "leer"),
        ("Fn 1\x00\x01", "Binärdaten"),
        ("Fußnoten: Fn x", "Keine Fußnote"),
    ],
)
def test_empty_binary_or_label_free_input_is_refused(text, message):
    with pytest.raises(FootnoteError, match=message):
        parse_footnote_file(text)


def test_duplicate_labels_are_reported():
    parsed = parse_footnote_file(
        "Fn 1\n§ 4 geändert durch Gesetz vom 1. Februar 2021 (GV. NRW. S. 100).\n"
        "Fn 1\n§ 5 geändert durch Gesetz vom 1. Februar 2021 (GV. NRW. S. 100).\n"
    )
    assert parsed.errors == ["Zeile 3: Fußnote 1 kommt doppelt vor."]


def test_annex_and_article_with_number_in_the_act_citation():
    text = (
        "Anlage 2 neu gefasst durch Artikel 3 Nummer 4 des Gesetzes vom 1. Februar 2021 "
        "(GV. NRW. S. 100), in Kraft getreten am 2. Februar 2021."
    )
    note = parse_footnote(text)
    assert note.unparsed == []
    [event] = note.events
    assert (event.target.label(), event.operation, event.act_article) == (
        "Anlage 2",
        "substitution",
        "Artikel 3 Nummer 4",
    )
    assert normalise(regenerate(note.events)) == normalise(text)


def test_change_with_carried_subject_and_sentence_level():
    text = (
        "§ 4a eingefügt durch Artikel 1 des Gesetzes vom 2. Juli 2019 (GV. NRW. S. 345), "
        "in Kraft getreten am 13. Juli 2019; Absatz 1 Satz 2 neu gefasst und Satz 3 angefügt "
        "durch Gesetz vom 5. März 2020 (GV. NRW. S. 150), in Kraft getreten am 6. März 2020."
    )
    note = parse_footnote(text)
    assert [e.target.label() for e in note.events] == [
        "§ 4a",
        "§ 4a Absatz 1 Satz 2",
        "§ 4a Absatz 1 Satz 3",
    ]
    assert normalise(regenerate(note.events)) == normalise(text)


def test_annex_after_a_paragraph_belongs_to_the_statute():
    note = parse_footnote(
        "§ 5 geändert und Anlage 1 neu gefasst durch Gesetz vom 1. Februar 2021 (GV. NRW. S. 100)."
    )
    assert [e.target.label() for e in note.events] == ["§ 5", "Anlage 1"]
