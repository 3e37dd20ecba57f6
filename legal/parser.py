"""Parse the footnotes of an official NRW statute page (recht.nrw.de, SGV. NRW.) into events.

A footnote is a chain of segments separated by ";" (or by "und" after an entry-into-force
clause): "<changes> durch <act>, in Kraft getreten <dates>". The changes are clauses "<targets>
<verb>", where the subject (a §) carries across clauses and segments. Everything is kept
positional: each event remembers where in the footnote it came from (`layout`), so
`regenerate` can write the footnote again from the events alone, and whatever the parser does
not understand is returned verbatim with its position instead of being dropped.

Plain functions, no database: the management commands, the staff paste view and the importer
all call `parse_footnote_file` / `parse_footnote`.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import asdict, dataclass, field

MONTHS = {
    "januar": 1,
    "jänner": 1,
    "februar": 2,
    "märz": 3,
    "maerz": 3,
    "april": 4,
    "mai": 5,
    "juni": 6,
    "juli": 7,
    "august": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "dezember": 12,
}
MONTH_NAMES = [
    "",
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]

# Operation vocabulary (LEGAL.md, lesson 2). Longest phrases first so "neu eingefügt" wins
# over "eingefügt".
VERBS = {
    "neu eingefügt": "insertion",
    "wieder eingefügt": "insertion",
    "neu gefasst": "substitution",
    "umbenannt in": "renumbering",
    "ersetzt durch": "substitution",
    "eingefügt": "insertion",
    "angefügt": "insertion",
    "zugefügt": "insertion",
    "hinzugefügt": "insertion",
    "aufgehoben": "repeal",
    "entfallen": "repeal",
    "gestrichen": "repeal",
    "geändert": "change",
    "ergänzt": "change",
    "berichtigt": "change",
    "ersetzt": "substitution",
}
OPERATIONS = ["enactment", "insertion", "substitution", "repeal", "renumbering", "change"]
RENAMING_VERBS = {"umbenannt in", "ersetzt durch"}
WHOLE_STATUTE = "Gesetz"

_VERB_RE = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in VERBS)
_NUM = r"\d+(?:[a-z](?![a-zäöüß]))?"
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE_RE = rf"(?P<d>\d{{1,2}})\.\s*(?:(?P<mname>{_MONTH_RE})|(?P<mnum>\d{{1,2}})\.)\s*(?P<y>\d{{4}})"

TOKEN_RE = re.compile(
    rf"""
    (?P<pverb>\(\s*(?:{_VERB_RE})\s*\))
  | (?P<mark>\(\s*(?:alt|neu|erneut)\s*\))
  | (?P<verb>(?<![A-Za-zäöüß])(?:{_VERB_RE})(?![a-zäöüß]))
  | (?P<zuletzt>zuletzt(?![a-zäöüß]))
  | (?P<sec>§§|§)
  | (?P<level>Absatz|Absätze|Abs\.|Satz|Sätze|Nummer|Nummern|Nr\.|Buchstabe|Buchstaben)(?![a-zäöüß])
  | (?P<part>Überschrift|Inhaltsübersicht|Eingangsformel|Präambel|Anhang
      |Anlage(?:\s+\d+[a-z]?)?)(?![a-zäöüß])
  | (?P<num>{_NUM})
  | (?P<colon>:)
  | (?P<sep>,|;|und(?![a-zäöüß])|sowie(?![a-zäöüß])|bis(?![a-zäöüß])|dabei(?![a-zäöüß]))
  | (?P<space>\s+)
    """,
    re.VERBOSE | re.IGNORECASE,
)

LEVELS = {
    "absatz": "absatz",
    "absätze": "absatz",
    "abs.": "absatz",
    "satz": "satz",
    "sätze": "satz",
    "nummer": "nummer",
    "nummern": "nummer",
    "nr.": "nummer",
    "buchstabe": "buchstabe",
    "buchstaben": "buchstabe",
}
LEVEL_ORDER = ["paragraph", "absatz", "satz", "nummer", "buchstabe"]
LEVEL_WORDS = {
    "absatz": ("Absatz", "Absätze"),
    "satz": ("Satz", "Sätze"),
    "nummer": ("Nummer", "Nummern"),
    "buchstabe": ("Buchstabe", "Buchstaben"),
}

ACT_START = re.compile(
    r"(?:(?:Artikel|Art\.)\s+(?P<arts>\d+[a-z]?"
    r"(?:(?:\s*(?:,|und|bis)\s*|\s+(?:Nummer|Nr\.|Absatz|Abs\.)\s+)\d+[a-z]?)*)\s+(?:des|der)\s+)?"
    r"(?P<kind>Gesetzes|Gesetz|Verordnung|Bekanntmachung|Staatsvertrages|Staatsvertrag)"
    rf"\s+vom\s*(?P<date>{DATE_RE.replace('?P<', '?P<a')})"
    r"(?:\s*\((?P<gaz>[^()]*)\))?",
    re.IGNORECASE,
)
# An amendment can also come from a clause of the statute itself (an expiry rule), as in
# "aufgehoben durch § 84 Absatz 6".
INTERNAL_ACT = re.compile(
    rf"(?P<prov>§\s*{_NUM}(?:\s+(?:Absatz|Abs\.)\s+{_NUM})?(?:\s+Satz\s+{_NUM})?)"
    r"(?=\s*(?:,\s*in\s+Kraft|;|\.?\s*$))"
)
ACT_DURCH = re.compile(
    r"\s*\bdurch\s+(?=(?:Artikel|Art\.)\s+\d|Gesetz|Verordnung|Bekanntmachung"
    r"|Staatsvertrag|§)"
)
GAZETTE_RE = re.compile(
    r"^(?P<gazette>.*?)\s*S\.\s*(?P<page>\d+[a-z]?)"
    r"(?:\s*,\s*ber\.\s*S\.\s*(?P<corr>\d+[a-z]?))?\s*$"
)
TIMING_HEAD = re.compile(r"\s*,\s*in\s+Kraft\s+getreten\s+", re.IGNORECASE)
TIMING_ITEM = re.compile(
    rf"(?P<how>am|mit\s+Wirkung\s+vom)\s*(?P<date>{DATE_RE.replace('?P<', '?P<t')})"
    r"(?:\s*\((?P<qual>(?:Artikel|Nummer|Art\.|Nr\.)\s*\d+[a-z]?)\))?",
    re.IGNORECASE,
)
TIMING_SEP = re.compile(r"\s*(?P<sep>,\s*und|,|und|sowie)\s+(?=am\b|mit\s+Wirkung)", re.IGNORECASE)
ENACTMENT = re.compile(
    rf"\s*In\s+Kraft\s+getreten\s+am\s*(?P<date>{DATE_RE.replace('?P<', '?P<e')})"
    r"(?:\s*\((?P<gaz>[^()]*)\))?",
    re.IGNORECASE,
)


class FootnoteError(ValueError):
    """Text the parser cannot turn into events; `reason` is for editors."""


@dataclass
class Target:
    """What an event changes; all parts empty means the whole statute."""

    paragraph: str = ""
    absatz: str = ""
    satz: str = ""
    nummer: str = ""
    buchstabe: str = ""
    part: str = ""  # "Überschrift", "Inhaltsübersicht"
    old: bool = False  # "(alt)": the label before this act renumbered it

    def level(self) -> str:
        for name in reversed(LEVEL_ORDER):
            if getattr(self, name):
                return name
        return ""

    def label(self) -> str:
        if not self.paragraph:
            return self.part or WHOLE_STATUTE
        bits = [f"§ {self.paragraph}"]
        for name in LEVEL_ORDER[1:]:
            if getattr(self, name):
                bits.append(f"{LEVEL_WORDS[name][0]} {getattr(self, name)}")
        if self.part:
            bits.append(self.part)
        text = " ".join(bits)
        return f"{text} (alt)" if self.old else text


@dataclass
class Act:
    kind: str = ""  # "Gesetz", "Verordnung", "Vorschrift" (a clause of the statute itself)
    date: datetime.date | None = None
    articles: str = ""  # as written: "9", "3 und 4"
    gazette: str = ""  # "GV. NRW."
    page: str = ""  # "218b"
    correction_page: str = ""  # "593" from "ber. S. 593"
    provision: str = ""  # "§ 84 Absatz 6" for an internal act

    def key(self) -> tuple:
        return (self.kind, self.date, self.gazette, self.page, self.provision)


@dataclass
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
    note: str = ""  # "erneut", "neu"
    layout: dict = field(default_factory=dict)

    def as_json(self) -> dict:
        return {
            "target": self.target.label(),
            "operation": self.operation,
            "verb": self.verb,
            "act_date": self.act.date.isoformat() if self.act and self.act.date else None,
            "act_article": self.act_article or None,
            "gazette_page": self.act.page or None if self.act else None,
            "effective_date": self.effective_date.isoformat() if self.effective_date else None,
            "retroactive": self.retroactive,
            "new_target": self.new_target.label() if self.new_target else None,
            "act_kind": self.act.kind if self.act else None,
            "act_part": self.act_part or None,
            "gazette": self.act.gazette or None if self.act else None,
            "gazette_correction_page": self.act.correction_page or None if self.act else None,
            "act_provision": self.act.provision or None if self.act else None,
            "latest": self.latest,
        }


@dataclass
class Unparsed:
    text: str
    start: int
    end: int
    reason: str

    def as_json(self) -> dict:
        return asdict(self)


@dataclass
class Footnote:
    label: str
    text: str
    events: list[Event]
    unparsed: list[Unparsed]
    line: int = 0

    def as_json(self) -> dict:
        return {
            "label": self.label,
            "events": [e.as_json() for e in self.events],
            "unparsed": [u.as_json() for u in self.unparsed],
        }


@dataclass
class FootnoteFile:
    footnotes: list[Footnote]
    stand: datetime.date | None = None
    errors: list[str] = field(default_factory=list)

    def as_json(self) -> dict:
        return {"footnotes": [f.as_json() for f in self.footnotes]}


# --- dates ---------------------------------------------------------------------------------


def _date(match: re.Match, prefix: str) -> datetime.date:
    day = int(match.group(f"{prefix}d"))
    month_name = match.group(f"{prefix}mname")
    month = MONTHS[month_name.lower()] if month_name else int(match.group(f"{prefix}mnum"))
    year = int(match.group(f"{prefix}y"))
    try:
        return datetime.date(year, month, day)
    except ValueError as exc:
        raise FootnoteError(
            f"Ungültiges Datum „{match.group('date').strip()}“: diesen Tag gibt es nicht."
        ) from exc


def format_date(value: datetime.date, style: str = "") -> str:
    if style == "numeric":
        return f"{value.day}.{value.month}.{value.year}"
    return f"{value.day}. {MONTH_NAMES[value.month]} {value.year}"


# --- the changes part: "<targets> <verb>, <targets> <verb> …" ------------------------------


@dataclass
class _Tok:
    kind: str
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return re.sub(r"\s+", " ", self.text.lower())


def _tokenize(text: str, offset: int) -> list[_Tok]:
    tokens = []
    pos = 0
    while pos < len(text):
        m = TOKEN_RE.match(text, pos)
        if not m:
            # Collect the unknown word(s) up to the next known separator for the message.
            end = pos
            while end < len(text) and not TOKEN_RE.match(text, end):
                end += 1
            word = text[pos:end].strip() or text[pos]
            raise FootnoteError(
                f"Unbekannter Ausdruck „{word}“ an Stelle {offset + pos + 1}"
                " (kein bekanntes Verb und keine Gliederungsangabe)."
            )
        if m.lastgroup != "space":
            tokens.append(_Tok(m.lastgroup, m.group(0), offset + m.start(), offset + m.end()))
        pos = m.end()
    return tokens


@dataclass
class _Item:
    target: Target
    hint: dict


@dataclass
class _Clause:
    items: list[_Item]
    verb: str
    sep: str  # separator written before this clause
    new_items: list[_Item] = field(default_factory=list)
    follow: list[tuple[str, str]] = field(default_factory=list)  # (separator, verb)


class _ChangeParser:
    """Recursive descent over the tokens of one segment's changes; `ctx` is the subject that
    carries over from earlier clauses and segments of the same footnote."""

    def __init__(self, tokens: list[_Tok], ctx: dict):
        self.t = tokens
        self.i = 0
        self.ctx = ctx

    def peek(self, k: int = 0) -> _Tok | None:
        j = self.i + k
        return self.t[j] if j < len(self.t) else None

    def fail(self, tok: _Tok | None, what: str) -> FootnoteError:
        where = f" bei „{tok.text}“" if tok else " am Ende"
        return FootnoteError(f"{what}{where}.")

    def clauses(self) -> list[_Clause]:
        clauses = []
        sep = ""
        while self.peek():
            clauses.append(self.clause(sep))
            tok = self.peek()
            if tok is None:
                break
            sep = self.separator()
            if not sep:
                raise self.fail(tok, "Erwartet wurde „,“, „und“ oder „;“")
        return clauses

    def separator(self) -> str:
        parts = []
        while (tok := self.peek()) and tok.kind == "sep" and tok.low in {",", ";", "und", "sowie"}:
            parts.append(tok.low)
            self.i += 1
        if not parts:
            return ""
        text = ""
        for p in parts:
            text += p if p in {",", ";"} else f" {p}"
        return text + " "

    def clause(self, sep: str) -> _Clause:
        items = self.items(stop_on_verb=True)
        tok = self.peek()
        if tok is None or tok.kind != "verb":
            raise self.fail(tok, "Erwartet wurde ein Verb wie „geändert“ oder „eingefügt“")
        self.i += 1
        verb = tok.low
        if not items:
            # "aufgehoben durch …" with no target: the footnote's subject (§ 82a in Fn 43).
            par = self.ctx.get("paragraph", "")
            target = Target(paragraph=par) if par else Target(part=self.ctx.get("part", ""))
            items = [_Item(target, {"implicit": True})]
        clause = _Clause(items=items, verb=verb, sep=sep)
        if verb in RENAMING_VERBS:
            limit = None if verb == "ersetzt durch" else _count(items)
            clause.new_items = self.items(stop_on_verb=True, limit=limit, new=True)
            if not clause.new_items:
                raise self.fail(self.peek(), f"Nach „{verb}“ fehlt die neue Bezeichnung")
        # "umbenannt in Absatz 1 und (dabei) neu gefasst": a second operation on the new label.
        while True:
            save = self.i
            tok = self.peek()
            if tok and tok.kind == "sep" and tok.low == "und":
                self.i += 1
                dabei = self.peek()
                extra = ""
                if dabei and dabei.kind == "sep" and dabei.low == "dabei":
                    self.i += 1
                    extra = " dabei"
                v = self.peek()
                if v and v.kind == "verb" and v.low not in RENAMING_VERBS:
                    self.i += 1
                    clause.follow.append((f" und{extra} ", v.low))
                    continue
            self.i = save
            break
        return clause

    def items(self, *, stop_on_verb: bool, limit: int | None = None, new: bool = False):
        items: list[_Item] = []
        words: dict = {}
        sep = ""
        level = self.ctx.get("level", "paragraph")
        run_plural = False
        run_start = 0
        while (tok := self.peek()) is not None:
            if limit is not None and _count(items) >= limit and tok.kind != "mark":
                break
            kind = tok.kind
            if kind == "verb":
                break
            if kind == "sep":
                if tok.low == "bis" and items:
                    self.i += 1
                    nxt = self.peek()
                    if nxt is None or nxt.kind != "num":
                        raise self.fail(nxt, "Nach „bis“ fehlt eine Zahl")
                    self.i += 1
                    items.extend(self._range(items[-1], nxt.text))
                    continue
                # A separator followed by a verb ends the list ("… und neu gefasst").
                j = self.i
                while j < len(self.t) and self.t[j].kind == "sep":
                    j += 1
                if j >= len(self.t) or self.t[j].kind == "verb" or tok.low == ";":
                    break
                if new and items:
                    # After "ersetzt durch Absätze 3 bis 5", a new keyword starts a new clause.
                    nxt = self.t[j]
                    if nxt.kind in {"sec", "level", "part"} and limit is None:
                        break
                sep = self.separator()
                continue
            if kind == "sec":
                self.i += 1
                words = {"paragraph": tok.text}
                level = "paragraph"
                run_plural = tok.text == "§§"
                run_start = len(items)
                self.ctx.pop("absatz", None)
                continue
            if kind == "level":
                self.i += 1
                level = LEVELS[tok.low]
                words = {**words, level: tok.text}
                run_plural = tok.low in {"absätze", "sätze", "nummern", "buchstaben"}
                run_start = len(items)
                continue
            if kind == "part":
                self.i += 1
                # Only a heading belongs to a §; annexes and the table of contents to the statute.
                par = self.ctx.get("paragraph", "") if tok.low == "überschrift" else ""
                target = Target(paragraph=par, part=re.sub(r"\s+", " ", tok.text))
                if not target.paragraph:
                    self.ctx["part"] = tok.text
                items.append(_Item(target, {"words": words, "sep": sep}))
                sep, words = "", {}
                continue
            if kind == "num":
                self.i += 1
                target = self._target(level, tok.text)
                nxt = self.peek()
                if nxt and nxt.kind == "colon":
                    # "§ 20: Absatz 2 …": the subject of the following clauses.
                    self.i += 1
                    words = {**words, "colon": True}
                    self.ctx.update(paragraph=target.paragraph, level="paragraph")
                    continue
                if nxt and nxt.kind == "level" and level == "paragraph":
                    self.ctx.update(paragraph=target.paragraph)
                    continue
                if nxt and nxt.kind == "level" and LEVELS[nxt.low] != level:
                    self.ctx[level] = tok.text
                    continue
                items.append(_Item(target, {"words": words, "sep": sep}))
                self.ctx["level"] = level
                if level == "paragraph":
                    self.ctx["paragraph"] = target.paragraph
                sep, words = "", {}
                continue
            if not items:
                raise self.fail(tok, "Unerwartete Angabe")
            last = items[-1]
            if kind == "mark":
                self.i += 1
                mark = re.sub(r"[()\s]", "", tok.low)
                if mark == "alt":
                    last.target.old = True
                    last.hint["alt"] = True
                    if run_plural:
                        for item in items[run_start:-1]:
                            item.target.old = True
                else:
                    last.hint["note"] = mark
                continue
            if kind == "zuletzt":
                self.i += 1
                last.hint["latest"] = True
                continue
            if kind == "pverb":
                self.i += 1
                last.hint["inline"] = re.sub(r"\s+", " ", tok.low.strip("() "))
                continue
            raise self.fail(tok, "Unerwartete Angabe")
        return items

    def _target(self, level: str, num: str) -> Target:
        if level == "paragraph":
            return Target(paragraph=num)
        target = Target(paragraph=self.ctx.get("paragraph", ""))
        for name in LEVEL_ORDER[1 : LEVEL_ORDER.index(level)]:
            setattr(target, name, self.ctx.get(name, ""))
        setattr(target, level, num)
        return target

    def _range(self, first: _Item, last_num: str) -> list[_Item]:
        level = first.target.level()
        start = getattr(first.target, level)
        if not (start.isdigit() and last_num.isdigit() and int(start) < int(last_num) <= 999):
            raise FootnoteError(f"Bereich „{start} bis {last_num}“ ist keine aufsteigende Zählung.")
        out = []
        for n in range(int(start) + 1, int(last_num) + 1):
            target = Target(**{**asdict(first.target), level: str(n)})
            last = n == int(last_num)
            out.append(_Item(target, {"words": {}, "sep": " bis " if last else "", "ranged": True}))
        return out


def _count(items: list[_Item]) -> int:
    return len(items)


# --- segments -------------------------------------------------------------------------------


def _parse_act(text: str, pos: int) -> tuple[Act, int]:
    m = ACT_START.match(text, pos)
    if m:
        act = Act(
            kind="Verordnung" if m.group("kind").lower() == "verordnung" else "Gesetz",
            date=_date(m, "a"),
            articles=re.sub(r"\s+", " ", m.group("arts") or ""),
        )
        kind_word = m.group("kind")
        if kind_word.lower() not in {"gesetzes", "gesetz", "verordnung"}:
            act.kind = (
                kind_word.removesuffix("es") if kind_word.endswith("vertrages") else kind_word
            )
        gaz = m.group("gaz")
        if gaz is not None:
            g = GAZETTE_RE.match(gaz.strip())
            if not g:
                raise FootnoteError(
                    f"Fundstelle „{gaz}“ nicht erkannt (erwartet: „GV. NRW. S. 123“)."
                )
            act.gazette = g.group("gazette").strip()
            act.page = g.group("page")
            act.correction_page = g.group("corr") or ""
        return act, m.end()
    m = INTERNAL_ACT.match(text, pos)
    if m:
        return Act(kind="Vorschrift", provision=re.sub(r"\s+", " ", m.group("prov"))), m.end()
    raise FootnoteError("Nach „durch“ fehlt das ändernde Gesetz („Artikel … des Gesetzes vom …“).")


def _parse_timing(text: str, pos: int) -> tuple[list[dict], int]:
    head = TIMING_HEAD.match(text, pos)
    if not head:
        return [], pos
    pos = head.end()
    timings: list[dict] = []
    sep = ""
    while True:
        m = TIMING_ITEM.match(text, pos)
        if not m:
            raise FootnoteError(
                "Nach „in Kraft getreten“ fehlt „am <Datum>“ oder „mit Wirkung vom <Datum>“."
            )
        timings.append(
            {
                "date": _date(m, "t"),
                "retroactive": not m.group("how").lower().startswith("am"),
                "qualifier": re.sub(r"\s+", " ", m.group("qual") or ""),
                "sep": sep,
            }
        )
        pos = m.end()
        s = TIMING_SEP.match(text, pos)
        if not s:
            break
        sep = " " + re.sub(r"\s+", " ", s.group("sep")).replace(" ,", ",") + " "
        sep = sep.replace(" ,", ",")
        pos = s.end()
    # "(Artikel 3)" after several dates names the part of the act all of them belong to.
    pending: list[dict] = []
    for t in timings:
        pending.append(t)
        if t["qualifier"]:
            for p in pending:
                p["applies"] = t["qualifier"]
            pending = []
    return timings, pos


SEGMENT_END = re.compile(r"\s*(?:;|\.\s*$|$)")
SEGMENT_AND = re.compile(r"\s+und\s+(?!am\b|mit\s+Wirkung)")


def parse_footnote(text: str, label: str = "") -> Footnote:
    """Events of one footnote text; unparsed pieces are returned verbatim with positions."""
    events: list[Event] = []
    unparsed: list[Unparsed] = []
    ctx: dict = {}
    pos = 0
    seg = 0
    carried: list[Event] = []
    n = len(text)
    m = ENACTMENT.match(text)
    if m:
        try:
            act = Act(kind="Stammgesetz")
            if m.group("gaz"):
                g = GAZETTE_RE.match(m.group("gaz").strip())
                if g:
                    act.gazette, act.page = g.group("gazette").strip(), g.group("page")
                    act.correction_page = g.group("corr") or ""
            events.append(
                Event(
                    target=Target(),
                    operation="enactment",
                    verb="in Kraft getreten",
                    act=act,
                    effective_date=_date(m, "e"),
                    layout={"seg": 0, "enactment": True, "gaz": m.group("gaz") is not None},
                )
            )
            pos = m.end()
            seg = 1
            end = SEGMENT_END.match(text, pos)
            if end:
                pos = end.end()
                events[-1].layout["seg_sep"] = ";" if ";" in end.group(0) else "."
        except FootnoteError as exc:
            unparsed.append(Unparsed(text[: m.end()], 0, m.end(), str(exc)))
            pos = m.end()
    while pos < n:
        while pos < n and text[pos] in " \t\r\n":
            pos += 1
        if pos >= n:
            break
        start = pos
        try:
            seg_events, pos, sep = _parse_segment(text, pos, ctx, seg, carried)
        except FootnoteError as exc:
            # Keep the damaged segment verbatim and go on with the next one.
            stop = text.find(";", start)
            stop = n if stop == -1 else stop + 1
            unparsed.append(Unparsed(text[start:stop].strip(), start, stop, str(exc)))
            pos = stop
            seg += 1
            continue
        for e in seg_events:
            e.layout["seg"] = seg
            e.layout["seg_sep"] = sep
        if seg_events and not seg_events[0].layout.get("carried"):
            carried = seg_events
        events.extend(seg_events)
        seg += 1
    if re.search(r"\d\.\d{1,2}\.\d{4}", text):
        for e in events:
            e.layout["datefmt"] = "numeric"
    return Footnote(label=label, text=text, events=events, unparsed=unparsed)


def _parse_segment(text: str, pos: int, ctx: dict, seg: int, carried: list[Event]):
    if ACT_START.match(text, pos):
        # "…; Gesetz vom 15. Dezember 2016 (…)": another act with the same change (Fn 1).
        if not carried:
            raise FootnoteError("Gesetz ohne Angabe, was es geändert hat.")
        proto = [e for e in carried if e.layout.get("timing", 0) == 0]
        clauses = None
    else:
        durch = ACT_DURCH.search(text, pos)
        stop = text.find(";", pos)
        if durch is None:
            raise FootnoteError("Kein „durch <Gesetz>“ gefunden: unbekannte Formulierung.")
        if 0 <= stop < durch.start() and not _only_changes(text[pos : durch.start()]):
            raise FootnoteError("Kein „durch <Gesetz>“ gefunden: unbekannte Formulierung.")
        tokens = _tokenize(text[pos : durch.start()], pos)
        clauses = _ChangeParser(tokens, ctx).clauses()
        pos = durch.end()
        proto = None
    act, pos = _parse_act(text, pos)
    timings, pos = _parse_timing(text, pos)
    end = SEGMENT_END.match(text, pos)
    sep = ""
    if end and end.end() > pos and ";" in end.group(0):
        sep = ";"
        pos = end.end()
    elif (a := SEGMENT_AND.match(text, pos)) and timings:
        sep = " und"
        pos = a.end()
    elif end and text[pos:].strip() in {"", "."}:
        sep = "." if "." in text[pos:] else ""
        pos = len(text)
    else:
        raise FootnoteError(f"Unerwarteter Text nach der Fundstelle: „{text[pos : pos + 40]}“.")
    timing_list = timings or [{"date": None, "retroactive": False, "qualifier": "", "sep": ""}]
    events: list[Event] = []
    if clauses is None:
        for ti, t in enumerate(timing_list):
            for e in proto:
                events.append(
                    _event(e.target, e.operation, e.verb, act, t, ti, dict(e.layout, carried=True))
                )
    else:
        for ci, clause in enumerate(clauses):
            for ti, t in enumerate(timing_list):
                events.extend(_clause_events(clause, ci, act, t, ti))
    if timings:
        for e in events:
            e.layout["timing_sep"] = timing_list[e.layout["timing"]]["sep"]
            e.layout["timing_qual"] = timing_list[e.layout["timing"]]["qualifier"]
    else:
        for e in events:
            e.layout["no_timing"] = True
    return events, pos, sep


def _only_changes(piece: str) -> bool:
    """A ";" inside the changes ("§ 35: Absatz 4 eingefügt; Absatz 4 (alt) umbenannt …")."""
    try:
        _tokenize(piece, 0)
    except FootnoteError:
        return False
    return True


def _event(target, operation, verb, act, timing, ti, layout) -> Event:
    article = ""
    part = ""
    qual = timing.get("applies", "")
    if qual.lower().startswith(("artikel", "art.")):
        article = "Artikel " + qual.split()[-1]
    elif qual:
        part = qual
    if not article and act and act.articles:
        article = f"Artikel {act.articles}"
    return Event(
        target=Target(**asdict(target)),
        operation=operation,
        verb=verb,
        act=act,
        act_article=article,
        act_part=part,
        effective_date=timing["date"],
        retroactive=timing["retroactive"],
        layout=dict(layout, timing=ti, articles=act.articles if act else ""),
    )


def _clause_events(clause: _Clause, ci: int, act: Act, timing: dict, ti: int) -> list[Event]:
    events = []
    base = {"clause": ci, "clause_sep": clause.sep, "clause_verb": clause.verb}
    if clause.verb in RENAMING_VERBS:
        olds, news = clause.items, clause.new_items
        if clause.verb == "umbenannt in" and len(olds) != len(news):
            raise FootnoteError(
                f"„umbenannt in“: {len(olds)} alte, aber {len(news)} neue Bezeichnungen."
            )
        for k, new in enumerate(news):
            old = olds[min(k, len(olds) - 1)]
            layout = dict(base, item=k, hint=old.hint, new_hint=new.hint, role="rename")
            if k >= len(olds):
                layout["hint"] = {"dup": True}
            e = _event(old.target, VERBS[clause.verb], clause.verb, act, timing, ti, layout)
            e.new_target = Target(**asdict(new.target))
            e.note = old.hint.get("note", "")
            events.append(e)
        for fi, (sep, verb) in enumerate(clause.follow):
            for k, new in enumerate(news):
                layout = dict(base, item=k, role="follow", follow=fi, follow_sep=sep)
                events.append(_event(new.target, VERBS[verb], verb, act, timing, ti, layout))
        return events
    for k, item in enumerate(clause.items):
        verb = item.hint.get("inline") or clause.verb
        layout = dict(base, item=k, hint=item.hint)
        e = _event(item.target, VERBS[verb], verb, act, timing, ti, layout)
        e.latest = bool(item.hint.get("latest"))
        e.note = item.hint.get("note", "")
        events.append(e)
    for fi, (sep, verb) in enumerate(clause.follow):
        for k, item in enumerate(clause.items):
            layout = dict(base, item=k, role="follow", follow=fi, follow_sep=sep)
            events.append(_event(item.target, VERBS[verb], verb, act, timing, ti, layout))
    return events


# --- files ----------------------------------------------------------------------------------

LABEL_RE = re.compile(r"^\s*(?:Fn|Fußnote)\s*(?P<label>\d+[a-z]?)\s*$", re.IGNORECASE)
STAND_RE = re.compile(r"mit\s+Stand\s+vom\s+(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})")
HEADING_RE = re.compile(r"^\s*Fußnoten:?\s*$", re.IGNORECASE)
MAX_FOOTNOTE_CHARS = 20_000


def parse_footnote_file(text: str) -> FootnoteFile:
    """Split a pasted or downloaded footnote block at its "Fn N" lines and parse each.

    Text before the first label (the page header) is not a footnote; text that follows a label
    is its footnote, joined across line breaks. A block without labels is one footnote "1".
    """
    if "\x00" in text:
        raise FootnoteError("Die Datei enthält Binärdaten und ist kein Fußnotentext.")
    if not text.strip():
        raise FootnoteError("Der Text ist leer: keine Fußnoten gefunden.")
    result = FootnoteFile(footnotes=[])
    stand = STAND_RE.search(text[:2000])
    if stand:
        try:
            result.stand = datetime.date(int(stand["y"]), int(stand["m"]), int(stand["d"]))
        except ValueError:
            result.errors.append(f"Ungültiges Stand-Datum „{stand.group(0)}“.")
    current: tuple[str, int] | None = None
    body: list[str] = []
    seen: set[str] = set()

    def flush():
        if current is None:
            return
        label, line = current
        joined = " ".join(part.strip() for part in body if part.strip())
        if len(joined) > MAX_FOOTNOTE_CHARS:
            note = Footnote(label, joined, [], [])
            note.unparsed.append(
                Unparsed(joined[:200] + " …", 0, len(joined), "Fußnote ist unplausibel lang.")
            )
        else:
            note = parse_footnote(joined, label)
        if not joined:
            note.unparsed.append(Unparsed("", 0, 0, "Fußnote ohne Text."))
        note.line = line
        result.footnotes.append(note)

    for number, line in enumerate(text.splitlines(), start=1):
        m = LABEL_RE.match(line)
        if m:
            flush()
            label = m.group("label")
            if label in seen:
                result.errors.append(f"Zeile {number}: Fußnote {label} kommt doppelt vor.")
            seen.add(label)
            current, body = (label, number), []
        elif current is not None and not HEADING_RE.match(line):
            body.append(line)
    flush()
    if not result.footnotes:
        if "Fn " in text or "Fußnoten" in text:
            raise FootnoteError("Keine Fußnote gefunden: erwartet werden Zeilen „Fn 1“, „Fn 2“ …")
        result.footnotes.append(parse_footnote(" ".join(text.split()), "1"))
        result.footnotes[0].line = 1
    return result


# --- regeneration ---------------------------------------------------------------------------


def regenerate(events: list[Event]) -> str:
    """Footnote text written from events alone (their fields plus the layout hints)."""
    segs: dict[int, list[Event]] = {}
    for e in events:
        segs.setdefault(e.layout.get("seg", 0), []).append(e)
    out = []
    style = events[0].layout.get("datefmt", "") if events else ""
    for index in sorted(segs):
        seg_events = segs[index]
        first = seg_events[0]
        if first.layout.get("enactment"):
            text = f"In Kraft getreten am {format_date(first.effective_date, style)}"
            if first.layout.get("gaz"):
                text += f" ({_gazette(first.act)})"
            out.append(text + first.layout.get("seg_sep", ""))
            continue
        timing0 = [e for e in seg_events if e.layout.get("timing", 0) == 0]
        if first.layout.get("carried"):
            text = _act_text(first, style)
        else:
            text = _changes_text(timing0) + " durch " + _act_text(first, style)
        text += _timing_text(seg_events, style)
        out.append(text + first.layout.get("seg_sep", ""))
    return re.sub(r"\s+", " ", " ".join(out)).strip()


def _gazette(act: Act) -> str:
    text = f"{act.gazette} S. {act.page}"
    if act.correction_page:
        text += f", ber. S. {act.correction_page}"
    return text


def _act_text(e: Event, style: str = "") -> str:
    act = e.act
    if act.kind == "Vorschrift":
        return act.provision
    text = ""
    kind = act.kind
    if act.articles:
        gen = {"Gesetz": "des Gesetzes", "Verordnung": "der Verordnung"}.get(kind, f"des {kind}")
        text = f"Artikel {act.articles} {gen} vom {format_date(act.date, style)}"
    else:
        text = f"{kind} vom {format_date(act.date, style)}"
    if act.page:
        text += f" ({_gazette(act)})"
    return text


def _timing_text(events: list[Event], style: str = "") -> str:
    by_index: dict[int, Event] = {}
    for e in events:
        by_index.setdefault(e.layout.get("timing", 0), e)
    if events[0].layout.get("no_timing"):
        return ""
    text = ", in Kraft getreten"
    for index in sorted(by_index):
        e = by_index[index]
        sep = e.layout.get("timing_sep") or " "
        how = "mit Wirkung vom" if e.retroactive else "am"
        text += f"{sep}{how} {format_date(e.effective_date, style)}"
        if e.layout.get("timing_qual"):
            text += f" ({e.layout['timing_qual']})"
    return text


def _changes_text(events: list[Event]) -> str:
    clauses: dict[int, list[Event]] = {}
    for e in events:
        clauses.setdefault(e.layout["clause"], []).append(e)
    text = ""
    prev_par = None
    for ci in sorted(clauses):
        ce = clauses[ci]
        main = [e for e in ce if e.layout.get("role") != "follow"]
        text += ce[0].layout.get("clause_sep", "")
        verb = ce[0].layout["clause_verb"]
        items = [(e.target, e.layout["hint"], e) for e in main if not e.layout["hint"].get("dup")]
        text += _items_text(items, prev_par)
        if not (len(items) == 1 and items[0][1].get("implicit")):
            text += " "
        text += verb
        if verb in RENAMING_VERBS:
            text += " " + _items_text([(e.new_target, e.layout["new_hint"], e) for e in main], None)
        follows: dict[int, Event] = {}
        for e in ce:
            if e.layout.get("role") == "follow":
                follows.setdefault(e.layout["follow"], e)
        for fi in sorted(follows):
            text += follows[fi].layout["follow_sep"] + follows[fi].verb
        prev_par = main[-1].target.paragraph
    return text.strip()


def _items_text(items, prev_par) -> str:
    text = ""
    for target, hint, _event in items:
        if hint.get("implicit"):
            continue
        words = hint.get("words", {})
        if hint.get("ranged") and not hint.get("sep"):
            continue
        text += hint.get("sep", "")
        bits = []
        level = target.level()
        if target.part and level in {"", "paragraph"} and "paragraph" not in words:
            bits.append(target.part)
        else:
            for name in LEVEL_ORDER:
                value = getattr(target, name)
                if name in words and name != level:
                    bits.append(
                        f"{words[name]} {value}"
                        + (":" if name == "paragraph" and words.get("colon") else "")
                    )
                elif name == level:
                    prefix = f"{words[name]} " if name in words else ""
                    bits.append(
                        f"{prefix}{value}"
                        + (":" if name == "paragraph" and words.get("colon") else "")
                    )
            if target.part:
                bits.append(target.part)
        piece = " ".join(bits)
        if hint.get("latest"):
            piece += " zuletzt"
        if hint.get("alt"):
            piece += " (alt)"
        if hint.get("note"):
            piece += f" ({hint['note']})"
        if hint.get("inline"):
            piece += f" ({hint['inline']})"
        text += piece
    return text


def normalise(text: str) -> str:
    """The comparison used by the round trip: whitespace and the known typos do not count."""
    text = re.sub(r"vom(\d)", r"vom \1", text)
    text = re.sub(r"(\d)([a-zäöü]{2,})", r"\1 \2", text)
    return re.sub(r"\s+", " ", text).strip()
