"""Every posting list of the index in memory, for the in-memory search (`memory`).

Why all of them, read at once: read term by term when first searched, a word's postings cost
0.1-1.3 s at 100,000 resources and up to 9 s for eight words at 1,000,000 (rows through the
driver), paid by whoever searched first after each deploy and after every new word. Read at
once (the database packs each posting into one number, `read_all`) they load in seconds and
take 5 bytes per posting.
With gunicorn's `preload_app` the master process reads them once and the workers share the
pages (copy-on-write: nothing writes to these arrays after loading).

Layout, compressed sparse rows: `rids` and `bits` hold every posting ordered by term, the
postings of term t are `rids[starts[t]:starts[t + 1]]`. Resources changed since the load are
`dirty`: their postings in the base arrays are skipped, and their current postings are held
apart in a small second set of the same layout (`changed`). A change costs a read of that
resource's postings, not a rebuild of the arrays.
"""

from __future__ import annotations

import numpy as np
from django.db import connection

from ..models import SearchPosting

# One posting as one 64-bit integer, packed by the database: term id, resource id, field
# bits. Sorting the numbers sorts the postings by term; one number a row is the least work
# for the database and the driver (measured at 100,000 resources, 5 million postings, on
# PostgreSQL: 10-byte records 2.3 s, packed numbers 1.2 s; a binary COPY sends one message
# per row, 20 s; plain rows through the driver 3.7 s).
_BITS_WIDTH = 4  # the four field bits of `postings`
_RID_WIDTH = 31  # the in-memory search holds resource ids as 32-bit integers (`memory`)
_TERM_SHIFT = _RID_WIDTH + _BITS_WIDTH
MAX_TERM_ID = 2 ** (63 - _TERM_SHIFT) - 1


_EMPTY_RIDS = np.zeros(0, np.int32)
_EMPTY_BITS = np.zeros(0, np.uint8)


class PostingsChanged(Exception):
    """The index changed while it was being read."""


