"""The FLR-JuF information service.

A Subscriber signs up (double opt-in) and every step of their consent is kept in an append-only
ConsentEvent log. After erasure only a Suppression entry (a hash of the address) remains, so
an import cannot re-add the person. Staff compose an Issue from resources, IssueItems (legal
changes, trainings, events) and an intro; sending it creates one Delivery per recipient, which
records what the mail server answered.
"""

import hashlib
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Q
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from resources.models import SECTION_CHOICES, Resource, Topic


def normalise_email(email: str) -> str:
    """One spelling per address: surrounding blanks removed, lower case throughout.

    The local part is case-sensitive in theory; in practice no provider treats it so, and a
    case-sensitive list lets the same person sign up twice.
    """
    return (email or "").strip().lower()


def email_hash(email: str) -> str:
    """The one-way fingerprint kept after erasure. Salted with a fixed label, not SECRET_KEY,
    so that rotating the secret key does not silently empty the suppression list."""
    return hashlib.sha256(f"flr-juf-suppression:{normalise_email(email)}".encode()).hexdigest()


def new_token() -> str:
    return secrets.token_urlsafe(32)


class SubscriberQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status=Subscriber.Status.ACTIVE)

    def pending(self):
        return self.filter(status=Subscriber.Status.PENDING)

    def unconfirmed_before(self, moment):
        """Sign-ups still waiting for confirmation that were requested before `moment`."""
        return self.pending().filter(requested_at__lt=moment)


