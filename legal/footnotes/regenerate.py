"""Footnote text written again from events alone: the test that parsing lost nothing.

Each event carries its fields plus `layout` hints (which segment and clause it came from, the
words and date styles used); `regenerate` composes the text from those. `normalise` is the
comparison used by the round trip: whitespace and known typos of the source do not count.
"""

from __future__ import annotations

import re

from .dates import format_date
from .model import LEVEL_ORDER, Act, Event, Footnote
from .vocabulary import RENAMING_VERBS

_DEFAULT_CORE = {
    "Gesetz": ("Gesetz", "Gesetzes", "des"),
    "Verordnung": ("Verordnung", "Verordnung", "der"),
    "Bekanntmachung": ("Bekanntmachung", "Bekanntmachung", "der"),
    "Staatsvertrag": ("Staatsvertrag", "Staatsvertrages", "des"),
}


def regenerate_footnote(note: Footnote) -> str:
    """The whole note: its statute-level citation or remark and its events."""
    if note.kind == "remark":
        return note.text
    text = ""
    for act, style, sep in note.layout.get("citations", []):
        if style.get("act"):
            text += act_text(act, style)
        else:
            cited = gazette_text(act, style)
            text += f"({cited})" if style.get("paren") else cited
        text += sep + " "
    if note.events:
        text += " " + regenerate(note.events)
    return text.strip()


def regenerate(events: list[Event]) -> str:
    if events and events[0].layout.get("format") == "bund":
        from .federal import regenerate_federal

        return regenerate_federal(events)
    segs: dict[int, list[Event]] = {}
    for e in events:
        segs.setdefault(e.layout.get("seg", 0), []).append(e)
    out = []
    for index in sorted(segs):
        seg_events = segs[index]
        first = seg_events[0]
        layout = first.layout
        if layout.get("enactment"):
            text = (
                layout.get("written", "In Kraft getreten am")
                + " "
                + format_date(first.effective_date, layout.get("tdf") or "named")
            )
            if layout.get("gaz"):
                text += f" ({gazette_text(first.act, layout.get('act_style', {}))})"
            out.append(text + layout.get("seg_sep", ""))
            continue
        style = layout.get("act_style", {})
        if layout.get("carried"):
            text = act_text(first.act, style, articles=layout.get("articles"))
        else:
            timing0 = [e for e in seg_events if e.layout.get("timing", 0) == 0]
            text = (
                changes_text(timing0)
                + " durch "
                + act_text(first.act, style, articles=layout.get("articles"))
            )
        text += timing_text(seg_events)
        out.append(text + layout.get("seg_sep", ""))
    return re.sub(r"\s+", " ", " ".join(out)).replace(" ,", ",").strip()


def gazette_text(act: Act, style: dict) -> str:
    year = f"{act.gazette_year} " if act.gazette_year else ""
    text = f"{act.gazette} {year}S. {act.page}"
    if act.correction_page:
        cyear = f"{style['cyear']} " if style.get("cyear") else ""
        text += f", ber. {cyear}S. {act.correction_page}"
    return text


def act_text(act: Act, style: dict, articles: str | None = None) -> str:
    if act.kind == "Vorschrift":
        return act.provision
    if style.get("bare"):
        return f"{format_date(act.date, style.get('df') or 'named')} ({gazette_text(act, style)})"
    articles = act.articles if articles is None else articles
    plain, genitive, article_gen = _DEFAULT_CORE.get(act.kind, (act.kind, act.kind, "des"))
    core = style.get("core") or act.title or (genitive if articles else plain)
    text = ""
    if articles:
        art = style.get("art") or "Artikel"
        text = f"{art} {articles} {style.get('gen') or article_gen} "
    if style.get("det"):
        text += style["det"] + " "
    vom = style.get("vom", "vom")
    text += f"{core} {vom + ' ' if vom else ''}{format_date(act.date, style.get('df') or 'named')}"
    if act.page:
        text += f" ({gazette_text(act, style)})"
    return text


