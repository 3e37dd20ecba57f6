"""Composing the e-mails of the information service.

An issue is rendered once per send and language (HTML and plain text) with placeholders for the
personal links; each recipient's copy only replaces the placeholders. That keeps a
10,000-recipient run from rendering 10,000 templates, and memory flat.

Languages: every mail goes out in the subscriber's language (the language of the page they
signed up on, `Subscriber.language`), its links under that language's prefix. An issue's own
content stays German (a German document, `lang="de"`); its frame – the line above, the footer,
the unsubscribe text – is in the subscriber's language. The List-Unsubscribe header always
carries the unprefixed address.
"""

import mailbox
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from email.utils import formatdate, make_msgid
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.db.models import Prefetch
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import format_html_join, urlize
from django.utils.module_loading import import_string
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from common.languages import language_direction
from resources.models import Resource, Topic

from .models import Issue, IssueItem, Subscriber

UNSUBSCRIBE_PLACEHOLDER = "%%FLRJUF_UNSUBSCRIBE_URL%%"
PREFERENCES_PLACEHOLDER = "%%FLRJUF_PREFERENCES_URL%%"


def absolute_url(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


def list_id() -> str:
    return f"FLR-JuF <{settings.NEWSLETTER_LIST_ID}>"


def message_id_domain() -> str:
    return settings.NEWSLETTER_MESSAGE_ID_DOMAIN or urlsplit(settings.SITE_URL).hostname


def from_email() -> str:
    return settings.NEWSLETTER_FROM_EMAIL or settings.DEFAULT_FROM_EMAIL


@dataclass
class Section:
    topic: Topic | None
    resources: list[Resource]

    @property
    def title(self) -> str:
        return self.topic.name if self.topic else _("Weitere Materialien")


def group_by_section(resources: Iterable[Resource]) -> list[Section]:
    """Each resource once, under the first section (top-level topic) it is filed in."""
    sections: dict[int | None, Section] = {}
    for resource in resources:
        tops = {(t.parent or t) for t in resource.topics.all()}
        top = min(tops, key=lambda t: (t.position, t.name)) if tops else None
        key = top.pk if top else None
        sections.setdefault(key, Section(top, [])).resources.append(resource)
    ordered = sorted(
        sections.values(),
        key=lambda s: (s.topic is None, s.topic.position if s.topic else 0, s.title),
    )
    return ordered


def mail_language(language: str | None) -> str:
    codes = {code for code, _name in settings.LANGUAGES}
    return language if language in codes else settings.LANGUAGE_CODE


def issue_context(issue: Issue) -> dict:
    resources = (
        issue.resources.published()
        .prefetch_related(
            Prefetch("topics", queryset=Topic.objects.select_related("parent")),
            "publishers",
        )
        .order_by("-published_at", "-id")
    )
    items = list(issue.items.all())
    return {
        "issue": issue,
        "sections": group_by_section(resources),
        "legal_items": [i for i in items if i.kind == IssueItem.Kind.LEGAL],
        "training_items": [i for i in items if i.kind == IssueItem.Kind.TRAINING],
        "event_items": [i for i in items if i.kind == IssueItem.Kind.EVENT],
        "note_items": [i for i in items if i.kind == IssueItem.Kind.NOTE],
        "site_url": settings.SITE_URL,
        "web_url": absolute_url(issue.get_absolute_url()),
        "archive_url": absolute_url(reverse("newsletter:archive")),
        "signup_url": absolute_url(reverse("newsletter:index")),
        "imprint_url": absolute_url(reverse("imprint")),
        "privacy_url": absolute_url(reverse("privacy")),
        "imprint_text": imprint_text(),
        "unsubscribe_url": UNSUBSCRIBE_PLACEHOLDER,
        "preferences_url": PREFERENCES_PLACEHOLDER,
    }


@dataclass(frozen=True)
class RenderedIssue:
    issue_id: int
    subject: str
    text: str
    html: str
    language: str = "de"  # the language of the frame (footer, links); the content is German

    def personal_links(self, subscriber: Subscriber | None) -> tuple[str, str]:
        """(unsubscribe URL, preferences URL): the person's own, or the general page, under
        this copy's language prefix."""
        with translation.override(self.language):
            if subscriber is None:
                generic = absolute_url(reverse("newsletter:manage"))
                return generic, generic
            return (
                absolute_url(subscriber.unsubscribe_path()),
                absolute_url(subscriber.preferences_path()),
            )

    def message(
        self, *, to: str | None, subscriber: Subscriber | None = None, test: bool = False
    ) -> EmailMultiAlternatives:
        unsubscribe_url, preferences_url = self.personal_links(subscriber)
        # The mail program's one-click unsubscribe (RFC 8058) uses the unprefixed address.
        header_unsubscribe_url = unsubscribe_url
        if subscriber is not None and self.language != settings.LANGUAGE_CODE:
            with translation.override(settings.LANGUAGE_CODE):
                header_unsubscribe_url = absolute_url(subscriber.unsubscribe_path())

        def fill(body: str) -> str:
            return body.replace(UNSUBSCRIBE_PLACEHOLDER, unsubscribe_url).replace(
                PREFERENCES_PLACEHOLDER, preferences_url
            )

        headers = {
            "Message-ID": make_msgid(idstring="flrjuf", domain=message_id_domain()),
            "Date": formatdate(localtime=True),
            "List-Id": list_id(),
            "List-Unsubscribe": f"<{header_unsubscribe_url}>",
            "Content-Language": self.language,
            "List-Archive": f"<{absolute_url(reverse('newsletter:archive'))}>",
            "List-Help": f"<{absolute_url(reverse('newsletter:index'))}>",
            # Marks the mail as bulk so auto-responders stay quiet.
            "Precedence": "bulk",
            "Auto-Submitted": "auto-generated",
        }
        if subscriber is not None:
            # RFC 8058: only meaningful when the URL identifies the recipient.
            headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
        if to is None:
            headers["To"] = "undisclosed-recipients:;"
        subject = f"[TEST] {self.subject}" if test else self.subject
        message = EmailMultiAlternatives(
            subject=subject,
            body=fill(self.text),
            from_email=from_email(),
            to=[to] if to else [],
            headers=headers,
        )
        message.attach_alternative(fill(self.html), "text/html")
        return message


def render_issue(issue: Issue, language: str | None = None) -> RenderedIssue:
    """The issue with its frame in `language` (German by default); the content stays German."""
    language = mail_language(language or settings.LANGUAGE_CODE)
    with translation.override(language):
        context = issue_context(issue)
        context["frame_language"] = language
        context["frame_direction"] = language_direction(language)
        return RenderedIssue(
            issue_id=issue.pk,
            subject=issue.title,
            text=render_to_string("newsletter/email/issue.txt", context),
            html=render_to_string("newsletter/email/issue.html", context),
            language=language,
        )


class IssueRenderings:
    """An issue rendered once per language, on first use: `renderings(subscriber.language)`."""

    def __init__(self, issue: Issue):
        self.issue = issue
        self._by_language: dict[str, RenderedIssue] = {}

    def __call__(self, language: str | None) -> RenderedIssue:
        language = mail_language(language)
        if language not in self._by_language:
            self._by_language[language] = render_issue(self.issue, language)
        return self._by_language[language]


def issue_html_standalone(issue: Issue) -> str:
    """The HTML of the issue with general (non-personal) links: archive, preview, download."""
    rendered = render_issue(issue)
    unsubscribe_url, preferences_url = rendered.personal_links(None)
    return rendered.html.replace(UNSUBSCRIBE_PLACEHOLDER, unsubscribe_url).replace(
        PREFERENCES_PLACEHOLDER, preferences_url
    )


def issue_text_standalone(issue: Issue) -> str:
    rendered = render_issue(issue)
    unsubscribe_url, preferences_url = rendered.personal_links(None)
    return rendered.text.replace(UNSUBSCRIBE_PLACEHOLDER, unsubscribe_url).replace(
        PREFERENCES_PLACEHOLDER, preferences_url
    )


def issue_eml(issue: Issue, *, subscriber: Subscriber | None = None) -> bytes:
    """One RFC 5322 message: the general copy, or a subscriber's personal one."""
    rendered = render_issue(issue, subscriber.language if subscriber else None)
    to = subscriber.email if subscriber else None
    return rendered.message(to=to, subscriber=subscriber).message().as_bytes()


def write_mbox(issue: Issue, path: str, subscribers: Iterable[Subscriber]) -> int:
    """Every recipient's personal copy into an mbox file (RFC 4155); returns the count."""
    renderings = IssueRenderings(issue)
    box = mailbox.mbox(path, create=True)
    count = 0
    box.lock()
    try:
        for subscriber in subscribers:
            rendered = renderings(subscriber.language)
            message = rendered.message(to=subscriber.email, subscriber=subscriber).message()
            mbox_message = mailbox.mboxMessage(message)
            mbox_message.set_from(
                from_email().rsplit("<", 1)[-1].rstrip(">"), timezone.now().utctimetuple()
            )
            box.add(mbox_message)
            count += 1
        box.flush()
    finally:
        box.unlock()
        box.close()
    return count


def iter_active_subscribers(chunk_size: int = 2000) -> Iterator[Subscriber]:
    return Subscriber.objects.active().only("id", "email", "token", "language").iterator(chunk_size)


# --- Mails about the subscription itself (no advertising in them) ----------------------------


def text_as_html(text: str, *, subject: str, language: str) -> str:
    """The HTML part of a mail about the subscription: the same text, paragraph for
    paragraph, in a document with the language's `lang` and `dir`. Each paragraph takes the
    direction of its own text (`dir="auto"`), so the German imprint stays left to right in an
    Arabic mail."""
    paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    body = format_html_join(
        "\n",
        '<p dir="auto">{}</p>',
        (
            (
                format_html_join(
                    mark_safe("<br>\n"),
                    "{}",
                    (
                        (urlize(line, autoescape=True),)
                        for line in p.splitlines()
                        if line.strip() != "--"  # the signature separator of the text part
                    ),
                ),
            )
            for p in paragraphs
        ),
    )
    return render_to_string(
        "newsletter/email/plain.html",
        {
            "subject": subject,
            "body": body,
            "language": language,
            "direction": language_direction(language),
        },
    )


def _plain_mail(template: str, context: dict, to: str) -> EmailMultiAlternatives:
    """A mail about the subscription in the active language (the callers activate the
    subscriber's): text, and the same text as HTML with lang and dir."""
    language = mail_language(translation.get_language())
    subject = render_to_string(f"newsletter/email/{template}_subject.txt", context).strip()
    subject = " ".join(subject.split())
    body = render_to_string(f"newsletter/email/{template}.txt", context)
    message = EmailMultiAlternatives(
        subject=subject,
        body=body,
        from_email=from_email(),
        to=[to],
        headers={
            "Message-ID": make_msgid(idstring="flrjuf", domain=message_id_domain()),
            "Auto-Submitted": "auto-generated",
            "Content-Language": language,
        },
    )
    message.attach_alternative(text_as_html(body, subject=subject, language=language), "text/html")
    return message


def confirmation_mail(subscriber: Subscriber, confirm_url: str, valid_days: int) -> EmailMessage:
    return _plain_mail(
        "confirm",
        {
            "subscriber": subscriber,
            "confirm_url": confirm_url,
            "valid_days": valid_days,
            "privacy_url": absolute_url(reverse("privacy")),
            "imprint_text": imprint_text(),
            "imprint_url": absolute_url(reverse("imprint")),
        },
        subscriber.email,
    )


def manage_link_mail(subscriber: Subscriber) -> EmailMessage:
    return _plain_mail(
        "manage",
        {
            "subscriber": subscriber,
            "preferences_url": absolute_url(subscriber.preferences_path()),
            "unsubscribe_url": absolute_url(subscriber.unsubscribe_path()),
            "imprint_text": imprint_text(),
            "imprint_url": absolute_url(reverse("imprint")),
        },
        subscriber.email,
    )


def imprint_text() -> str:
    """The Impressum for the mail footer: the setting when given, else the address block of
    the site's Impressum page (named by NEWSLETTER_IMPRINT_ADDRESS), so the mail and the site
    say the same. Empty when neither exists (the footer still links the Impressum page)."""
    if settings.NEWSLETTER_IMPRINT_TEXT:
        return settings.NEWSLETTER_IMPRINT_TEXT
    return import_string(settings.NEWSLETTER_IMPRINT_ADDRESS)()


def data_link_mail(subscriber: Subscriber, data_url: str, valid_hours: int) -> EmailMessage:
    return _plain_mail(
        "data",
        {
            "data_url": data_url,
            "valid_hours": valid_hours,
            "imprint_text": imprint_text(),
            "imprint_url": absolute_url(reverse("imprint")),
        },
        subscriber.email,
    )
