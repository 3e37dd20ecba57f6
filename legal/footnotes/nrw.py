"""One footnote of an NRW statute or ordinance (recht.nrw.de, SGV. NRW.) as events.

A footnote is a chain of segments separated by ";" (or "," / "und" before another act, or
"und" after an entry-into-force clause): "<changes> durch <act>, in Kraft getreten <dates>".
A segment that starts with an act ("…; Gesetz vom …, in Kraft getreten am …") repeats the
changes of the last segment that named its own ("geändert durch A; B; C"). The first segment
may instead be the statute's enactment ("In Kraft getreten am … (GV. NRW. S. …)", an event) or
only the gazette citation of the original text ("GV. NW. 1984 S. 663", no event). Notes that
record no amendment ("gegenstandslos.", "Hier nicht abgedruckt …", "GV. NRW. ausgegeben am …")
are classified as remarks and never yield events. A segment the parser does not understand is
kept verbatim with its span and the reason; the rest of the note is still parsed.
"""

from __future__ import annotations

import re

from django.utils.translation import gettext as _

from .citations import (
    ACT_RE,
    BARE_ACT,
    CITATION_RE,
    DURCH_RE,
    find_durch,
    parse_act,
    parse_gazette,
    parse_timing,
)
from .dates import date_pattern, read_date
from .model import Act, Event, Footnote, FootnoteError, Target, Unparsed
from .targets import ChangeParser, Clause
from .tokens import only_changes, tokenize
from .vocabulary import RENAMING_VERBS, VERBS

ENACTMENT = re.compile(
    rf"\s*(?P<head>[Ii]n\s+Kraft\s+getreten\s+(?P<how>am|mit\s+Wirkung\s+vom))"
    rf"\s*(?P<date>{date_pattern('e')})"
    r"(?:\s*\((?P<gaz>[^()]*)\))?"
)
SEGMENT_END = re.compile(r"\s*(?:;|\.\s*$|$)")
ENACTMENT_END = re.compile(r"\s*(?:[;,]|\.\s*$|$)")
SEGMENT_AND = re.compile(r"\s+und\s+(?!am\b|mit\s+Wirkung)")
_AFTER_SEMICOLON_TIMING = re.compile(r"\s*in\s+Kraft")
NEXT_ACT = re.compile(r"\s*(?P<sep>,\s*und|,\s*sowie|,|:|und|sowie)\s+(?:durch\s+)?")
LEAD_SEP = re.compile(r"\s*(?P<sep>[;,.])?\s*")
REMARKS = re.compile(
    r"(?P<void>gegenstandslos)"
    r"|(?P<omitted>nicht\s+(?:mit\s+)?abgedruckt|vom\s+Abdruck)"
    r"|(?P<issued>ausgegeben\s+am)"
    r"|(?P<see>^\s*(?:vgl\.|siehe|s\.)\s)",
    re.I,
)
REMARK_TEXT = {
    "void": "gegenstandslos",
    "omitted": "nicht abgedruckt",
    "issued": "Ausgabedatum des Verkündungsblatts",
    "see": "Verweis",
}
AMENDMENT_HINT = re.compile(r"in\s+Kraft\s+getreten|(?<![\wäöüß])durch\s", re.I)


_REMARK_WORDS = ("gegenstandslos", "abgedruck", "ausgegeben")
_REMARK_STARTS = ("vgl.", "siehe ", "s. ")


def classify_remark(text: str) -> str:
    """What a note that records no amendment says, or "" if it may record one."""
    low = text.lower()
    if not any(word in low for word in _REMARK_WORDS) and not low.lstrip().startswith(
        _REMARK_STARTS
    ):
        return ""  # the common case, decided without a regular expression
    m = REMARKS.search(text)
    if m is None:
        return ""
    if AMENDMENT_HINT.search(text) and find_durch(text, 0)[0]:
        return ""
    return REMARK_TEXT[m.lastgroup]


