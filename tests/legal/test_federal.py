"""Federal amendment notes (gesetze-im-internet.de style) as the second input format."""

import datetime

import pytest
from django.core.management import call_command

from legal.footnotes import (
    detect_format,
    normalise,
    parse_federal_note,
    parse_footnote_file,
    regenerate,
)

from .corpus import HERE

D = datetime.date
SAMPLE = HERE / "bund_notes.txt"


@pytest.fixture(scope="module")
def sample():
    return parse_footnote_file(SAMPLE.read_text(encoding="utf-8"))


def test_the_format_is_detected_and_every_note_understood(sample):
    assert sample.format == "bund"
    assert [n.kind for n in sample.footnotes] == [
        "amendment",
        "amendment",
        "amendment",
        "remark",
        "remark",
        "remark",
        "amendment",
        "amendment",
        "amendment",
        "amendment",
        "amendment",
        "amendment",
        "remark",
    ]
    assert all(n.unparsed == [] for n in sample.footnotes)


def test_stand_block_gives_the_new_version_and_the_last_change(sample):
    substitution, last = sample.footnotes[0].events
    assert (substitution.operation, substitution.act.kind, substitution.act.date) == (
        "substitution",
        "Bekanntmachung",
        D(2012, 9, 11),
    )
    assert (substitution.act.gazette, substitution.act.page) == ("BGBl. I", "2022")
    assert substitution.target.label() == "Gesetz"
    assert (last.operation, last.latest, last.act_article, last.act.number) == (
        "change",
        True,
        "Artikel 2",
        "152",
    )


def test_pending_changes_are_events_without_effective_date_and_with_a_note(sample):
    pending = [sample.footnotes[1].events[0], sample.footnotes[2].events[0]]
    assert [e.note for e in pending] == [
        "textlich nachgewiesen, dokumentarisch noch nicht abschließend bearbeitet",
        "noch nicht berücksichtigt",
    ]
    assert all(e.effective_date is None for e in pending)


def test_remarks_never_yield_events(sample):
    remarks = [n for n in sample.footnotes if n.kind == "remark"]
    assert [n.remark for n in remarks] == [
        "Textnachweis ab: 1.1.1991",
        "Zur Anwendung vgl. § 10",
        "Ausfertigungsdatum",
        "Hinweis zum Druckbild",
    ]
    assert sum(len(n.events) for n in remarks) == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "§ 41: IdF d. Art. 1 Nr. 37 G v. 3.6.2021 I 1444 mWv 10.6.2021",
            ("§ 41", "substitution", "Gesetz", D(2021, 6, 3), "1444", "", D(2021, 6, 10)),
        ),
        (
            "§ 42a Abs. 1 Satz 2: Eingef. durch Art. 1 Nr. 12 G v. 28.10.2015 BGBl. I S. 1802 "
            "mWv 1.11.2015",
            (
                "§ 42a Absatz 1 Satz 2",
                "insertion",
                "Gesetz",
                D(2015, 10, 28),
                "1802",
                "",
                D(2015, 11, 1),
            ),
        ),
        (
            "§ 86 Abs. 7: Aufgeh. durch Art. 1 Nr. 9 G v. 3.6.2021 I 1444 mWv 10.6.2021",
            ("§ 86 Absatz 7", "repeal", "Gesetz", D(2021, 6, 3), "1444", "", D(2021, 6, 10)),
        ),
        (
            "Überschrift: IdF d. Art. 2 V v. 14.12.2022 BGBl. 2022 I Nr. 2 mWv 1.1.2023",
            ("Überschrift", "substitution", "Verordnung", D(2022, 12, 14), "", "2", D(2023, 1, 1)),
        ),
    ],
)
def test_per_provision_notes_map_to_events(text, expected):
    note = parse_federal_note(text)
    [e] = note.events
    got = (
        e.target.label(),
        e.operation,
        e.act.kind,
        e.act.date,
        e.act.page,
        e.act.number,
        e.effective_date,
    )
    assert got == expected
    assert normalise(regenerate(note.events)) == normalise(text)


def test_every_amendment_note_of_the_sample_round_trips(sample):
    for note in sample.footnotes:
        if note.events:
            assert normalise(regenerate(note.events)) == normalise(note.text)


def test_unknown_federal_text_is_kept_with_its_span():
    note = parse_federal_note("§ 7: Gegenstandslos geworden durch Zeitablauf")
    assert note.events == []
    [piece] = note.unparsed
    assert note.text[piece.start : piece.end] == piece.text
    assert "durch" in piece.reason


def test_detection_tells_the_formats_apart(seed_text):
    assert detect_format(seed_text) == "nrw"
    assert detect_format(SAMPLE.read_text(encoding="utf-8")) == "bund"


def test_parse_footnotes_command_takes_the_format(capsys):
    call_command("parse_footnotes", str(SAMPLE), "--format", "bund")
    out = capsys.readouterr().out
    assert "§ 41" in out
    assert "13 Fußnoten" in out


@pytest.mark.django_db
def test_federal_notes_are_imported_and_regenerated_from_the_database():
    from legal import services
    from legal.models import AmendingAct, Statute

    statute = Statute.objects.create(
        abbreviation="SGB VIII",
        slug="sgb-viii",
        title="Achtes Buch Sozialgesetzbuch",
        jurisdiction="Bund",
    )
    report = services.footnotes_import(
        statute=statute, text=SAMPLE.read_text(encoding="utf-8"), text_format="bund"
    )
    assert report.problems == []
    assert report.events == 10
    act = AmendingAct.objects.get(number="152", date=D(2024, 5, 8))
    assert act.citation() == "Gesetz vom 8. Mai 2024 (BGBl. I Nr. 152)"
    note = statute.footnotes.get(label="7")
    assert normalise(services.footnote_regenerate(footnote=note)) == normalise(note.raw_text)
    assert statute.provisions.filter(paragraph="41").exists()
