"""The fields that validate the search parameters (used by `filters.SearchFilterSet`, shared by
the HTML page, the JSON API and the feed).

Facet values are slugs or codes and may repeat (`?topic=a&topic=b`). A value that does not
exist is an error with a message naming it (answered with 400), never silently dropped.
"""

from __future__ import annotations

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from .query import MAX_QUERY_LENGTH, clean_query_text
from .registry import FACET_LABELS

MAX_VALUES_PER_FACET = 50
WITH_LINK = "mit"
SLUG_RE = re.compile(r"^[-a-zA-Z0-9_]{1,120}$")
YEAR_RE = re.compile(r"^\d{4}$")


class Sort:
    RELEVANCE = "relevance"
    NEWEST = "newest"
    TITLE = "title"
    CHOICES = (
        (RELEVANCE, _("Relevanz")),
        (NEWEST, _("neueste zuerst")),
        (TITLE, _("Titel (A–Z)")),
    )


class ValueList(forms.Field):
    """All values of a repeated parameter, validated one by one."""

    widget = forms.SelectMultiple

    def __init__(self, *, name: str, **kwargs):
        self.facet = name
        super().__init__(required=False, **kwargs)

    def to_python(self, value):
        values = [v for v in (value or []) if isinstance(v, str) and v.strip() != ""]
        if len(values) > MAX_VALUES_PER_FACET:
            raise forms.ValidationError(
                _("„%(name)s“: höchstens %(max)d Werte auf einmal."),
                params={"name": self.facet, "max": MAX_VALUES_PER_FACET},
            )
        return list(dict.fromkeys(v.strip() for v in values))

    def unknown(self, value: str) -> forms.ValidationError:
        shown = clean_query_text(value)[:60]
        return forms.ValidationError(
            _("„%(name)s“: den Wert „%(value)s“ gibt es nicht (%(label)s)."),
            params={"name": self.facet, "value": shown, "label": FACET_LABELS[self.facet]},
        )


class ModelValues(ValueList):
    def __init__(self, *, model, **kwargs):
        self.model = model
        super().__init__(**kwargs)

    def clean(self, value):
        slugs = self.to_python(value)
        for slug in slugs:
            if not SLUG_RE.match(slug):
                raise self.unknown(slug)
        if not slugs:
            return []
        found = {o.slug: o for o in self.model.objects.filter(slug__in=slugs)}
        for slug in slugs:
            if slug not in found:
                raise self.unknown(slug)
        return [found[s] for s in slugs]


class CodeValues(ValueList):
    def __init__(self, *, choices: dict, **kwargs):
        self.codes = choices
        super().__init__(**kwargs)

    def clean(self, value):
        codes = self.to_python(value)
        for code in codes:
            if code not in self.codes:
                raise self.unknown(code)
        return codes


class YearValues(ValueList):
    def clean(self, value):
        years = self.to_python(value)
        for year in years:
            if not YEAR_RE.match(year) or not 1800 <= int(year) <= 2200:
                raise forms.ValidationError(
                    _("„year“: „%(value)s“ ist keine Jahreszahl (z. B. 2024)."),
                    params={"value": clean_query_text(year)[:20]},
                )
        return [int(y) for y in years]


class QueryField(forms.CharField):
    def to_python(self, value):
        # Binary input (NUL bytes, control characters) is blanked rather than refused: the
        # visitor still gets results for the readable part.
        return clean_query_text(value if isinstance(value, str) else "").strip()


class SearchForm(forms.Form):
    """The search box and the sort order; the facet fields are added by the FilterSet
    (`filters.SearchFilterSet`) from the facet registry."""

    q = QueryField(required=False)
    link = forms.ChoiceField(
        required=False, choices=[("", _("alle")), (WITH_LINK, _("nur mit Link"))]
    )
    sort = forms.CharField(required=False)

    def __init__(self, data=None, *args, **kwargs):
        raw_q = data.get("q", "") if data is not None else ""
        self.q_too_long = isinstance(raw_q, str) and len(raw_q) > MAX_QUERY_LENGTH
        super().__init__(data, *args, **kwargs)

    def clean_q(self):
        if self.q_too_long:
            raise forms.ValidationError(
                _("Der Suchbegriff ist zu lang: höchstens %(max)d Zeichen."),
                params={"max": MAX_QUERY_LENGTH},
            )
        return self.cleaned_data["q"]

    def clean_sort(self):
        sort = self.cleaned_data["sort"].strip()
        if sort and sort not in dict(Sort.CHOICES):
            raise forms.ValidationError(
                _(
                    "„sort“ muss „relevance“ (Relevanz), „newest“ (neueste zuerst) oder "
                    "„title“ (Titel A–Z) sein."
                )
            )
        return sort

    def error_message(self) -> str:
        return " ".join(str(m) for errors in self.errors.values() for m in errors)
