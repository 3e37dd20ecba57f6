"""Sending an issue to every subscriber, resumably and at most once per person.

How a run works
---------------
1. `issue_start_sending` writes one Delivery row (QUEUED) per active subscriber.
2. `send_issue` (run by the background task) takes over the issue with a fresh run id, then
   repeatedly *claims* a batch of QUEUED rows (QUEUED → CLAIMED, tagged with the run id),
   opens ONE SMTP connection for the batch and, per row:
     a. waits for the throttle (messages per minute),
     b. marks the row SENDING and commits that — before a byte of the message is sent,
     c. hands the message to the server,
     d. marks it SENT after the server's 250, or FAILED with the server's answer (e.g. 550).
   A refused recipient is recorded and the run goes on with the next one.

What a crash leaves behind, and what the next run does with it
--------------------------------------------------------------
* CLAIMED rows were reserved but never handed to the server: the next run puts them back to
  QUEUED and sends them. Nobody can receive them twice.
* A SENDING row (at most one per connection) is the message that was in flight when the
  process died. The server may have accepted it (the crash came after its 250 but before we
  wrote SENT) or not. Sending it again could deliver the issue twice, so the next run marks it
  UNCERTAIN and does not send it; staff see these rows in the admin and may requeue them.
* SENT and FAILED rows are final and skipped.
If the SMTP connection drops, the server never confirmed the message in flight, so (as RFC 5321
§ 4.5.4.1 expects of a sender) that row goes back to QUEUED; the run stops and can be resumed.
"""

import logging
import smtplib
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import get_connection
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from . import mail
from .models import Delivery, Issue, Subscriber

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 3
INTERRUPTED_NOTE = (
    "Versand wurde während der Übergabe an den Mailserver unterbrochen; ob die E-Mail "
    "angekommen ist, ist unbekannt. Sie wird deshalb nicht automatisch erneut gesendet."
)


class SendingInterrupted(Exception):
    """The mail server went away; the run stopped and can be resumed."""


class Throttle:
    """At most `per_minute` messages a minute, evenly spaced (0 or None: no limit)."""

    def __init__(self, per_minute: int | None, *, sleep=time.sleep, clock=time.monotonic):
        self.interval = 60.0 / per_minute if per_minute else 0.0
        self.sleep = sleep
        self.clock = clock
        self.next_at: float | None = None

    def wait(self) -> None:
        if not self.interval:
            return
        now = self.clock()
        if self.next_at is not None and now < self.next_at:
            self.sleep(self.next_at - now)
            now = self.next_at
        self.next_at = now + self.interval


@dataclass
class RunSummary:
    run: str
    sent: int = 0
    failed: int = 0
    skipped: int = 0
    requeued: int = 0
    uncertain_from_earlier_runs: int = 0
    finished: bool = False
    batches: int = 0
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return dict(self.__dict__)


@transaction.atomic
def issue_start_sending(*, issue: Issue, chunk_size: int = 1000) -> int:
    """Queue the issue for every active subscriber; returns the number of recipients queued."""
    issue = Issue.objects.select_for_update().get(pk=issue.pk)
    if issue.status == Issue.Status.SENT:
        raise ValueError("Diese Ausgabe wurde bereits versendet.")
    before = issue.deliveries.count()
    last_id = 0
    # Keyset pages keep memory flat and avoid an open cursor while inserting (SQLite).
    while True:
        ids = list(
            Subscriber.objects.active()
            .filter(id__gt=last_id)
            .order_by("id")
            .values_list("id", flat=True)[:chunk_size]
        )
        if not ids:
            break
        Delivery.objects.bulk_create(
            [Delivery(issue=issue, subscriber_id=i) for i in ids], ignore_conflicts=True
        )
        last_id = ids[-1]
    issue.status = Issue.Status.SENDING
    issue.send_started_at = issue.send_started_at or timezone.now()
    issue.save(update_fields=["status", "send_started_at", "updated_at"])
    return issue.deliveries.count() - before


