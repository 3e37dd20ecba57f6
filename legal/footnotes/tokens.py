"""Tokens of the changes part of a note ("§ 20: Absatz 2 geändert, Absatz 4 eingefügt …").

One precompiled pattern cuts the text into raw pieces (a parenthesis, "§", punctuation or a
word); each piece is then classified by dictionary lookups, which is several times faster
than one big alternation. Multi-word verbs ("neu gefasst", "umbenannt in") and numbered parts
("Anlage 2") are joined from two pieces. Anything unknown raises `FootnoteError` naming the
word and its position.
"""

from __future__ import annotations

import re

from django.utils.translation import gettext as _

from .model import FootnoteError
from .vocabulary import LEVELS, VERBS

# The alternatives start with different characters, so their order does not change the pieces;
# the commonest (a word or number) first is the fastest.
RAW_RE = re.compile(r"[^\s,;:()§]+|[,;:]|§§?|\([^()]*\)")
_NUMBER = re.compile(r"\d+(?:[a-z](?![a-zäöüß]))?")
_ROMAN = re.compile(r"[IVXL]+")
_LETTER = re.compile(r"[a-z]{1,2}\)?")

_WORDS: dict[str, str] = {}
for _word in ("und", "sowie", "bis", "dabei"):
    _WORDS[_word] = "sep"
for _word in LEVELS:
    _WORDS[_word.capitalize() if not _word.endswith(".") else _word[0].upper() + _word[1:]] = (
        "level"
    )
for _verb in VERBS:
    if " " not in _verb:
        _WORDS[_verb] = "verb"
        _WORDS[_verb.capitalize()] = "verb"
for _word in ("zuletzt", "Zuletzt"):
    _WORDS[_word] = "zuletzt"
for _word in ("bisherige", "bisherigen", "bisheriger", "bisheriges"):
    _WORDS[_word] = "prev"
    _WORDS[_word.capitalize()] = "prev"
_PARTS = {
    "Überschrift",
    "Inhaltsübersicht",
    "Inhaltsverzeichnis",
    "Eingangsformel",
    "Präambel",
    "Schlussformel",
    "Anhang",
}
_NUMBERED_PARTS = {"Anlage", "Abschnitt", "Unterabschnitt", "Teil", "Kapitel"}
for _word in _PARTS | _NUMBERED_PARTS:
    _WORDS[_word] = "part"
# First words of verbs written in two words, and the second words they take.
_TWO_WORD_VERBS: dict[str, tuple[str, ...]] = {}
for _verb in VERBS:
    if " " in _verb:
        first, second = _verb.split(" ")
        for head in (first, first.capitalize()):
            _TWO_WORD_VERBS[head] = (*_TWO_WORD_VERBS.get(head, ()), second)
_MARKS = {"alt", "neu", "erneut"}
_PUNCT = {",": "sep", ";": "sep", ":": "colon", "§": "sec", "§§": "sec"}
# One lookup per piece: word -> (kind or None, lower case, second words of two-word verbs).
_LEX: dict[str, tuple] = {}
for _word, _kind in (*_WORDS.items(), *_PUNCT.items()):
    if _kind == "part" and _word in _NUMBERED_PARTS:
        _kind = "numbered"  # "Anlage 2": joined with the number that follows
    _LEX[_word] = (_kind, _word.lower(), None)
for _word, _seconds in _TWO_WORD_VERBS.items():
    _kind, _low, _none = _LEX.get(_word, (None, _word.lower(), None))
    _LEX[_word] = (_kind, _low, _seconds)

# A token: (kind, text, start, end, low) with `low` the lower-cased, space-collapsed text.
Tok = tuple


def _unknown(word: str, start: int) -> FootnoteError:
    return FootnoteError(
        _(
            "Unbekannter Ausdruck „%(word)s“ an Stelle %(position)d "
            "(kein bekanntes Verb und keine Gliederungsangabe)."
        )
        % {"word": word, "position": start + 1}
    )


def tokenize(text: str, start: int, end: int) -> list[Tok]:
    # Words by findall (one C call) and their positions by str.find: faster than match objects.
    words = RAW_RE.findall(text, start, end)
    tokens: list[Tok] = []
    append = tokens.append
    find = text.find
    lex = _LEX
    pos = start
    i, n = 0, len(words)
    while i < n:
        word = words[i]
        i += 1
        s = find(word, pos)
        e = pos = s + len(word)
        if word.isdigit():  # the most common token: a plain number
            append(("num", word, s, e, word))
            continue
        entry = lex.get(word)
        if entry is not None:
            kind, low, seconds = entry
            if seconds is not None and i < n and words[i] in seconds:
                second = words[i]
                i += 1
                e = pos = find(second, pos) + len(second)
                append(("verb", text[s:e], s, e, f"{low} {second.lower()}"))
                continue
            if kind == "numbered":
                if i < n:
                    nxt = words[i]
                    if _NUMBER.fullmatch(nxt) or _ROMAN.fullmatch(nxt):
                        i += 1
                        e = pos = find(nxt, pos) + len(nxt)
                        word = f"{word} {nxt}"
                        low = word.lower()
                append(("part", word, s, e, low))
                continue
            if kind is not None:
                append((kind, word, s, e, low))
                continue
        first = word[0]
        if first.isdigit():
            m = _NUMBER.match(word)
            append(("num", m.group(), s, s + m.end(), m.group()))
            if m.end() < len(word):
                # "Absatz 1geändert": the word after the number, written without a space.
                rest = word[m.end() :]
                kind = _WORDS.get(rest)
                if kind is None:
                    raise _unknown(word, s)
                append((kind, rest, s + m.end(), e, rest.lower()))
            continue
        if first == "(":
            inner = " ".join(word[1:-1].split())
            low = inner.lower()
            if low in _MARKS:
                append(("mark", word, s, e, f"({low})"))
            elif low in VERBS:
                append(("pverb", word, s, e, f"({low})"))
            elif low.startswith(("jetzt ", "zu ")):
                append(("jetzt", word, s, e, word.lower()))
            else:
                raise _unknown(word, s)
            continue
        if _ROMAN.fullmatch(word):
            append(("num", word, s, e, word))
            continue
        if _LETTER.fullmatch(word):
            append(("letter", word, s, e, word))
            continue
        raise _unknown(word, s)
    return tokens


def only_changes(text: str, start: int, end: int) -> bool:
    """True if the text is made of change-list tokens only (a ";" inside the changes)."""
    try:
        tokenize(text, start, end)
    except FootnoteError:
        return False
    return True
