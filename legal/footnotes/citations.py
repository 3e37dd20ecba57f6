"""Amending acts, gazette citations and entry-into-force clauses of NRW notes.

Forms: "Artikel 9 des Gesetzes vom 14. Juni 2016 (GV. NRW. S. 310)", "Art. 2 d. Gesetzes v.
18.5.2004 (GV. NRW. S. 248)", "Verordnung vom 5.12.2008 (GV. NRW. S. 842)", "1. ÄndVO v.
12.3.2008 (…)", "Artikel 110 des Fünften Befristungsgesetzes vom 5. April 2005 (…)",
"Art. III des Gesetzes v. 31. 7. 1931 (PrGS. S. 163)", "(GV. NRW. 2024 S. 13)", "(GV. NW. 1985
S. 14)", "(GV. NRW.S. 274)"; entry into force ", in Kraft getreten am …", "; in Kraft getreten
mit Wirkung vom …", several dates joined by "und"/"sowie", each with an optional "(Artikel 3)".
Each parsed act also returns a `style` dict: the words it was written with, for regeneration.
"""

from __future__ import annotations

import re

from django.utils.translation import gettext as _

from .dates import date_pattern, read_date
from .model import Act, FootnoteError

_ARTNUM = r"(?:\d+[a-z]?|[IVXL]+)(?![A-Za-zäöüß])"
_ART_LIST = (
    rf"{_ARTNUM}(?:(?:\s*(?:,|und|bis)\s*|\s+(?:Nummer|Nr\.|Absatz|Abs\.|§|Satz)\s*)"
    rf"(?:{_ARTNUM}))*"
)
# The name of an act: plain ("Gesetz", "Gesetzes", "Verordnung", "VO") or a title ending in
# such a word ("Fünften Befristungsgesetzes", "1. ÄndVO", "Gesetzes zur Änderung des
# Landesbeamtengesetzes", "Haushaltsbegleitgesetzes 2004").
_ACT_WORD = (
    r"[\wäöüßÄÖÜ\-]*(?:[Gg]esetz(?:es)?|[Vv]erordnung|VO|ÄndVO|ÄndG|[Vv]ertrag(?:es)?"
    r"|[Bb]ekanntmachung|[Ss]atzung|[Oo]rdnung|Ges\.|Bek\.)"
)
_NAME_WORD = r"(?:[A-ZÄÖÜ][\wäöüßÄÖÜ\-]*|zur|zum|des|der|über|und|für|im|in|von|dem|den|die|das)"
_CORE = rf"(?:\d{{1,2}}\.\s*)?(?:{_NAME_WORD}\s+){{0,10}}?{_ACT_WORD}(?:\s+\d{{4}})?"
ACT_RE = re.compile(
    rf"(?:(?P<artw>Artikel|Art\.|§)\s*(?P<arts>{_ART_LIST})\s+(?P<gen>des|der|d\.)\s+)?"
    r"(?:(?P<det>das|die|den|dem)\s+)?"
    rf"(?P<core>{_CORE})\s+(?:(?P<vom>vom|v\.)\s*)?(?P<date>{date_pattern('a')})"
    r"(?:\s*\((?P<gaz>[^()]*)\))?"
)
# In old lists one "VO v." serves several acts: "VO v. 14. 2. 1995 (GV. NW. S. 130), 12.12.2000
# (GV. NRW. S. 751), …": a date with its gazette is another act of the same kind.
BARE_ACT = re.compile(rf"(?P<date>{date_pattern('a')})\s*\((?P<gaz>[^()]*)\)")
# An amendment can also come from a clause of the statute itself (an expiry rule), as in
# "aufgehoben durch § 84 Absatz 6".
INTERNAL_ACT = re.compile(
    r"(?P<prov>§\s*\d+[a-z]?(?:\s+(?:Absatz|Abs\.)\s+\d+[a-z]?)?(?:\s+Satz\s+\d+)?)"
    r"(?=\s*(?:[,;]\s*in\s+Kraft|;|\.?\s*$))"
)
DURCH_RE = re.compile(r"(?<![\wäöüß])durch\s+")
GAZETTE_RE = re.compile(
    r"^(?P<name>[A-Za-zÄÖÜäöü][A-Za-zÄÖÜäöü.\s]*?)(?P<sp>\s*)(?:(?P<year>\d{4})\s*)?"
    r"S\.\s*(?P<page>\d+[a-z]?)"
    r"(?:\s*,\s*ber\.\s*(?:(?P<cyear>\d{4})\s*)?S\.\s*(?P<corr>\d+[a-z]?))?\s*$"
)
# A citation that names a gazette without an act: only known gazettes, so that ordinary
# text is never taken for one.
GAZETTE_NAMES = (
    r"(?:GV\.\s*NRW\.|GV\.\s*NW\.|PrGS\.(?:\s*NW\.)?|GS\.\s*NW\.|SGV\.\s*NW\.|SGV\.\s*NRW\."
    r"|MBl\.\s*NRW\.|MBl\.\s*NW\.|BGBl\.\s*I{1,3}\.?|RGBl\.\s*I{0,2}\.?)"
)
CITATION_RE = re.compile(
    rf"\s*(?P<open>\()?(?P<gaz>{GAZETTE_NAMES}\s*(?:\d{{4}}\s*)?S\.\s*\d+[a-z]?"
    r"(?:\s*,\s*ber\.\s*(?:\d{4}\s*)?S\.\s*\d+[a-z]?)?)\s*(?(open)\))"
)
TIMING_HEAD = re.compile(r"\s*(?P<sep>[,;])?\s*in\s+Kraft\s+getreten\s+")
TIMING_ITEM = re.compile(
    rf"(?P<how>am|mit\s+Wirkung\s+vom)\s*(?P<date>{date_pattern('t')})"
    r"(?:\s*\((?P<qual>(?:Artikel|Art\.|Nummer|Nr\.|§)\s*[^()]{1,30})\))?"
)
TIMING_SEP = re.compile(
    r"\s*(?P<sep>,\s*und|,\s*sowie|,|und|sowie|bzw\.|beziehungsweise)\s+(?=am\b|mit\s+Wirkung)"
)
_PLAIN_CORES = {
    "gesetz": "Gesetz",
    "gesetzes": "Gesetz",
    "ges.": "Gesetz",
    "bek.": "Bekanntmachung",
    "verordnung": "Verordnung",
    "vo": "Verordnung",
    "bekanntmachung": "Bekanntmachung",
    "staatsvertrag": "Staatsvertrag",
    "staatsvertrages": "Staatsvertrag",
}
_SPACES = re.compile(r"\s+")


