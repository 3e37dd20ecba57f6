"""Hand-labelled footnote corpora and the comparison used by the tests and the coverage report.

`load_cases(name)` reads `<name>.txt` (format described at the top of each file); `check(case,
note)` lists the differences between a parsed note and its labels (empty: parsed exactly).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent


@dataclass
class Case:
    text: str = ""
    kind: str = ""
    form: str = ""
    events: list[tuple] = field(default_factory=list)
    citation: str = ""
    line: int = 0


def load_cases(name: str) -> list[Case]:
    cases: list[Case] = []
    current = None
    for number, raw in enumerate((HERE / f"{name}.txt").read_text("utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key, _, value = line.partition(":")
        value = value.strip()
        if key == "form":
            current = Case(form=value, line=number)
            cases.append(current)
        elif key == "text":
            current.text = value
        elif key == "kind":
            current.kind = value
        elif key == "citation":
            current.citation = value
        elif key == "event":
            current.events.append(_event(value))
        else:
            raise ValueError(f"{name}.txt line {number}: unknown key {key!r}")
    return cases


def _event(value: str) -> tuple:
    parts = [p.strip() for p in value.split("|")]
    target, operation, act, effective = parts[:4]
    retroactive = len(parts) > 4 and parts[4] == "rückwirkend"
    old, _, new = target.partition(" -> ")
    act_date, act_kind, *article = act.split(" ", 2)
    return (
        old,
        new or None,
        operation,
        None if act_date == "-" else act_date,
        act_kind,
        article[0] if article else None,
        None if effective == "-" else effective,
        retroactive,
    )


def event_row(event) -> tuple:
    data = event.as_json()
    return (
        data["target"],
        data["new_target"],
        data["operation"],
        data["act_date"],
        data["act_kind"],
        data["act_article"],
        data["effective_date"],
        data["retroactive"],
    )


def check(case: Case, note) -> list[str]:
    problems = []
    if note.kind != case.kind:
        problems.append(f"kind {note.kind!r}, expected {case.kind!r}")
    got = [event_row(e) for e in note.events]
    if got != case.events:
        problems.append(f"events {got}, expected {case.events}")
    if case.kind in {"amendment", "citation", "remark"} and note.unparsed:
        problems.append(f"unparsed {[u.text for u in note.unparsed]}")
    if case.kind == "unknown" and not note.unparsed:
        problems.append("nothing reported as unparsed")
    if case.citation:
        from legal.footnotes.regenerate import gazette_text

        cited = gazette_text(note.citation, {}) if note.citation else None
        if cited != case.citation:
            problems.append(f"citation {cited!r}, expected {case.citation!r}")
    return problems
