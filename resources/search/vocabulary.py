"""The vocabulary of the inverted index (`SearchTerm`), held in memory by each process.

Finding the terms a query word stands for is then work in memory, not a `LIKE '%x%'` scan of
the vocabulary table per word and request:

- a whole word: a dict lookup;
- a part of a word ("hilfe" in "jugendhilfe") or a prefix: one regular-expression scan of
  all terms joined into one string (C speed);
- a typo: edit distance (rapidfuzz, C speed) against the terms of about the same length,
  Meilisearch's rule: one edit from 5 letters, two from 9 (on the stem, which is what is
  compared).

Several gunicorn workers stay consistent with the database, the only shared state:
`SearchIndexState.vocabulary` says "<generation>:<largest term id>". A process that holds
another generation reloads everything, one that holds fewer terms loads only the new ones
(term ids only grow between full rebuilds). A rolled-back transaction reverts that value too,
so a process that had read its terms reloads.
"""

from __future__ import annotations

import bisect
import gc
import re
import threading
import uuid
from array import array

from django.db.models import Max
from rapidfuzz import process
from rapidfuzz.distance import OSA

from ..models import SearchIndexState, SearchTerm
from .analysis import MIN_SUBSTRING_LENGTH

FREEZE_FROM = 10_000  # terms loaded at once
# Meilisearch's defaults; as there, two letters swapped are one typo (optimal string
# alignment distance, not Levenshtein's two).
ONE_TYPO_FROM, TWO_TYPOS_FROM = 5, 9
# More matching terms than this are not listed in SQL (a subquery is used instead).
MAX_TYPO_TERMS = 50
# The typo neighbours whose compounds are searched too (each is one scan of the vocabulary,
# remembered).
COMPOUND_TYPO_TERMS = 3
# At most this many terms in all: the SQL engine lists them beside a word's parts, and SQLite
# takes at most 32,766 parameters a statement.
MAX_TYPO_COMPOUNDS = 2_000
# Stems whose typo neighbours, and parts and prefixes whose terms, a process remembers. New
# terms are added to what is remembered (a scan of the whole vocabulary per word costs 10 ms
# at 1,000,000 terms, every cold search, and an edit adds terms); a full rebuild forgets it.
TYPO_MEMO_SIZE = 20_000
SCAN_MEMO_SIZE = 5_000


def allowed_typos(stem: str) -> int:
    if stem.isdigit() or stem.startswith("§"):
        return 0
    if len(stem) >= TWO_TYPOS_FROM:
        return 2
    return 1 if len(stem) >= ONE_TYPO_FROM else 0


