import pytest
from django.http import QueryDict

from resources.search.service import SearchError, search_resources

pytestmark = pytest.mark.django_db


def run(query: str):
    return search_resources(QueryDict(query), per_page=100)


def counts(result, name) -> dict[str, int]:
    facet = next(f for f in result.facets if f.name == name)
    values = {}
    for value in facet.values:
        values[value.value] = value.count
        values.update({c.value: c.count for c in value.children})
    return values


def selected(result, name) -> set[str]:
    facet = next(f for f in result.facets if f.name == name)
    return {v.value for v in facet.values if v.selected} | {
        c.value for v in facet.values for c in v.children if c.selected
    }


def test_or_within_a_facet_and_across_facets(corpus):
    either = run("type=flyer&type=video")
    assert {r.slug for r in either.items} == {
        "registrieren",
        "hilfeplan",
        "dein-gutes-recht",
        "film",
    }
    both = run("type=flyer&type=video&region=thueringen")
    assert [r.slug for r in both.items] == ["film"]


def test_facet_counts_ignore_their_own_selection_but_follow_the_others(corpus):
    result = run("type=flyer&audience=jugendliche")
    # Type counts are computed with the audience filter only: the other types stay selectable.
    assert counts(result, "type") == {"flyer": 2, "broschuere": 1}
    # Audience counts are computed with the type filter only.
    assert counts(result, "audience") == {"jugendliche": 2, "eltern": 1}
    assert result.total == 2


def test_counts_follow_the_text_query(corpus):
    result = run("q=Unterkunft")
    assert counts(result, "type") == {"studie": 5, "arbeitshilfe": 1}
    assert counts(result, "publisher")["unicef"] == 5


def test_selected_value_stays_visible_with_zero_count(corpus):
    result = run("q=Vormund&type=gesetz&region=international")
    assert result.total == 0
    assert counts(result, "region")["international"] == 0
    assert "international" in selected(result, "region")
    assert counts(result, "type")["gesetz"] == 0


def test_many_to_many_counts_do_not_multiply(corpus):
    # "staerkung" has two topics and two publishers; it counts once per value.
    result = run("q=%22St%C3%A4rkung der Kinder%22")
    assert result.total == 1
    assert counts(result, "publisher") == {"bumf": 1, "unicef": 1}
    assert counts(result, "topic") == {"umf": 1, "jugendhilfe": 1, "unterbringung": 1}


def test_section_selection_includes_its_topics_and_counts_each_resource_once(corpus):
    result = run("topic=leaving-care")
    assert result.total == 12
    assert counts(result, "topic")["leaving-care"] == 12
    assert counts(result, "topic")["par41"] == 4
    narrow = run("topic=par41&topic=kindergeld")
    assert {r.slug for r in narrow.items} == {
        "kjsg-themenseite", "wiesinger", "dein-gutes-recht", "junge-volljaehrige", "kindergeld",
    }  # fmt: skip


def test_language_facet_counts_resources_not_links(corpus):
    result = run("language=de")
    # "checkliste" has two German links and is counted once.
    assert counts(result, "language")["de"] == result.total
    assert counts(result, "language")["fa"] == 3
    persian = run("language=fa&language=ku")
    assert {r.slug for r in persian.items} == {"registrieren", "bptk", "hilfeplan"}


def test_year_facet(corpus):
    result = run("year=2017&year=2025")
    assert {r.pub_year for r in result.items} == {2017, 2025}
    assert counts(result, "year")["2017"] == 6


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("topic=gibt-es-nicht", "„gibt-es-nicht“ gibt es nicht"),
        ("publisher=%00", "„publisher“"),
        ("type=roman", "„roman“"),
        ("language=xx", "„language“"),
        ("region=mars", "„region“"),
        ("year=abc", "keine Jahreszahl"),
        ("year=99999", "keine Jahreszahl"),
        ("sort=random", "„sort“"),
        ("page=0", "Seitenzahl"),
        ("page=abc", "Seitenzahl"),
        ("page=999999", "Seitenzahl"),
        ("page=4", "Seite 4 gibt es nicht"),
        ("q=" + "x" * 501, "zu lang"),
    ],
)
def test_bad_parameters_raise_a_readable_error(corpus, query, message):
    with pytest.raises(SearchError, match=message):
        run(query)
