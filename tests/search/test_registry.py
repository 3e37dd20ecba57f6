"""One facet registry: the FilterSet that reads the parameters of the listing, the JSON API and
the feed, the facets shown and the counting all follow it."""

import pytest
from django.http import QueryDict

from resources.models import Resource
from resources.search.filters import SearchFilterSet
from resources.search.registry import FACETS
from resources.search.service import SearchError, search_resources

pytestmark = pytest.mark.django_db


def test_every_registered_facet_is_a_parameter_and_a_counted_facet(corpus):
    form = SearchFilterSet(QueryDict(""), queryset=Resource.objects.none()).form
    assert [name for name in form.fields if name not in ("q", "sort", "link")] == [
        f.name for f in FACETS
    ]
    result = search_resources(QueryDict(""))
    assert [(f.name, str(f.label)) for f in result.facets] == [
        (f.name, str(f.label)) for f in FACETS
    ]


@pytest.mark.parametrize("spec", FACETS, ids=[f.name for f in FACETS])
def test_an_unknown_value_is_refused_with_a_german_message_naming_the_parameter(corpus, spec):
    with pytest.raises(SearchError) as error:
        search_resources(QueryDict(f"{spec.name}=gibt-es-nicht"))
    assert f"„{spec.name}“" in str(error.value)


def test_the_filterset_applies_every_selection(corpus):
    filterset = SearchFilterSet(QueryDict("type=flyer&year=2016&q=x"))
    assert filterset.is_valid()
    rows = filterset.filter_queryset(Resource.objects.published())
    assert [r.slug for r in rows] == ["registrieren"]
    assert filterset.selections() == {"type": ["flyer"], "year": [2016]}