class Vocabulary:
    def __init__(self):
        self._lock = threading.Lock()
        self.state = ("", 0)  # (generation, largest id) this process holds
        self._reset()

    def _reset(self):
        self.ids: dict[str, int] = {}
        self._blob_parts: list[str] = ["\n"]
        self._blob = "\n"
        self._starts = array("q")
        self._term_ids = array("q")
        self._by_length: dict[int, list[str]] = {}
        self._last = ""  # text of the term with the largest id held
        # stem -> (distance, text) of its nearest terms; pattern -> ids of the terms it finds.
        self._typo_memo: dict[str, list[tuple[int, str]]] = {}
        self._scan_memo: dict[str, list[int]] = {}

    # Loading -------------------------------------------------------------------------------

    def ensure(self, stamp: str) -> None:
        """Brings this process's copy to the state `stamp` ("<generation>:<max id>"); no
        query when it is there already."""
        if not stamp:
            # Never stamped (a database from before the stamp): read the table as it is.
            top = SearchTerm.objects.aggregate(top=Max("id"))["top"] or 0
            stamp = f"unstamped:{top}"
        generation, _sep, top = stamp.partition(":")
        top = int(top or 0)
        if (generation, top) == self.state:
            return
        with self._lock:
            held_generation, held_top = self.state
            if (generation, top) == self.state:
                return
            if generation != held_generation or top < held_top:
                self._reset()
                held_top = 0
            rows = list(
                SearchTerm.objects.filter(id__gte=held_top, id__lte=top)
                .order_by("id")
                .values_list("id", "text")
                .iterator(chunk_size=20_000)
            )
            if held_top and (not rows or rows[0] != (held_top, self._last)):
                # The last term this process holds is gone or another one (ids reused after a
                # rollback): start over.
                self._reset()
                self.state = ("", 0)
                rows = SearchTerm.objects.filter(id__lte=top).order_by("id")
                rows = list(rows.values_list("id", "text").iterator(chunk_size=20_000))
            elif held_top:
                rows = rows[1:]
            self._add(rows)
            self.state = (generation, top)
        if len(rows) >= FREEZE_FROM:
            # Long-lived: out of the garbage collector's view (see `memory.freeze_heap`).
            gc.collect()
            gc.freeze()

    def _add(self, rows) -> None:
        offset = len(self._blob)
        parts = []
        for term_id, text in rows:
            self.ids[text] = term_id
            self._starts.append(offset)
            self._term_ids.append(term_id)
            parts.append(text)
            parts.append("\n")
            offset += len(text) + 1
            self._by_length.setdefault(len(text), []).append(text)
            self._last = text
        if parts:
            added = "".join(parts)
            self._remember_added(offset - len(added), added, [text for _id, text in rows])
            self._blob_parts.append(added)
            self._blob = "".join(self._blob_parts)
            self._blob_parts = [self._blob]

    def _remember_added(self, start: int, added: str, texts: list[str]) -> None:
        """Brings what is remembered up to the terms just added (`added`: their part of the
        joined string, from offset `start`)."""
        if self._scan_memo:
            starts, ids = self._starts[-len(texts) :], self._term_ids[-len(texts) :]
            # The new part with the "\n" before its first term, as in the whole string.
            for pattern, found in self._scan_memo.items():
                found += _scan(pattern, "\n" + added, start - 1, starts, ids)
        if self._typo_memo:
            stems = list(self._typo_memo)
            for text in texts:
                for stem, distance, _index in process.extract(
                    text, stems, scorer=OSA.distance, score_cutoff=2, limit=None
                ):
                    if 0 < distance <= allowed_typos(stem):
                        nearest = self._typo_memo[stem]
                        nearest.append((distance, text))
                        nearest.sort()
                        del nearest[MAX_TYPO_TERMS:]

    # Lookups -------------------------------------------------------------------------------

    # Lookups hold the lock too: a thread loading new terms must not change the lists under
    # another thread's scan.

    def exact(self, text: str) -> list[int]:
        with self._lock:
            term_id = self.ids.get(text)
        return [] if term_id is None else [term_id]

    def _scan(self, pattern: str) -> list[int]:
        with self._lock:
            found = self._scan_memo.get(pattern)
            if found is None:
                found = self._scan_locked(pattern)
                if len(self._scan_memo) >= SCAN_MEMO_SIZE:
                    self._scan_memo.clear()
                self._scan_memo[pattern] = found
            return list(found)

    def _scan_locked(self, pattern: str) -> list[int]:
        return _scan(pattern, self._blob, 0, self._starts, self._term_ids)

    def containing(self, part: str) -> list[int]:
        """Terms that contain `part` (including `part` itself)."""
        return self._scan(re.escape(part)) if part and "\n" not in part else []

    def starting(self, prefix: str) -> list[int]:
        return self._scan("\n" + re.escape(prefix)) if prefix and "\n" not in prefix else []

    def typos(self, stem: str) -> list[int]:
        """Terms within the allowed number of edits of `stem`, but not `stem` itself."""
        with self._lock:
            return [self.ids[text] for _distance, text in self._nearest_locked(stem)]

    def typos_and_their_compounds(self, stem: str) -> list[int]:
        """`typos(stem)`, then the longer terms holding one of the nearest few: what the
        corrected word finds as a part ("Flüchtlnge" finds "Flüchtlingseltern", as
        "Flüchtlinge" does)."""
        with self._lock:
            nearest = list(self._nearest_locked(stem))
            found = [self.ids[text] for _distance, text in nearest]
        for _distance, text in nearest[:COMPOUND_TYPO_TERMS]:
            if len(text) >= MIN_SUBSTRING_LENGTH:
                found += self.containing(text)
        return list(dict.fromkeys(found))[:MAX_TYPO_COMPOUNDS]

    def _nearest_locked(self, stem: str) -> list[tuple[int, str]]:
        limit = allowed_typos(stem)
        if not limit:
            return []
        nearest = self._typo_memo.get(stem)
        if nearest is None:
            nearest = self._typos_locked(stem, limit)
            if len(self._typo_memo) >= TYPO_MEMO_SIZE:
                self._typo_memo.clear()
            self._typo_memo[stem] = nearest
        return nearest

    def _typos_locked(self, stem: str, limit: int) -> list[tuple[int, str]]:
        found: list[tuple[int, str]] = []
        for length in range(len(stem) - limit, len(stem) + limit + 1):
            bucket = self._by_length.get(length)
            if not bucket:
                continue
            for text, distance, _index in process.extract(
                stem, bucket, scorer=OSA.distance, score_cutoff=limit, limit=None
            ):
                if distance:
                    found.append((distance, text))
        found.sort()
        return found[:MAX_TYPO_TERMS]


def _scan(pattern: str, text: str, offset: int, starts: array, ids: array) -> list[int]:
    """Ids of the terms in which `pattern` matches, each once; `text` is the joined terms
    from position `offset` on, `starts` where each term begins in the whole string."""
    found = []
    last = -1
    for match in re.finditer(pattern, text):
        index = bisect.bisect_right(starts, offset + match.end() - 1) - 1
        if index >= 0 and index != last:
            found.append(ids[index])
            last = index
    return found


VOCABULARY = Vocabulary()


def stamp_after_write(*, full: bool) -> None:
    """Records the vocabulary's new state after terms were added (or all were rebuilt)."""
    top = SearchTerm.objects.aggregate(top=Max("id"))["top"] or 0
    state = SearchIndexState.objects.filter(pk=1).values_list("vocabulary", flat=True).first()
    generation = (state or "").partition(":")[0]
    if full or not generation:
        generation = uuid.uuid4().hex[:16]
    value = f"{generation}:{top}"
    if not SearchIndexState.objects.filter(pk=1).update(vocabulary=value):
        SearchIndexState.objects.get_or_create(
            pk=1, defaults={"token": uuid.uuid4().hex, "vocabulary": value}
        )
    # This process searches its own writes at once; other processes follow the stamp.
    VOCABULARY.ensure(value)