def _squash(text: str) -> str:
    return _SPACES.sub(" ", text) if ("  " in text or "\n" in text) else text


def kind_of(core: str) -> str:
    low = core.lower()
    if "verordnung" in low or low.endswith("vo"):
        return "Verordnung"
    if "vertrag" in low:
        return "Staatsvertrag"
    if "bekanntmachung" in low or low.endswith("bek."):
        return "Bekanntmachung"
    return "Gesetz"


def parse_gazette(gaz: str, act: Act, style: dict) -> None:
    g = GAZETTE_RE.match(gaz.strip())
    if not g:
        raise FootnoteError(
            _(
                "Fundstelle „%(gazette)s“ nicht erkannt (erwartet: „GV. NRW. S. 123“ oder "
                "„GV. NRW. 2024 S. 13“)."
            )
            % {"gazette": gaz}
        )
    name, year, page, corr, cyear = g.group("name", "year", "page", "corr", "cyear")
    act.gazette = _squash(name.strip())
    act.gazette_year = year or ""
    act.page = page
    act.correction_page = corr or ""
    if cyear:
        style["cyear"] = cyear


def parse_act(
    text: str, pos: int, previous_kind: str = "", match: re.Match | None = None
) -> tuple[Act, dict, int]:
    """The act cited at `pos`, the words it was written with, and where it ends.

    `previous_kind` is the kind of the act cited before in the same list, for a bare
    "12.12.2000 (GV. NRW. S. 751)" that repeats it; `match` is ACT_RE's match at `pos` if the
    caller has it already."""
    m = match if match is not None else ACT_RE.match(text, pos)
    if m is None and previous_kind:
        b = BARE_ACT.match(text, pos)
        if b:
            act = Act(kind=previous_kind)
            act.date, df = read_date(b, "a")
            style = {"bare": True, "df": df}
            parse_gazette(b.group("gaz"), act, style)
            return act, style, b.end()
    if m:
        core, arts, vom, det, artw, gen, gaz = m.group(
            "core", "arts", "vom", "det", "artw", "gen", "gaz"
        )
        core = _squash(core)
        plain = _PLAIN_CORES.get(core.lower())
        act = Act(kind=plain or kind_of(core), articles=_squash(arts or ""))
        act.date, df = read_date(m, "a")
        style = {"core": core, "vom": vom or "", "df": df}
        if det:
            style["det"] = det
        if not plain:
            act.title = core
        if act.articles:
            style["art"] = artw
            style["gen"] = gen
        if gaz is not None:
            parse_gazette(gaz, act, style)
        return act, style, m.end()
    m = INTERNAL_ACT.match(text, pos)
    if m:
        return Act(kind="Vorschrift", provision=_squash(m.group("prov"))), {}, m.end()
    raise FootnoteError(
        _("Nach „durch“ fehlt das ändernde Gesetz („Artikel … des Gesetzes vom …“).")
    )


def find_durch(text: str, pos: int) -> tuple[re.Match | None, re.Match | None]:
    """The "durch" that introduces the amending act (not the one of "ersetzt durch"), and the
    act's match, so that it is not matched twice."""
    for m in DURCH_RE.finditer(text, pos):
        if text.endswith("ersetzt ", 0, m.start()):
            continue
        at = m.end()
        act = ACT_RE.match(text, at)
        if act or INTERNAL_ACT.match(text, at):
            return m, act
    return None, None


def parse_timing(text: str, pos: int) -> tuple[list[dict], int, str]:
    head = TIMING_HEAD.match(text, pos)
    if not head:
        return [], pos, ""
    head_sep = head.group("sep") or ""
    pos = head.end()
    timings: list[dict] = []
    sep = ""
    while True:
        m = TIMING_ITEM.match(text, pos)
        if not m:
            raise FootnoteError(
                _("Nach „in Kraft getreten“ fehlt „am <Datum>“ oder „mit Wirkung vom <Datum>“.")
            )
        date, df = read_date(m, "t")
        how, qual = m.group("how", "qual")
        timings.append(
            {
                "date": date,
                "df": df,
                "retroactive": not how.startswith("am"),
                "qualifier": _squash(qual or ""),
                "sep": sep,
            }
        )
        pos = m.end()
        s = TIMING_SEP.match(text, pos)
        if not s:
            break
        sep = " " + _squash(s.group("sep")) + " "
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
    return timings, pos, head_sep
