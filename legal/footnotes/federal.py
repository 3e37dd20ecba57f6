"""Federal amendment notes in the style of gesetze-im-internet.de, mapped to the same events.

Forms (the documentation standard of the federal legal information system):

- "Stand: Neugefasst durch Bek. v. 11.9.2012 I 2022; zuletzt geändert durch Art. 2 G v.
  8.5.2024 I Nr. 152": statute-level events (substitution by a notice, last change).
- "§ 41: IdF d. Art. 1 Nr. 37 G v. 3.6.2021 I 1444 mWv 10.6.2021": "in der Fassung" is a
  substitution of the target; "mWv" (mit Wirkung vom) is the effective date. Also "Eingef.
  durch …" (insertion), "Aufgeh. durch …" (repeal), "Geändert durch …" (change).
- "Hinweis: Änderung durch Art. 3 G v. … noch nicht berücksichtigt" (or "textlich
  nachgewiesen, dokumentarisch noch nicht abschließend bearbeitet"): a change that is made but
  not yet worked into the text; an event without effective date and with that note.
- "(+++ Textnachweis ab: 1.1.1991 +++)", "(+++ Zur Anwendung vgl. § 10 +++)",
  "Ausfertigungsdatum: …", "Vollzitat: …": remarks, never events (the Vollzitat repeats the
  "Stand" line in prose).

Acts: "G" Gesetz, "V"/"VO" Verordnung, "Bek." Bekanntmachung; the gazette is the
Bundesgesetzblatt, part I or II, with a page ("I 1444", "BGBl. I S. 1444") or, since 2023, a
number ("I Nr. 152", "BGBl. 2024 I Nr. 152").
"""

from __future__ import annotations

import datetime
import re

from django.utils.translation import gettext as _

from .model import Act, Event, Footnote, FootnoteError, FootnoteFile, Target, Unparsed

_DATE = r"(?P<{p}d>\d{{1,2}})\.(?P<{p}m>\d{{1,2}})\.(?P<{p}y>\d{{4}})"
ACT_B = re.compile(
    r"(?:(?P<artw>Art\.|Artikel)\s*(?P<arts>\d+[a-z]?(?:\s+(?:Nr\.|Abs\.|Buchst\.)\s*\d+[a-z]?)*"
    r"(?:\s*(?:,|u\.|und|bis)\s*\d+[a-z]?)*)\s+)?"
    r"(?P<kind>G|V|VO|Bek\.|Gesetz|Verordnung|Bekanntmachung)\s+(?P<vom>v\.|vom)\s*"
    + _DATE.format(p="a")
    + r"(?:\s+(?P<bgbl>BGBl\.\s*)?(?:(?P<gy>\d{4})\s+)?(?P<part>III|II|I)\s+"
    r"(?:Nr\.\s*(?P<num>\d+)|(?P<s>S\.\s*)?(?P<page>\d+)))?"
    r"(?:\s*,?\s+mWv\s+" + _DATE.format(p="e") + r")?"
)
VERB_B = re.compile(
    r"(?P<latest>[Zz]uletzt\s+)?(?P<verb>geändert|geänd\.|[Nn]eu\s?gefasst|IdF|[Ee]ingef(?:ügt|\.)"
    r"|[Aa]ufgeh(?:oben|\.)|[Ee]rsetzt|[Gg]eändert|Änderung)\s+(?:durch|d\.)\s+"
)
VERB_OPERATIONS = {
    "geändert": "change",
    "geänd.": "change",
    "neugefasst": "substitution",
    "neu gefasst": "substitution",
    "idf": "substitution",
    "eingefügt": "insertion",
    "eingef.": "insertion",
    "aufgehoben": "repeal",
    "aufgeh.": "repeal",
    "ersetzt": "substitution",
    "änderung": "change",
}
TARGET_B = re.compile(
    r"(?P<target>(?:§§?\s*\d+[a-z]?(?:\s+Abs\.\s*\d+[a-z]?)?(?:\s+Satz\s+\d+)?"
    r"(?:\s+Nr\.\s*\d+[a-z]?)?)|Überschrift|Inhaltsübersicht|Eingangsformel|Anlage(?:\s+\d+)?)"
    r"\s*:\s*"
)
_TARGET_PARTS = re.compile(
    r"§§?\s*(?P<par>\d+[a-z]?)(?:\s+Abs\.\s*(?P<abs>\d+[a-z]?))?(?:\s+Satz\s+(?P<satz>\d+))?"
    r"(?:\s+Nr\.\s*(?P<nr>\d+[a-z]?))?"
)
HEAD = re.compile(r"\s*(?P<head>Stand|Hinweis)\s*:\s*")
PENDING = re.compile(
    r"\s*(?P<pending>noch\s+nicht\s+berücksichtigt|textlich\s+nachgewiesen,\s*dokumentarisch"
    r"\s+noch\s+nicht\s+abschließend\s+bearbeitet)"
)
REMARK_B = re.compile(
    r"^\s*\(?\s*\+\+\+\s*(?P<body>.*?)\s*\+\+\+\s*\)?\s*$"
    r"|^\s*(?P<meta>Ausfertigungsdatum|Vollzitat|Amtlicher\s+Hinweis|Ersetzt(?=\s+(?:V|G)\s+\d))"
    r"|(?P<print>Kursivdruck\s*:|offensichtlicher\s+Unrichtigkeit)"
)
ITEM_SEP = re.compile(r"\s*(?P<sep>;|,)\s*")
NOTE_START = re.compile(
    r"^\s*(?:Stand|Hinweis|Ausfertigungsdatum|Vollzitat|Fußnote|Amtlicher Hinweis)\s*:"
    r"|^\s*\(?\s*\+\+\+|^\s*Ersetzt\s"
    r"|^\s*(?:§|Überschrift|Inhaltsübersicht|Eingangsformel|Anlage)"
    r"|^\s*(?:Zuletzt|Geändert|Neugefasst|Neu gefasst|IdF|Eingef|Aufgeh|Ersetzt)"
)
KINDS = {
    "g": "Gesetz",
    "gesetz": "Gesetz",
    "v": "Verordnung",
    "vo": "Verordnung",
    "verordnung": "Verordnung",
    "bek.": "Bekanntmachung",
    "bekanntmachung": "Bekanntmachung",
}


