"""All facet counts of one search in a single SQL statement.

The matched resources (text query and publication state) are written once as a common table
expression; each facet counts on it, filtered by the selections of the *other* facets. Both
databases materialise a CTE that is used more than once, so the text match runs once per
page instead of once per facet. Portable SQL only: `WITH`, `UNION ALL`, `GROUP BY`.
"""

from __future__ import annotations

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import Q, QuerySet

from ..models import Resource, ResourceLink, Topic
from .registry import BY_NAME, FACETS, Counting

# facet: (through table, column), from the registry
_RELATED = {f.name: (f.through, f.column) for f in FACETS if f.counting == Counting.RELATED}


def _table(model) -> str:
    return connection.ops.quote_name(model._meta.db_table)


def _sql(queryset: QuerySet) -> tuple[str, tuple]:
    return queryset.query.sql_with_params()


def _facet_selects(name: str, hits: str) -> list[str]:
    """SELECTs of (facet, id, code, label, n) rows counting `name` on the CTE `hits`.

    The CTE is joined, not used with IN: its ids are unique, so both are the same, and
    PostgreSQL estimates a join with a CTE well (hash join) but not an IN over it."""
    if name == "topic":
        through = _table(Resource.topics.through)
        return [
            f"SELECT 'topic', x.topic_id, NULL, NULL, COUNT(*) FROM {hits} h "
            f"INNER JOIN {through} x ON x.resource_id = h.id GROUP BY x.topic_id",
            # A section counts each resource filed under it or under its topics once.
            f"SELECT 'section', COALESCE(t.parent_id, t.id), NULL, NULL, "
            f"COUNT(DISTINCT x.resource_id) FROM {hits} h "
            f"INNER JOIN {through} x ON x.resource_id = h.id "
            f"INNER JOIN {_table(Topic)} t ON t.id = x.topic_id "
            f"GROUP BY COALESCE(t.parent_id, t.id)",
        ]
    if name in _RELATED:
        through, column = _RELATED[name]
        model = through._meta.get_field(column.removesuffix("_id")).related_model
        # Count by id first, then join the names: grouping by text columns costs more.
        return [
            f"SELECT '{name}', o.id, o.slug, o.name, c.n FROM (SELECT x.{column} AS id, "
            f"COUNT(*) AS n FROM {hits} h INNER JOIN {_table(through)} x "
            f"ON x.resource_id = h.id GROUP BY x.{column}) c "
            f"INNER JOIN {_table(model)} o ON o.id = c.id"
        ]
    if name == "language":
        return [
            f"SELECT 'language', NULL, x.language, NULL, COUNT(DISTINCT x.resource_id) "
            f"FROM {hits} h INNER JOIN {_table(ResourceLink)} x ON x.resource_id = h.id "
            f"GROUP BY x.language"
        ]
    raise KeyError(name)


def count_rows(
    matched: QuerySet, filters: dict[str, Q], names: tuple[str, ...]
) -> tuple[int, dict[str, list[tuple]]]:
    """(number of results with every filter, rows per facet) for the resources in `matched`
    (before facet filters). `filters` holds each selected facet's condition. Rows are
    (id, code, label, n); the topic facet also gets "section" rows."""
    try:
        # In id order, the joins below read the other tables' id indexes in order (twice
        # as fast on SQLite, whose index walk would otherwise hand them out by date).
        matched_sql, params = _sql(matched.order_by("pk").values("pk"))
    except EmptyResultSet:  # a word that is in no resource: nothing to count
        return 0, {}
    ctes = [f"matched(id) AS ({matched_sql})"]
    params = list(params)

    def restricted(name: str, conditions: list[Q]) -> str:
        if not conditions:
            return "matched"
        condition = Q()
        for c in conditions:
            condition &= c
        sql, extra = _sql(Resource.objects.filter(condition).order_by().values("pk"))
        ctes.append(f"{name}(id) AS (SELECT id FROM matched WHERE id IN ({sql}))")
        params.extend(extra)
        return name

    everything = restricted("hits", list(filters.values()))
    selects = [f"SELECT 'total', NULL, NULL, NULL, COUNT(*) FROM {everything}"]
    columns: dict[str, str] = {}  # coded facet -> the CTE its counts come from
    for name in names:
        if name in filters:
            hits = restricted(f"hits_{name}", [c for other, c in filters.items() if other != name])
        else:
            hits = everything
        if name in CODED:
            columns[name] = hits
        else:
            selects += _facet_selects(name, hits)
    # Type, region and year of the same resources come from one scan of the resource table.
    for hits in dict.fromkeys(columns.values()):
        selects.append(
            f"SELECT 'codes:{hits}', r.pub_year, r.resource_type, r.region, COUNT(*) "
            f"FROM {hits} h INNER JOIN {_table(Resource)} r ON r.id = h.id "
            f"GROUP BY r.pub_year, r.resource_type, r.region"
        )
    sql = "WITH " + ", ".join(ctes) + " " + " UNION ALL ".join(selects)
    rows: dict[str, list[tuple]] = {}
    total = 0
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for facet, id_, code, label, n in cursor.fetchall():
            if facet == "total":
                total = n
            else:
                rows.setdefault(facet, []).append((id_, code, label, n))
    for name, hits in columns.items():
        rows[name] = _coded_rows(name, rows.get(f"codes:{hits}", []))
    return total, rows


CODED = tuple(f.name for f in FACETS if f.counting == Counting.CODED)
_COLUMN_OF = {"pub_year": 0, "resource_type": 1, "region": 2}


def _coded_rows(name: str, combined: list[tuple]) -> list[tuple]:
    """One coded facet's rows out of the (year, type, region, n) combinations; empty codes
    are not counted, as a resource without a region has no region value to offer."""
    counts: dict = {}
    position = _COLUMN_OF[BY_NAME[name].column]
    for row in combined:
        value, n = row[position], row[3]
        if value is None or value == "":
            continue
        counts[value] = counts.get(value, 0) + n
    if name == "year":
        return [(year, None, None, n) for year, n in counts.items()]
    return [(None, code, None, n) for code, n in counts.items()]
