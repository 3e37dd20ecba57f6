"""Content translations: what editors write beside the German text of a record.

German is the source language of the portal: every translatable model keeps its German text in
its ordinary fields (so the search index, the admin's lists and every query keep working on
German), and its translations in one JSON column on the same row::

    translations        = {"en": {"name": "Asylum procedure"}, "ar": {"name": "…"}}
    translation_review  = {"en": False, "ar": True}   # True: needs review by a native speaker

A model opts in by inheriting `TranslatableModel` and naming its translatable fields
(`translatable_fields`); rich-text fields name their sanitiser (`translation_sanitisers`), which
is applied when the editor saves and again on output, as for the German field. Reading a
translation never queries the database (the JSON travels with the row), so lists stay at their
query counts.

Templates use the tags in `common.templatetags.translations`: the active language's text, or the
German text marked `lang="de" dir="ltr"` where there is no translation yet. The admin side is
`common.translation_admin`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.db import models
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

REVIEW_LABEL = _("Muss von einer Muttersprachlerin / einem Muttersprachler geprüft werden")
REVIEW_MARK_TITLE = _(
    "Übersetzung noch nicht von einer Muttersprachlerin / einem Muttersprachler geprüft"
)

FALLBACK_ATTRS = mark_safe(' lang="de" dir="ltr"')


def source_language() -> str:
    return settings.LANGUAGE_CODE


def content_languages() -> list[tuple[str, str]]:
    """The languages content can be translated into: every interface language but German."""
    return [(code, name) for code, name in settings.LANGUAGES if code != source_language()]


def active_language() -> str:
    return (get_language() or source_language()).split("-")[0]


@dataclass(frozen=True)
class Translated:
    """One field's text in the language asked for, or the German text as fallback."""

    text: str
    language: str  # the language of `text`
    is_fallback: bool  # German shown on a non-German page (no translation yet)
    needs_review: bool = False
    sanitiser: Callable[[str], str] | None = None

    def __str__(self) -> str:
        return self.text

    def __bool__(self) -> bool:
        return bool(self.text)

    @property
    def html(self) -> SafeString:
        """The text for an HTML page: escaped, or sanitised for rich-text fields."""
        if self.sanitiser is not None:
            return mark_safe(self.sanitiser(self.text))
        return conditional_escape(self.text)

    def __html__(self) -> str:
        return self.html

    @property
    def attrs(self) -> SafeString:
        """` lang="de" dir="ltr"` for an element that shows fallback German text, else ""."""
        return FALLBACK_ATTRS if self.is_fallback else mark_safe("")

    @property
    def lines(self) -> list[str]:
        return [line.strip() for line in self.text.splitlines() if line.strip()]

    def render(self, *, block: bool = False, show_review: bool = False) -> SafeString:
        """The text, wrapped in an element with `lang="de"` where it falls back to German
        (a `div` for block content), and marked for staff where it still needs review."""
        if not self.text:
            return mark_safe("")
        html = self.html
        tag = "div" if block else "span"
        if self.is_fallback:
            html = format_html("<{}{}>{}</{}>", tag, FALLBACK_ATTRS, html, tag)
        elif show_review and self.needs_review:
            html = format_html(
                '<{} class="translation-review" title="{}">{}</{}>',
                tag,
                REVIEW_MARK_TITLE,
                html,
                tag,
            )
        return html


class TranslatableModel(models.Model):
    """Abstract base: German text in the model's fields, translations beside it on the row."""

    translatable_fields: tuple[str, ...] = ()
    # Rich-text fields: field name -> the function that sanitises their HTML.
    translation_sanitisers: dict[str, Callable[[str], str]] = {}

    translations = models.JSONField(
        _("Übersetzungen"),
        default=dict,
        blank=True,
        editable=False,
    )
    translation_review = models.JSONField(
        _("Übersetzungen zu prüfen"),
        default=dict,
        blank=True,
        editable=False,
    )

    class Meta:
        abstract = True

    def translated_value(self, field: str, language: str) -> str:
        """The stored translation of `field` in `language` ("" if there is none)."""
        if field not in self.translatable_fields:
            raise ValueError(f"{type(self).__name__}.{field} is not translatable")
        entry = (self.translations or {}).get(language) or {}
        value = entry.get(field, "")
        return value.strip() if isinstance(value, str) else ""

    def needs_translation_review(self, language: str) -> bool:
        return bool((self.translation_review or {}).get(language))

    def translation(self, field: str, language: str | None = None) -> Translated:
        """`field` in `language` (default: the active one), falling back to German."""
        language = language or active_language()
        sanitiser = self.translation_sanitisers.get(field)
        german = getattr(self, field) or ""
        if language == source_language():
            return Translated(german, language, False, sanitiser=sanitiser)
        text = self.translated_value(field, language)
        if text:
            return Translated(
                text, language, False, self.needs_translation_review(language), sanitiser
            )
        return Translated(german, source_language(), bool(german), sanitiser=sanitiser)

    def translated_text(self, field: str, language: str | None = None) -> str:
        return self.translation(field, language).text

    def set_translation(
        self, language: str, values: dict[str, str], *, needs_review: bool | None = None
    ) -> None:
        """Stores the translations of `language` (empty values are dropped); the caller saves."""
        if language == source_language():
            raise ValueError("German is the source text, not a translation")
        unknown = set(values) - set(self.translatable_fields)
        if unknown:
            raise ValueError(f"not translatable: {sorted(unknown)}")
        cleaned = {}
        for field, value in values.items():
            value = (value or "").strip()
            sanitiser = self.translation_sanitisers.get(field)
            if value and sanitiser is not None:
                value = sanitiser(value)
            if value:
                cleaned[field] = value
        translations = dict(self.translations or {})
        review = dict(self.translation_review or {})
        if cleaned:
            translations[language] = cleaned
        else:
            translations.pop(language, None)
        if needs_review is not None and cleaned:
            review[language] = needs_review
        if not cleaned:
            review.pop(language, None)
        self.translations = translations
        self.translation_review = review


def add_missing_translations(
    obj: TranslatableModel, by_language: dict[str, dict[str, str]]
) -> bool:
    """Demo content: adds the translations of languages `obj` does not have yet, each flagged
    "needs review by a native speaker"; what editors wrote stays. A language the demo wrote
    earlier and nobody has touched since (still flagged, every stored field as the demo has it)
    gets the fields the demo added later. True if anything was added (the caller saves)."""
    added = False
    for language, values in by_language.items():
        stored = (obj.translations or {}).get(language)
        if stored is not None and not _untouched_demo_subset(obj, language, stored, values):
            continue
        before = stored
        obj.set_translation(language, values, needs_review=True)
        added = added or obj.translations.get(language) != before
    return added


def _untouched_demo_subset(
    obj: TranslatableModel, language: str, stored: dict, values: dict[str, str]
) -> bool:
    if not obj.needs_translation_review(language):
        return False
    for field, text in stored.items():
        demo = (values.get(field) or "").strip()
        sanitiser = obj.translation_sanitisers.get(field)
        if demo and sanitiser is not None:
            demo = sanitiser(demo)
        if text != demo:
            return False
    return True
