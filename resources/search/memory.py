"""The library's search in memory: per-process columns of every resource's facet values and
the posting lists of the terms searched for, kept current from the database's change log.

Why: a search over the whole library touches most of it (a common word matches two thirds of
the resources). In SQL, matching, counting eight facets and ranking are joins over all those
rows on every cold request; here they are a few vector operations over arrays indexed by
resource id (numpy, C speed), and only the page's resources are read from the database.

What each process holds (`Snapshot`):

- per resource id: exists, published (status and time), `pub_sort`, `published_at`, whether
  it has a link with an address, and one code per column facet of the registry (type,
  region, year);
- per many-valued facet of the registry (topics and their sections, target groups,
  audiences, publishers, link languages): the (resource, value) pairs;
- every posting list (resource ids and field bits per term, `posting_lists`), read in one
  pass when the snapshot loads, so no search waits for the database to read a word's
  postings. gunicorn's master loads all of it before it forks the workers (`preload`).

Staying current with several gunicorn workers and the database as the only shared state:
every change of what a search shows writes the resource's id to `SearchChange` in the same
transaction (`note_changes`, from the one signal path and from `reindex_resources`). Each
request reads the log's (largest id, count) with the data version it reads anyway; a process
that is behind reads the new rows and reloads only those resources, their postings included.
If rows it had seen are gone (a rolled back transaction), the vocabulary's generation changed
(a full rebuild) or too many resources changed since it loaded, it starts over.

The results are the SQL engine's (`engine`, `ranking`, `facet_counts`), row for row: the same
levels per word, the same sums, the same order (rank, then date, then id), the same counts.
`tests/search/` runs both against each other.
"""

from __future__ import annotations

import gc
import logging
import threading
from dataclasses import dataclass, field

import numpy as np
from django.conf import settings
from django.db import connection
from django.db.models import Count, Max
from django.utils import timezone

from ..models import Resource, ResourceLink, SearchChange, Topic
from . import engine, posting_lists, postings
from .engine import typo_ids
from .posting_lists import Lists, PostingLists
from .query import ParsedQuery, Phrase, Term
from .ranking import phrase_levels, phrase_levels_among
from .registry import FACETS, Counting
from .vocabulary import VOCABULARY

logger = logging.getLogger(__name__)

# More resources changed since loading than this share of them: start over. Below it,
# reading the changed ones is cheaper than a full load (which at 1,000,000 resources takes
# longer than a request may), and every search skips the changed resources' old postings, a
# cost that grows with their number.
MAX_CHANGED_SHARE = 0.2
_CHUNK = 5_000  # ids per IN (...) list
# A phrase whose words are all held by more than this share of the resources is checked by
# a scan of every string, cheaper than looking up that many rows one by one. Measured at
# 100,000 resources: holders' strings only, 16 % of the ids 64-80 ms against a scan's 122-133
# (PostgreSQL and SQLite alike); 39 % 120 ms against 140 on SQLite, 200 against 160 on
# PostgreSQL.
PHRASE_SCAN_SHARE = 0.25


# From this many resources or terms on, a process's long-lived objects are frozen after loading.
FREEZE_FROM = 10_000


def freeze_heap(size: int) -> None:
    """Moves every object alive now out of the garbage collector's view (`gc.freeze`): the
    full collections that run every few hundred requests otherwise scan the whole heap of
    long-lived objects, a 60-70 ms pause in a search at 100k resources (p99 of a warm search
    66 ms -> 5 ms). Objects are still freed as usual when nothing refers to them."""
    if size >= FREEZE_FROM:
        gc.collect()
        gc.freeze()


def enabled() -> bool:
    return getattr(settings, "SEARCH_IN_MEMORY", True)


def _fetch(sql: str, params=()) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _table(model) -> str:
    return connection.ops.quote_name(model._meta.db_table)


def _chunks(ids):
    ids = list(ids)
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _in(ids) -> str:
    return "(" + ", ".join(["%s"] * len(ids)) + ")"


