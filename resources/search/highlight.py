"""Highlighted titles and snippets: escaped HTML with <mark>, computed in Python from the same
analysis as the index, so what is marked is what matched."""

from __future__ import annotations

import functools

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from rapidfuzz.distance import OSA

from .analysis import Token, prepare, tokenize
from .query import Atom, ParsedQuery, Phrase
from .vocabulary import allowed_typos

SNIPPET_WORDS = 36


@functools.lru_cache(maxsize=20_000)
def _stem_matches(token_stem: str, atom_stem: str, substring: bool) -> bool:
    if token_stem == atom_stem or (substring and atom_stem in token_stem):
        return True
    # A word the search accepted with a typo ("Gefüchtete" for "Geflüchtete") is marked too.
    limit = allowed_typos(atom_stem)
    return (
        bool(limit)
        and abs(len(token_stem) - len(atom_stem)) <= limit
        and OSA.distance(token_stem, atom_stem, score_cutoff=limit) <= limit
    )


def _term_matches(token: Token, atom) -> bool:
    if atom.citation or token.is_citation:
        return token.folded == atom.word
    if atom.prefix:
        return token.folded.startswith(atom.word)
    return _stem_matches(token.stem, atom.stem, atom.substring)


def matched_spans(text: str, atoms: tuple[Atom, ...]) -> tuple[list[Token], set[int]]:
    """Tokens of `text` and the indexes of those that match any atom."""
    tokens = list(tokenize(text))
    marked: set[int] = set()
    for atom in atoms:
        if isinstance(atom, Phrase):
            n = len(atom.words)
            for i in range(len(tokens) - n + 1):
                if tuple(t.folded for t in tokens[i : i + n]) == atom.words:
                    marked.update(range(i, i + n))
        else:
            marked.update(i for i, t in enumerate(tokens) if _term_matches(t, atom))
    return tokens, marked


def _render(text: str, tokens: list[Token], marked: set[int], start: int, end: int) -> str:
    """Escaped text[start:end] with marked tokens (and the gaps inside a marked run) in <mark>."""
    out, pos, i = [], start, 0
    ordered = sorted(marked)
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        first, last = tokens[ordered[i]], tokens[ordered[j]]
        if first.start >= start and last.end <= end:
            out.append(escape(text[pos : first.start]))
            out.append("<mark>" + escape(text[first.start : last.end]) + "</mark>")
            pos = last.end
        i = j + 1
    out.append(escape(text[pos:end]))
    return "".join(out)


def highlight(text: str, parsed: ParsedQuery) -> SafeString | None:
    """The whole text with matches marked, or None when nothing in it matches."""
    text = prepare(text)
    tokens, marked = matched_spans(text, parsed.highlight_atoms())
    if not marked:
        return None
    return mark_safe(_render(text, tokens, marked, 0, len(text)))  # escaped in _render


def snippet(text: str, parsed: ParsedQuery, *, words: int = SNIPPET_WORDS) -> SafeString | None:
    """A window of about `words` words around the first match, or None when nothing matches."""
    text = prepare(text)
    tokens, marked = matched_spans(text, parsed.highlight_atoms())
    if not marked:
        return None
    first = min(marked)
    lo = max(0, first - words // 3)
    hi = min(len(tokens), lo + words)
    start = 0 if lo == 0 else tokens[lo].start
    end = len(text) if hi == len(tokens) else tokens[hi - 1].end
    html = _render(text, tokens, marked, start, end)
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + html + suffix)  # escaped in _render