class Subscriber(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("wartet auf Bestätigung")
        ACTIVE = "active", _("angemeldet")
        UNSUBSCRIBED = "unsubscribed", _("abgemeldet")

    class Source(models.TextChoices):
        FORM = "form", _("Anmeldeformular")
        IMPORT = "import", _("Import")

    email = models.EmailField(_("E-Mail-Adresse"), max_length=254, unique=True)
    name = models.CharField(_("Name"), max_length=200, blank=True)
    topics = models.ManyToManyField(
        Topic,
        verbose_name=_("Interessen"),
        blank=True,
        related_name="+",
        limit_choices_to=SECTION_CHOICES,
        help_text=_("Bereiche, die die Person besonders interessieren."),
    )
    status = models.CharField(
        _("Status"), max_length=20, choices=Status, default=Status.PENDING, db_index=True
    )
    source = models.CharField(_("Herkunft"), max_length=10, choices=Source, default=Source.FORM)
    # The language of the page the person signed up on: confirmation and every other mail
    # about the subscription come in it, and so does the frame of each issue (the issue's
    # own content stays German).
    language = models.CharField(
        _("Sprache"),
        max_length=8,
        choices=settings.LANGUAGES,
        default="de",
        help_text=_("Sprache der Anmeldeseite; in ihr kommen alle E-Mails zum Abonnement."),
    )
    # Opaque and random: it identifies the person in unsubscribe and preference links. It never
    # expires, because an unsubscribe link in a two-year-old mail must still work.
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    requested_at = models.DateTimeField(_("Anmeldung angefragt"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("bestätigt am"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("abgemeldet am"), null=True, blank=True)
    created_at = models.DateTimeField(_("angelegt"), auto_now_add=True)
    updated_at = models.DateTimeField(_("geändert"), auto_now=True)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        verbose_name = _("Abonnent*in")
        verbose_name_plural = _("Abonnent*innen")
        ordering = ["email"]

    def __str__(self):
        return self.email

    def save(self, *args, **kwargs):
        self.email = normalise_email(self.email)
        super().save(*args, **kwargs)

    @property
    def is_active(self) -> bool:
        return self.status == self.Status.ACTIVE

    @property
    def mail_language(self) -> str:
        """The stored language, or German if it is no longer an interface language."""
        codes = {code for code, _name in settings.LANGUAGES}
        return self.language if self.language in codes else settings.LANGUAGE_CODE

    def unsubscribe_path(self) -> str:
        return reverse("newsletter:unsubscribe", kwargs={"token": self.token})

    def preferences_path(self) -> str:
        return reverse("newsletter:preferences", kwargs={"token": self.token})


class ConsentEvent(models.Model):
    """One step of a person's consent, kept as proof (Art. 7(1) DSGVO). Never changed."""

    class Kind(models.TextChoices):
        REQUESTED = "requested", _("Anmeldung angefragt")
        CONFIRMATION_SENT = "confirmation_sent", _("Bestätigungs-E-Mail versendet")
        CONFIRMED = "confirmed", _("Anmeldung bestätigt")
        PREFERENCES_CHANGED = "preferences", _("Einstellungen geändert")
        UNSUBSCRIBED = "unsubscribed", _("abgemeldet")
        IMPORTED = "imported", _("aus bestehender Liste übernommen")
        DATA_EXPORTED = "exported", _("Auskunft erteilt")

    class Channel(models.TextChoices):
        FORM = "form", _("Webformular")
        LINK = "link", _("Link in E-Mail")
        ONE_CLICK = "one_click", _("Ein-Klick-Abmeldung im E-Mail-Programm")
        EMAIL = "email", _("E-Mail")
        ADMIN = "admin", _("Redaktion")
        IMPORT = "import", _("Import")

    subscriber = models.ForeignKey(
        Subscriber, on_delete=models.CASCADE, related_name="consent_events"
    )
    kind = models.CharField(_("Schritt"), max_length=20, choices=Kind)
    channel = models.CharField(_("Weg"), max_length=20, choices=Channel)
    created_at = models.DateTimeField(_("Zeitpunkt"), default=timezone.now, db_index=True)
    consent_text = models.TextField(_("Einwilligungstext"), blank=True)
    privacy_notice_version = models.CharField(
        _("Fassung der Datenschutzhinweise"), max_length=40, blank=True
    )
    ip_address = models.GenericIPAddressField(_("IP-Adresse"), null=True, blank=True)
    details = models.JSONField(_("Angaben"), default=dict, blank=True)

    class Meta:
        verbose_name = _("Einwilligungsschritt")
        verbose_name_plural = _("Einwilligungsnachweis")
        ordering = ["created_at", "id"]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.created_at:%d.%m.%Y %H:%M})"

    def save(self, *args, **kwargs):
        # The log is proof only as long as nobody can rewrite it.
        if self.pk is not None:
            raise ValidationError(_("Einträge im Einwilligungsnachweis werden nie geändert."))
        super().save(*args, **kwargs)


class Suppression(models.Model):
    """What remains of an erased person: a hash, so an import cannot add them again."""

    email_hash = models.CharField(_("Prüfsumme der Adresse"), max_length=64, unique=True)
    created_at = models.DateTimeField(_("gelöscht am"), default=timezone.now)

    class Meta:
        verbose_name = _("Sperreintrag")
        verbose_name_plural = _("Sperrliste (gelöschte Adressen)")

    def __str__(self):
        return self.email_hash[:12]

    @classmethod
    def covers(cls, email: str) -> bool:
        return cls.objects.filter(email_hash=email_hash(email)).exists()


class IssueQuerySet(models.QuerySet):
    def by_slug_or_id(self, value: str):
        """The issue a staff member names on the command line: its slug, or else its id."""
        found = self.filter(slug=value).first()
        if found is None and value.isdecimal():
            found = self.filter(pk=int(value)).first()
        return found

    def archived(self):
        """Issues the public may read: those sent or being sent (the mail's "read in the
        browser" link must work from the first message on), newest first."""
        return (
            self.filter(status__in=[Issue.Status.SENDING, Issue.Status.SENT])
            .annotate(published_at=Coalesce("sent_at", "send_started_at", "created_at"))
            .order_by("-published_at", "-id")
        )


class Issue(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Entwurf")
        SENDING = "sending", _("wird versendet")
        SENT = "sent", _("versendet")

    title = models.CharField(
        _("Betreff"),
        max_length=200,
        help_text=_(
            "Erscheint als Betreff der E-Mail, z. B. „FLR-JuF 4/2026: Neues zu Vormundschaft“."
        ),
    )
    slug = models.SlugField(
        _("Kurzadresse"), max_length=120, unique=True, help_text=_("Adresse im Archiv.")
    )
    intro = models.TextField(
        _("Einleitung"),
        blank=True,
        help_text=_(
            "Einfacher Text; Leerzeilen trennen Absätze, Internetadressen werden zu Links."
        ),
    )
    since = models.DateTimeField(
        _("Materialien seit"),
        help_text=_("Materialien und Rechtsänderungen ab diesem Zeitpunkt werden vorgeschlagen."),
    )
    resources = models.ManyToManyField(
        Resource,
        verbose_name=_("Materialien"),
        blank=True,
        related_name="+",
        help_text=_("Vorausgewählt: alles, was seit der letzten Ausgabe veröffentlicht wurde."),
    )
    status = models.CharField(
        _("Status"), max_length=10, choices=Status, default=Status.DRAFT, db_index=True
    )
    sent_at = models.DateTimeField(_("versendet am"), null=True, blank=True)
    send_started_at = models.DateTimeField(_("Versand begonnen"), null=True, blank=True)
    # The run currently allowed to send; a run that finds another id here stops.
    send_run = models.CharField(max_length=32, blank=True, editable=False)
    created_at = models.DateTimeField(_("angelegt"), auto_now_add=True)
    updated_at = models.DateTimeField(_("geändert"), auto_now=True)

    objects = IssueQuerySet.as_manager()

    class Meta:
        verbose_name = _("Ausgabe")
        verbose_name_plural = _("Ausgaben")
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("newsletter:archive_detail", kwargs={"slug": self.slug})

    @property
    def is_editable(self) -> bool:
        return self.status == self.Status.DRAFT

    def delivery_counts(self) -> dict[str, int]:
        """Recipients per delivery status, in one query."""
        counts = dict.fromkeys(Delivery.Status.values, 0)
        for row in self.deliveries.values("status").annotate(n=Count("id")).order_by():
            counts[row["status"]] = row["n"]
        counts["total"] = sum(counts.values())
        return counts


class IssueItem(models.Model):
    """A legal change, a training, an event or a notice: entries that are not library resources."""

    class Kind(models.TextChoices):
        LEGAL = "legal", _("Rechtsänderung")
        TRAINING = "training", _("Fortbildung")
        EVENT = "event", _("Veranstaltung")
        NOTE = "note", _("Hinweis")

    issue = models.ForeignKey(Issue, on_delete=models.CASCADE, related_name="items")
    kind = models.CharField(_("Art"), max_length=10, choices=Kind, default=Kind.EVENT)
    title = models.CharField(_("Titel"), max_length=300)
    text = models.TextField(_("Text"), blank=True)
    date_note = models.CharField(
        _("Datum / Zeitraum"),
        max_length=100,
        blank=True,
        help_text=_("Zum Beispiel „12. März 2026, 10–16 Uhr, online“ oder „in Kraft ab 1.1.2026“."),
    )
    url = models.URLField(_("Link"), max_length=500, blank=True)
    position = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)

    class Meta:
        verbose_name = _("Eintrag")
        verbose_name_plural = _("Rechtsänderungen, Fortbildungen und Hinweise")
        ordering = ["kind", "position", "id"]

    def __str__(self):
        return self.title


class DeliveryQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status__in=[Delivery.Status.QUEUED, Delivery.Status.CLAIMED])


