"""What a counselling concept states beside its roles: its principles (with their limits), its
legal bases, and the emergency numbers shown on crisis occasions. Models of the counselling
app (imported by `counselling.models`); foreign keys name the institution by string.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from common.translations import TranslatableModel

from .phones import phone_href, validate_phone

SOURCE_QUOTE_HELP = _(
    "Wortlaut aus dem Konzept, auf dem dieser Eintrag beruht. Leer lassen, wenn der Eintrag "
    "redaktionell ergänzt wurde."
)


class Principle(TranslatableModel):
    translatable_fields = ("name", "text", "limits")

    institution = models.ForeignKey(
        "counselling.Institution",
        verbose_name=_("Einrichtung"),
        on_delete=models.CASCADE,
        related_name="principles",
    )
    name = models.CharField(_("Grundsatz"), max_length=200)
    text = models.TextField(_("Erläuterung"))
    limits = models.TextField(
        _("Grenzen"),
        blank=True,
        help_text=_("Wo der Grundsatz endet, z. B. Kinderschutz nach § 8a SGB VIII / § 4 KKG."),
    )
    source_quote = models.TextField(_("Beleg im Konzept"), blank=True, help_text=SOURCE_QUOTE_HELP)
    position = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)

    class Meta:
        verbose_name = _("Grundsatz")
        verbose_name_plural = _("Grundsätze")
        ordering = ["position", "id"]

    def __str__(self):
        return self.name


class LegalBasis(models.Model):
    class Kind(models.TextChoices):
        DECREE = "decree", _("Erlass")
        ORDER = "order", _("Verfügung")
        STATUTE = "statute", _("Gesetz")
        GUIDELINE = "guideline", _("Richtlinie")
        CONCEPT = "concept", _("Konzept / Empfehlung")
        TREATY = "treaty", _("Völkerrecht")

    institution = models.ForeignKey(
        "counselling.Institution",
        verbose_name=_("Einrichtung"),
        on_delete=models.CASCADE,
        related_name="legal_bases",
    )
    kind = models.CharField(_("Art"), max_length=20, choices=Kind, default=Kind.DECREE)
    title = models.CharField(_("Titel"), max_length=400)
    issuer = models.CharField(
        _("erlassen von"), max_length=400, blank=True, help_text=_("Zum Beispiel „MK“.")
    )
    issued_on = models.DateField(_("Datum"), null=True, blank=True)
    date_text = models.CharField(
        _("Datum in Worten"),
        max_length=100,
        blank=True,
        help_text=_("Nur wenn kein genauer Tag bekannt ist, z. B. „März 2008“."),
    )
    reference = models.CharField(_("Fundstelle / Aktenzeichen"), max_length=400, blank=True)
    statute_abbreviation = models.CharField(
        _("Gesetzeskürzel"),
        max_length=40,
        blank=True,
        help_text=_("Zum Beispiel „SGB VIII“: verlinkt die Seite des Gesetzes, wenn es sie gibt."),
    )
    provisions = models.CharField(
        _("Vorschriften"), max_length=200, blank=True, help_text=_("Zum Beispiel „§ 8a“.")
    )
    note = models.TextField(_("Hinweis"), blank=True, help_text=_("Geltung, Änderungen, Inhalt."))
    source_quote = models.TextField(_("Beleg im Konzept"), blank=True, help_text=SOURCE_QUOTE_HELP)
    position = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)

    class Meta:
        verbose_name = _("Rechtsgrundlage")
        verbose_name_plural = _("Rechtsgrundlagen")
        ordering = ["position", "id"]

    def __str__(self):
        return self.title


class EmergencyNumberQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)


class EmergencyNumber(TranslatableModel):
    """A public emergency or helpline number shown on every crisis occasion."""

    translatable_fields = ("description", "hours")

    name = models.CharField(_("Name"), max_length=200)
    phone = models.CharField(_("Telefon"), max_length=40, validators=[validate_phone])
    description = models.CharField(
        _("Wofür"), max_length=300, blank=True, help_text=_("Ein kurzer Satz: wann man anruft.")
    )
    hours = models.CharField(
        _("Erreichbar"), max_length=200, blank=True, help_text=_("Zum Beispiel „rund um die Uhr“.")
    )
    languages = models.CharField(_("Sprachen"), max_length=300, blank=True)
    is_active = models.BooleanField(_("anzeigen"), default=True)
    position = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)

    objects = EmergencyNumberQuerySet.as_manager()

    class Meta:
        verbose_name = _("Notrufnummer")
        verbose_name_plural = _("Notrufnummern")
        ordering = ["position", "name"]

    def __str__(self):
        return f"{self.name} ({self.phone})"

    @property
    def phone_href(self) -> str:
        return phone_href(self.phone)
