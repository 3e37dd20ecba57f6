"""Statutes and their amendment history, as told by the official footnotes.

A Statute has Footnotes (raw text as published, label "1", "2", …). Parsing a footnote yields
AmendmentEvents: one per target and time boundary, each pointing at the AmendingAct that made
it. Provisions (§§ and their Absätze) have a stable identity (`key`) that survives
renumbering; ProvisionPeriods record which label a provision carried when, and only while it
existed, so "Stand am <date>" is one indexed query. Provisions and periods are derived data:
`services.statute_rebuild_provisions` recomputes them from the events after every import or
hand edit.
"""

import datetime
import re

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from common.dates import format_long_date


def natural_key(label: str) -> str:
    """Sort key for "7", "7a", "11", "11a", "82a": number padded, letter suffix after it."""
    m = re.fullmatch(r"(\d+)([a-z]*)", label or "")
    if not m:
        return f"9999{label}"
    return f"{int(m.group(1)):04d}{m.group(2):<3}"


def german_date(value: datetime.date | None) -> str:
    if value is None:
        return ""
    return format_long_date(value)


class Statute(models.Model):
    title = models.CharField(_("Titel"), max_length=300)
    abbreviation = models.CharField(
        _("Abkürzung"),
        max_length=40,
        unique=True,
        help_text=_("Amtliche Abkürzung ohne Land, zum Beispiel „HG“ oder „SchulG“."),
    )
    slug = models.SlugField(_("Kurzadresse"), max_length=60, unique=True)
    jurisdiction = models.CharField(
        _("Geltungsbereich"),
        max_length=60,
        default="NRW",
        help_text=_("Land oder Bund, zum Beispiel „NRW“ oder „Bund“."),
    )
    collection_number = models.CharField(
        _("Gliederungsnummer"),
        max_length=30,
        blank=True,
        help_text=_("Nummer in der Sammlung des Landesrechts, zum Beispiel „SGV. NRW. 221“."),
    )
    citation = models.CharField(
        _("Fundstelle der Erstfassung"),
        max_length=200,
        blank=True,
        help_text=_("Zum Beispiel „Gesetz vom 16. September 2014 (GV. NRW. S. 547)“."),
    )
    in_force_since = models.DateField(_("in Kraft seit"), null=True, blank=True)
    stand = models.DateField(
        _("Stand"),
        null=True,
        blank=True,
        help_text=_("Datum, mit dem die amtliche Sammlung den Text zuletzt geführt hat."),
    )
    source_url = models.URLField(_("Quelle"), max_length=500, blank=True)
    description = models.TextField(
        _("Beschreibung"),
        blank=True,
        help_text=_("Wofür das Gesetz gilt. Annahmen bitte als solche kennzeichnen."),
    )
    created_at = models.DateTimeField(_("angelegt"), auto_now_add=True)
    updated_at = models.DateTimeField(_("geändert"), auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["abbreviation"]
        verbose_name = _("Gesetz")
        verbose_name_plural = _("Gesetze")

    def __str__(self):
        return self.display_abbreviation

    def get_absolute_url(self):
        return reverse("legal:statute", args=[self.slug])

    @property
    def display_abbreviation(self) -> str:
        if self.jurisdiction and self.jurisdiction.lower() != "bund":
            return f"{self.abbreviation} {self.jurisdiction}"
        return self.abbreviation


class ActKind(models.TextChoices):
    LAW = "gesetz", _("Gesetz")
    REGULATION = "verordnung", _("Verordnung")
    TREATY = "staatsvertrag", _("Staatsvertrag")
    NOTICE = "bekanntmachung", _("Bekanntmachung")
    PROVISION = "vorschrift", _("Vorschrift des Gesetzes selbst")
    ORIGINAL = "stammgesetz", _("Erstfassung")


class AmendingActQuerySet(models.QuerySet):
    def with_event_counts(self):
        return self.annotate(event_count=models.Count("events"))


class AmendingAct(models.Model):
    """An act published in a gazette that changed one or more statutes."""

    kind = models.CharField(_("Art"), max_length=20, choices=ActKind, default=ActKind.LAW)
    date = models.DateField(_("Datum"), null=True, blank=True)
    title = models.CharField(_("Titel"), max_length=300, blank=True)
    gazette = models.CharField(
        _("Verkündungsblatt"),
        max_length=60,
        blank=True,
        help_text=_("Zum Beispiel „GV. NRW.“."),
    )
    page = models.CharField(
        _("Seite"), max_length=12, blank=True, help_text=_("Auch mit Buchstabe, z. B. „218b“.")
    )
    correction_page = models.CharField(
        _("Berichtigung auf Seite"),
        max_length=12,
        blank=True,
        help_text=_("Aus „ber. S. 593“ die Seite 593."),
    )
    provision = models.CharField(
        _("Vorschrift"),
        max_length=60,
        blank=True,
        help_text=_("Nur wenn eine Vorschrift des Gesetzes selbst wirkt, z. B. „§ 84 Absatz 6“."),
    )
    statute = models.ForeignKey(
        Statute,
        verbose_name=_("Gesetz (nur für eigene Vorschriften)"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="own_acts",
    )
    key = models.CharField(_("Schlüssel"), max_length=200, unique=True, editable=False)

    objects = AmendingActQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["date", "page"]
        verbose_name = _("Änderungsgesetz")
        verbose_name_plural = _("Änderungsgesetze")

    def __str__(self):
        return self.citation()

    def save(self, *args, **kwargs):
        self.key = self.make_key(
            kind=self.kind,
            date=self.date,
            gazette=self.gazette,
            page=self.page,
            provision=self.provision,
            statute_id=self.statute_id,
        )
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("legal:act", args=[self.pk])

    @staticmethod
    def make_key(*, kind, date, gazette, page, provision, statute_id) -> str:
        if kind == ActKind.PROVISION:
            return f"{kind}|{statute_id}|{provision}"
        return f"{kind}|{date.isoformat() if date else ''}|{gazette}|{page}"

    def citation(self) -> str:
        if self.kind == ActKind.PROVISION:
            return str(self.provision)
        label = self.get_kind_display() if self.kind != ActKind.ORIGINAL else _("Erstfassung")
        text = f"{label} vom {german_date(self.date)}" if self.date else str(label)
        if self.page:
            text += f" ({self.gazette} S. {self.page}"
            if self.correction_page:
                text += f", ber. S. {self.correction_page}"
            text += ")"
        return text


class Footnote(models.Model):
    statute = models.ForeignKey(
        Statute, verbose_name=_("Gesetz"), on_delete=models.CASCADE, related_name="footnotes"
    )
    label = models.CharField(_("Fußnote"), max_length=10, help_text=_("Zum Beispiel „3“."))
    position = models.PositiveIntegerField(_("Reihenfolge"), default=0)
    raw_text = models.TextField(_("Originaltext"))
    imported_at = models.DateTimeField(_("eingelesen"), auto_now=True)

    class Meta:
        ordering = ["statute", "position"]
        verbose_name = _("Fußnote")
        verbose_name_plural = _("Fußnoten")
        constraints = [
            models.UniqueConstraint(fields=["statute", "label"], name="legal_footnote_unique")
        ]

    def __str__(self):
        return f"{self.statute} Fn {self.label}"


class Provision(models.Model):
    """A § or an Absatz with a stable identity: `key` is the label it was first known by."""

    statute = models.ForeignKey(
        Statute, verbose_name=_("Gesetz"), on_delete=models.CASCADE, related_name="provisions"
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("Paragraf"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="children",
    )
    key = models.CharField(_("Kennung"), max_length=40)
    label = models.CharField(_("aktuelle Bezeichnung"), max_length=80)
    paragraph = models.CharField(_("§"), max_length=10)
    absatz = models.CharField(_("Absatz"), max_length=10, blank=True)
    sort_key = models.CharField(max_length=40, db_index=True, editable=False)
    exists_now = models.BooleanField(_("gilt heute"), default=True)
    event_count = models.PositiveIntegerField(_("Änderungen"), default=0)
    last_changed = models.DateField(_("zuletzt geändert"), null=True, blank=True)

    class Meta:
        ordering = ["statute", "sort_key"]
        verbose_name = _("Vorschrift")
        verbose_name_plural = _("Vorschriften")
        constraints = [
            models.UniqueConstraint(fields=["statute", "key"], name="legal_provision_unique")
        ]

    def __str__(self):
        return f"{self.statute}: {self.label}"

    def get_absolute_url(self):
        return reverse("legal:provision", args=[self.statute.slug, self.key])


class ProvisionPeriodQuerySet(models.QuerySet):
    def on(self, day: datetime.date):
        return self.filter(Q(valid_from__isnull=True) | Q(valid_from__lte=day)).filter(
            Q(valid_until__isnull=True) | Q(valid_until__gt=day)
        )


class ProvisionPeriod(models.Model):
    """While a provision existed under one label: [valid_from, valid_until)."""

    statute = models.ForeignKey(Statute, on_delete=models.CASCADE, related_name="periods")
    provision = models.ForeignKey(Provision, on_delete=models.CASCADE, related_name="periods")
    label = models.CharField(max_length=80)
    sort_key = models.CharField(max_length=40)
    valid_from = models.DateField(null=True, blank=True)
    valid_until = models.DateField(null=True, blank=True)

    objects = ProvisionPeriodQuerySet.as_manager()

    class Meta:
        ordering = ["statute", "sort_key"]
        indexes = [models.Index(fields=["statute", "valid_from", "valid_until"])]

    def __str__(self):
        return self.label


class Operation(models.TextChoices):
    ENACTMENT = "enactment", _("Inkrafttreten der Erstfassung")
    INSERTION = "insertion", _("Einfügung")
    SUBSTITUTION = "substitution", _("Neufassung")
    REPEAL = "repeal", _("Aufhebung")
    RENUMBERING = "renumbering", _("Umbenennung")
    CHANGE = "change", _("Änderung")


# Unknown entry-into-force dates sort last on both databases (SQLite would put NULL first).
EFFECTIVE_ASC = models.F("effective_date").asc(nulls_last=True)
EFFECTIVE_DESC = models.F("effective_date").desc(nulls_last=True)


class AmendmentEventQuerySet(models.QuerySet):
    def for_page(self):
        return self.select_related("act", "provision", "statute")

    def effective_by(self, day: datetime.date):
        """What had taken effect on `day`, including acts published later that reach back."""
        return self.filter(effective_date__lte=day)

    def changed_since(self, day: datetime.date):
        """Took effect on or after `day`, or published since then with effect reaching back."""
        return self.filter(Q(effective_date__gte=day) | Q(act__date__gte=day))


class AmendmentEvent(models.Model):
    statute = models.ForeignKey(
        Statute, verbose_name=_("Gesetz"), on_delete=models.CASCADE, related_name="events"
    )
    footnote = models.ForeignKey(
        Footnote,
        verbose_name=_("Fußnote"),
        on_delete=models.CASCADE,
        related_name="events",
        null=True,
        blank=True,
    )
    position = models.PositiveIntegerField(_("Reihenfolge in der Fußnote"), default=0)
    provision = models.ForeignKey(
        Provision,
        verbose_name=_("Vorschrift"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="events",
    )
    target_label = models.CharField(
        _("Ziel"),
        max_length=120,
        help_text=_("Wie in der Fußnote, z. B. „§ 20 Absatz 4 (alt)“ oder „Gesetz“."),
    )
    paragraph = models.CharField(_("§"), max_length=10, blank=True)
    absatz = models.CharField(_("Absatz"), max_length=10, blank=True)
    satz = models.CharField(_("Satz"), max_length=10, blank=True)
    nummer = models.CharField(_("Nummer"), max_length=10, blank=True)
    buchstabe = models.CharField(_("Buchstabe"), max_length=10, blank=True)
    part = models.CharField(
        _("Teil"), max_length=40, blank=True, help_text=_("„Überschrift“ oder „Inhaltsübersicht“.")
    )
    old_numbering = models.BooleanField(_("alte Zählung („alt“)"), default=False)
    new_label = models.CharField(
        _("neue Bezeichnung"),
        max_length=120,
        blank=True,
        help_text=_("Nur bei Umbenennung oder Ersetzung, z. B. „§ 20 Absatz 5“."),
    )
    new_paragraph = models.CharField(max_length=10, blank=True)
    new_absatz = models.CharField(max_length=10, blank=True)
    operation = models.CharField(_("Vorgang"), max_length=20, choices=Operation)
    verb = models.CharField(
        _("Wortlaut"), max_length=40, help_text=_("Das Verb aus der Fußnote, z. B. „neu gefasst“.")
    )
    act = models.ForeignKey(
        AmendingAct,
        verbose_name=_("Änderungsgesetz"),
        on_delete=models.PROTECT,
        related_name="events",
        null=True,
        blank=True,
    )
    act_article = models.CharField(_("Artikel"), max_length=40, blank=True)
    act_part = models.CharField(
        _("Teil des Gesetzes"), max_length=40, blank=True, help_text=_("Zum Beispiel „Nummer 2“.")
    )
    effective_date = models.DateField(
        _("in Kraft getreten am"),
        null=True,
        blank=True,
        help_text=_("Leer lassen, wenn das Datum noch nicht bekannt ist."),
    )
    retroactive = models.BooleanField(_("rückwirkend („mit Wirkung vom“)"), default=False)
    latest = models.BooleanField(_("„zuletzt geändert“"), default=False)
    note = models.CharField(_("Vermerk"), max_length=40, blank=True)
    layout = models.JSONField(default=dict, blank=True, editable=False)
    edited_by_hand = models.BooleanField(_("von Hand bearbeitet"), default=False, editable=False)

    objects = AmendmentEventQuerySet.as_manager()
    history = HistoricalRecords(excluded_fields=["layout"])

    class Meta:
        ordering = ["effective_date", "position"]
        verbose_name = _("Änderung")
        verbose_name_plural = _("Änderungen")
        indexes = [
            models.Index(fields=["statute", "effective_date"]),
            models.Index(fields=["provision", "effective_date"]),
            models.Index(fields=["act", "statute"]),
        ]

    def __str__(self):
        return f"{self.target_label} {self.verb}"

    @property
    def summary(self) -> str:
        text = f"{self.target_label} {self.verb}"
        if self.new_label:
            text = f"{self.target_label} {self.verb} {self.new_label}"
        return text