class Delivery(models.Model):
    """One issue to one person, and what the mail server said.

    Life of a row: QUEUED → CLAIMED (reserved by one sending run, a batch at a time) →
    SENDING (handed to the SMTP server, written *before* the DATA command) → SENT (after the
    server's 250) or FAILED (the server refused, with its answer). A row still SENDING when a
    run starts again belongs to a crashed run: the server may or may not have accepted that
    message, so it becomes UNCERTAIN and is not sent again unless staff decide so.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", _("wartet")
        CLAIMED = "claimed", _("reserviert")
        SENDING = "sending", _("wird übergeben")
        SENT = "sent", _("versendet")
        FAILED = "failed", _("fehlgeschlagen")
        SKIPPED = "skipped", _("übersprungen (abgemeldet)")
        UNCERTAIN = "uncertain", _("ungewiss (Abbruch während der Übergabe)")

    issue = models.ForeignKey(Issue, on_delete=models.CASCADE, related_name="deliveries")
    # SET_NULL: erasing a person keeps the anonymous count of the issue, not the person.
    subscriber = models.ForeignKey(
        Subscriber, null=True, blank=True, on_delete=models.SET_NULL, related_name="deliveries"
    )
    status = models.CharField(
        _("Status"), max_length=10, choices=Status, default=Status.QUEUED, db_index=True
    )
    run = models.CharField(max_length=32, blank=True)
    attempts = models.PositiveSmallIntegerField(_("Versuche"), default=0)
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(_("versendet am"), null=True, blank=True)
    smtp_response = models.TextField(_("Antwort des Mailservers"), blank=True)
    message_id = models.CharField(_("Message-ID"), max_length=255, blank=True)

    objects = DeliveryQuerySet.as_manager()

    class Meta:
        verbose_name = _("Zustellung")
        verbose_name_plural = _("Zustellungen")
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(
                fields=["issue", "subscriber"],
                condition=Q(subscriber__isnull=False),
                name="delivery_once_per_issue_and_subscriber",
            )
        ]
        indexes = [models.Index(fields=["issue", "status"])]

    def __str__(self):
        return f"{self.issue} → {self.subscriber or '–'}"
