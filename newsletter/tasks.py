"""Background work: sending an issue runs in the database-backed task queue
(`manage.py db_worker` in production; inline in development and tests)."""

from django_tasks import task

from . import sending


@task()
def send_issue_task(issue_id: int) -> dict:
    return sending.send_issue(issue_id=issue_id).as_dict()


# Mails about a subscription go through the queue too: the request that asked for them answers
# at once, the same way whatever the mail server does, and a hanging server holds up a
# worker of the queue, never a web worker.


@task()
def send_confirmation_task(subscriber_id: int) -> bool:
    from .models import Subscriber
    from .services import subscriber_send_confirmation

    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is None or subscriber.is_active:
        return False
    return subscriber_send_confirmation(subscriber=subscriber)


@task()
def send_manage_link_task(email: str) -> bool:
    from .services import subscriber_send_manage_link

    return subscriber_send_manage_link(email=email)


@task()
def send_data_link_task(subscriber_id: int) -> bool:
    from .models import Subscriber
    from .services import subscriber_send_data_link

    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is None:
        return False
    subscriber_send_data_link(subscriber=subscriber)
    return True


@task()
def send_test_task(issue_id: int, recipients: list[str]) -> int:
    """Staff test send of an issue, marked [TEST]; nothing is recorded."""
    from .models import Issue
    from .services import issue_send_test

    return issue_send_test(issue=Issue.objects.get(pk=issue_id), recipients=recipients)
