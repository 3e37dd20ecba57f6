"""Tokens of the changes part of a note ("§ 20: Absatz 2 geändert, Absatz 4 eingefügt …").

One precompiled pattern, matched with `finditer`; anything it does not know becomes an "err"
token so the parser can name the word it stumbled over.
"""

from __future__ import annotations

import re

from .model import FootnoteError
from .vocabulary import VERB_PATTERN

_WORD_END = r"(?![a-zäöüß])"

TOKEN_RE = re.compile(
    rf"""
    \s*(?:
    (?P<num>\d+(?:[a-z](?![a-zäöüß]))?)
  | (?P<sep>,|;|und{_WORD_END}|sowie{_WORD_END}|bis{_WORD_END}|dabei{_WORD_END})
  | (?P<level>Absatz|Absätze|Abs\.|Satz|Sätze|S\.|Nummern|Nummer|Nrn\.|Nr\.|Ziffer|Ziff\.
      |Buchstaben|Buchstabe|Buchst\.|Artikel|Art\.){_WORD_END}
  | (?P<sec>§§|§)
  | (?P<verb>(?<![A-Za-zäöüß])(?:{VERB_PATTERN}){_WORD_END})
  | (?P<pverb>\(\s*(?:{VERB_PATTERN})\s*\))
  | (?P<mark>\(\s*(?:alt|neu|erneut)\s*\))
  | (?P<jetzt>\(\s*jetzt\s+[^()]{{1,40}}\))
  | (?P<part>Überschrift|Inhaltsübersicht|Inhaltsverzeichnis|Eingangsformel|Präambel
      |Schlussformel|Anhang|(?:Anlage|Abschnitt|Unterabschnitt|Teil|Kapitel)
      (?:\s+(?:\d+[a-z]?|(?-i:[IVXL]+))(?![\w]))?){_WORD_END}
  | (?P<zuletzt>[Zz]uletzt{_WORD_END})
  | (?P<prev>[Bb]isherigen?|[Bb]isheriger?|[Bb]isheriges){_WORD_END}
  | (?P<roman>(?-i:[IVXL]+)(?![A-Za-zäöüß]))
  | (?P<letter>(?-i:[a-z]{{1,2}})\)?(?![A-Za-zäöüß]))
  | (?P<colon>:)
  | (?P<err>[^\s,;:()]+|[()])
  | (?P<space>$))
    """,
    re.VERBOSE,
)

# A token: (kind, text, start, end, low) with `low` the lower-cased, space-collapsed text.
Tok = tuple


_PLAIN = frozenset({"num", "letter", "colon", "sec"})


def tokenize(text: str, start: int, end: int) -> list[Tok]:
    tokens = []
    append = tokens.append
    plain = _PLAIN
    for m in TOKEN_RE.finditer(text, start, end):
        kind = m.lastgroup
        if kind in plain:
            word = m.group(kind)
            append((kind, word, m.start(kind), m.end(), word))
            continue
        if kind == "space":
            continue
        word = m.group(kind)
        if kind == "roman":
            append(("num", word, m.start(kind), m.end(), word))
            continue
        if kind == "err":
            raise FootnoteError(
                f"Unbekannter Ausdruck „{word}“ an Stelle {m.start(kind) + 1}"
                " (kein bekanntes Verb und keine Gliederungsangabe)."
            )
        low = word.lower()
        if " " in low or "\n" in low or "\t" in low:
            low = " ".join(low.split())
        append((kind, word, m.start(kind), m.end(), low))
    return tokens


def only_changes(text: str, start: int, end: int) -> bool:
    """True if the text is made of change-list tokens only (a ";" inside the changes)."""
    return all(m.lastgroup != "err" for m in TOKEN_RE.finditer(text, start, end))