def parse_footnote(text: str, label: str = "", acts: dict | None = None) -> Footnote:
    """Events of one footnote text; unparsed pieces are returned verbatim with positions.

    `acts` may be a dict shared by the notes of one file: the notes of a statute cite the same
    few acts over and over, and a citation read once (with its entry into force) is reused.
    """
    if acts is None:
        acts = {}
    note = Footnote(label=label, text=text, events=[], unparsed=[])
    remark = classify_remark(text)
    if remark:
        note.kind = "remark"
        note.remark = remark
        return note
    events = note.events
    unparsed = note.unparsed
    ctx: dict = {}
    pos = 0
    seg = 0
    carried: list[Event] = []
    n = len(text)
    m = ENACTMENT.match(text)
    if m:
        try:
            act = Act(kind="Stammgesetz")
            style: dict = {}
            if m.group("gaz"):
                parse_gazette(m.group("gaz"), act, style)
            date, df = read_date(m, "e")
            events.append(
                Event(
                    target=Target(),
                    operation="enactment",
                    verb="in Kraft getreten",
                    act=act,
                    effective_date=date,
                    retroactive=m.group("how") != "am",
                    layout={
                        "written": " ".join(m.group("head").split()),
                        "seg": 0,
                        "enactment": True,
                        "gaz": m.group("gaz") is not None,
                        "tdf": df,
                        "act_style": style,
                    },
                )
            )
        except FootnoteError as exc:
            unparsed.append(Unparsed(text[: m.end()].strip(), 0, m.end(), str(exc)))
        pos = m.end()
        seg = 1
        end = ENACTMENT_END.match(text, pos)
        if end:
            pos = end.end()
            if events:
                written = end.group(0).strip()
                events[-1].layout["seg_sep"] = written or "."
    else:
        pos = _leading_citation(text, note)
        if pos:
            seg = 1
            # "GV. NRW. S. 823; in Kraft getreten am 1. Januar 2004; geändert durch …"
            m = ENACTMENT.match(text, pos)
            if m and m.group("gaz") is None:
                try:
                    date, df = read_date(m, "e")
                except FootnoteError as exc:
                    unparsed.append(Unparsed(text[pos : m.end()].strip(), pos, m.end(), str(exc)))
                else:
                    end = ENACTMENT_END.match(text, m.end())
                    events.append(
                        Event(
                            target=Target(),
                            operation="enactment",
                            verb="in Kraft getreten",
                            act=note.citation,
                            effective_date=date,
                            retroactive=m.group("how") != "am",
                            layout={
                                "seg": seg,
                                "enactment": True,
                                "written": " ".join(m.group("head").split()),
                                "tdf": df,
                                "seg_sep": end.group(0).strip() or ".",
                            },
                        )
                    )
                    pos = end.end()
                    seg += 1
    while pos < n:
        while pos < n and text[pos] in " \t\r\n":
            pos += 1
        if pos >= n:
            break
        start = pos
        try:
            seg_events, pos, sep = _parse_segment(text, pos, ctx, carried, acts)
        except FootnoteError as exc:
            # Keep the damaged segment verbatim and go on with the next one.
            stop = text.find(";", start)
            stop = n if stop == -1 else stop + 1
            piece = text[start:stop]
            end = start + len(piece.rstrip())
            unparsed.append(Unparsed(text[start:end], start, end, str(exc)))
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
    if events:
        note.kind = "amendment"
    elif note.citation and not unparsed:
        note.kind = "citation"
        note.remark = "Fundstelle der Erstfassung"
    else:
        note.kind = "unknown"
    return note


def _leading_citation(text: str, note: Footnote) -> int:
    """ "GV. NW. 1984 S. 663; geändert durch …", "PrGS. S. 209, PrGS. NW. S. 104; …" or
    "Verordnung vom … (GV. NRW. S. …)" alone: where the original text was published."""
    citations = []
    pos = 0
    while True:
        m = CITATION_RE.match(text, pos)
        if not m:
            break
        act = Act(kind="Stammgesetz")
        style: dict = {"paren": bool(m.group("open"))}
        parse_gazette(m.group("gaz"), act, style)
        lead = LEAD_SEP.match(text, m.end())
        citations.append((act, style, lead.group("sep") or ""))
        pos = lead.end()
        if lead.group("sep") != ",":
            break
    if not citations:
        a = ACT_RE.match(text)
        if not a or a.group("arts") or a.group("gaz") is None:
            return 0
        rest = text[a.end() :].strip()
        if rest not in {"", "."} and not rest.startswith((";", ",")):
            return 0
        try:
            act, style, end = parse_act(text, 0)
        except FootnoteError:
            return 0
        act.kind = "Stammgesetz"
        style["act"] = True
        lead = LEAD_SEP.match(text, end)
        citations.append((act, style, lead.group("sep") or ""))
        pos = lead.end()
    note.citation = citations[0][0]
    note.layout = {"citations": citations}
    return pos


