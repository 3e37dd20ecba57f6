"""A pasted or downloaded block of footnotes: split into notes, detect the format, parse.

NRW blocks (recht.nrw.de) label each note "Fn 1", "Fn 2" …; federal notes
(gesetze-im-internet.de) are the "Stand:" lines and the per-§ notes of a statute. `detect_format`
tells them apart by their characteristic words; `parse_footnote_file(text, fmt="auto")` picks
the parser.
"""

from __future__ import annotations

import datetime
import re

from django.utils.translation import gettext as _

from . import federal
from .model import Footnote, FootnoteError, FootnoteFile, Unparsed
from .nrw import parse_footnote

LABEL_RE = re.compile(
    r"^[^\S\n]*(?:Fn\.?|Fußnote)[^\S\n]*(?P<label>\d+[a-z]?)[^\S\n]*:?(?P<rest>.*)$", re.M
)
STAND_RE = re.compile(r"mit\s+Stand\s+vom\s+(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})")
HEADING_RE = re.compile(r"^[^\S\n]*Fußnoten:?[^\S\n]*$", re.M)
_LINE_BREAKS = re.compile(r"\s*\n\s*")
MAX_FOOTNOTE_CHARS = 20_000
FORMATS = ("auto", "nrw", "bund")
_FEDERAL_HINTS = re.compile(
    r"BGBl\.|\bG\s+v\.\s*\d|\bV\s+v\.\s*\d|\bBek\.\s+v\.|\bmWv\b|\bIdF\b|Textnachweis|"
    r"\+\+\+|\bI\s+Nr\.\s*\d|\bEingef\.|\bAufgeh\.|\bI\s+\d{1,4}\b\s+mWv"
)
_NRW_HINTS = re.compile(r"GV\.\s*NRW|GV\.\s*NW|PrGS|in\s+Kraft\s+getreten|\bFn\s*\d")


def detect_format(text: str) -> str:
    """ "bund" for gesetze-im-internet notes, "nrw" otherwise (the portal's main source)."""
    sample = text[:3000]
    if "BGBl" not in sample and "+++" not in sample and " v. " not in sample:
        return "nrw"  # none of the federal abbreviations: decided without counting
    federal_hits = len(_FEDERAL_HINTS.findall(sample))
    nrw_hits = len(_NRW_HINTS.findall(sample))
    return "bund" if federal_hits > nrw_hits else "nrw"


def parse_footnote_file(text: str, fmt: str = "auto") -> FootnoteFile:
    """Split a block at its "Fn N" lines and parse each note.

    Text before the first label (the page header) is not a footnote; text that follows a label
    is its footnote, joined across line breaks. A block without labels is one footnote "1".
    """
    if "\x00" in text:
        raise FootnoteError(_("Die Datei enthält Binärdaten und ist kein Fußnotentext."))
    if not text.strip():
        raise FootnoteError(_("Der Text ist leer: keine Fußnoten gefunden."))
    if fmt not in FORMATS:
        raise FootnoteError(
            _("Unbekanntes Format „%(format)s“ (erlaubt: nrw, bund, auto).") % {"format": fmt}
        )
    if fmt == "auto":
        fmt = detect_format(text)
    if fmt == "bund":
        return federal.parse_federal_file(text)
    result = FootnoteFile(footnotes=[], format="nrw")
    stand = STAND_RE.search(text[:2000])
    if stand:
        try:
            result.stand = datetime.date(int(stand["y"]), int(stand["m"]), int(stand["d"]))
        except ValueError:
            result.errors.append(
                _("Ungültiges Stand-Datum „%(stand)s“.") % {"stand": stand.group(0)}
            )
    seen: set[str] = set()
    acts: dict = {}
    labels = list(LABEL_RE.finditer(text))
    line, counted = 1, 0
    for index, m in enumerate(labels):
        label = m.group("label")
        line += text.count("\n", counted, m.start())
        counted = m.start()
        if label in seen:
            result.errors.append(
                _("Zeile %(line)d: Fußnote %(label)s kommt doppelt vor.")
                % {"line": line, "label": label}
            )
        seen.add(label)
        end = labels[index + 1].start() if index + 1 < len(labels) else len(text)
        body = text[m.start("rest") : end]
        if "Fußnoten" in body:
            body = HEADING_RE.sub("", body)
        joined = _LINE_BREAKS.sub(" ", body.strip())
        if len(joined) > MAX_FOOTNOTE_CHARS:
            note = Footnote(label, joined, [], [], kind="unknown")
            note.unparsed.append(
                Unparsed(joined[:200] + " …", 0, len(joined), _("Fußnote ist unplausibel lang."))
            )
        elif not joined:
            note = Footnote(label, "", [], [Unparsed("", 0, 0, _("Fußnote ohne Text."))])
            note.kind = "unknown"
        else:
            note = parse_footnote(joined, label, acts)
        note.line = line
        result.footnotes.append(note)
    if not result.footnotes:
        if "Fn " in text or "Fußnoten" in text:
            raise FootnoteError(
                _("Keine Fußnote gefunden: erwartet werden Zeilen „Fn 1“, „Fn 2“ …")
            )
        result.footnotes.append(parse_footnote(" ".join(text.split()), "1"))
        result.footnotes[0].line = 1
    return result
