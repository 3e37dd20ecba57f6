"""Workflows of the information service: subscriptions, consent, erasure, import, issues."""

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from common.reports import ImportReport
from legal import services as legal_services
from resources.models import Resource, Topic

from . import mail
from .importers import ImportedRow
from .models import (
    ConsentEvent,
    Issue,
    IssueItem,
    Subscriber,
    Suppression,
    email_hash,
    new_token,
    normalise_email,
)

CONFIRM_SALT = "newsletter.confirm"
DATA_SALT = "newsletter.data"
DATA_LINK_HOURS = 24


def privacy_notice_version() -> str:
    """The privacy notice in force, recorded with every consent step. The notice is a site page
    (website app), which this domain app must not import: configuration names the function."""
    return import_string(settings.NEWSLETTER_PRIVACY_NOTICE_VERSION)()


# --- Double opt-in --------------------------------------------------------------------------


def _latest_request(subscriber: Subscriber) -> ConsentEvent | None:
    return (
        subscriber.consent_events.filter(kind=ConsentEvent.Kind.REQUESTED)
        .order_by("-created_at", "-id")
        .first()
    )


def confirmation_token(subscriber: Subscriber) -> str:
    # The address is signed too: a link only confirms the address it was sent to. So is the
    # sign-up request it answers: a link from an older request (before an unsubscribe, say)
    # can never re-activate the person.
    request = _latest_request(subscriber)
    return signing.dumps(
        {
            "id": subscriber.pk,
            "h": email_hash(subscriber.email)[:16],
            "r": request.pk if request else None,
        },
        salt=CONFIRM_SALT,
        compress=True,
    )


def subscriber_from_confirmation_token(token: str) -> Subscriber | None:
    """The subscriber a confirmation link is for. Raises signing.SignatureExpired for an
    expired link and signing.BadSignature for a damaged one; None if the sign-up is gone or
    the link belongs to an earlier request than the person's latest one."""
    max_age = datetime.timedelta(days=settings.NEWSLETTER_CONFIRM_DAYS)
    data = signing.loads(token, salt=CONFIRM_SALT, max_age=max_age)
    subscriber = Subscriber.objects.filter(pk=data.get("id")).first()
    if subscriber is None or email_hash(subscriber.email)[:16] != data.get("h"):
        return None
    request = _latest_request(subscriber)
    if request is None or request.pk != data.get("r"):
        return None
    # An unsubscribe after this request ends it: only a new sign-up can start again.
    if subscriber.unsubscribed_at and subscriber.unsubscribed_at >= request.created_at:
        return None
    return subscriber


def data_token(subscriber: Subscriber) -> str:
    """A short-lived link for export and erasure, sent by mail on request.

    Bound to the person's current management token and to how often they exported: it works
    for one download, and stops working once they unsubscribe (which rotates the token).
    """
    exports = subscriber.consent_events.filter(kind=ConsentEvent.Kind.DATA_EXPORTED).count()
    return signing.dumps(
        {"id": subscriber.pk, "t": subscriber.token[:16], "n": exports}, salt=DATA_SALT
    )


def subscriber_from_data_token(token: str) -> Subscriber | None:
    """The subscriber a data link is for, or None if it is damaged, expired or used."""
    try:
        data = signing.loads(
            token, salt=DATA_SALT, max_age=datetime.timedelta(hours=DATA_LINK_HOURS)
        )
    except signing.BadSignature:
        return None
    subscriber = Subscriber.objects.filter(pk=data.get("id")).first()
    if subscriber is None or subscriber.token[:16] != data.get("t"):
        return None
    exports = subscriber.consent_events.filter(kind=ConsentEvent.Kind.DATA_EXPORTED).count()
    return subscriber if exports == data.get("n") else None


def _ip(ip_address: str | None) -> str | None:
    return ip_address if settings.NEWSLETTER_RECORD_IP else None


def _topic_names(topics: Iterable[Topic]) -> list[str]:
    return [t.name for t in topics]


@dataclass
class SignupResult:
    subscriber: Subscriber
    # False when the address was already confirmed: the person gets their management link
    # instead of a new confirmation, and the page says the same in both cases.
    needs_confirmation: bool


