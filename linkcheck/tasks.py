"""Background work, run by the same `manage.py db_worker` as newsletter sending."""

from datetime import timedelta

from django_tasks import task

from . import report, services


@task()
def check_links_task(link_ids: list[int] | None = None, older_than_days: int | None = None) -> dict:
    """Check the given links, or all links last checked more than `older_than_days` ago."""
    if link_ids is not None:
        return services.links_check_by_ids(link_ids=link_ids).as_dict()
    older_than = timedelta(days=older_than_days) if older_than_days is not None else None
    links = services.links_to_check(older_than=older_than)
    return services.links_check(links=links.iterator(chunk_size=500)).as_dict()


@task()
def send_link_health_report_task() -> dict:
    return {"recipients": report.link_health_report_send()}
