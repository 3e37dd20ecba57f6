"""Background work: sending an issue runs in the database-backed task queue
(`manage.py db_worker` in production; inline in development and tests)."""

from django_tasks import task

from . import sending


@task()
def send_issue_task(issue_id: int) -> dict:
    return sending.send_issue(issue_id=issue_id).as_dict()
