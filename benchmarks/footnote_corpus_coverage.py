"""Parser coverage on the hand-labelled corpora in tests/legal/corpus/: prints, per corpus,
how many footnotes were parsed exactly (kind, every event, nothing unparsed), how many events
were invented from notes that record no amendment (must be 0), and the forms that failed.

    uv run python benchmarks/footnote_corpus_coverage.py
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# The parser's messages go through Django's translation machinery: settings are needed.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "frs_portal.settings.test")

import django  # noqa: E402

django.setup()

from legal.footnotes import (  # noqa: E402
    normalise,
    parse_footnote,
    parse_footnote_file,
    regenerate_footnote,
)
from tests.legal.corpus import HERE, check, load_cases  # noqa: E402


def nrw() -> None:
    cases = load_cases("nrw_footnotes")
    exact = round_trip = invented = quiet = 0
    failed = []
    for case in cases:
        note = parse_footnote(case.text)
        problems = check(case, note)
        if problems:
            failed.append((case.form, problems))
        else:
            exact += 1
        if case.kind in {"remark", "citation", "unknown"}:
            quiet += 1
            invented += len(note.events)
        if case.kind in {"amendment", "citation"} and normalise(
            regenerate_footnote(note)
        ) == normalise(case.text):
            round_trip += 1
    wanted = sum(1 for c in cases if c.kind in {"amendment", "citation"})
    print(f"NRW corpus: {len(cases)} footnotes, {sum(len(c.events) for c in cases)} events")
    print(f"  parsed exactly: {exact}/{len(cases)} ({100 * exact / len(cases):.0f} %)")
    print(f"  regenerated word for word: {round_trip}/{wanted}")
    print(f"  events invented from {quiet} notes without amendment: {invented}")
    for form, problems in failed:
        print(f"  FAILED {form}: {'; '.join(problems)}")


def federal() -> None:
    parsed = parse_footnote_file((HERE / "bund_notes.txt").read_text(encoding="utf-8"))
    notes = parsed.footnotes
    clean = sum(1 for n in notes if not n.unparsed)
    remarks = [n for n in notes if n.kind == "remark"]
    events = sum(len(n.events) for n in notes)
    print(f"Federal sample ({parsed.format}): {len(notes)} notes, {events} events")
    print(f"  without unparsed text: {clean}/{len(notes)}")
    print(f"  remarks ({len(remarks)}) with events: {sum(len(n.events) for n in remarks)}")


if __name__ == "__main__":
    nrw()
    federal()
