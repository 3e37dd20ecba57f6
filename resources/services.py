"""Workflows of the resource library that other rooms may call (docs/ARCHITECTURE.md)."""

from .models import ResourceLink
from .search.index import reindex_resources


def search_index_rebuild() -> int:
    """Reindex every resource (after a bulk load such as the demo content); returns the count.
    `manage.py rebuild_search_index` does the same and then tidies PostgreSQL's statistics."""
    return reindex_resources()


def resourcelink_replace_url(*, link: ResourceLink, url: str) -> bool:
    """Give a link a new address (e.g. the target of a permanent redirect). False, and nothing
    changed, when another link already has that address (addresses are unique)."""
    if not url or url == link.url:
        return False
    if ResourceLink.objects.filter(url=url).exclude(pk=link.pk).exists():
        return False
    link.url = url
    link.save(update_fields=["url"])  # through save(): history and search cache follow
    return True
