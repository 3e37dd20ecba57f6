"""Counselling concepts: who helps with what, and who refers whom.

An Institution (a school, a regional network) has Roles (people, teams, services; internal or
external), the Occasions people come with (grouped), Principles and the LegalBasis of its
concept. ReferralPaths connect roles: from a role, to a role, for some occasions, through whom,
under which confidentiality rule and, for staged procedures, in which order. The public guide
reads these to answer "whom do I talk to first, and where can that person send me?".

Every fact of the demo content carries `source_quote`, the words of the concept it rests on, so
tests can check the data against the seed text and editors can see why an entry exists.
"""

import calendar
import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from common.translations import TranslatableModel

from .phones import phone_href, validate_phone
from .reference import (  # noqa: F401 (models of this app, kept in their own module)
    SOURCE_QUOTE_HELP,
    EmergencyNumber,
    EmergencyNumberQuerySet,
    LegalBasis,
    Principle,
)


def add_months(day: datetime.date, months: int) -> datetime.date:
    """`day` plus whole months; the 31st becomes the last day of a shorter month."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


class InstitutionQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)


class Institution(TranslatableModel):
    # The descriptions readers see; names, sources and legal bases are German titles.
    translatable_fields = ("summary", "aims", "review_note", "editorial_note")

    class Kind(models.TextChoices):
        SCHOOL = "school", _("Schule")
        NETWORK = "network", _("Netzwerk")
        SERVICE = "service", _("Beratungsstelle")

    name = models.CharField(_("Name"), max_length=200, unique=True)
    slug = models.SlugField(_("Kurzadresse"), max_length=80, unique=True)
    kind = models.CharField(_("Art"), max_length=20, choices=Kind, default=Kind.SCHOOL)
    region = models.CharField(
        _("Region"), max_length=120, blank=True, help_text=_("Zum Beispiel „Heidekreis“.")
    )
    summary = models.TextField(
        _("Kurzbeschreibung"), blank=True, help_text=_("Zwei, drei Sätze für die Übersicht.")
    )
    aims = models.TextField(
        _("Ziele und Aufgaben"),
        blank=True,
        help_text=_("Ein Absatz je Leerzeile; erscheint auf der Konzeptseite."),
    )
    adopted_on = models.DateField(_("beschlossen am"), null=True, blank=True)
    adopted_by = models.CharField(
        _("beschlossen durch"),
        max_length=200,
        blank=True,
        help_text=_("Gremium, zum Beispiel „Gesamtkonferenz“."),
    )
    review_cycle_months = models.PositiveSmallIntegerField(
        _("Überprüfung alle … Monate"),
        null=True,
        blank=True,
        help_text=_(
            "Turnus der Evaluation. Leer lassen, wenn das Konzept keinen festen Turnus nennt; "
            "dann bitte unten erklären, wie überprüft wird."
        ),
    )
    review_note = models.TextField(
        _("Hinweis zur Überprüfung"),
        blank=True,
        help_text=_("Wie und durch wen das Konzept überprüft und geändert wird."),
    )
    source_document = models.CharField(
        _("Quelle"),
        max_length=300,
        blank=True,
        help_text=_("Titel des Dokuments, aus dem die Angaben stammen."),
    )
    editorial_note = models.TextField(
        _("Redaktioneller Hinweis"),
        blank=True,
        help_text=_("Wird öffentlich angezeigt, z. B. welche Angaben redaktionell ergänzt sind."),
    )
    is_published = models.BooleanField(
        _("öffentlich"),
        default=True,
        help_text=_("Nur öffentliche Einrichtungen erscheinen im Wegweiser."),
    )
    position = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)

    objects = InstitutionQuerySet.as_manager()

    class Meta:
        verbose_name = _("Einrichtung / Netzwerk")
        verbose_name_plural = _("Einrichtungen / Netzwerke")
        ordering = ["position", "name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("counselling:institution", kwargs={"slug": self.slug})

    @property
    def next_review(self) -> datetime.date | None:
        """The first review date after adoption that is not in the past (today counts)."""
        if not self.adopted_on or not self.review_cycle_months:
            return None
        return self.next_review_after(timezone.localdate())

    def next_review_after(self, today: datetime.date) -> datetime.date | None:
        if not self.adopted_on or not self.review_cycle_months:
            return None
        cycles = 1
        review = add_months(self.adopted_on, self.review_cycle_months)
        while review < today:
            cycles += 1
            review = add_months(self.adopted_on, self.review_cycle_months * cycles)
        return review


class ClientGroup(TranslatableModel):
    """Who comes for advice: pupils, parents, teachers, school leadership, young refugees, ..."""

    translatable_fields = ("name",)

    name = models.CharField(_("Name"), max_length=120, unique=True)
    slug = models.SlugField(_("Kurzadresse"), max_length=80, unique=True)
    position = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)

    class Meta:
        verbose_name = _("Personengruppe")
        verbose_name_plural = _("Personengruppen")
        ordering = ["position", "name"]

    def __str__(self):
        return self.name


class OccasionGroup(TranslatableModel):
    translatable_fields = ("name",)

    institution = models.ForeignKey(
        Institution,
        verbose_name=_("Einrichtung"),
        on_delete=models.CASCADE,
        related_name="occasion_groups",
    )
    name = models.CharField(_("Name"), max_length=200)
    position = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)

    class Meta:
        verbose_name = _("Gruppe von Anlässen")
        verbose_name_plural = _("Gruppen von Anlässen")
        ordering = ["position", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["institution", "name"], name="occasiongroup_unique_name"
            )
        ]

    def __str__(self):
        return self.name


class Occasion(TranslatableModel):
    """A reason to seek advice, in the words people would use ("Mobbing", "Berufswahl")."""

    translatable_fields = ("name", "description")

    institution = models.ForeignKey(
        Institution,
        verbose_name=_("Einrichtung"),
        on_delete=models.CASCADE,
        related_name="occasions",
    )
    group = models.ForeignKey(
        OccasionGroup,
        verbose_name=_("Gruppe"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="occasions",
    )
    name = models.CharField(_("Name"), max_length=200)
    slug = models.SlugField(_("Kurzadresse"), max_length=80)
    description = models.TextField(
        _("Erläuterung"),
        blank=True,
        help_text=_("Worum es geht, mit Beispielen in Alltagssprache."),
    )
    is_crisis = models.BooleanField(
        _("Krisenanlass"),
        default=False,
        help_text=_(
            "Zum Beispiel Gewalt, Trauma, akute Krise: die Seite zeigt oben die Notrufnummern."
        ),
    )
    source_quote = models.TextField(_("Beleg im Konzept"), blank=True, help_text=SOURCE_QUOTE_HELP)
    position = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)

    class Meta:
        verbose_name = _("Beratungsanlass")
        verbose_name_plural = _("Beratungsanlässe")
        ordering = ["group__position", "position", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["institution", "slug"],
                name="occasion_unique_slug",
                violation_error_message=_("Diese Kurzadresse gibt es in der Einrichtung schon."),
            )
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse(
            "counselling:occasion",
            kwargs={"slug": self.institution.slug, "occasion": self.slug},
        )


class RoleQuerySet(models.QuerySet):
    def for_directory(self):
        return self.select_related("organisation", "institution").prefetch_related(
            "serves", "occasions", "members", "member_of"
        )

    def first_contacts_for(self, occasion: "Occasion"):
        return self.filter(occasions=occasion, direct_access=True)


class Role(TranslatableModel):
    """A person, team or service in the concept, with what it does and how to reach it."""

    translatable_fields = ("name", "summary", "tasks", "confidentiality")

    class Kind(models.TextChoices):
        INTERNAL = "internal", _("intern")
        EXTERNAL = "external", _("extern")

    institution = models.ForeignKey(
        Institution, verbose_name=_("Einrichtung"), on_delete=models.CASCADE, related_name="roles"
    )
    name = models.CharField(_("Name"), max_length=200)
    slug = models.SlugField(_("Kurzadresse"), max_length=80)
    short_name = models.CharField(
        _("Kurzname"), max_length=40, blank=True, help_text=_("Zum Beispiel „BL“ oder „SSA“.")
    )
    kind = models.CharField(
        _("intern oder extern"),
        max_length=10,
        choices=Kind,
        default=Kind.INTERNAL,
        help_text=_("Extern: gehört nicht zur Einrichtung selbst (z. B. Schulpsychologie)."),
    )
    summary = models.TextField(_("Kurzbeschreibung"), blank=True)
    serves = models.ManyToManyField(
        ClientGroup, verbose_name=_("berät"), blank=True, related_name="roles"
    )
    tasks = models.TextField(_("Aufgaben"), blank=True, help_text=_("Eine Aufgabe je Zeile."))
    qualification = models.TextField(_("Qualifikation"), blank=True)
    confidentiality = models.TextField(
        _("Vertraulichkeit"),
        blank=True,
        help_text=_("Was Ratsuchende über Schweigepflicht und deren Grenzen wissen müssen."),
    )
    location = models.CharField(_("Wo"), max_length=300, blank=True, help_text=_("Raum, Ort."))
    availability = models.CharField(
        _("Sprechzeiten"),
        max_length=300,
        blank=True,
        help_text=_("Öffnungszeiten, Terminvereinbarung."),
    )
    contact_note = models.TextField(
        _("Kontaktweg"), blank=True, help_text=_("Wie man Kontakt aufnimmt, z. B. über wen.")
    )
    website = models.URLField(_("Website"), max_length=300, blank=True)
    phone = models.CharField(
        _("Telefon"),
        max_length=40,
        blank=True,
        validators=[validate_phone],
        help_text=_("Wie gewählt, z. B. „0361 123456“ oder „+49 361 123456“."),
    )
    email = models.EmailField(_("E-Mail"), blank=True)
    postal_address = models.TextField(
        _("Postanschrift"), blank=True, help_text=_("Straße, Postleitzahl und Ort, je eine Zeile.")
    )
    languages = models.CharField(
        _("Sprachen"),
        max_length=300,
        blank=True,
        help_text=_("In welchen Sprachen beraten wird, z. B. „Deutsch, Arabisch, Dari“."),
    )
    accessibility = models.TextField(
        _("Barrierefreiheit"),
        blank=True,
        help_text=_("Zugang für Menschen mit Behinderung, z. B. „rollstuhlgerecht, Aufzug“."),
    )
    anonymous_possible = models.BooleanField(
        _("anonym möglich"),
        null=True,
        blank=True,
        help_text=_("Kann man sich beraten lassen, ohne den Namen zu nennen? Leer: unbekannt."),
    )
    is_emergency = models.BooleanField(
        _("Notfall- oder Krisendienst"),
        default=False,
        help_text=_("Sofort erreichbar in Krisen; wird bei Krisenanlässen hervorgehoben."),
    )
    organisation = models.ForeignKey(
        "resources.Organisation",
        verbose_name=_("Organisation in der Bibliothek"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="counselling_roles",
        help_text=_("Verknüpft die Stelle mit ihrer Adresse in der Materialsammlung."),
    )
    occasions = models.ManyToManyField(
        Occasion,
        verbose_name=_("Anlässe"),
        blank=True,
        related_name="roles",
        help_text=_("Bei welchen Anlässen diese Stelle berät oder hilft."),
    )
    direct_access = models.BooleanField(
        _("direkt ansprechbar"),
        default=True,
        help_text=_(
            "Ratsuchende können sich selbst an diese Stelle wenden. Ohne Haken erreicht man sie "
            "nur über einen Verweisweg."
        ),
    )
    members = models.ManyToManyField(
        "self",
        verbose_name=_("besteht aus"),
        symmetrical=False,
        blank=True,
        related_name="member_of",
        help_text=_("Für Teams: welche Stellen dazugehören."),
    )
    source_quote = models.TextField(_("Beleg im Konzept"), blank=True, help_text=SOURCE_QUOTE_HELP)
    position = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)

    objects = RoleQuerySet.as_manager()

    class Meta:
        verbose_name = _("Stelle / Person")
        verbose_name_plural = _("Stellen / Personen")
        ordering = ["institution__position", "position", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["institution", "slug"],
                name="role_unique_slug",
                violation_error_message=_("Diese Kurzadresse gibt es in der Einrichtung schon."),
            )
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return (
            reverse("counselling:roles", kwargs={"slug": self.institution.slug}) + f"#{self.slug}"
        )

    @property
    def task_list(self) -> list[str]:
        return [line.strip() for line in self.tasks.splitlines() if line.strip()]

    @property
    def is_external(self) -> bool:
        return self.kind == self.Kind.EXTERNAL

    @property
    def phone_href(self) -> str:
        return phone_href(self.phone)

    @property
    def contact_website(self) -> str:
        """The role's own website, else its organisation's (reads `organisation`)."""
        if self.website:
            return self.website
        return self.organisation.website if self.organisation_id else ""

    @property
    def has_contact_channel(self) -> bool:
        """Whether people find a way to reach this role: phone, e-mail, address or website.
        Internal roles are met inside the institution itself, so they always count as reachable.
        """
        if not self.is_external:
            return True
        return bool(self.phone or self.email or self.postal_address.strip() or self.contact_website)

    def referring_roles(self) -> list["Role"]:
        """Roles with a path to this one, each once (reads `referrals_in`, prefetch it)."""
        seen = {}
        for path in self.referrals_in.all():
            seen.setdefault(path.from_role_id, path.from_role)
        return list(seen.values())


class ConfidentialityRule(models.TextChoices):
    CONSENT = "consent", _("nur mit Einverständnis der ratsuchenden Person")
    ANONYMISED = "anonymised", _("anonymisierte Fallberatung – ohne Namen")
    DUTY_TO_INFORM = (
        "duty_to_inform",
        _("Information an das Jugendamt zum Schutz des Kindes – auch ohne Einverständnis"),
    )
    RECOMMENDATION = "recommendation", _("Empfehlung – Ratsuchende nehmen selbst Kontakt auf")
    WITHIN_TEAM = "within_team", _("Austausch im Beratungsteam unter Schweigepflicht")


class ReferralPathQuerySet(models.QuerySet):
    def for_guide(self):
        return self.select_related("from_role", "to_role", "to_role__institution").prefetch_related(
            "occasions", "via_roles"
        )

    def of_institution(self, institution):
        return self.filter(from_role__institution=institution)


class ReferralPath(models.Model):
    """A role can send people on to another role: for these occasions, through these people,
    under this confidentiality rule. Paths may lead back (referral loops are real), so readers
    of this table must stop at roles they have already shown."""

    from_role = models.ForeignKey(
        Role, verbose_name=_("von"), on_delete=models.CASCADE, related_name="referrals_out"
    )
    to_role = models.ForeignKey(
        Role, verbose_name=_("an"), on_delete=models.CASCADE, related_name="referrals_in"
    )
    occasions = models.ManyToManyField(
        Occasion,
        verbose_name=_("bei Anlässen"),
        blank=True,
        related_name="referral_paths",
        help_text=_("Leer lassen, wenn der Weg für alle Anlässe gilt."),
    )
    via_roles = models.ManyToManyField(
        Role,
        verbose_name=_("über"),
        blank=True,
        related_name="referrals_via",
        help_text=_("Wer den Kontakt herstellt, z. B. Schulleitung oder Beratungsteam."),
    )
    via_note = models.CharField(
        _("Kontaktweg in Worten"),
        max_length=300,
        blank=True,
        help_text=_("Zum Beispiel „über die Schulleitung oder das Beratungsteam“."),
    )
    condition = models.TextField(
        _("Bedingung"),
        blank=True,
        help_text=_(
            "Wann dieser Weg gegangen wird, z. B. „wenn schwere Störungen vermutet werden“."
        ),
    )
    confidentiality_rule = models.CharField(
        _("Regel zur Schweigepflicht"),
        max_length=20,
        choices=ConfidentialityRule,
        blank=True,
        help_text=_(
            "Pflicht bei Wegen aus der Einrichtung hinaus: unter welcher Regel Informationen "
            "weitergegeben werden."
        ),
    )
    step = models.PositiveSmallIntegerField(
        _("Stufe"),
        null=True,
        blank=True,
        help_text=_(
            "Für gestufte Verfahren: 1, 2, 3 … Leer lassen, wenn es keine Reihenfolge gibt."
        ),
    )
    source_quote = models.TextField(_("Beleg im Konzept"), blank=True, help_text=SOURCE_QUOTE_HELP)

    objects = ReferralPathQuerySet.as_manager()

    class Meta:
        verbose_name = _("Verweisweg")
        verbose_name_plural = _("Verweiswege")
        ordering = [models.F("step").asc(nulls_last=True), "to_role__position", "id"]

    def __str__(self):
        return f"{self.from_role} → {self.to_role}"

    def clean(self):
        if self.from_role_id and self.from_role_id == self.to_role_id:
            raise ValidationError({"to_role": _("Ein Verweisweg führt zu einer anderen Stelle.")})

    @property
    def leaves_institution(self) -> bool:
        return (
            self.to_role.kind == Role.Kind.EXTERNAL
            or self.to_role.institution_id != self.from_role.institution_id
        )
