"""The search box language, parsed in Python so both databases see the same query.

    Jugendhilfe Thüringen        both words (AND)
    "kein Ort für Kinder"        the words in this order
    -Abschiebung                 without this word
    Vormund OR Vormundschaft     either word (also "Vormund/Vormundschaft")
    unterkunft*                  words starting with "unterkunft"
    § 41 SGB VIII                a legal citation ("§ 41", "§41", "Paragraph 41"); a book of
                                 the Social Code as people type it ("SGB 8", "SGB8") is
                                 searched as the statutes write it ("SGB VIII")

Any input parses: unbalanced quotes close at the end, lone operators are ignored, control
characters are dropped. `parse_query` never raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .analysis import (
    MIN_SUBSTRING_LENGTH,
    SOCIAL_CODE_BOOKS,
    STOPWORDS,
    compounds,
    gender_forms,
    prepare,
    stem,
    tokenize,
)

MAX_QUERY_LENGTH = 500
MAX_CLAUSES = 20

# Chunks of the raw query: a quoted phrase (maybe unterminated), the OR keyword, or a run of
# non-space characters. A citation ("§ 41") is glued together before splitting.
_CHUNK_RE = re.compile(r'(?P<neg>-)?"(?P<phrase>[^"]*)(?:"|$)|(?P<bare>[^\s"]+)')
_CITATION_GLUE_RE = re.compile(r"(?:§§?|\bparagra(?:ph|f)(?:en|s)?)\s*(?=\d)", re.IGNORECASE)
# The books of the Sozialgesetzbuch are cited with Roman numerals (SGB I-XIV); people
# often type the Arabic number or glue it on.
_SOCIAL_CODE_RE = re.compile(r"\bSGB\s*-?\s*(?:(1[0-4]|[1-9])|([IVX]{1,4}))\b", re.IGNORECASE)
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


@dataclass(frozen=True)
class Term:
    """One word. `word` is folded, `stem` its stem; matches the stem as a whole token or,
    from four characters, as part of a longer word."""

    word: str
    prefix: bool = False
    citation: bool = False

    @property
    def stem(self) -> str:
        return stem(self.word)

    @property
    def substring(self) -> bool:
        return not self.citation and not self.prefix and len(self.stem) >= MIN_SUBSTRING_LENGTH

    def __str__(self) -> str:
        return self.word + ("*" if self.prefix else "")


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]

    def __str__(self) -> str:
        return '"' + " ".join(self.words) + '"'


Atom = Term | Phrase


@dataclass(frozen=True)
class Clause:
    """Alternatives joined by OR; a negated clause excludes what any alternative matches."""

    alternatives: tuple[Atom, ...]
    negated: bool = False

    def __str__(self) -> str:
        text = " OR ".join(str(a) for a in self.alternatives)
        if self.negated:
            return f"-({text})" if len(self.alternatives) > 1 else f"-{text}"
        return text


@dataclass(frozen=True)
class ParsedQuery:
    raw: str
    clauses: tuple[Clause, ...] = field(default_factory=tuple)
    dropped: tuple[str, ...] = ()  # stopwords and fragments that were not searched for

    @property
    def is_empty(self) -> bool:
        return not self.clauses

    @property
    def positive(self) -> tuple[Clause, ...]:
        return tuple(c for c in self.clauses if not c.negated)

    @property
    def negative(self) -> tuple[Clause, ...]:
        return tuple(c for c in self.clauses if c.negated)

    def highlight_atoms(self) -> tuple[Atom, ...]:
        return tuple(a for c in self.positive for a in c.alternatives)

    def __str__(self) -> str:
        return " ".join(str(c) for c in self.clauses)

    def as_dict(self) -> dict:
        def atom(a: Atom) -> dict:
            if isinstance(a, Phrase):
                return {"phrase": list(a.words)}
            return {"term": a.word, "stem": a.stem, "prefix": a.prefix, "citation": a.citation}

        return {
            "q": self.raw,
            "normalized": str(self),
            "clauses": [
                {"any_of": [atom(a) for a in c.alternatives], "exclude": c.negated}
                for c in self.clauses
            ],
            "ignored": list(self.dropped),
        }


def _social_code_book(match: re.Match) -> str:
    number, roman = match.groups()
    return "SGB " + (SOCIAL_CODE_BOOKS[int(number) - 1] if number else roman)


def clean_query_text(raw: str) -> str:
    """Drops control characters (NUL bytes and the like) and surrogates; keeps the rest."""
    return _CONTROL_RE.sub(" ", raw or "")[:MAX_QUERY_LENGTH]


def _atoms_for_chunk(text: str, *, phrase: bool) -> tuple[list[Atom], list[str]]:
    """The atoms a chunk of text stands for, and the words dropped from it."""
    text = prepare(text)
    prefix = not phrase and text.endswith("*")
    tokens = list(tokenize(text))
    if not tokens:
        return [], ([text] if text.strip("*-") else [])
    if phrase and len(tokens) > 1:
        return [Phrase(tuple(t.folded for t in tokens))], []
    if len(tokens) == 1:
        token = tokens[0]
        if token.is_citation:
            return [Term(token.folded, citation=True)], []
        return [Term(token.folded, prefix=prefix and len(token.folded) >= 2)], []
    gendered = dict(gender_forms(text, tokens)) if len(tokens) == 2 else {}
    if gendered:  # "Erzieher*innen": either form
        return [Term(tokens[0].folded), Term(gendered[1])], []
    parts = text.split("/")
    if (
        len(parts) > 1
        and all(p.strip("*-") for p in parts)
        and not any(character.isdigit() for character in text)
    ):
        # "Kinder/Jugendliche", "Eltern/Sorgeberechtigte": either word ("2013/33/EU" stays
        # a sequence).
        alternatives = []
        for part in parts:
            alternatives += _atoms_for_chunk(part, phrase=False)[0]
        return [a for a in dict.fromkeys(alternatives) if not _is_stopword(a)] or alternatives, []
    # Several tokens in one unquoted chunk ("Asyl-Verfahren", "2013/33/EU", "e.V."): the words
    # in this order, or (for hyphenated compounds) written as one word.
    joined = list(compounds(text, tokens))
    alternatives: list[Atom] = [Phrase(tuple(t.folded for t in tokens))]
    if joined and len(joined[0]) == sum(len(t.folded) for t in tokens):
        alternatives.append(Term(joined[0]))
    return alternatives, []


def parse_query(raw: str) -> ParsedQuery:
    text = clean_query_text(raw)
    glued = _SOCIAL_CODE_RE.sub(_social_code_book, _CITATION_GLUE_RE.sub("§", text))
    clauses: list[Clause] = []
    dropped: list[str] = []
    pending_or = False
    for match in _CHUNK_RE.finditer(glued):
        if match.group("phrase") is not None:
            negated = bool(match.group("neg"))
            atoms, lost = _atoms_for_chunk(match.group("phrase"), phrase=True)
        else:
            chunk = match.group("bare")
            if chunk in ("OR", "|", "||"):
                pending_or = bool(clauses) and not clauses[-1].negated
                continue
            negated = chunk.startswith("-") and len(chunk) > 1
            atoms, lost = _atoms_for_chunk(chunk.lstrip("-") if negated else chunk, phrase=False)
        dropped.extend(lost)
        if not atoms:
            continue
        if pending_or and not negated:
            previous = clauses.pop()
            clauses.append(Clause(previous.alternatives + tuple(atoms)))
        else:
            clauses.append(Clause(tuple(atoms), negated=negated))
        pending_or = False
    clauses, stopwords = _without_stopwords(clauses)
    dropped.extend(stopwords)
    return ParsedQuery(
        raw=text, clauses=tuple(_dedupe(clauses))[:MAX_CLAUSES], dropped=tuple(dropped)
    )


def _is_stopword(atom: Atom) -> bool:
    return isinstance(atom, Term) and not atom.prefix and atom.word in STOPWORDS


def _is_stopword_clause(clause: Clause) -> bool:
    return all(_is_stopword(a) for a in clause.alternatives)


def _without_stopwords(clauses: list[Clause]) -> tuple[list[Clause], list[str]]:
    """Stopwords ("die", "für") are not searched for on their own, unless the query is made of
    nothing else; inside phrases they stay."""
    kept = [c for c in clauses if not _is_stopword_clause(c)]
    if not any(not c.negated for c in kept) and any(not c.negated for c in clauses):
        return clauses, []
    removed = [str(c) for c in clauses if _is_stopword_clause(c)]
    return kept, removed


def _dedupe(clauses: list[Clause]) -> list[Clause]:
    seen = set()
    result = []
    for clause in clauses:
        if clause not in seen:
            seen.add(clause)
            result.append(clause)
    return result
