"""Background reindexing for changes that touch many resources (renaming a section)."""

from django_tasks import task


@task()
def reindex_resources_task(resource_ids: list[int]) -> int:
    from .index import reindex_resources

    return reindex_resources(resource_ids)