def _date(m: re.Match, p: str) -> datetime.date:
    try:
        return datetime.date(int(m.group(p + "y")), int(m.group(p + "m")), int(m.group(p + "d")))
    except ValueError:
        raise FootnoteError(
            _("Ungültiges Datum „%(date)s“: diesen Tag gibt es nicht.")
            % {"date": f"{m.group(p + 'd')}.{m.group(p + 'm')}.{m.group(p + 'y')}"}
        ) from None


def _target(text: str) -> Target:
    m = _TARGET_PARTS.fullmatch(text)
    if m:
        return Target(
            paragraph=m.group("par"),
            absatz=m.group("abs") or "",
            satz=m.group("satz") or "",
            nummer=m.group("nr") or "",
        )
    return Target(part=" ".join(text.split()))


def parse_federal_note(text: str, label: str = "") -> Footnote:
    """One federal note: a "Stand:"/"Hinweis:" line, a per-§ note or a "+++" remark."""
    note = Footnote(label=label, text=text, events=[], unparsed=[])
    r = REMARK_B.search(text)
    if r:
        note.kind = "remark"
        if r.group("print"):
            note.remark = "Hinweis zum Druckbild"
        else:
            note.remark = " ".join((r.group("meta") or r.group("body") or "").split())
        return note
    pos = 0
    head = HEAD.match(text)
    layout_head = ""
    if head:
        layout_head = head.group("head")
        pos = head.end()
    target = Target()
    layout_target = ""
    t = TARGET_B.match(text, pos)
    if t:
        target = _target(t.group("target"))
        layout_target = " ".join(t.group("target").split())
        pos = t.end()
    seg = 0
    n = len(text)
    while pos < n:
        start = pos
        try:
            event, pos = _item(text, pos, target)
        except FootnoteError as exc:
            stop = text.find(";", start)
            stop = n if stop == -1 else stop
            unparsed_text = text[start:stop].rstrip()
            note.unparsed.append(
                Unparsed(unparsed_text, start, start + len(unparsed_text), str(exc))
            )
            pos = stop + 1
            seg += 1
            continue
        event.layout.update(seg=seg, head=layout_head, target_text=layout_target)
        sep = ITEM_SEP.match(text, pos)
        if sep and sep.end() < n:
            event.layout["seg_sep"] = sep.group("sep")
            pos = sep.end()
        else:
            tail = text[pos:].strip()
            if tail not in {"", ".", ";"}:
                note.unparsed.append(
                    Unparsed(
                        text[pos:].strip(),
                        pos + len(text[pos:]) - len(text[pos:].lstrip()),
                        n,
                        _("Unerwarteter Text nach der Fundstelle: kein bekannter Vermerk."),
                    )
                )
            event.layout["seg_sep"] = tail if tail in {".", ";"} else ""
            pos = n
        note.events.append(event)
        seg += 1
    note.kind = "amendment" if note.events else "unknown"
    if not note.events and not note.unparsed:
        note.unparsed.append(Unparsed(text, 0, n, _("Leerer Vermerk.")))
    return note