@dataclass
class Pairs:
    """(resource id, value) pairs of one many-valued facet."""

    rids: np.ndarray
    values: np.ndarray
    sorted: tuple | None = field(default=None, repr=False, compare=False)

    @classmethod
    def of(cls, rows) -> Pairs:
        # 32-bit ids: counting gathers millions of them, half the bytes is half the time.
        if not rows:
            return cls(np.zeros(0, np.int32), np.zeros(0, np.int32))
        array = np.asarray(rows, dtype=np.int64)
        return cls(array[:, 0].astype(np.int32), array[:, 1].astype(np.int32))

    def unique(self) -> Pairs:
        """Each (resource, value) once."""
        if not len(self.rids):
            return self
        width = int(self.values.max()) + 1
        keys = np.unique(self.rids.astype(np.int64) * width + self.values)
        return Pairs((keys // width).astype(np.int32), (keys % width).astype(np.int32))

    def without(self, dirty: np.ndarray) -> Pairs:
        keep = ~dirty[self.rids]
        return Pairs(self.rids[keep], self.values[keep])

    def plus(self, other: Pairs) -> Pairs:
        return Pairs(
            np.concatenate([self.rids, other.rids]), np.concatenate([self.values, other.values])
        )

    def holding(self, values, size: int) -> np.ndarray:
        """Mask of the resources with one of `values`: their runs in the pairs ordered by
        value (a test of every pair was 25 ms a selected facet at 1M)."""
        rids, distinct, starts = self._by_value()
        mask = np.zeros(size, bool)
        wanted = np.asarray(sorted(set(values)), dtype=np.int64)
        at = np.searchsorted(distinct, wanted)
        inside = at < len(distinct)
        at, wanted = at[inside], wanted[inside]
        stops = np.append(starts[1:], len(rids))
        for index in at[distinct[at] == wanted].tolist():
            mask[rids[starts[index] : stops[index]]] = True
        return mask

    def _by_value(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(resource ids ordered by value, the distinct values, where each value starts);
        sorted once after each change, on the first count."""
        if self.sorted is None:
            # The pairs themselves are put in this order (their order means nothing
            # else): one copy in memory, not two.
            order = np.argsort(self.values, kind="stable")
            self.rids, self.values = self.rids[order], self.values[order]
            values = self.values
            starts = np.flatnonzero(np.r_[True, values[1:] != values[:-1]]) if len(values) else []
            self.sorted = (self.rids, values[starts], np.asarray(starts, np.int64))
        return self.sorted

    def count(self, mask: np.ndarray) -> list[tuple[int, int]]:
        """(value, number of resources in `mask`) for every value with at least one: a sum
        per run of equal values (2-3 times faster than compacting and a bincount)."""
        rids, values, starts = self._by_value()
        if not len(rids):
            return []
        counts = np.add.reduceat(mask[rids], starts, dtype=np.int64)
        found = counts > 0
        return list(zip(values[found].tolist(), counts[found].tolist(), strict=True))


class Codes:
    """Values of a text or number column as small integers (-1: no value)."""

    def __init__(self):
        self.code: dict = {}
        self.values: list = []

    def of(self, value) -> int:
        if value is None or value == "":
            return -1
        code = self.code.get(value)
        if code is None:
            code = self.code[value] = len(self.values)
            self.values.append(value)
        return code


def _resize(array: np.ndarray, size: int, fill) -> np.ndarray:
    if len(array) >= size:
        return array
    grown = np.full(size, fill, dtype=array.dtype)
    grown[: len(array)] = array
    return grown


_CODED = [f for f in FACETS if f.counting == Counting.CODED]
_RELATED = [f for f in FACETS if f.counting == Counting.RELATED]
SUPPORTED = {Counting.CODED, Counting.RELATED, Counting.TOPIC, Counting.LANGUAGE}


class Snapshot:
    """One process's columns and posting lists (see the module docstring)."""

    def __init__(self):
        self.size = 0
        self.generation = None
        self.changes = (0, 0)  # (largest id, count) of SearchChange applied
        self.postings = PostingLists(Lists.empty())
        # A phrase's levels and how many batches of `changed` they have seen.
        self.phrases: dict[Phrase, tuple[np.ndarray, int]] = {}
        self.changed: list[list[int]] = []  # ids of each `apply` since loading
        self.loaded = False
        self._next_publication = None  # (time or None, computed at)

    # Loading ------------------------------------------------------------------------------

    def _resource_rows(self, ids=None) -> list[tuple]:
        columns = ["id", "status", "published_at", "pub_sort"] + [f.column for f in _CODED]
        rows = Resource.objects.order_by()
        if ids is not None:
            rows = rows.filter(pk__in=ids)
        return list(rows.values_list(*columns))

    def _pairs_rows(self, ids=None) -> dict[str, list[tuple]]:
        """Rows of every many-valued facet (and the links), of `ids` or of all resources."""
        where = "" if ids is None else f" WHERE resource_id IN {_in(ids)}"
        params = [] if ids is None else list(ids)
        through = _table(Resource.topics.through)
        found = {"topic": _fetch(f"SELECT resource_id, topic_id FROM {through}{where}", params)}
        for spec in _RELATED:
            found[spec.name] = _fetch(
                f"SELECT resource_id, {spec.column} FROM {_table(spec.through)}{where}", params
            )
        found["links"] = _fetch(
            f"SELECT resource_id, language, url FROM {_table(ResourceLink)}{where}", params
        )
        return found

    def _load_labels(self) -> None:
        self.topics = list(Topic.objects.order_by("position", "name"))
        by_pk = {t.pk: t for t in self.topics}
        for topic in self.topics:  # the parent shown beside a topic, without a query
            if topic.parent_id in by_pk:
                topic.parent = by_pk[topic.parent_id]
        self.topic_parent = {t.pk: t.parent_id for t in self.topics}
        self.labels = {
            spec.name: {
                pk: (slug, name)
                for pk, slug, name in spec.through._meta.get_field(
                    spec.column.removesuffix("_id")
                ).related_model.objects.values_list("id", "slug", "name")
            }
            for spec in _RELATED
        }

    def reset(self, generation) -> None:
        """Reads every resource's columns and every posting list."""
        self.generation = generation
        self.phrases = {}
        self.changed = []
        self._next_publication = None
        # The log before the columns: a change committed in between is read again, harmless.
        log = SearchChange.objects.aggregate(top=Max("id"), n=Count("id"))
        self.changes = (log["top"] or 0, log["n"])
        rows = self._resource_rows()
        self.size = (max((r[0] for r in rows), default=0) + 1) * 5 // 4 + 64
        self.exists = np.zeros(self.size, bool)
        self.status_published = np.zeros(self.size, bool)
        self.published_at = np.full(self.size, np.inf)
        self.pub_sort = np.zeros(self.size, np.int64)
        self.has_link = np.zeros(self.size, bool)
        self.coded = {f.name: np.full(self.size, -1, np.int32) for f in _CODED}
        self.codes = {f.name: Codes() for f in _CODED}
        self._set_rows(rows)
        self._load_labels()
        pairs = self._pairs_rows()
        self.pairs: dict[str, Pairs] = {}
        self.languages = Codes()
        self._set_pairs(pairs, None)
        for each in self.pairs.values():
            # Now, not on the first count: in gunicorn's master, so the workers share them.
            each._by_value()
        self.postings = PostingLists.load()
        self._grow(len(self.postings.dirty) - 1)
        self.loaded = True
        freeze_heap(len(rows))

    def _grow(self, top: int) -> None:
        if top < self.size:
            return
        size = (top + 1) * 5 // 4 + 64
        self.exists = _resize(self.exists, size, False)
        self.status_published = _resize(self.status_published, size, False)
        self.published_at = _resize(self.published_at, size, np.inf)
        self.pub_sort = _resize(self.pub_sort, size, 0)
        self.has_link = _resize(self.has_link, size, False)
        for name in self.coded:
            self.coded[name] = _resize(self.coded[name], size, -1)
        self.size = size

    def _set_rows(self, rows) -> None:
        published = Resource.Status.PUBLISHED
        for row in rows:
            pk = row[0]
            self.exists[pk] = True
            self.status_published[pk] = row[1] == published
            self.published_at[pk] = row[2].timestamp() if row[2] is not None else np.inf
            self.pub_sort[pk] = row[3] or 0
            for spec, value in zip(_CODED, row[4:], strict=True):
                self.coded[spec.name][pk] = self.codes[spec.name].of(value)

    def _set_pairs(self, found: dict[str, list[tuple]], dirty) -> None:
        topics = Pairs.of(found["topic"])
        # A resource counts once per section, however many of its topics are in it.
        section_of = {t: parent or t for t, parent in self.topic_parent.items()}
        sections = Pairs(
            topics.rids,
            np.asarray([section_of.get(t, t) for t in topics.values.tolist()], dtype=np.int32),
        ).unique()
        links = found["links"]
        languages = Pairs.of([(r, self.languages.of(language)) for r, language, _u in links])
        fresh = {
            "topic": topics,
            "section": sections,
            "language": languages.unique(),
            **{spec.name: Pairs.of(found[spec.name]) for spec in _RELATED},
        }
        with_link = [r for r, _l, url in links if url]
        if dirty is None:
            self.pairs = fresh
        else:
            self.has_link[dirty[: self.size]] = False
            for name, pairs in fresh.items():
                self.pairs[name] = self.pairs[name].without(dirty).plus(pairs)
        if with_link:
            self.has_link[np.asarray(with_link, dtype=np.int64)] = True

    def apply(self, ids: list[int]) -> None:
        """Reloads the resources `ids` (changed or deleted)."""
        ids = sorted(set(ids))
        self._grow(max(ids))
        dirty = np.zeros(self.size, bool)
        dirty[np.asarray(ids, dtype=np.int64)] = True
        self.exists[dirty] = False
        self.status_published[dirty] = False
        rows, found = [], {}
        for chunk in _chunks(ids):
            rows += self._resource_rows(chunk)
            for name, part in self._pairs_rows(chunk).items():
                found.setdefault(name, []).extend(part)
        self._grow(max((r[0] for r in rows), default=0))
        dirty = _resize(dirty, self.size, False)
        self._set_rows(rows)
        self._load_labels()
        self._set_pairs(found, dirty)
        if len(self.changed) >= 1000:  # a long-lived process: let held phrases go instead
            self.changed, self.phrases = [], {}
        self.changed.append(ids)
        self._next_publication = None
        self.postings.replace(ids, posting_lists.read_resources(ids))
        self._grow(len(self.postings.dirty) - 1)

    # Searching ----------------------------------------------------------------------------

    def term_levels(self, term: Term) -> np.ndarray:
        """Best level of one word per resource id (0: not matched), as `ranking` computes."""
        exact, partial, typo = _term_ids(term)
        tables = _LEVEL_TABLES[term.prefix]
        levels = np.zeros(self.size, np.int8)
        kinds = dict.fromkeys(typo, "typo")
        kinds.update(dict.fromkeys(partial, "part"))
        kinds.update(dict.fromkeys(exact, "whole"))
        touched = []

        def add(rids, bits, kind):
            if not len(rids):
                return
            level = tables[kind].take(bits)
            # Indexing with 32-bit ids makes numpy convert them on every use: converted once,
            # the gather and scatter below take a third of the time.
            rids = rids.astype(np.intp)
            # A term's postings name each resource once: a plain gather/scatter keeps the
            # best (and the first list needs no gather: every level is still 0).
            if touched:
                levels[rids] = np.maximum(levels.take(rids), level)
            else:
                levels[rids] = level
                touched.append(True)

        # The lists as loaded, then the changed resources' levels from their new postings
        # (filtering each list instead cost a copy of it per term: +200 ms a query at 1M).
        lists = self.postings
        for term_id, kind in kinds.items():
            add(*lists.base.of(term_id), kind)
        if lists.dirty_count:
            levels[lists.dirty_ids] = 0
            for term_id, kind in kinds.items():
                add(*lists.changed.of(term_id), kind)
        return levels

    def phrase_levels(self, phrase: Phrase) -> np.ndarray:
        """A phrase is checked in SQL on the stored strings (one query) and held; after a
        change only the changed resources are checked again (a full check reads every
        resource holding all the words: seconds at 1,000,000)."""
        held = self.phrases.get(phrase)
        if held is not None:
            levels, seen = held
            ids = sorted({pk for batch in self.changed[seen:] for pk in batch})
            if len(ids) > _CHUNK:
                held = None
            elif ids:
                levels = _resize(levels, self.size, 0)
                levels[np.asarray(ids, dtype=np.int64)] = 0
                self._set_levels(levels, phrase_levels(phrase, ids))
        if held is None:
            levels = np.zeros(self.size, np.int8)
            self._set_levels(levels, self._check_phrase(phrase))
            if len(self.phrases) >= 1000:
                self.phrases = {}
        levels = _resize(levels, self.size, 0)
        self.phrases[phrase] = (levels, len(self.changed))
        return levels

    def _check_phrase(self, phrase: Phrase) -> dict[int, int]:
        """The phrase's levels from SQL, reading the strings of only the resources that hold
        every word when they are few (a phrase of specific words: a few hundred rows
        instead of a scan of every string, seconds at 1,000,000)."""
        holding = np.ones(self.size, bool)
        for word in dict.fromkeys(phrase.words):
            has_word = np.zeros(self.size, bool)
            for term_id in VOCABULARY.exact(word):
                rids, bits = self.postings.of(term_id)
                rids = rids[(bits & postings.WORDS) > 0]
                has_word[rids[rids < self.size]] = True
            holding &= has_word
        candidates = np.flatnonzero(holding)
        if len(candidates) > self.size * PHRASE_SCAN_SHARE:
            return phrase_levels(phrase)
        if not len(candidates):
            return {}
        return phrase_levels_among(phrase, candidates.tolist())

    @staticmethod
    def _set_levels(levels: np.ndarray, found: dict[int, int]) -> None:
        """Sets the levels SQL found. A resource added since this snapshot caught up is left
        out: it is not searched yet, and it is checked when its change is applied."""
        ids = np.fromiter(found.keys(), np.int64, len(found))
        values = np.fromiter(found.values(), np.int8, len(found))
        known = ids < len(levels)
        levels[ids[known]] = values[known]

    def text(self, parsed: ParsedQuery) -> tuple[np.ndarray | None, np.ndarray]:
        """(mask of the resources the query matches or None for no words, rank per id)."""
        if parsed.is_empty:
            return None, np.zeros(self.size, np.int32)
        per_clause = []
        for clause in parsed.clauses:
            levels = []
            for atom in clause.alternatives:
                if isinstance(atom, Phrase):
                    levels.append(self.phrase_levels(atom))
                else:
                    levels.append(self.term_levels(atom))
            per_clause.append((clause, levels))
        matched = np.ones(self.size, bool)
        score = np.zeros(self.size, np.int32)
        for clause, levels in per_clause:
            hit = np.zeros(self.size, bool)
            for level in levels:
                level = _resize(level, self.size, 0)
                hit |= level > 0
                if not clause.negated:
                    score += level
            matched &= ~hit if clause.negated else hit
        return matched, score

    def topics_for(self, selection) -> list[Topic] | None:
        """The topics held, unless a selected one is not held as it is now (a topic without
        resources, created or renamed since: no change was logged for it); then None."""
        held = {t.pk: t for t in self.topics}
        for topic in selection or ():
            mine = held.get(topic.pk)
            if mine is None or (mine.name, mine.slug, mine.parent_id) != (
                topic.name,
                topic.slug,
                topic.parent_id,
            ):
                return None
        return self.topics

    def next_publication(self) -> float | None:
        """The time (epoch seconds) at which the next scheduled resource becomes visible.
        Remembered until that time passes or a change arrives (a scan of every resource)."""
        now = timezone.now().timestamp()
        known = self._next_publication
        if known is not None and (known[0] is None or now < known[0]) and known[1] <= now:
            return known[0]
        later = self.published_at[self.exists & self.status_published]
        later = later[(later > now) & np.isfinite(later)]
        found = float(later.min()) if len(later) else None
        self._next_publication = (found, now)
        return found

    def visible(self) -> np.ndarray:
        now = timezone.now().timestamp()
        return self.exists & self.status_published & (self.published_at <= now)

    def selection_mask(self, name: str, selection: list) -> np.ndarray:
        spec = _BY_NAME[name]
        if spec.counting == Counting.TOPIC:
            chosen = {t.pk for t in selection}
            ids = chosen | {t for t, parent in self.topic_parent.items() if parent in chosen}
            return self.pairs["topic"].holding(ids, self.size)
        if spec.counting == Counting.RELATED:
            return self.pairs[name].holding([o.pk for o in selection], self.size)
        if spec.counting == Counting.LANGUAGE:
            codes = [self.languages.code[v] for v in selection if v in self.languages.code]
            return self.pairs["language"].holding(codes, self.size)
        codes = [self.codes[name].code[v] for v in selection if v in self.codes[name].code]
        return np.isin(self.coded[name], np.asarray(codes, dtype=np.int32))

    def count(
        self, base: np.ndarray, selections: dict[str, list]
    ) -> tuple[int, dict[str, list[tuple]], np.ndarray]:
        """(results with every selection, rows per facet as `facet_counts.count_rows` gives
        them, mask of the results)."""
        masks = {n: self.selection_mask(n, s) for n, s in selections.items() if s}
        results = base.copy()
        for mask in masks.values():
            results &= mask
        rows: dict[str, list[tuple]] = {}
        for spec in FACETS:
            name = spec.name
            if name in masks:
                hits = base.copy()
                for other, mask in masks.items():
                    if other != name:
                        hits &= mask
            else:
                hits = results
            if spec.counting == Counting.TOPIC:
                rows["topic"] = [(t, None, None, n) for t, n in self.pairs["topic"].count(hits)]
                rows["section"] = [(s, None, None, n) for s, n in self.pairs["section"].count(hits)]
            elif spec.counting == Counting.RELATED:
                labels = self.labels[name]
                rows[name] = [
                    (pk, *labels[pk], n) for pk, n in self.pairs[name].count(hits) if pk in labels
                ]
            elif spec.counting == Counting.LANGUAGE:
                values = self.languages.values
                rows[name] = [
                    (None, values[c], None, n) for c, n in self.pairs["language"].count(hits)
                ]
            else:
                codes = self.coded[name][hits]
                counts = np.bincount(codes[codes >= 0], minlength=0)
                values = self.codes[name].values
                found = [(values[c], int(counts[c])) for c in np.flatnonzero(counts)]
                if spec.column == "pub_year":
                    rows[name] = [(v, None, None, n) for v, n in found]
                else:
                    rows[name] = [(None, v, None, n) for v, n in found]
        return int(results.sum()), rows, results

    def order(
        self, results: np.ndarray, score: np.ndarray | None, start: int, stop: int
    ) -> list[int]:
        """Ids of `results` from `start` to `stop`: by rank (if `score`), then date, then id
        (relevance: pub_sort, id; newest: pub_sort, published_at, id; all descending)."""
        ids = np.flatnonzero(results)
        if not len(ids) or stop <= start:
            return []
        pub_sort = self.pub_sort[ids]
        if score is not None:
            primary = score[ids].astype(np.int64) * 100_000_000 + pub_sort
            ties = (-ids,)
        else:
            primary = pub_sort
            ties = (-ids, -self.published_at[ids])
        if stop < len(ids):
            # Only the candidates that can be on the page: primary key at least the stop-th.
            threshold = np.partition(primary, len(ids) - stop)[len(ids) - stop]
            keep = primary >= threshold
            ids, primary = ids[keep], primary[keep]
            ties = tuple(t[keep] for t in ties)
        order = np.lexsort((*ties, -primary))
        return ids[order][start:stop].tolist()


_BY_NAME = {f.name: f for f in FACETS}


def _level_tables(title: int, body: int) -> dict[str, np.ndarray]:
    """A word's level per value of the field bits (0-15), per kind of term: one lookup
    per posting instead of comparisons that each made a 64-bit array (most of a query's
    time at 1M). Levels fit in a byte, a quarter of the memory a scatter moves in int32."""
    bits = np.arange(16)

    def table(in_title: int, in_body: int) -> np.ndarray:
        return np.where(bits & title, in_title, np.where(bits & body, in_body, 0)).astype(np.int8)

    return {
        "whole": table(engine.TITLE_WORD, engine.BODY_WORD),
        "part": table(engine.TITLE_PART, engine.BODY_PART),
        "typo": table(engine.TITLE_TYPO, engine.BODY_TYPO),
    }


# By `Term.prefix`: a prefix matches the folded words, any other term the stems.
_LEVEL_TABLES = {
    True: _level_tables(postings.TITLE_WORDS, postings.BODY_WORDS),
    False: _level_tables(postings.TITLE_TERMS, postings.BODY_TERMS),
}


def _term_ids(term: Term) -> tuple[list[int], list[int], list[int]]:
    """(exact, partial, typo) vocabulary ids of a word, as `engine.match_term` (no limit)."""
    if term.prefix:
        return VOCABULARY.starting(term.word), [], []
    exact = VOCABULARY.exact(term.stem)
    partial = []
    if term.substring:
        partial = [i for i in VOCABULARY.containing(term.stem) if i not in exact]
    typo = typo_ids(term)
    held = set(partial)
    return exact, partial, [i for i in typo if i not in held]


_lock = threading.RLock()
_snapshot = Snapshot()


def supported() -> bool:
    return enabled() and all(f.counting in SUPPORTED for f in FACETS)


def current(vocabulary_stamp: str, changes: tuple[int, int]) -> Snapshot:
    """This process's snapshot, brought to the database's state (`changes`: largest id and
    count of `SearchChange`, read with the data version)."""
    with _lock:
        return _current(vocabulary_stamp, changes)


def _current(vocabulary_stamp: str, changes: tuple[int, int]) -> Snapshot:
    generation = (vocabulary_stamp or "").partition(":")[0]
    snapshot = _snapshot
    if snapshot.loaded and snapshot.generation == generation and snapshot.changes == changes:
        return snapshot
    if not snapshot.loaded or snapshot.generation != generation:
        snapshot.reset(generation)
        return snapshot
    held_top, held_count = snapshot.changes
    rows = list(
        SearchChange.objects.filter(id__gt=held_top).order_by("id").values_list("id", "resource_id")
    )
    if (
        held_count + len(rows) != changes[1]
        or changes[0] < held_top
        or len(rows) + snapshot.postings.dirty_count > MAX_CHANGED_SHARE * snapshot.size
    ):
        snapshot.reset(generation)
        return snapshot
    if rows:
        snapshot.apply([rid for _id, rid in rows])
        snapshot.changes = (rows[-1][0], held_count + len(rows))
    else:
        snapshot.changes = changes
    return snapshot


def forget() -> None:
    """Drops this process's snapshot: the next search loads afresh, as a new process would.
    (Tests: a rolled-back transaction gives its change-log ids out again on SQLite, so
    another test's log can look like the one this process has read.)"""
    with _lock:
        _snapshot.loaded = False
        _snapshot.postings = PostingLists(Lists.empty())


def note_changes(resource_ids) -> None:
    """Logs that these resources' searchable data changed (in the current transaction)."""
    ids = sorted({int(pk) for pk in resource_ids})
    SearchChange.objects.bulk_create([SearchChange(resource_id=pk) for pk in ids], batch_size=1000)


def clear_changes() -> None:
    """After a full rebuild: the new generation reloads everything anyway."""
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {_table(SearchChange)}")


@dataclass
class Evaluation:
    total: int
    rows: dict[str, list[tuple]]
    results: np.ndarray
    score: np.ndarray | None
    snapshot: Snapshot

    def page(self, start: int, stop: int) -> list[int]:
        with _lock:
            return self.snapshot.order(self.results, self.score, start, stop)


def evaluate(
    snapshot: Snapshot, parsed: ParsedQuery, selections: dict, *, with_link: bool, rank: bool
) -> Evaluation:
    with _lock:
        matched, score = snapshot.text(parsed)
        base = snapshot.visible()
        if matched is not None:
            base &= _resize(matched, snapshot.size, False)
        if with_link:
            base &= snapshot.has_link
        total, rows, results = snapshot.count(base, selections)
        score = _resize(score, snapshot.size, 0) if rank else None
        return Evaluation(total, rows, results, score, snapshot)


def preload() -> bool:
    """Loads the vocabulary, the columns and every posting list into this process now; False
    when there is nothing to load (no index yet, or the in-memory search is off).

    gunicorn's master calls it before it forks the workers (`frs_portal.gunicorn`): they start
    with all of it in pages they share, and no reader waits for a load after a deploy."""
    from django.db import DatabaseError

    from . import cache

    if not supported():
        return False
    try:
        version, stamp, changes, _synonyms = cache.current_state_and_changes()
        VOCABULARY.ensure(stamp)
        if version is not None:
            current(stamp, changes)
    except DatabaseError:
        # Not migrated yet, or the database is away: the workers load on their first search.
        logger.warning("Search index not preloaded", exc_info=True)
        return False
    return version is not None