@transaction.atomic
def subscriber_request_signup(
    *,
    email: str,
    name: str,
    topics: Iterable[Topic],
    consent_text: str,
    ip_address: str | None = None,
    language: str | None = None,
) -> SignupResult:
    """`language`: the sign-up page's language; the mails about the subscription use it."""
    email = normalise_email(email)
    topics = list(topics)
    codes = {code for code, _name in settings.LANGUAGES}
    language = language if language in codes else settings.LANGUAGE_CODE
    subscriber = Subscriber.objects.select_for_update().filter(email=email).first()
    if subscriber is not None and subscriber.is_active:
        return SignupResult(subscriber, needs_confirmation=False)
    if subscriber is None:
        subscriber = Subscriber.objects.create(email=email, name=name, language=language)
        subscriber.topics.set(topics)
    elif subscriber.status == Subscriber.Status.PENDING:
        subscriber.name = name or subscriber.name
        subscriber.language = language
        subscriber.requested_at = timezone.now()
        subscriber.save()
        subscriber.topics.set(topics)
    # Someone who unsubscribed stays unsubscribed, with name and topics untouched, until the
    # owner of the address confirms: anyone can type an address into the form, and the purge
    # of unconfirmed sign-ups must not delete the recorded withdrawal.
    ConsentEvent.objects.create(
        subscriber=subscriber,
        kind=ConsentEvent.Kind.REQUESTED,
        channel=ConsentEvent.Channel.FORM,
        consent_text=consent_text,
        privacy_notice_version=privacy_notice_version(),
        ip_address=_ip(ip_address),
        details={"name": name, "topics": _topic_names(topics)},
    )
    return SignupResult(subscriber, needs_confirmation=True)


CONFIRMATION_RESEND_PAUSE = datetime.timedelta(minutes=10)


def subscriber_send_confirmation(*, subscriber: Subscriber) -> bool:
    """Send the confirmation link; logged only once the mail server has taken the mail.

    At most one confirmation mail per address every ten minutes, so the form cannot be used
    to flood someone's inbox. Returns whether a mail went out.
    """
    recently = subscriber.consent_events.filter(
        kind=ConsentEvent.Kind.CONFIRMATION_SENT,
        created_at__gte=timezone.now() - CONFIRMATION_RESEND_PAUSE,
    )
    if recently.exists():
        return False
    # In the sign-up page's language, the link under its prefix (/ar/newsletter/bestaetigen/…).
    with translation.override(subscriber.mail_language):
        url = mail.absolute_url(
            reverse("newsletter:confirm", kwargs={"token": confirmation_token(subscriber)})
        )
        mail.confirmation_mail(subscriber, url, settings.NEWSLETTER_CONFIRM_DAYS).send()
    ConsentEvent.objects.create(
        subscriber=subscriber,
        kind=ConsentEvent.Kind.CONFIRMATION_SENT,
        channel=ConsentEvent.Channel.EMAIL,
        details={"valid_days": settings.NEWSLETTER_CONFIRM_DAYS},
    )
    return True


def subscriber_send_manage_link(*, email: str) -> bool:
    """Mail the person their management link, if the address is on the list."""
    subscriber = Subscriber.objects.filter(email=normalise_email(email)).first()
    if subscriber is None:
        return False
    with translation.override(subscriber.mail_language):
        mail.manage_link_mail(subscriber).send()
    return True


def subscriber_send_data_link(*, subscriber: Subscriber) -> None:
    """Mail a fresh, short-lived link for data export and erasure to the address itself."""
    with translation.override(subscriber.mail_language):
        url = mail.absolute_url(
            reverse("newsletter:data", kwargs={"token": data_token(subscriber)})
        )
        mail.data_link_mail(subscriber, url, DATA_LINK_HOURS).send()


@transaction.atomic
def subscriber_export(*, subscriber: Subscriber) -> dict:
    """The export (Art. 15, 20), logged; the log entry also uses up the data link."""
    data = subscriber_export_data(subscriber=subscriber)
    ConsentEvent.objects.create(
        subscriber=subscriber,
        kind=ConsentEvent.Kind.DATA_EXPORTED,
        channel=ConsentEvent.Channel.LINK,
    )
    return data


@transaction.atomic
def subscriber_confirm(*, subscriber: Subscriber, ip_address: str | None = None) -> bool:
    """Confirm a sign-up. Returns False if it was already confirmed (a second click)."""
    subscriber = Subscriber.objects.select_for_update().get(pk=subscriber.pk)
    if subscriber.is_active:
        return False
    now = timezone.now()
    if subscriber.status == Subscriber.Status.UNSUBSCRIBED:
        # What they asked for in the sign-up they are confirming now.
        request = _latest_request(subscriber)
        details = request.details if request else {}
        subscriber.name = details.get("name", subscriber.name)
        subscriber.topics.set(Topic.objects.filter(name__in=details.get("topics", [])))
    subscriber.status = Subscriber.Status.ACTIVE
    subscriber.confirmed_at = now
    subscriber.unsubscribed_at = None
    subscriber.save()
    # The person asked to be on the list themselves; an old erasure no longer applies.
    Suppression.objects.filter(email_hash=email_hash(subscriber.email)).delete()
    ConsentEvent.objects.create(
        subscriber=subscriber,
        kind=ConsentEvent.Kind.CONFIRMED,
        channel=ConsentEvent.Channel.LINK,
        created_at=now,
        privacy_notice_version=privacy_notice_version(),
        ip_address=_ip(ip_address),
    )
    return True


