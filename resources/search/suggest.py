""" "Meinten Sie …?": one typo (a letter missing, extra, wrong or two swapped) in words of four
letters or more, corrected from the indexed vocabulary, for queries that found nothing (the
search itself already tolerates typos from five letters); the query without the words that
kept it from finding anything; and the topics closest to the query.
"""

from __future__ import annotations

import re
import string

from rapidfuzz.distance import OSA

from ..models import SearchWord, Topic
from .analysis import prepare, tokenize
from .engine import match_term
from .query import Clause, ParsedQuery, Phrase, Term, parse_query
from .vocabulary import VOCABULARY, allowed_typos

MAX_TOPICS = 5

MIN_LENGTH = 4
MAX_LENGTH = 30
MAX_WORDS = 6
ALPHABET = string.ascii_lowercase + string.digits


def edits1(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    transposes = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    replaces = {a + c + b[1:] for a, b in splits if b for c in ALPHABET}
    inserts = {a + c + b for a, b in splits for c in ALPHABET}
    return (deletes | transposes | replaces | inserts) - {word}


def _candidates(parsed: ParsedQuery) -> list[Term]:
    terms = []
    for clause in parsed.positive:
        for atom in clause.alternatives:
            if (
                isinstance(atom, Term)
                and not atom.citation
                and not atom.prefix
                and MIN_LENGTH <= len(atom.word) <= MAX_LENGTH
            ):
                terms.append(atom)
    return terms[:MAX_WORDS]


def suggest(parsed: ParsedQuery) -> tuple[ParsedQuery, str] | None:
    """A corrected query and its text for the search box, or None. One database query."""
    terms = _candidates(parsed)
    if not terms:
        return None
    variants = {term.word: edits1(term.word) for term in terms}
    wanted = set(variants) | set().union(*variants.values())
    known = {
        w.word: w
        for w in SearchWord.objects.filter(word__in=sorted(wanted)).only(
            "word", "display", "document_count"
        )
    }
    replacements: dict[str, SearchWord] = {}
    for term in terms:
        if term.word in known:
            continue
        options = [known[v] for v in variants[term.word] if v in known]
        if options:
            replacements[term.word] = max(options, key=lambda w: (w.document_count, w.word))
    if not replacements:
        return None

    def fix(atom):
        if isinstance(atom, Term) and atom.word in replacements:
            return Term(replacements[atom.word].word)
        return atom

    clauses = tuple(
        Clause(tuple(fix(a) for a in c.alternatives), c.negated) for c in parsed.clauses
    )
    text = _rewrite(parsed.raw, {w: r.display for w, r in replacements.items()})
    return ParsedQuery(raw=text, clauses=clauses), text


def _rewrite(raw: str, replacements: dict[str, str]) -> str:
    """The visitor's own query with only the misspelt words replaced."""
    raw = prepare(raw)
    out, pos = [], 0
    for token in tokenize(raw):
        if token.folded in replacements:
            out.append(raw[pos : token.start])
            out.append(replacements[token.folded])
            pos = token.end
    out.append(raw[pos:])
    return "".join(out)


def _is_indexed(atom) -> bool:
    """Whether the index holds the word at all (as itself, a part, a prefix or a typo)."""
    if isinstance(atom, Phrase):
        return all(VOCABULARY.exact(word) for word in atom.words)
    found = match_term(atom)
    return found.fallback is not None or bool(found.all)


def relax(parsed: ParsedQuery) -> list[tuple[str, list[str]]]:
    """All the words together found nothing: what to search instead, best first, as (the
    query's text, the words left out). First the query without the words no resource holds;
    then any of the words that are held, the resources holding most of them ranked first
    (as Meilisearch does when not every word matches). Empty for a query of one word. No
    database query.

    `parsed` is the query as searched (synonyms added); the texts are written from the
    query as typed, so that the search box shows the visitor's words."""
    if len(parsed.positive) < 2:
        return []
    held: set[str] = set()  # words of the clauses the index holds something for
    for clause in parsed.positive:
        if any(_is_indexed(a) for a in clause.alternatives):
            held.update(w for a in clause.alternatives for w in _words(a))
    as_typed = parse_query(parsed.raw)
    raw = prepare(parsed.raw)
    typed = _typed_words(raw)
    known = [c for c in as_typed.positive if any(set(_words(a)) <= held for a in c.alternatives)]
    if not known:
        return []
    unknown = [c for c in as_typed.positive if c not in known]
    left_out = [_clause_text(c, raw, typed) for c in unknown]
    negative = [_clause_text(c, raw, typed) for c in as_typed.negative]
    options = []
    if unknown:
        words = {w for c in unknown for a in c.alternatives for w in _words(a)}
        text = _EMPTY_QUOTES_RE.sub(" ", _rewrite(parsed.raw, dict.fromkeys(words, "")))
        text = " ".join(text.split())
        if len(parse_query(text).clauses) != len(known) + len(negative):
            # A word also written elsewhere in the query: the query as parsed.
            text = " ".join([_clause_text(c, raw, typed) for c in known] + negative)
        options.append((text, left_out))
    if len(known) > 1:
        text = " ".join([" OR ".join(_clause_text(c, raw, typed) for c in known), *negative])
        options.append((text, left_out))
    return options


_EMPTY_QUOTES_RE = re.compile(r'-?"[\s*-]*"')


def _words(atom) -> tuple[str, ...]:
    return atom.words if isinstance(atom, Phrase) else (atom.word,)


def _typed_words(raw: str) -> dict[str, str]:
    """Folded word -> the word as the visitor typed it (`raw` prepared)."""
    typed: dict[str, str] = {}
    for token in tokenize(raw):
        typed.setdefault(token.folded, raw[token.start : token.end])
    return typed


def _clause_text(clause: Clause, raw: str, typed: dict[str, str]) -> str:
    """A clause of the query as typed, written as the visitor wrote it."""
    joined = {"".join(a.words) for a in clause.alternatives if isinstance(a, Phrase)}
    texts = []
    for atom in clause.alternatives:
        if isinstance(atom, Phrase):
            words = [typed.get(w, w) for w in atom.words]
            hyphenated = "-".join(words)
            texts.append(hyphenated if hyphenated in raw else '"' + " ".join(words) + '"')
        elif atom.word not in joined:  # (a hyphenated word's compound goes with it)
            texts.append(typed.get(atom.word, atom.word) + ("*" if atom.prefix else ""))
    if clause.negated:
        return " ".join("-" + text for text in texts)
    return " OR ".join(texts)


def _close(query_stem: str, stem: str) -> bool:
    if len(query_stem) >= 4 and len(stem) >= 4 and (query_stem in stem or stem in query_stem):
        return True
    budget = allowed_typos(query_stem) + 1 if len(query_stem) >= 4 else 0
    return bool(budget) and OSA.distance(query_stem, stem, score_cutoff=budget) <= budget


def closest_topics(parsed: ParsedQuery, topics=None) -> list[Topic]:
    """Topics whose name shares a word (or a part of one, or nearly) with the query: of
    `topics` (with their parents), or one query over the topics, a small table."""
    stems = [
        a.stem
        for c in parsed.positive
        for a in c.alternatives
        if isinstance(a, Term) and not a.citation
    ]
    if not stems:
        return []
    scored = []
    if topics is None:
        topics = Topic.objects.select_related("parent")
    for topic in topics:
        names = [t.stem for t in tokenize(prepare(topic.name)) if not t.is_stopword]
        score = sum(1 for s in stems if any(_close(s, n) for n in names))
        if score:
            scored.append((-score, topic.position, topic.name, topic))
    scored.sort(key=lambda row: row[:3])
    return [row[3] for row in scored[:MAX_TOPICS]]
