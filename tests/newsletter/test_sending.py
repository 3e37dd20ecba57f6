"""Sending into a real SMTP server (aiosmtpd on loopback)."""

import itertools
import re

import pytest
from django.utils import timezone

from newsletter import sending
from newsletter.models import Delivery, Issue, Subscriber
from tests.factories import make_resource, make_topic

from .conftest import make_subscriber

pytestmark = pytest.mark.django_db


def make_issue(**fields) -> Issue:
    fields.setdefault("title", "FLR-JuF 1/2026")
    fields.setdefault("slug", "flr-juf-1-2026")
    fields.setdefault("since", timezone.now() - timezone.timedelta(days=30))
    issue = Issue.objects.create(**fields)
    section = make_topic("Junge Volljährige – Leaving Care")
    issue.resources.set([make_resource("Arbeitshilfe Leaving Care", topics=[section])])
    return issue


def subscribers(n: int) -> list[Subscriber]:
    return [make_subscriber(f"person{i}@example.org") for i in range(n)]


def send(issue, **kwargs):
    sending.issue_start_sending(issue=issue)
    return sending.send_issue(issue_id=issue.pk, **kwargs)


def test_each_subscriber_gets_one_personal_message_with_list_headers(smtp_server):
    people = subscribers(3)
    make_subscriber("gone@example.org", status=Subscriber.Status.UNSUBSCRIBED)
    make_subscriber("waiting@example.org", status=Subscriber.Status.PENDING)
    issue = make_issue()

    summary = send(issue)

    assert summary.sent == 3
    assert summary.finished
    assert len(smtp_server.received) == 3
    for person in people:
        [received] = smtp_server.to(person.email)
        message = received.message
        unsubscribe = f"https://flr-juf.test/newsletter/abmelden/{person.token}/"
        assert message["List-Unsubscribe"].strip() == f"<{unsubscribe}>"
        assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        assert message["List-Id"] == "FLR-JuF <flr-juf.test>"
        assert message["Message-ID"].endswith("@mail.flr-juf.test>")
        assert message["Date"]
        assert message["Subject"] == "FLR-JuF 1/2026"
        assert message.get_content_type() == "multipart/alternative"
        text_part, html_part = message.get_payload()
        assert text_part.get_content_type() == "text/plain"
        assert html_part.get_content_type() == "text/html"
        assert unsubscribe in text_part.get_content()
        assert f'href="{unsubscribe}"' in html_part.get_content()
        assert "Arbeitshilfe Leaving Care" in text_part.get_content()
        assert "Impressum" in text_part.get_content()
        assert "Impressum" in html_part.get_content()
    message_ids = {r.message["Message-ID"] for r in smtp_server.received}
    assert len(message_ids) == 3
    issue.refresh_from_db()
    assert issue.status == Issue.Status.SENT
    assert issue.sent_at is not None
    assert issue.delivery_counts()["sent"] == 3


def test_rejected_recipient_is_recorded_with_the_server_answer_and_the_run_goes_on(smtp_server):
    people = subscribers(4)
    smtp_server.reject.add(people[1].email)
    issue = make_issue()

    summary = send(issue)

    assert summary.sent == 3
    assert summary.failed == 1
    assert {r.rcpt_tos[0] for r in smtp_server.received} == {
        p.email for p in people if p != people[1]
    }
    failed = Delivery.objects.get(subscriber=people[1])
    assert failed.status == Delivery.Status.FAILED
    assert failed.smtp_response.startswith("550")
    assert "User unknown" in failed.smtp_response
    issue.refresh_from_db()
    assert issue.status == Issue.Status.SENT


def test_one_smtp_connection_is_reused_per_batch(smtp_server):
    subscribers(7)
    send(make_issue(), batch_size=3)
    assert len(smtp_server.received) == 7
    assert smtp_server.sessions == 3  # batches of 3, 3 and 1


def test_throttle_spaces_messages_to_the_configured_rate(smtp_server):
    subscribers(5)
    send(make_issue(), rate_per_minute=600)  # one message every 0.1 s
    times = [r.at for r in smtp_server.received]
    assert len(times) == 5
    assert times[-1] - times[0] >= 0.38
    # Server-side arrival times jitter a little; the spacing is what counts.
    assert min(b - a for a, b in itertools.pairwise(times)) >= 0.05


def test_throttle_waits_only_as_long_as_needed():
    clock = iter([0.0, 0.5, 5.0]).__next__
    waits = []
    throttle = sending.Throttle(30, sleep=waits.append, clock=clock)  # one per 2 s
    throttle.wait()
    throttle.wait()
    throttle.wait()
    assert waits == [1.5]