def _recover(issue_id: int, run: str) -> int:
    """Tidy up after earlier runs (see module docstring); returns rows made UNCERTAIN."""
    rows = Delivery.objects.filter(issue_id=issue_id).exclude(run=run)
    rows.filter(status=Delivery.Status.CLAIMED).update(
        status=Delivery.Status.QUEUED, run="", claimed_at=None
    )
    return rows.filter(status=Delivery.Status.SENDING).update(
        status=Delivery.Status.UNCERTAIN, smtp_response=INTERRUPTED_NOTE
    )


def _claim_batch(issue_id: int, run: str, size: int) -> list[Delivery]:
    ids = list(
        Delivery.objects.filter(issue_id=issue_id, status=Delivery.Status.QUEUED)
        .order_by("id")
        .values_list("id", flat=True)[:size]
    )
    if not ids:
        return []
    # The status condition makes the claim safe against a second run claiming the same rows.
    Delivery.objects.filter(id__in=ids, status=Delivery.Status.QUEUED).update(
        status=Delivery.Status.CLAIMED, run=run, claimed_at=timezone.now()
    )
    return list(
        Delivery.objects.filter(id__in=ids, run=run, status=Delivery.Status.CLAIMED)
        .select_related("subscriber")
        .only(
            "id",
            "subscriber__id",
            "subscriber__email",
            "subscriber__token",
            "subscriber__status",
            "subscriber__language",
        )
        .order_by("id")
    )


def _mark_sending(delivery: Delivery, run: str, message_id: str) -> bool:
    return bool(
        Delivery.objects.filter(pk=delivery.pk, run=run, status=Delivery.Status.CLAIMED).update(
            status=Delivery.Status.SENDING,
            attempts=F("attempts") + 1,
            message_id=message_id[:255],
        )
    )


def _mark_sent(delivery: Delivery, run: str) -> None:
    # No status condition: if another run meanwhile marked this row UNCERTAIN, we know better.
    Delivery.objects.filter(pk=delivery.pk, run=run).update(
        status=Delivery.Status.SENT, sent_at=timezone.now(), smtp_response="250 angenommen"
    )


def _mark_refused(delivery: Delivery, run: str, code: int, answer: str) -> str:
    """A refusal: final for 5xx; a 4xx (try later) goes back to the queue a few times."""
    text = f"{code} {answer}".strip()
    attempts = Delivery.objects.filter(pk=delivery.pk).values_list("attempts", flat=True)[0]
    if 400 <= code < 500 and attempts < MAX_ATTEMPTS:
        status = Delivery.Status.QUEUED
    else:
        status = Delivery.Status.FAILED
    Delivery.objects.filter(pk=delivery.pk, run=run).update(
        status=status, smtp_response=text[:2000]
    )
    return status


def _answer(raw) -> str:
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)


def _release(batch_ids: list[int], run: str) -> None:
    Delivery.objects.filter(id__in=batch_ids, run=run, status=Delivery.Status.CLAIMED).update(
        status=Delivery.Status.QUEUED, run="", claimed_at=None
    )


def _still_ours(issue_id: int, run: str) -> bool:
    return Issue.objects.filter(pk=issue_id, send_run=run).exists()


def send_issue(
    *,
    issue_id: int,
    rate_per_minute: int | None = None,
    batch_size: int | None = None,
    connection_factory: Callable = get_connection,
    sleep: Callable[[float], None] = time.sleep,
) -> RunSummary:
    """Send (or resume sending) an issue. Safe to call again after any interruption."""
    rate = settings.NEWSLETTER_SEND_RATE_PER_MINUTE if rate_per_minute is None else rate_per_minute
    batch_size = batch_size or settings.NEWSLETTER_BATCH_SIZE
    run = uuid.uuid4().hex
    summary = RunSummary(run=run)
    issue = Issue.objects.get(pk=issue_id)
    if issue.status != Issue.Status.SENDING:
        summary.errors.append(f"Ausgabe ist im Status {issue.status}, nicht im Versand.")
        return summary
    # Take the issue over: an older run still alive stops at its next batch.
    Issue.objects.filter(pk=issue_id).update(send_run=run)
    summary.uncertain_from_earlier_runs = _recover(issue_id, run)
    # One rendering per subscriber language, made when the first such subscriber comes up.
    renderings = mail.IssueRenderings(issue)
    throttle = Throttle(rate, sleep=sleep)

    while _still_ours(issue_id, run):
        batch = _claim_batch(issue_id, run, batch_size)
        if not batch:
            break
        summary.batches += 1
        connection = connection_factory(fail_silently=False)
        try:
            connection.open()
        except (OSError, smtplib.SMTPException) as exc:
            _release([d.id for d in batch], run)
            raise SendingInterrupted(f"Mailserver nicht erreichbar: {exc}") from exc
        try:
            _send_batch(batch, run, renderings, connection, throttle, summary)
        finally:
            try:
                connection.close()
            except Exception:  # the connection may already be gone; nothing left to do
                logger.debug("closing SMTP connection failed", exc_info=True)

    return _finish(issue_id, run, summary)


