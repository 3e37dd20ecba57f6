"""Workflows of the resource library that other rooms may call (docs/ARCHITECTURE.md)."""

from .search.index import reindex_resources


def search_index_rebuild() -> int:
    """Reindex every resource (after a bulk load such as the demo content); returns the count.
    `manage.py rebuild_search_index` does the same and then tidies PostgreSQL's statistics."""
    return reindex_resources()
