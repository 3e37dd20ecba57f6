"""What the footnote parsers return: plain dataclasses, shared by both input formats.

A `Footnote` has a `kind`: "amendment" (it records changes: `events`), "citation" (only the
gazette citation of the original enactment, a statute-level note), "remark" (a note that records
no amendment, such as "gegenstandslos." or "Hier nicht abgedruckt"), or "unknown" when nothing
was understood. Whatever was not understood is kept verbatim in `unparsed` with its character
span and a reason in editor German, never dropped.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

LEVEL_ORDER = ("article", "paragraph", "absatz", "satz", "nummer", "buchstabe")
LEVEL_WORDS = {
    "article": ("Artikel", "Artikel"),
    "absatz": ("Absatz", "Absätze"),
    "satz": ("Satz", "Sätze"),
    "nummer": ("Nummer", "Nummern"),
    "buchstabe": ("Buchstabe", "Buchstaben"),
}
WHOLE_STATUTE = "Gesetz"


class FootnoteError(ValueError):
    """Text the parser cannot turn into events; the message is for editors."""


@dataclass(slots=True)
class Target:
    """What an event changes; all parts empty means the whole statute."""

    paragraph: str = ""
    absatz: str = ""
    satz: str = ""
    nummer: str = ""
    buchstabe: str = ""
    part: str = ""  # "Überschrift", "Inhaltsübersicht", "Anlage 2"
    old: bool = False  # "(alt)" or "bisheriger": the label before this act renumbered it
    article: str = ""  # "III" in statutes structured by Artikel ("Art. III § 2")

    def copy(self, **changes) -> Target:
        t = Target(
            self.paragraph,
            self.absatz,
            self.satz,
            self.nummer,
            self.buchstabe,
            self.part,
            self.old,
            self.article,
        )
        for name, value in changes.items():
            setattr(t, name, value)
        return t

    def level(self) -> str:
        for name in reversed(LEVEL_ORDER):
            if getattr(self, name):
                return name
        return ""

    def label(self) -> str:
        bits = []
        if self.article:
            bits.append(f"Artikel {self.article}")
        if self.paragraph:
            bits.append(f"§ {self.paragraph}")
        if self.paragraph or self.article:
            for name in LEVEL_ORDER[2:]:
                value = getattr(self, name)
                if value:
                    bits.append(f"{LEVEL_WORDS[name][0]} {value}")
        if self.part:
            bits.append(self.part)
        if not bits:
            return WHOLE_STATUTE
        text = " ".join(bits)
        return f"{text} (alt)" if self.old else text


@dataclass(slots=True)
class Act:
    kind: str = ""  # "Gesetz", "Verordnung", "Bekanntmachung", "Staatsvertrag", "Vorschrift"
    date: datetime.date | None = None
    articles: str = ""  # as written: "9", "3 und 4", "III", "2 Nr. 3"
    gazette: str = ""  # "GV. NRW.", "GV. NW.", "PrGS.", "BGBl. I"
    gazette_year: str = ""  # "2024" from "GV. NRW. 2024 S. 13"
    page: str = ""  # "218b"
    number: str = ""  # "152" from the federal "BGBl. 2024 I Nr. 152"
    correction_page: str = ""  # "593" from "ber. S. 593"
    provision: str = ""  # "§ 84 Absatz 6" for a clause of the statute itself
    title: str = ""  # "Fünften Befristungsgesetzes", "1. ÄndVO": the name as written


@dataclass(slots=True)
class Event:
    target: Target
    operation: str
    verb: str
    act: Act | None = None
    act_article: str = ""  # "Artikel 9"
    act_part: str = ""  # "Nummer 2", from a qualifier of the entry into force
    effective_date: datetime.date | None = None
    retroactive: bool = False
    new_target: Target | None = None  # for renumbering and "ersetzt durch"
    latest: bool = False  # "zuletzt geändert": an attribute of the note, not an operation
    note: str = ""  # "erneut", "neu", "jetzt § 4", "noch nicht berücksichtigt"
    layout: dict = field(default_factory=dict)

    def as_json(self) -> dict:
        act = self.act
        return {
            "target": self.target.label(),
            "operation": self.operation,
            "verb": self.verb,
            "act_date": act.date.isoformat() if act and act.date else None,
            "act_article": self.act_article or None,
            "gazette_page": (act.page or None) if act else None,
            "effective_date": self.effective_date.isoformat() if self.effective_date else None,
            "retroactive": self.retroactive,
            "new_target": self.new_target.label() if self.new_target else None,
            "act_kind": act.kind if act else None,
            "act_part": self.act_part or None,
            "gazette": (act.gazette or None) if act else None,
            "gazette_correction_page": (act.correction_page or None) if act else None,
            "act_provision": (act.provision or None) if act else None,
            "latest": self.latest,
            "gazette_year": (act.gazette_year or None) if act else None,
            "gazette_number": (act.number or None) if act else None,
            "act_title": (act.title or None) if act else None,
            "note": self.note or None,
        }


@dataclass(slots=True)
class Unparsed:
    text: str
    start: int
    end: int
    reason: str

    def as_json(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end, "reason": self.reason}


@dataclass(slots=True)
class Footnote:
    label: str
    text: str
    events: list[Event]
    unparsed: list[Unparsed]
    line: int = 0
    kind: str = "amendment"  # "amendment", "citation", "remark", "unknown"
    remark: str = ""  # for "remark" and "citation": what the note records, in editor German
    citation: Act | None = None  # the original enactment's gazette citation, if given
    layout: dict = field(default_factory=dict)  # how the citation was written

    def as_json(self) -> dict:
        data = {
            "label": self.label,
            "kind": self.kind,
            "events": [e.as_json() for e in self.events],
            "unparsed": [u.as_json() for u in self.unparsed],
        }
        if self.remark:
            data["remark"] = self.remark
        if self.citation:
            c = self.citation
            data["citation"] = {
                "gazette": c.gazette or None,
                "gazette_year": c.gazette_year or None,
                "page": c.page or None,
                "correction_page": c.correction_page or None,
                "date": c.date.isoformat() if c.date else None,
            }
        return data


@dataclass(slots=True)
class FootnoteFile:
    footnotes: list[Footnote]
    stand: datetime.date | None = None
    errors: list[str] = field(default_factory=list)
    format: str = "nrw"  # "nrw" or "bund"

    def as_json(self) -> dict:
        return {"footnotes": [f.as_json() for f in self.footnotes]}