@transaction.atomic
def subscriber_update_preferences(
    *, subscriber: Subscriber, name: str, topics: Iterable[Topic], channel: str
) -> None:
    topics = list(topics)
    subscriber.name = name
    subscriber.save(update_fields=["name", "updated_at"])
    subscriber.topics.set(topics)
    ConsentEvent.objects.create(
        subscriber=subscriber,
        kind=ConsentEvent.Kind.PREFERENCES_CHANGED,
        channel=channel,
        details={"name": name, "topics": _topic_names(topics)},
    )


@transaction.atomic
def subscriber_unsubscribe(*, subscriber: Subscriber, channel: str) -> bool:
    """Withdraw consent. Idempotent: returns False if the person was not subscribed."""
    subscriber = Subscriber.objects.select_for_update().get(pk=subscriber.pk)
    if subscriber.status == Subscriber.Status.UNSUBSCRIBED:
        return False
    subscriber.status = Subscriber.Status.UNSUBSCRIBED
    subscriber.unsubscribed_at = timezone.now()
    # A new management token: links in old mails no longer open the person's data.
    subscriber.token = new_token()
    subscriber.save()
    ConsentEvent.objects.create(
        subscriber=subscriber, kind=ConsentEvent.Kind.UNSUBSCRIBED, channel=channel
    )
    return True


def subscriber_export_data(*, subscriber: Subscriber) -> dict:
    """Everything stored about the person (Art. 15, 20 DSGVO), as plain JSON-ready data."""

    def when(value):
        return value.isoformat() if value else None

    deliveries = subscriber.deliveries.select_related("issue").order_by("id")
    return {
        "service": "FLR-JuF",
        "exported_at": timezone.now().isoformat(),
        "email": subscriber.email,
        "name": subscriber.name,
        "status": subscriber.status,
        "status_label": str(subscriber.get_status_display()),
        "source": subscriber.source,
        "topics": [t.name for t in subscriber.topics.all()],
        "requested_at": when(subscriber.requested_at),
        "confirmed_at": when(subscriber.confirmed_at),
        "unsubscribed_at": when(subscriber.unsubscribed_at),
        "consent_log": [
            {
                "step": e.kind,
                "step_label": str(e.get_kind_display()),
                "channel": e.channel,
                "at": when(e.created_at),
                "consent_text": e.consent_text,
                "privacy_notice_version": e.privacy_notice_version,
                "ip_address": e.ip_address,
                "details": e.details,
            }
            for e in subscriber.consent_events.all()
        ],
        "deliveries": [
            {
                "issue": d.issue.title,
                "status": d.status,
                "sent_at": when(d.sent_at),
                "mail_server_answer": d.smtp_response,
            }
            for d in deliveries
        ],
    }


@transaction.atomic
def subscriber_erase(*, subscriber: Subscriber) -> None:
    """Art. 17: delete the person and their log; keep only a hash against re-import."""
    Suppression.objects.get_or_create(email_hash=email_hash(subscriber.email))
    subscriber.delete()


def subscribers_purge_unconfirmed(*, days: int | None = None) -> int:
    """Delete sign-ups not confirmed within `days` days; returns how many."""
    days = settings.NEWSLETTER_PURGE_UNCONFIRMED_DAYS if days is None else days
    cutoff = timezone.now() - datetime.timedelta(days=days)
    with transaction.atomic():
        _deleted, per_model = Subscriber.objects.unconfirmed_before(cutoff).delete()
    return per_model.get("newsletter.Subscriber", 0)


# --- Import of an existing list -------------------------------------------------------------


@dataclass
class SubscriberImportReport(ImportReport):
    created: int = 0

    def summary_lines(self) -> list[str]:
        return [
            ngettext("%(count)d Person übernommen.", "%(count)d Personen übernommen.", self.created)
            % {"count": self.created}
        ]


