"""The parser on hand-labelled footnotes of every form listed in issue 10 (NRW and federal)."""

import pytest

from legal.footnotes import normalise, parse_footnote, regenerate_footnote

from .corpus import check, load_cases

NRW = load_cases("nrw_footnotes")


def test_the_corpus_covers_at_least_forty_footnotes_and_every_kind():
    assert len(NRW) >= 40
    assert {c.kind for c in NRW} == {"amendment", "citation", "remark", "unknown"}


@pytest.mark.parametrize("case", NRW, ids=[f"line{c.line}" for c in NRW])
def test_nrw_footnote_is_parsed_as_labelled(case):
    note = parse_footnote(case.text)
    assert check(case, note) == []


@pytest.mark.parametrize(
    "case", [c for c in NRW if c.kind in {"amendment", "citation"}], ids=lambda c: f"line{c.line}"
)
def test_nrw_footnote_is_regenerated_from_what_was_parsed(case):
    note = parse_footnote(case.text)
    assert normalise(regenerate_footnote(note)) == normalise(case.text)


def test_notes_that_record_no_amendment_never_yield_events():
    quiet = [c for c in NRW if c.kind in {"remark", "citation", "unknown"}]
    assert len(quiet) >= 10
    assert sum(len(parse_footnote(c.text).events) for c in quiet) == 0


def test_unparsed_text_names_its_span_and_reason():
    case = next(c for c in NRW if c.kind == "unknown")
    note = parse_footnote(case.text)
    [piece] = note.unparsed
    assert case.text[piece.start : piece.end] == piece.text
    assert piece.reason