class Lists:
    """Posting lists of many terms in one pair of arrays ordered by term."""

    def __init__(self, terms: np.ndarray, rids: np.ndarray, bits: np.ndarray):
        terms = np.asarray(terms, np.int64)
        if len(terms) > 1 and not bool(np.all(terms[1:] >= terms[:-1])):
            order = np.argsort(terms, kind="stable")
            terms, rids, bits = terms[order], rids[order], bits[order]
        counts = np.bincount(terms, minlength=1) if len(terms) else np.zeros(1, np.int64)
        self._set(counts, np.asarray(rids, np.int32), np.asarray(bits, np.uint8))

    def _set(self, counts: np.ndarray, rids: np.ndarray, bits: np.ndarray) -> None:
        self.rids, self.bits = rids, bits
        self.starts = np.zeros(len(counts) + 1, np.int64)
        np.cumsum(counts, out=self.starts[1:])

    @classmethod
    def from_blocks(cls, counts: np.ndarray, blocks) -> Lists:
        """From the number of postings of each term and blocks of packed postings
        (`_packed_sql`) in any order: each block is sorted and its postings are put into
        their terms' places (a counting sort). Loading never holds more than the lists and
        one block (1,000,000 resources: 50 million postings in 250 MB, not 400 MB of 64-bit
        numbers and a sorted copy). Raises PostingsChanged when the blocks do not add up to
        `counts` (the index changed between the two reads)."""
        lists = cls.__new__(cls)
        total = int(counts.sum())
        lists._set(counts, np.zeros(total, np.int32), np.zeros(total, np.uint8))
        filled = lists.starts[:-1].copy()
        for keys in blocks:
            if not len(keys):
                continue
            keys.sort()
            terms = keys >> _TERM_SHIFT
            if int(terms[-1]) >= len(counts):
                raise PostingsChanged
            present, first, number = np.unique(terms, return_index=True, return_counts=True)
            places = filled[terms] + (np.arange(len(keys)) - np.repeat(first, number))
            filled[present] += number
            if np.any(filled[present] > lists.starts[present + 1]):
                raise PostingsChanged
            lists.rids[places] = (keys >> _BITS_WIDTH) & (2**_RID_WIDTH - 1)
            lists.bits[places] = keys & (2**_BITS_WIDTH - 1)
        if not np.array_equal(filled, lists.starts[1:]):
            raise PostingsChanged
        return lists

    @classmethod
    def empty(cls) -> Lists:
        return cls(np.zeros(0, np.int64), _EMPTY_RIDS, _EMPTY_BITS)

    def __len__(self) -> int:
        return len(self.rids)

    @property
    def nbytes(self) -> int:
        return self.rids.nbytes + self.bits.nbytes + self.starts.nbytes

    def of(self, term_id: int) -> tuple[np.ndarray, np.ndarray]:
        if not 0 <= term_id < len(self.starts) - 1:
            return _EMPTY_RIDS, _EMPTY_BITS
        start, stop = self.starts[term_id], self.starts[term_id + 1]
        return self.rids[start:stop], self.bits[start:stop]

    def rows(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(term, resource, bits) arrays of every posting."""
        terms = np.repeat(np.arange(len(self.starts) - 1, dtype=np.int64), np.diff(self.starts))
        return terms, self.rids, self.bits


class PostingLists:
    """The base lists as loaded, minus the resources changed since, plus their new postings."""

    def __init__(self, base: Lists):
        self.base = base
        self.changed = Lists.empty()
        self.dirty = np.zeros(int(base.rids.max()) + 1 if len(base) else 0, bool)
        self.dirty_ids = np.zeros(0, np.int64)
        self.dirty_count = 0

    @classmethod
    def load(cls) -> PostingLists:
        for _attempt in range(2):
            try:
                return cls(read_all())
            except PostingsChanged:
                continue  # an edit between the two reads: read again
        return cls(read_all())

    def __len__(self) -> int:
        return len(self.base) + len(self.changed)

    @property
    def nbytes(self) -> int:
        return self.base.nbytes + self.changed.nbytes + self.dirty.nbytes

    def of(self, term_id: int) -> tuple[np.ndarray, np.ndarray]:
        """(resource ids, field bits) of one term, each resource once."""
        rids, bits = self.base.of(term_id)
        if not self.dirty_count:
            return rids, bits
        keep = ~self.dirty[rids]
        extra_rids, extra_bits = self.changed.of(term_id)
        if not len(extra_rids):
            return rids[keep], bits[keep]
        return (
            np.concatenate([rids[keep], extra_rids]),
            np.concatenate([bits[keep], extra_bits]),
        )

    def replace(self, ids, rows: np.ndarray) -> None:
        """The resources `ids` changed: `rows` (term, resource, bits) are all their postings
        now (none for a deleted resource)."""
        ids = np.asarray(list(ids), np.int64)
        if not len(ids):
            return
        top = int(ids.max()) + 1
        if top > len(self.dirty):
            self.dirty = np.concatenate([self.dirty, np.zeros(top - len(self.dirty), bool)])
        self.dirty[ids] = True
        self.dirty_ids = np.flatnonzero(self.dirty)
        self.dirty_count = len(self.dirty_ids)
        terms, rids, bits = self.changed.rows()
        keep = ~np.isin(rids, ids)
        rows = np.asarray(rows, np.int64).reshape(-1, 3)
        self.changed = Lists(
            np.concatenate([terms[keep], rows[:, 0]]),
            np.concatenate([rids[keep], rows[:, 1].astype(np.int32)]),
            np.concatenate([bits[keep], rows[:, 2].astype(np.uint8)]),
        )


def _table() -> str:
    return connection.ops.quote_name(SearchPosting._meta.db_table)


def _packed_sql() -> str:
    return f"(term_id * {2**_TERM_SHIFT}) + (resource_id * {2**_BITS_WIDTH}) + fields"


def read_all() -> Lists:
    """Every posting, as lists by term: how many each term has, then the postings in blocks
    (on PostgreSQL a few hundred byte strings, each the concatenation of 8-byte big-endian
    numbers, one block per range of resource ids, streamed through a server-side cursor)."""
    connection.ensure_connection()
    postgres = connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        if postgres:
            cursor.execute(
                f"SELECT string_agg(int8send(term_id * {2**32} + n), ''::bytea) "
                f"FROM (SELECT term_id, COUNT(*) AS n FROM {_table()} GROUP BY term_id) c"
            )
            found = np.frombuffer(cursor.fetchone()[0] or b"", ">i8").astype(np.int64)
            terms, numbers = found >> 32, found & (2**32 - 1)
        else:
            cursor.execute(f"SELECT term_id, COUNT(*) FROM {_table()} GROUP BY term_id")
            found = np.asarray(cursor.fetchall(), np.int64).reshape(-1, 2)
            terms, numbers = found[:, 0], found[:, 1]
    top = int(terms.max()) if len(terms) else 0
    if top > MAX_TERM_ID:
        raise ValueError(f"term ids beyond {MAX_TERM_ID}: rebuild the search index with fresh ids")
    counts = np.zeros(top + 1, np.int64)
    counts[terms] = numbers
    return Lists.from_blocks(counts, _aggregated_blocks() if postgres else _fetched_blocks())


def read_resources(ids: list[int]) -> np.ndarray:
    """(term, resource, bits) rows of the postings of the resources `ids`."""
    found = []
    with connection.cursor() as cursor:
        for start in range(0, len(ids), 5_000):
            chunk = [int(pk) for pk in ids[start : start + 5_000]]
            cursor.execute(
                f"SELECT term_id, resource_id, fields FROM {_table()} "
                f"WHERE resource_id IN ({', '.join(['%s'] * len(chunk))})",
                chunk,
            )
            found += cursor.fetchall()
    return np.asarray(found, np.int64).reshape(-1, 3)


def _fetched_blocks():
    with connection.chunked_cursor() as cursor:
        cursor.execute(f"SELECT {_packed_sql()} FROM {_table()}")
        while rows := cursor.fetchmany(250_000):
            yield np.asarray(rows, np.int64).reshape(-1)


_RESOURCES_PER_BLOCK = 2048


def _aggregated_blocks():
    sql = (
        f"SELECT string_agg(int8send({_packed_sql()}), ''::bytea) FROM {_table()} "
        f"GROUP BY resource_id / {_RESOURCES_PER_BLOCK}"
    )
    with connection.chunked_cursor() as cursor:
        cursor.execute(sql)
        while rows := cursor.fetchmany(8):
            for (data,) in rows:
                yield np.frombuffer(data, ">i8").astype(np.int64)