def _item(text: str, pos: int, target: Target) -> tuple[Event, int]:
    v = VERB_B.match(text, pos)
    if not v:
        raise FootnoteError(
            _(
                "Erwartet wurde „geändert durch“, „Neugefasst durch“, „IdF d.“, „Eingef. durch“ "
                "oder „Aufgeh. durch“."
            )
        )
    verb = v.group("verb")
    operation = VERB_OPERATIONS[" ".join(verb.lower().split())]
    a = ACT_B.match(text, v.end())
    if not a:
        raise FootnoteError(
            _("Nach „durch“ fehlt das ändernde Gesetz („Art. 2 G v. 8.5.2024 I Nr. 152“).")
        )
    kind = KINDS[a.group("kind").lower()]
    act = Act(kind=kind, date=_date(a, "a"), articles=" ".join((a.group("arts") or "").split()))
    if a.group("part"):
        act.gazette = "BGBl. " + a.group("part")
        act.gazette_year = a.group("gy") or ""
        act.page = a.group("page") or ""
        act.number = a.group("num") or ""
    effective = _date(a, "e") if a.group("ed") else None
    pos = a.end()
    note = ""
    p = PENDING.match(text, pos)
    if p:
        note = " ".join(p.group("pending").split())
        pos = p.end()
    event = Event(
        target=target.copy(),
        operation=operation,
        verb=verb,
        act=act,
        act_article=f"Artikel {act.articles}" if act.articles else "",
        effective_date=effective,
        retroactive=bool(effective and act.date and effective < act.date),
        latest=bool(v.group("latest")),
        note=note,
        layout={
            "format": "bund",
            "latest_word": (v.group("latest") or "").strip(),
            "prep": v.group(0).split()[-1],
            "artw": a.group("artw") or "",
            "kindw": a.group("kind"),
            "vom": a.group("vom"),
            "bgbl": bool(a.group("bgbl")),
            "s": bool(a.group("s")),
            "pending": note,
        },
    )
    return event, pos


def regenerate_federal(events: list[Event]) -> str:
    out = []
    first = events[0].layout if events else {}
    if first.get("head"):
        out.append(first["head"] + ":")
    if first.get("target_text"):
        out.append(first["target_text"] + ":")
    for e in sorted(events, key=lambda e: e.layout.get("seg", 0)):
        lay = e.layout
        words = []
        if lay.get("latest_word"):
            words.append(lay["latest_word"])
        words += [e.verb, lay.get("prep") or "durch"]
        act = e.act
        if act.articles:
            words.append(f"{lay.get('artw') or 'Art.'} {act.articles}")
        words += [lay.get("kindw") or act.kind, lay.get("vom") or "v.", _short(act.date)]
        if act.gazette:
            gaz = ("BGBl. " if lay.get("bgbl") else "") + (
                f"{act.gazette_year} " if act.gazette_year else ""
            )
            gaz += act.gazette.removeprefix("BGBl. ") + " "
            gaz += f"Nr. {act.number}" if act.number else ("S. " if lay.get("s") else "") + act.page
            words.append(gaz)
        if e.effective_date:
            words += ["mWv", _short(e.effective_date)]
        if e.note:
            words.append(e.note)
        out.append(" ".join(words) + lay.get("seg_sep", ""))
    return " ".join(out)


def _short(day: datetime.date) -> str:
    return f"{day.day}.{day.month}.{day.year}"


def parse_federal_file(text: str) -> FootnoteFile:
    """Every note of a federal block: each starts on a line with a known head; other lines
    continue the note before (the "Stand:" block wraps its second item onto a new line)."""
    result = FootnoteFile(footnotes=[], format="bund")
    notes: list[tuple[int, list[str]]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        if NOTE_START.match(line) or not notes:
            notes.append((number, [line.strip()]))
        else:
            notes[-1][1].append(line.strip())
    for index, (line, parts) in enumerate(notes, start=1):
        note = parse_federal_note(" ".join(parts), str(index))
        note.line = line
        result.footnotes.append(note)
    if not result.footnotes:
        raise FootnoteError(_("Keine Vermerke gefunden."))
    return result
