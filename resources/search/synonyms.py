"""Synonyms kept by editors (`SearchSynonym`), applied to the parsed query.

A query word or run of words that is one of a group's entries ("UMF", "Care Leaver",
"Kinder- und Jugendstärkungsgesetz") becomes one clause that accepts every entry of the group.
Entries are compared by stem, so "unbegleiteten minderjährigen Flüchtlingen" is the entry
"unbegleitete minderjährige Flüchtlinge". Because this happens when searching, an editor's
change applies to the next search without reindexing.
"""

from __future__ import annotations

import threading

from ..models import SearchSynonym
from .analysis import STOPWORDS, prepare, stem, tokenize
from .query import Atom, Clause, ParsedQuery, Phrase, Term

Entry = tuple[str, ...]  # folded words, stopwords included

_lock = threading.Lock()
_loaded: tuple[str | None, list[list[Entry]]] = (None, [])


def _entry(text: str) -> Entry:
    return tuple(t.folded for t in tokenize(prepare(text)) if not t.is_citation)


def _key(words) -> tuple[str, ...]:
    """What two entries must share to be the same: the stems of their meaningful words."""
    return tuple(stem(w) for w in words if w not in STOPWORDS)


def groups(version: str | None) -> list[list[Entry]]:
    """The synonym groups, read once per data version (editing one starts a new version)."""
    global _loaded
    if version is not None and _loaded[0] == version:
        return _loaded[1]
    found = [
        [e for e in (_entry(t) for t in synonym.term_list()) if e]
        for synonym in SearchSynonym.objects.only("terms")
    ]
    found = [g for g in found if len(g) > 1]
    if version is not None:
        with _lock:
            _loaded = (version, found)
    return found


def _atom(entry: Entry) -> Atom:
    return Term(entry[0]) if len(entry) == 1 else Phrase(entry)


def _plain_words(clause: Clause) -> Entry | None:
    """The words of a clause that is one plain word or one phrase, else None."""
    if clause.negated or len(clause.alternatives) != 1:
        return None
    atom = clause.alternatives[0]
    if isinstance(atom, Phrase):
        return atom.words
    if atom.prefix or atom.citation:
        return None
    return (atom.word,)


def expand(parsed: ParsedQuery, synonym_groups: list[list[Entry]]) -> ParsedQuery:
    if not synonym_groups or parsed.is_empty:
        return parsed
    lookup: dict[tuple[str, ...], list[Entry]] = {}
    for group in synonym_groups:
        for entry in group:
            key = _key(entry)
            if key:
                lookup.setdefault(key, [])
                lookup[key] += [e for e in group if e not in lookup[key]]
    longest = max(len(k) for k in lookup) if lookup else 0
    clauses = list(parsed.clauses)
    out: list[Clause] = []
    i = 0
    while i < len(clauses):
        replaced = False
        for n in range(min(longest, len(clauses) - i), 0, -1):
            words: list[str] = []
            for clause in clauses[i : i + n]:
                plain = _plain_words(clause)
                if plain is None:
                    break
                words += plain
            else:
                entries = lookup.get(_key(words))
                if entries:
                    original: list[Atom] = list(clauses[i].alternatives) if n == 1 else []
                    if n > 1:
                        original.append(Phrase(tuple(words)))
                    alternatives = original + [a for a in map(_atom, entries) if a not in original]
                    out.append(Clause(tuple(alternatives)))
                    i += n
                    replaced = True
                    break
        if not replaced:
            out.append(clauses[i])
            i += 1
    if out == clauses:
        return parsed
    return ParsedQuery(raw=parsed.raw, clauses=tuple(out), dropped=parsed.dropped)