_TIMING_KEYS = frozenset(
    {
        "timing",
        "timing_sep",
        "timing_qual",
        "timing_head",
        "tdf",
        "no_timing",
        "articles",
        "act_style",
        "seg",
        "seg_sep",
    }
)


def _act_key(text: str, pos: int, previous_kind: str) -> tuple[str, str]:
    """Key of the per-file act cache: the text from `pos` to the end of the segment (past a
    ";" that only precedes "in Kraft …"), without the closing ";" or "." so that the same
    citation ends a note and a segment alike."""
    stop = text.find(";", pos)
    while stop != -1 and _AFTER_SEMICOLON_TIMING.match(text, stop + 1):
        stop = text.find(";", stop + 1)
    return previous_kind, (text[pos:] if stop == -1 else text[pos:stop]).rstrip(" .;")


def _find_durch(text: str, pos: int, acts: dict, previous_kind: str):
    """`find_durch`, but a citation already in the file's act cache needs no new match: then
    the cached act is returned as the third value (else None)."""
    m = DURCH_RE.search(text, pos)
    if m and not text.endswith("ersetzt ", 0, m.start()):
        found = acts.get(_act_key(text, m.end(), previous_kind))
        if found is not None:
            return m, None, found
    return (*find_durch(text, pos), None)


def _act_and_timing(
    text: str,
    pos: int,
    acts: dict,
    previous_kind: str = "",
    match: re.Match | None = None,
    found: tuple | None = None,
):
    """The act at `pos` with its entry-into-force dates, each prepared as a timing tuple
    (date, retroactive, act article, act part, layout) shared by the events it applies to.
    `found` is the act cache's entry for `pos` if the caller has looked it up already."""
    if found is None:
        key = _act_key(text, pos, previous_kind)
        found = acts.get(key)
    if found is None:
        act, style, end = parse_act(text, pos, previous_kind, match)
        timings, end, head_sep = parse_timing(text, end)
        prepared = []
        default_article = ""
        if act.articles:
            word = "§" if style.get("art") == "§" else "Artikel"
            default_article = f"{word} {act.articles}"
        for ti, t in enumerate(timings):
            article, part = default_article, ""
            qual = t.get("applies", "")
            if qual.startswith(("Artikel", "Art.")):
                article = "Artikel " + qual.split()[-1]
            elif qual:
                part = qual
            layout = {
                "timing": ti,
                "timing_sep": t["sep"],
                "timing_qual": t["qualifier"],
                "timing_head": head_sep,
                "tdf": t["df"],
                "articles": act.articles,
                "act_style": style,
            }
            prepared.append((t["date"], t["retroactive"], article, part, layout))
        if not prepared:
            layout = {"timing": 0, "no_timing": True, "articles": act.articles, "act_style": style}
            prepared.append((None, False, default_article, "", layout))
        found = acts[key] = (act, prepared, end - pos)
    act, prepared, length = found
    return act, prepared, pos + length


