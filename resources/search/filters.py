"""The one django-filter `FilterSet` through which the listing, the JSON API and the Atom feed
read their parameters: `q` and `sort` (from `forms.SearchForm`) and one filter per entry of
the facet registry (`registry.FACETS`).

Validation messages are German and name the parameter; a value that does not exist is an
error (answered with 400), never silently dropped.
"""

from __future__ import annotations

import copy

import django_filters

from ..models import Resource
from .forms import CodeValues, ModelValues, SearchForm, YearValues
from .registry import FACETS, Counting, FacetSpec


def _field_for(spec: FacetSpec):
    if spec.model is not None:
        return ModelValues(name=spec.name, model=spec.model)
    if spec.name == "year":
        return YearValues(name=spec.name)
    return CodeValues(name=spec.name, choices=spec.labels())


class FacetFilter(django_filters.Filter):
    """One facet's selection: its values OR-ed (registry entry's `filter`)."""

    def __init__(self, spec: FacetSpec, **kwargs):
        self.spec = spec
        super().__init__(field_name=spec.name, label=spec.label, **kwargs)

    @property
    def field(self):
        if not hasattr(self, "_field"):
            self._field = _field_for(self.spec)
        return self._field

    def filter(self, qs, value):
        return qs.filter(self.spec.filter(value)) if value else qs


class EngineParameter(django_filters.Filter):
    """`q` and `sort`: validated here, applied by the search engine (matching and ranking are
    not a queryset filter)."""

    def __init__(self, form_field, **kwargs):
        self._form_field = form_field
        super().__init__(**kwargs)

    @property
    def field(self):
        return self._form_field

    def filter(self, qs, value):
        return qs


class SearchFilterSet(django_filters.FilterSet):
    class Meta:
        model = Resource
        form = SearchForm
        fields: list[str] = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, form_field in SearchForm.base_fields.items():
            self.filters[name] = EngineParameter(copy.deepcopy(form_field), field_name=name)
        for spec in FACETS:
            self.filters[spec.name] = FacetFilter(spec)

    def selections(self) -> dict[str, list]:
        """The selected values of each facet with a selection (after `is_valid()`)."""
        data = self.form.cleaned_data
        return {spec.name: data[spec.name] for spec in FACETS if data.get(spec.name)}

    def error_message(self) -> str:
        return " ".join(str(m) for errors in self.form.errors.values() for m in errors)


__all__ = ["Counting", "SearchFilterSet"]