def _send_batch(batch, run, renderings, connection, throttle, summary) -> None:
    for position, delivery in enumerate(batch):
        subscriber = delivery.subscriber
        if subscriber is None or subscriber.status != Subscriber.Status.ACTIVE:
            # Unsubscribed or erased after the issue was queued: respect that.
            Delivery.objects.filter(pk=delivery.pk, run=run).update(status=Delivery.Status.SKIPPED)
            summary.skipped += 1
            continue
        throttle.wait()
        rendered = renderings(subscriber.language)
        message = rendered.message(to=subscriber.email, subscriber=subscriber)
        if not _mark_sending(delivery, run, message.extra_headers["Message-ID"]):
            continue  # another run took this row over
        try:
            connection.send_messages([message])
        except smtplib.SMTPRecipientsRefused as exc:
            code, answer = next(iter(exc.recipients.values()))
            _record_refusal(delivery, run, code, _answer(answer), summary)
        except (smtplib.SMTPSenderRefused, smtplib.SMTPDataError) as exc:
            _record_refusal(delivery, run, exc.smtp_code, _answer(exc.smtp_error), summary)
            if exc.smtp_code == 421:  # the server closes the connection after a 421
                _release([d.id for d in batch[position + 1 :]], run)
                raise SendingInterrupted(f"Mailserver beendet die Verbindung: {exc}") from exc
        except (OSError, smtplib.SMTPException) as exc:
            # No 250 for this message: it was not accepted and goes back to the queue.
            Delivery.objects.filter(pk=delivery.pk, run=run).update(
                status=Delivery.Status.QUEUED,
                run="",
                smtp_response=f"Verbindung abgebrochen: {exc}"[:2000],
            )
            _release([d.id for d in batch[position + 1 :]], run)
            raise SendingInterrupted(f"Verbindung zum Mailserver abgebrochen: {exc}") from exc
        else:
            _mark_sent(delivery, run)
            summary.sent += 1


def _record_refusal(delivery, run, code, answer, summary) -> None:
    status = _mark_refused(delivery, run, code, answer)
    if status == Delivery.Status.FAILED:
        summary.failed += 1
    else:
        summary.requeued += 1


def _finish(issue_id: int, run: str, summary: RunSummary) -> RunSummary:
    open_rows = Delivery.objects.filter(
        issue_id=issue_id,
        status__in=[Delivery.Status.QUEUED, Delivery.Status.CLAIMED, Delivery.Status.SENDING],
    )
    if not open_rows.exists():
        summary.finished = bool(
            Issue.objects.filter(pk=issue_id, send_run=run).update(
                status=Issue.Status.SENT, sent_at=timezone.now()
            )
        )
    return summary


@transaction.atomic
def deliveries_requeue_uncertain(*, issue: Issue) -> int:
    """Staff decided that the uncertain recipients should get the issue (perhaps again)."""
    count = issue.deliveries.filter(status=Delivery.Status.UNCERTAIN).update(
        status=Delivery.Status.QUEUED, run="", smtp_response=""
    )
    if count:
        Issue.objects.filter(pk=issue.pk, status=Issue.Status.SENT).update(
            status=Issue.Status.SENDING
        )
    return count