def test_crash_after_the_server_accepted_a_message_never_sends_anyone_twice(
    smtp_server, monkeypatch
):
    """Simulates the process dying after the 4th message was accepted by the server but
    before it was marked as sent; then resumes with a new run."""
    people = subscribers(10)
    issue = make_issue()
    sending.issue_start_sending(issue=issue)
    real_mark_sent = sending._mark_sent
    calls = {"n": 0}

    def crash_on_fourth(delivery, run):
        calls["n"] += 1
        if calls["n"] == 4:
            raise SystemExit("worker killed")
        real_mark_sent(delivery, run)

    monkeypatch.setattr(sending, "_mark_sent", crash_on_fourth)
    with pytest.raises(SystemExit):
        sending.send_issue(issue_id=issue.pk, batch_size=6)
    assert len(smtp_server.received) == 4
    assert Delivery.objects.filter(status=Delivery.Status.SENDING).count() == 1
    assert Delivery.objects.filter(status=Delivery.Status.CLAIMED).count() == 2
    monkeypatch.setattr(sending, "_mark_sent", real_mark_sent)

    summary = sending.send_issue(issue_id=issue.pk, batch_size=6)

    assert summary.uncertain_from_earlier_runs == 1
    assert summary.sent == 6
    for person in people:
        assert len(smtp_server.to(person.email)) == 1, person.email
    uncertain = Delivery.objects.get(status=Delivery.Status.UNCERTAIN)
    assert len(smtp_server.to(uncertain.subscriber.email)) == 1
    issue.refresh_from_db()
    assert issue.status == Issue.Status.SENT


def test_crash_before_handing_over_requeues_the_reserved_rows(smtp_server, monkeypatch):
    people = subscribers(5)
    issue = make_issue()
    sending.issue_start_sending(issue=issue)

    class Exploding(sending.Throttle):
        count = 0

        def wait(self):
            Exploding.count += 1
            if Exploding.count == 3:
                raise KeyboardInterrupt

    monkeypatch.setattr(sending, "Throttle", Exploding)
    with pytest.raises(KeyboardInterrupt):
        sending.send_issue(issue_id=issue.pk)
    assert len(smtp_server.received) == 2
    monkeypatch.undo()

    summary = sending.send_issue(issue_id=issue.pk)

    assert summary.uncertain_from_earlier_runs == 0
    assert sorted(r.rcpt_tos[0] for r in smtp_server.received) == sorted(p.email for p in people)


def test_server_hanging_up_mid_run_stops_the_run_and_resuming_completes_it(smtp_server):
    people = subscribers(6)
    issue = make_issue()
    smtp_server.hang_up_after = 2
    sending.issue_start_sending(issue=issue)

    with pytest.raises(sending.SendingInterrupted):
        sending.send_issue(issue_id=issue.pk)
    assert len(smtp_server.received) == 2
    issue.refresh_from_db()
    assert issue.status == Issue.Status.SENDING
    assert issue.deliveries.open().count() == 4

    smtp_server.hang_up_after = None
    sending.send_issue(issue_id=issue.pk)

    for person in people:
        assert len(smtp_server.to(person.email)) == 1
    issue.refresh_from_db()
    assert issue.status == Issue.Status.SENT


def test_unreachable_server_leaves_everything_queued(settings, newsletter_settings):
    from .conftest import free_port

    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = free_port()
    subscribers(2)
    issue = make_issue()
    sending.issue_start_sending(issue=issue)
    with pytest.raises(sending.SendingInterrupted):
        sending.send_issue(issue_id=issue.pk)
    assert issue.deliveries.filter(status=Delivery.Status.QUEUED).count() == 2


def test_person_who_unsubscribed_after_queueing_is_skipped(smtp_server):
    people = subscribers(3)
    issue = make_issue()
    sending.issue_start_sending(issue=issue)
    Subscriber.objects.filter(pk=people[0].pk).update(status=Subscriber.Status.UNSUBSCRIBED)
    people[2].delete()

    summary = sending.send_issue(issue_id=issue.pk)

    assert summary.sent == 1
    assert summary.skipped == 2
    assert [r.rcpt_tos for r in smtp_server.received] == [[people[1].email]]


def test_uncertain_rows_can_be_requeued_by_staff(smtp_server):
    people = subscribers(2)
    issue = make_issue()
    sending.issue_start_sending(issue=issue)
    Delivery.objects.filter(subscriber=people[0]).update(
        status=Delivery.Status.SENDING, run="crashed"
    )
    sending.send_issue(issue_id=issue.pk)
    assert len(smtp_server.received) == 1
    assert sending.deliveries_requeue_uncertain(issue=issue) == 1
    sending.send_issue(issue_id=issue.pk)
    assert len(smtp_server.to(people[0].email)) == 1


def test_starting_twice_does_not_queue_anyone_twice(smtp_server):
    subscribers(3)
    issue = make_issue()
    assert sending.issue_start_sending(issue=issue) == 3
    assert sending.issue_start_sending(issue=issue) == 0
    sending.send_issue(issue_id=issue.pk)
    assert len(smtp_server.received) == 3


def test_personal_unsubscribe_link_in_body_matches_header(smtp_server):
    [person] = subscribers(1)
    send(make_issue())
    message = smtp_server.received[0].message
    text = message.get_payload()[0].get_content()
    link = re.search(r"https://flr-juf\.test/newsletter/abmelden/\S+/", text).group(0)
    assert message["List-Unsubscribe"].strip() == f"<{link}>"
    assert person.token in link


def test_send_command_sends_in_the_foreground_and_refuses_a_second_time(smtp_server):
    from django.core.management import CommandError, call_command

    subscribers(2)
    issue = make_issue()
    call_command("newsletter_send", issue.slug)
    assert len(smtp_server.received) == 2
    with pytest.raises(CommandError, match="bereits versandt"):
        call_command("newsletter_send", issue.slug)