def _parse_segment(text: str, pos: int, ctx: dict, carried: list[Event], acts: dict):
    previous_kind = carried[-1].act.kind if carried and carried[-1].act else ""
    stop = text.find(";", pos)
    # A segment that names its changes has a "durch"; only one without it can be a bare act.
    has_durch = "durch" in (text[pos:] if stop == -1 else text[pos:stop])
    act_match = None
    if not has_durch and (ACT_RE.match(text, pos) or (previous_kind and BARE_ACT.match(text, pos))):
        # "…; Gesetz vom 15. Dezember 2016 (…)": another act with the same change.
        if not carried:
            raise FootnoteError(
                _("Gesetz ohne Angabe, was es geändert hat: vor ihm steht keine Änderung.")
            )
        proto = [e for e in carried if e.layout.get("timing", 0) == 0]
        clauses = cached = None
    else:
        durch, act_match, cached = _find_durch(text, pos, acts, previous_kind)
        if durch is None:
            raise FootnoteError(
                _("Kein „durch <Gesetz oder Verordnung vom …>“ gefunden: unbekannte Formulierung.")
            )
        if 0 <= stop < durch.start() and not only_changes(text, pos, durch.start()):
            raise FootnoteError(
                _(
                    "Kein „durch <Gesetz oder Verordnung vom …>“ vor dem „;“: "
                    "unbekannte Formulierung."
                )
            )
        tokens = tokenize(text, pos, durch.start())
        clauses = ChangeParser(tokens, ctx).clauses()
        pos = durch.end()
        proto = None
    act, prepared, pos = _act_and_timing(text, pos, acts, previous_kind, act_match, cached)
    sep = ""
    end = SEGMENT_END.match(text, pos)
    if end and end.end() > pos and ";" in end.group(0):
        sep = ";"
        pos = end.end()
    elif (nxt := NEXT_ACT.match(text, pos)) and (
        ACT_RE.match(text, nxt.end()) or BARE_ACT.match(text, nxt.end())
    ):
        # "… (GV. NRW. S. 750), Gesetz vom …": a list of acts without verbs of their own.
        written = " ".join(text[pos : nxt.end()].split()).replace(" ,", ",")
        sep = written if written.startswith((",", ":")) else " " + written
        pos = nxt.end()
    elif (a := SEGMENT_AND.match(text, pos)) and not prepared[0][4].get("no_timing"):
        sep = " und"
        pos = a.end()
    elif end and text[pos:].strip() in {"", "."}:
        sep = "." if "." in text[pos:] else ""
        pos = len(text)
    else:
        raise FootnoteError(
            _("Unerwarteter Text nach der Fundstelle: „%(text)s“.")
            % {"text": text[pos : pos + 40].strip()}
        )
    events: list[Event] = []
    if clauses is None:
        for timing in prepared:
            for e in proto:
                layout = {k: v for k, v in e.layout.items() if k not in _TIMING_KEYS}
                layout.update(timing[4])
                layout["carried"] = True
                new = _event(e.target, e.operation, e.verb, act, timing, layout)
                new.latest = e.latest
                new.note = e.note
                events.append(new)
    else:
        for ci, clause in enumerate(clauses):
            for timing in prepared:
                _clause_events(events, clause, ci, act, timing)
    return events, pos, sep


def _event(target, operation, verb, act, timing, layout) -> Event:
    return Event(
        target,  # shared, never changed after parsing
        operation,
        verb,
        act,
        timing[2],
        timing[3],
        timing[0],
        timing[1],
        layout=layout,
    )


def _clause_events(events: list, clause: Clause, ci: int, act, timing) -> None:
    base = {
        "clause": ci,
        "clause_sep": clause.sep,
        "clause_verb": clause.written or clause.verb,
        **timing[4],
    }
    verb = clause.verb
    if verb in RENAMING_VERBS:
        olds, news = clause.items, clause.new_items
        if verb != "ersetzt durch" and len(olds) != len(news):
            raise FootnoteError(
                _("„%(verb)s“: %(old)d alte, aber %(new)d neue Bezeichnungen.")
                % {"verb": verb, "old": len(olds), "new": len(news)}
            )
        for k, new in enumerate(news):
            old = olds[min(k, len(olds) - 1)]
            layout = {**base, "item": k, "hint": old.hint, "new_hint": new.hint, "role": "rename"}
            if k >= len(olds):
                layout["hint"] = {"dup": True}
            e = _event(old.target, VERBS[verb], verb, act, timing, layout)
            e.new_target = new.target.copy(old=False)
            e.note = old.hint.get("note", "")
            events.append(e)
        follow_items = news
    else:
        date, retroactive, article, part = timing[:4]
        operation = VERBS[verb]
        append = events.append
        for k, item in enumerate(clause.items):
            hint = item.hint
            layout = {**base, "item": k, "hint": hint}
            if len(hint) == 2 and "sep" in hint:  # only "words" and "sep": a plain item
                append(
                    Event(
                        item.target,
                        operation,
                        verb,
                        act,
                        article,
                        part,
                        date,
                        retroactive,
                        None,
                        False,
                        "",
                        layout,
                    )
                )
                continue
            item_verb = hint.get("inline") or verb
            note = hint.get("note", "")
            if hint.get("jetzt"):
                note = (note + "; " if note else "") + hint["jetzt"]
            append(
                Event(
                    item.target,
                    VERBS[item_verb],
                    item_verb,
                    act,
                    article,
                    part,
                    date,
                    retroactive,
                    None,
                    bool(hint.get("latest")),
                    note,
                    layout,
                )
            )
        follow_items = clause.items
    for fi, (sep, follow_verb) in enumerate(clause.follow):
        for k, item in enumerate(follow_items):
            layout = {**base, "item": k, "role": "follow", "follow": fi, "follow_sep": sep}
            events.append(_event(item.target, VERBS[follow_verb], follow_verb, act, timing, layout))
