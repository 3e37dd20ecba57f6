"""Site pages: Impressum, Datenschutz and the accessibility statement, edited by staff."""

import nh3
from django.db import models
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from common.translations import TranslatableModel

# What editors may use in page bodies: structure, emphasis, links, tables. No scripts, styles,
# images or embeds, so a page cannot load anything from third parties.
ALLOWED_TAGS = {
    "h2", "h3", "h4", "p", "br", "ul", "ol", "li", "strong", "em", "a", "abbr", "address",
    "blockquote", "table", "caption", "thead", "tbody", "tr", "th", "td", "dl", "dt", "dd",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "hreflang", "lang"},
    "abbr": {"title"},
    "th": {"scope"},
    "*": {"lang", "dir"},
}


def sanitise_html(html: str) -> str:
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"https", "http", "mailto", "tel"},
        link_rel="noopener noreferrer",
    )


class SitePage(TranslatableModel):
    class Slug(models.TextChoices):
        IMPRINT = "impressum", _("Impressum")
        PRIVACY = "datenschutz", _("Datenschutzerklärung")
        ACCESSIBILITY = "barrierefreiheit", _("Erklärung zur Barrierefreiheit")

    translatable_fields = ("title", "body")
    translation_sanitisers = {"body": sanitise_html}

    slug = models.SlugField(_("Seite"), max_length=40, unique=True, choices=Slug)
    title = models.CharField(_("Überschrift"), max_length=200)
    body = models.TextField(
        _("Inhalt (HTML)"),
        help_text=_(
            "Erlaubt sind Überschriften (h2–h4), Absätze, Listen, Links, Tabellen und "
            "Hervorhebungen. Alles andere wird beim Speichern entfernt."
        ),
    )
    version = models.CharField(
        _("Fassung"),
        max_length=40,
        help_text=_(
            "Zum Beispiel „2026-11“. Bei der Datenschutzerklärung wird diese Fassung mit jeder "
            "Newsletter-Einwilligung gespeichert: bei inhaltlichen Änderungen erhöhen."
        ),
    )
    updated_at = models.DateTimeField(_("geändert"), auto_now=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("Seite")
        verbose_name_plural = _("Seiten (Impressum, Datenschutz, Barrierefreiheit)")
        ordering = ["slug"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse(
            {"impressum": "imprint", "datenschutz": "privacy"}.get(self.slug, "accessibility")
        )

    @property
    def body_html(self) -> str:
        # Sanitised again on output: rows written outside the admin are covered too.
        return mark_safe(sanitise_html(self.body))