def timing_text(events: list[Event]) -> str:
    if events[0].layout.get("no_timing"):
        return ""
    by_index: dict[int, Event] = {}
    for e in events:
        by_index.setdefault(e.layout.get("timing", 0), e)
    head = events[0].layout.get("timing_head", ",")
    text = f"{head} in Kraft getreten"
    for index in sorted(by_index):
        e = by_index[index]
        sep = e.layout.get("timing_sep") or " "
        how = "mit Wirkung vom" if e.retroactive else "am"
        text += f"{sep}{how} {format_date(e.effective_date, e.layout.get('tdf') or 'named')}"
        if e.layout.get("timing_qual"):
            text += f" ({e.layout['timing_qual']})"
    return text


def changes_text(events: list[Event]) -> str:
    clauses: dict[int, list[Event]] = {}
    for e in events:
        clauses.setdefault(e.layout["clause"], []).append(e)
    text = ""
    for ci in sorted(clauses):
        ce = clauses[ci]
        main = [e for e in ce if e.layout.get("role") != "follow"]
        text += ce[0].layout.get("clause_sep", "")
        verb = ce[0].layout["clause_verb"]
        items = [(e.target, e.layout["hint"]) for e in main if not e.layout["hint"].get("dup")]
        text += items_text(items)
        implicit = len(items) == 1 and items[0][1].get("implicit")
        if not implicit or items[0][1].get("latest") or items[0][1].get("lead"):
            text += " "
        text += verb
        if " ".join(verb.lower().split()) in RENAMING_VERBS:
            text += " " + items_text([(e.new_target, e.layout["new_hint"]) for e in main])
        follows: dict[int, Event] = {}
        for e in ce:
            if e.layout.get("role") == "follow":
                follows.setdefault(e.layout["follow"], e)
        for fi in sorted(follows):
            text += follows[fi].layout["follow_sep"] + follows[fi].verb
    return text.strip()


def items_text(items) -> str:
    text = ""
    for target, hint in items:
        if hint.get("implicit"):
            lead = " ".join(w for w in (hint.get("lead"), hint.get("latest") and "zuletzt") if w)
            text += lead
            continue
        if hint.get("ranged") and not hint.get("sep"):
            continue
        words = hint.get("words", {})
        text += hint.get("sep", "")
        bits = []
        if words.get("prev"):
            bits.append(words["prev"])
        level = target.level()
        if words.get("part_run"):
            bits.append(target.part.partition(" ")[2])
        elif (
            target.part
            and level in {"", "paragraph", "article"}
            and not (words.keys() & {"paragraph", "article"})
        ):
            bits.append(target.part)
        else:
            for name in LEVEL_ORDER:
                value = getattr(target, name)
                if name in words and name != level:
                    bits.append(
                        f"{words[name]} {value}" + (":" if _colon_after(words, name) else "")
                    )
                elif name == level:
                    prefix = f"{words[name]} " if name in words else ""
                    colon = ":" if _colon_after(words, name) else ""
                    bits.append(f"{prefix}{value}{colon}")
            if target.part:
                bits.append(target.part)
        piece = " ".join(bits)
        if hint.get("latest"):
            piece += " zuletzt"
        if hint.get("alt"):
            piece += " (alt)"
        if hint.get("note"):
            piece += f" ({hint['note']})"
        if hint.get("jetzt"):
            piece += f" ({hint['jetzt']})"
        if hint.get("inline"):
            piece += f" ({hint['inline']})"
        text += piece
    return text


def _colon_after(words: dict, name: str) -> bool:
    """The subject colon ("§ 20:", "§ 3 Absatz 2:"); `True` in layouts stored before the level
    was recorded means the paragraph or article."""
    colon = words.get("colon")
    return colon == name or (colon is True and name in {"paragraph", "article"})


_FIXES = (
    (re.compile(r"\b(vom|v\.)(\d)"), r"\1 \2"),  # "vom12. Juli 2019"
    (re.compile(r"(\d)([a-zäöü]{2,})"), r"\1 \2"),  # "Absatz 1geändert"
    (re.compile(r"\.S\. "), ". S. "),  # "GV. NRW.S. 274"
    (re.compile(r"\s+"), " "),
)


def normalise(text: str) -> str:
    for pattern, replacement in _FIXES:
        text = pattern.sub(replacement, text)
    return text.strip()