@transaction.atomic
def subscribers_import(
    *, rows: Iterable[ImportedRow], file_name: str, imported_by: str, report: SubscriberImportReport
) -> SubscriberImportReport:
    """Add people from an existing list with their original consent date.

    Never re-adds someone who was erased (suppression list) and never touches someone already
    on the list, whatever their status: an unsubscribe must not be undone by an import.
    """
    sections = {t.name.casefold(): t for t in Topic.objects.sections()}
    for row in rows:
        if Suppression.covers(row.email):
            report.add_problem(
                _("%s: auf eigenen Wunsch gelöscht – nicht übernommen.") % row.email,
                line=row.line,
            )
            continue
        if Subscriber.objects.filter(email=row.email).exists():
            report.add_problem(
                _("%s: steht schon in der Liste – unverändert gelassen.") % row.email,
                line=row.line,
            )
            continue
        unknown = [name for name in row.topics if name.casefold() not in sections]
        consent_at = datetime.datetime.combine(
            row.consent_date, datetime.time(12), tzinfo=timezone.get_current_timezone()
        )
        try:
            with transaction.atomic():
                subscriber = Subscriber.objects.create(
                    email=row.email,
                    name=row.name,
                    status=Subscriber.Status.ACTIVE,
                    source=Subscriber.Source.IMPORT,
                    requested_at=consent_at,
                    confirmed_at=consent_at,
                )
        except IntegrityError:
            report.add_problem(_("%s: steht schon in der Liste.") % row.email, line=row.line)
            continue
        topics = [sections[n.casefold()] for n in row.topics if n.casefold() in sections]
        subscriber.topics.set(topics)
        ConsentEvent.objects.create(
            subscriber=subscriber,
            kind=ConsentEvent.Kind.IMPORTED,
            channel=ConsentEvent.Channel.IMPORT,
            details={
                "original_consent_date": row.consent_date.isoformat(),
                "file": file_name,
                "line": row.line,
                "imported_by": imported_by,
                "topics": [t.name for t in topics],
            },
        )
        report.created += 1
        if unknown:
            report.add_problem(
                _("%(email)s: übernommen, aber unbekannte Bereiche ignoriert: %(topics)s")
                % {"email": row.email, "topics": ", ".join(unknown)},
                line=row.line,
            )
    return report


# --- Issues ---------------------------------------------------------------------------------


def issue_default_since() -> datetime.datetime:
    """Since the last issue went out, or four weeks back for the very first one."""
    last = Issue.objects.filter(sent_at__isnull=False).aggregate(m=Max("sent_at"))["m"]
    return last or timezone.now() - datetime.timedelta(days=28)


def issue_suggested_resources(*, since: datetime.datetime):
    return Resource.objects.published().filter(published_at__gte=since)


@transaction.atomic
def issue_resuggest_resources(*, issue: Issue, previous_since: datetime.datetime) -> int:
    """After the start date ("Materialien seit") changed: the suggestions of the new date
    replace those of the old one; resources the editor picked by hand stay. Returns the
    number of resources the issue has now."""
    old_suggestions = set(
        issue_suggested_resources(since=previous_since).values_list("pk", flat=True)
    )
    hand_picked = set(issue.resources.values_list("pk", flat=True)) - old_suggestions
    new_suggestions = set(issue_suggested_resources(since=issue.since).values_list("pk", flat=True))
    issue.resources.set(hand_picked | new_suggestions)
    return len(hand_picked | new_suggestions)


@transaction.atomic
def issue_add_legal_changes(*, issue: Issue, until: datetime.date | None = None) -> int:
    """Take over the legal app's changes since the issue's start date as editable entries."""
    until = until or timezone.localdate()
    changes = legal_services.recent_changes(since=timezone.localdate(issue.since), until=until)
    existing = set(issue.items.filter(kind=IssueItem.Kind.LEGAL).values_list("title", flat=True))
    added = 0
    for position, change in enumerate(changes):
        if change.title in existing:
            continue
        dates = []
        if change.effective_date:
            dates.append(f"in Kraft ab {change.effective_date:%d.%m.%Y}")
        if change.act_date:
            dates.append(f"Gesetz vom {change.act_date:%d.%m.%Y}")
        IssueItem.objects.create(
            issue=issue,
            kind=IssueItem.Kind.LEGAL,
            title=change.title,
            text=change.summary,
            date_note=", ".join(dates),
            url=mail.absolute_url(change.url) if change.url.startswith("/") else change.url,
            position=position,
        )
        added += 1
    return added


def issue_send_test(*, issue: Issue, recipients: list[str]) -> int:
    """Send the general copy, marked [TEST], to staff addresses. Nothing is recorded."""
    rendered = mail.render_issue(issue)
    messages = [rendered.message(to=address, test=True) for address in recipients]
    from django.core.mail import get_connection

    with get_connection() as connection:
        return connection.send_messages(messages)
