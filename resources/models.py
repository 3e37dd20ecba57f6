"""The resource library.

A Resource (brochure, study, flyer, address, ...) is published by Organisations, filed under
Topics (sections and their sub-topics), meant for TargetGroups and Audiences, and reached
through one or more ResourceLinks, each in one language. Staff edit all of it in the admin;
the public sees only published resources.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from common.translations import TranslatableModel

from .dates import PartialDate, validate_partial_date
from .languages import LANGUAGE_CHOICES, LANGUAGES, text_direction
from .search.models import (  # noqa: F401 (the index's tables belong to this app)
    SearchChange,
    SearchDocument,
    SearchIndexState,
    SearchPosting,
    SearchSynonym,
    SearchTerm,
    SearchWord,
)
from .url_identity import identity_search_text, url_identity


class Region(models.TextChoices):
    THURINGIA = "thueringen", _("Thüringen")
    GERMANY = "bundesweit", _("bundesweit")
    EUROPE = "europa", _("Europa")
    INTERNATIONAL = "international", _("international")


class ResourceType(models.TextChoices):
    BROCHURE = "broschuere", _("Broschüre")
    STUDY = "studie", _("Studie")
    REPORT = "bericht", _("Bericht")
    GUIDE = "arbeitshilfe", _("Arbeitshilfe")
    STATEMENT = "stellungnahme", _("Stellungnahme")
    EXPERT_OPINION = "gutachten", _("Gutachten")
    LAW = "gesetz", _("Gesetz / Rechtsquelle")
    FLYER = "flyer", _("Flyer")
    VIDEO = "video", _("Video")
    TOPIC_PAGE = "themenseite", _("Themenseite")
    ARTICLE = "fachbeitrag", _("Fachbeitrag")
    ADDRESS = "adresse", _("Adresse / Beratungsstelle")
    OTHER = "sonstiges", _("Sonstiges")


class Organisation(models.Model):
    """A publisher, a counselling service or a network. Counselling services carry contact
    data so that the address sections of the library are findable like resources."""

    class Kind(models.TextChoices):
        PUBLISHER = "publisher", _("Herausgeber")
        COUNSELLING = "counselling", _("Beratungsstelle")
        AUTHORITY = "authority", _("Behörde / Parlament")
        NETWORK = "network", _("Netzwerk / Verband")
        AUTHOR = "author", _("Autor*in")

    name = models.CharField(_("Name"), max_length=300, unique=True)
    slug = models.SlugField(_("Kurzadresse"), max_length=120, unique=True)
    short_name = models.CharField(
        _("Kurzname"), max_length=60, blank=True, help_text=_("Zum Beispiel „BumF“ oder „DIMR“.")
    )
    kind = models.CharField(_("Art"), max_length=20, choices=Kind, default=Kind.PUBLISHER)
    website = models.URLField(_("Website"), max_length=500, blank=True)
    description = models.TextField(_("Beschreibung"), blank=True)
    region = models.CharField(_("Region"), max_length=20, choices=Region, blank=True)
    street = models.CharField(_("Straße und Hausnummer"), max_length=200, blank=True)
    postal_code = models.CharField(_("PLZ"), max_length=10, blank=True)
    city = models.CharField(_("Ort"), max_length=100, blank=True)
    phone = models.CharField(_("Telefon"), max_length=60, blank=True)
    email = models.EmailField(_("E-Mail"), blank=True)
    contact_note = models.TextField(
        _("Erreichbarkeit"),
        blank=True,
        help_text=_("Sprechzeiten, Sprachen, Hinweise zum Kontakt."),
    )
    created_at = models.DateTimeField(_("angelegt"), auto_now_add=True)
    updated_at = models.DateTimeField(_("geändert"), auto_now=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("Organisation")
        verbose_name_plural = _("Organisationen")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("resources:publisher", kwargs={"slug": self.slug})

    @property
    def display_name(self) -> str:
        return self.short_name or self.name

    @property
    def has_contact_data(self) -> bool:
        return any([self.street, self.city, self.phone, self.email, self.contact_note])


class TopicQuerySet(models.QuerySet):
    def sections(self):
        """The top level of the two: a section is a topic without parent."""
        return self.filter(parent__isnull=True)


# Written out for the ForeignKey below, which cannot call the queryset method.
SECTION_CHOICES = {"parent__isnull": True}


class Topic(TranslatableModel):
    """Two levels: a section ("unbegleitete Minderjährige") and its topics ("Asylverfahren")."""

    translatable_fields = ("name", "description")

    name = models.CharField(_("Name"), max_length=200)
    slug = models.SlugField(_("Kurzadresse"), max_length=120, unique=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("Bereich"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        limit_choices_to=SECTION_CHOICES,
        help_text=_("Leer lassen für einen Bereich der obersten Ebene."),
    )
    description = models.TextField(_("Einführung"), blank=True)
    position = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)

    objects = TopicQuerySet.as_manager()

    class Meta:
        verbose_name = _("Thema")
        verbose_name_plural = _("Themen")
        ordering = ["position", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["parent", "name"],
                name="topic_unique_name_per_parent",
                violation_error_message=_("Dieses Thema gibt es in diesem Bereich schon."),
            ),
        ]

    def __str__(self):
        if self.parent_id:
            return f"{self.parent.name} › {self.name}"
        return self.name

    def get_absolute_url(self):
        return reverse("resources:topic", kwargs={"slug": self.slug})

    def clean(self):
        if self.parent_id and (self.parent.parent_id or self.parent_id == self.pk):
            raise ValidationError(
                {
                    "parent": _(
                        "Themen haben zwei Ebenen: wählen Sie einen Bereich der obersten Ebene."
                    )
                }
            )

    @property
    def is_section(self) -> bool:
        return self.parent_id is None


class VocabularyTerm(models.Model):
    """A term of a small, editor-kept vocabulary, shown in the order editors choose."""

    name = models.CharField(_("Name"), max_length=120, unique=True)
    slug = models.SlugField(_("Kurzadresse"), max_length=120, unique=True)
    position = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)

    class Meta:
        abstract = True
        ordering = ["position", "name"]

    def __str__(self):
        return self.name


class TargetGroup(VocabularyTerm):
    """Whom a resource is about: unaccompanied minors, accompanied minors, young adults, ..."""

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("Zielgruppe")
        verbose_name_plural = _("Zielgruppen")


class Audience(VocabularyTerm):
    """Who reads a resource: professionals, guardians, teachers, young refugees themselves."""

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("Leserschaft")
        verbose_name_plural = _("Leserschaften")


class ResourceQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Resource.Status.PUBLISHED, published_at__lte=timezone.now())

    def with_link(self):
        """Resources with at least one link that has an address: the visitor can open them."""
        return self.filter(
            models.Exists(
                ResourceLink.objects.filter(resource=models.OuterRef("pk")).exclude(url="")
            )
        )

    def without_link(self):
        return self.exclude(
            models.Exists(
                ResourceLink.objects.filter(resource=models.OuterRef("pk")).exclude(url="")
            )
        )

    def newest_first(self):
        # pub_sort is never NULL (COALESCE), so plain DESC orders as NULLS LAST would, and
        # both databases can walk the index below backwards and stop after one page.
        return self.order_by("-pub_sort", "-published_at", "-id")

    def for_listing(self):
        """Everything a list or card of resources shows, in a fixed number of queries."""
        return self.prefetch_related(
            models.Prefetch("publishers", queryset=Organisation.objects.only("name", "slug")),
            models.Prefetch("topics", queryset=Topic.objects.select_related("parent")),
            # With the link checker's findings (linkcheck app), joined in the same query.
            models.Prefetch("links", queryset=ResourceLink.objects.select_related("health")),
        )


class Resource(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Entwurf")
        PUBLISHED = "published", _("veröffentlicht")

    title = models.CharField(_("Titel"), max_length=500)
    slug = models.SlugField(_("Kurzadresse"), max_length=120, unique=True)
    subtitle = models.CharField(
        _("Zusatz"), max_length=500, blank=True, help_text=_("Untertitel oder Erscheinungsort.")
    )
    description = models.TextField(
        _("Beschreibung"), blank=True, help_text=_("Zwei, drei Sätze: Worum geht es, wem hilft es?")
    )
    resource_type = models.CharField(
        _("Art"), max_length=20, choices=ResourceType, default=ResourceType.OTHER
    )
    publishers = models.ManyToManyField(
        Organisation, verbose_name=_("Herausgeber"), blank=True, related_name="resources"
    )
    pub_year = models.PositiveSmallIntegerField(_("Jahr"), null=True, blank=True)
    pub_month = models.PositiveSmallIntegerField(
        _("Monat"),
        null=True,
        blank=True,
        help_text=_("Leer lassen, wenn nur das Jahr bekannt ist."),
    )
    pub_day = models.PositiveSmallIntegerField(
        _("Tag"), null=True, blank=True, help_text=_("Leer lassen, wenn nur der Monat bekannt ist.")
    )
    # YYYYMMDD with zeros for unknown parts, computed by the database so sorting by date is
    # one indexed column on SQLite and PostgreSQL alike.
    pub_sort = models.GeneratedField(
        expression=Coalesce("pub_year", 0) * 10000
        + Coalesce("pub_month", 0) * 100
        + Coalesce("pub_day", 0),
        output_field=models.IntegerField(),
        db_persist=True,
    )
    date_note = models.CharField(
        _("Zeitraum / Datumshinweis"),
        max_length=100,
        blank=True,
        help_text=_("Nur wenn ein einzelnes Datum nicht passt, z. B. „2017–2019“."),
    )
    availability_note = models.CharField(
        _("Verfügbarkeit"),
        max_length=200,
        blank=True,
        help_text=_("Für angekündigte Materialien, z. B. „ab Sept. 2026“."),
    )
    available_from = models.DateField(
        _("verfügbar ab"),
        null=True,
        blank=True,
        help_text=_("Ab diesem Tag gilt das Material nicht mehr als angekündigt."),
    )
    topics = models.ManyToManyField(
        Topic, verbose_name=_("Themen"), blank=True, related_name="resources"
    )
    target_groups = models.ManyToManyField(
        TargetGroup, verbose_name=_("Zielgruppen"), blank=True, related_name="resources"
    )
    audiences = models.ManyToManyField(
        Audience, verbose_name=_("Leserschaft"), blank=True, related_name="resources"
    )
    region = models.CharField(_("Region"), max_length=20, choices=Region, blank=True)
    highlighted = models.BooleanField(
        _("als NEU hervorheben"), default=False, help_text=_("Erscheint auf der Startseite oben.")
    )
    status = models.CharField(
        _("Status"), max_length=10, choices=Status, default=Status.DRAFT, db_index=True
    )
    published_at = models.DateTimeField(
        _("veröffentlicht am"),
        null=True,
        blank=True,
        help_text=_("Wird beim Veröffentlichen gesetzt; ein Zeitpunkt in der Zukunft plant."),
    )
    needs_review = models.BooleanField(
        _("muss geprüft werden"),
        default=False,
        help_text=_("Beschädigte oder unvollständige Angaben: erst prüfen, dann veröffentlichen."),
    )
    review_note = models.TextField(_("Prüfhinweis"), blank=True)
    import_key = models.CharField(
        _("Importschlüssel"),
        max_length=64,
        unique=True,
        null=True,
        blank=True,
        editable=False,
        help_text=_("Erkennt den Eintrag beim erneuten Import der Linkliste wieder."),
    )
    created_at = models.DateTimeField(_("angelegt"), auto_now_add=True)
    updated_at = models.DateTimeField(_("geändert"), auto_now=True)

    objects = ResourceQuerySet.as_manager()
    history = HistoricalRecords(m2m_fields=[publishers, topics, target_groups, audiences])

    class Meta:
        verbose_name = _("Material")
        verbose_name_plural = _("Materialien")
        ordering = ["-pub_sort", "-id"]
        indexes = [
            # Published resources newest first: one backward walk that stops after a page
            # (SQLite prefers a (status, published_at) index and then sorts everything).
            models.Index(
                fields=["status", "pub_sort", "published_at", "id"], name="resource_newest"
            ),
            # The home page: recently published ones, and the highlighted ones (few).
            models.Index(
                fields=["status", "-published_at", "-pub_sort", "-id"], name="resource_recent"
            ),
            models.Index(
                fields=["status", "pub_sort", "published_at", "id"],
                condition=models.Q(highlighted=True),
                name="resource_highlighted",
            ),
            models.Index(fields=["pub_sort"]),
            models.Index(fields=["region"]),
            models.Index(fields=["resource_type"]),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("resources:detail", kwargs={"slug": self.slug})

    def clean(self):
        try:
            validate_partial_date(self.pub_year, self.pub_month, self.pub_day)
        except ValidationError as exc:
            raise ValidationError(
                {"pub_day" if self.pub_day else "pub_month": exc.messages}
            ) from exc
        if self.status == self.Status.PUBLISHED and self.needs_review:
            raise ValidationError(
                {
                    "status": _(
                        "Dieses Material ist zur Prüfung markiert. Prüfen Sie die Angaben und "
                        "entfernen Sie den Haken „muss geprüft werden“, "
                        "bevor Sie es veröffentlichen."
                    )
                }
            )

    @property
    def publication_date(self) -> PartialDate | None:
        if self.pub_year is None:
            return None
        return PartialDate(self.pub_year, self.pub_month, self.pub_day)

    @property
    def is_published(self) -> bool:
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )

    @property
    def is_announced(self) -> bool:
        """Announced for later ("ab Sept. 2026") and not yet available."""
        if self.available_from:
            return self.available_from > timezone.localdate()
        return bool(self.availability_note)

    def can_publish(self) -> bool:
        return not self.needs_review

    def publish(self, *, when=None) -> None:
        if not self.can_publish():
            raise ValidationError(
                _("Zur Prüfung markierte Materialien können nicht veröffentlicht werden.")
            )
        self.status = self.Status.PUBLISHED
        self.published_at = self.published_at or when or timezone.now()

    def unpublish(self) -> None:
        self.status = self.Status.DRAFT

    @property
    def has_link(self) -> bool:
        """Whether any link has an address (reads `links`, prefetch it)."""
        return any(link.url for link in self.links.all())

    def languages(self) -> list[str]:
        """Codes of the languages this resource is available in, in link order."""
        seen = []
        for link in self.links.all():
            if link.language not in seen:
                seen.append(link.language)
        return seen


class ResourceLink(models.Model):
    class Format(models.TextChoices):
        WEBPAGE = "html", _("Webseite")
        PDF = "pdf", _("PDF")
        VIDEO = "video", _("Video")
        AUDIO = "audio", _("Audio")
        DOCUMENT = "doc", _("Textdokument")
        OTHER = "other", _("Sonstiges")

    resource = models.ForeignKey(
        Resource, verbose_name=_("Material"), on_delete=models.CASCADE, related_name="links"
    )
    url = models.URLField(
        _("Adresse (URL)"),
        max_length=1000,
        blank=True,
        help_text=_(
            "Leer lassen, wenn die Adresse noch fehlt: "
            "das Material wird dann zur Prüfung angezeigt."
        ),
    )
    label = models.CharField(
        _("Beschriftung"),
        max_length=500,
        blank=True,
        help_text=_(
            "Titel in dieser Sprache oder z. B. „Checkliste (kurz)“. Leer: der Titel des Materials."
        ),
    )
    language = models.CharField(_("Sprache"), max_length=5, choices=LANGUAGE_CHOICES, default="de")
    format = models.CharField(_("Format"), max_length=10, choices=Format, default=Format.WEBPAGE)
    position = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)
    source_marker = models.PositiveIntegerField(
        _("Fußnote in der Quelle"),
        null=True,
        blank=True,
        help_text=_("Nummer [n] des Links in der importierten Linkliste."),
    )
    label_damaged = models.BooleanField(
        _("Beschriftung beschädigt"),
        default=False,
        help_text=_("Beim Import unlesbar („????“): Titel in der Originalsprache nachtragen."),
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("Link")
        verbose_name_plural = _("Links")
        ordering = ["position", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["url"],
                condition=~Q(url=""),
                name="resourcelink_unique_url",
                violation_error_message=_(
                    "Diese Adresse ist schon bei einem anderen Material eingetragen."
                ),
            ),
        ]

    def __str__(self):
        return self.url or self.label or str(_("(Adresse fehlt)"))

    def clean(self):
        if not self.url:
            return
        other = self.same_address_elsewhere()
        if other is not None:
            owner_url = reverse("admin:resources_resource_change", args=[other.resource_id])
            raise ValidationError(
                {
                    "url": format_html(
                        '{} <a href="{}">{}</a>',
                        _("Diese Adresse ist schon eingetragen bei:"),
                        owner_url,
                        _("„%(title)s“ (Nr. %(id)s)")
                        % {"title": other.resource.title, "id": other.resource_id},
                    )
                }
            )

    def same_address_elsewhere(self) -> "ResourceLink | None":
        """Another link to the same document, however the address is spelled (http/https,
        www., trailing slash, tracking parameters): see `url_identity`."""
        key = url_identity(self.url)
        candidates = (
            ResourceLink.objects.filter(url__icontains=identity_search_text(self.url))
            .exclude(pk=self.pk)
            .select_related("resource")
        )
        return next((link for link in candidates if url_identity(link.url) == key), None)

    @property
    def language_name(self) -> str:
        return str(LANGUAGES.get(self.language, self.language))

    @property
    def direction(self) -> str:
        return text_direction(self.language)

    @property
    def display_label(self) -> str:
        if self.label and not self.label_damaged:
            return self.label
        return self.resource.title

    @property
    def display_language(self) -> str:
        """Language of `display_label`: a damaged label is replaced by the German title."""
        return "de" if self.label_damaged or not self.label else self.language

    @property
    def display_direction(self) -> str:
        return text_direction(self.display_language)
