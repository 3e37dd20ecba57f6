# ruff: noqa: E501  (the relevance table: one query per line)
"""The relevance suite: one German corpus, one table of queries with the expected ordered
results. It runs unchanged on SQLite and PostgreSQL (`DATABASE_URL=postgres://…`), which is
how we know both databases give the same answers."""

import pytest
from django.http import QueryDict

from resources.search.service import search_resources

pytestmark = pytest.mark.django_db


def search(q: str, **params):
    data = QueryDict(mutable=True)
    data["q"] = q
    for key, values in params.items():
        data.setlist(key, values if isinstance(values, list) else [values])
    return search_resources(data, per_page=100)


def slugs(q: str, **params) -> list[str]:
    return [r.slug for r in search(q, **params).items]


GEFLUECHTETE = [
    "geas-sgb", "kein-ort", "bumf-umfrage", "brj-ankommen", "unicef-leben", "18-und-dann",
    "kindergeld", "dijuf-kjsg", "werkbuch", "endres", "mindeststandards", "gewaltschutz",
    "jugendberufshilfe", "baff-box", "wiesinger", "aks", "leitfaden", "dji-ankommen",
    "registrieren", "therapie", "neu-anfangen", "film",
    # The source misspells it in the title ("Junge Gefüchtete"): found, below every exact hit.
    "pflegekinder",
]  # fmt: skip
UNTERKUNFT = [
    # "Unterkünften" as a whole word in the title first, then as part of a compound
    # ("Flüchtlingsunterkünften"), each newest first.
    "unicef-leben", "gewaltschutz", "mindeststandards", "baff-box", "staerkung", "wartezustand",
]  # fmt: skip
PARAGRAPH_41 = ["wiesinger", "dein-gutes-recht", "kjsg-themenseite", "junge-volljaehrige"]

RELEVANCE_TABLE = [
    ("Geflüchtete", GEFLUECHTETE),
    ("Gefluechtete", GEFLUECHTETE),
    ("Gefluchtete", GEFLUECHTETE),
    ("Unterkunft", UNTERKUNFT),
    ("Unterkünften", UNTERKUNFT),
    ("Vormund", ["vormundschaft"]),
    ("Hilfeplan", ["hilfeplan"]),
    ("§ 41 SGB VIII", PARAGRAPH_41),
    ("§41 SGB 8", PARAGRAPH_41),  # the book as people type it
    # Without the law's name, the title hits are the same; the two topic-only hits follow
    # newest first.
    ("§41", ["wiesinger", "dein-gutes-recht", "junge-volljaehrige", "kjsg-themenseite"]),
    ("Paragraph 41", ["wiesinger", "dein-gutes-recht", "junge-volljaehrige", "kjsg-themenseite"]),
    ('"kein Ort für Kinder"', ["kein-ort"]),
    ("Kindergeld OR Geburtsurkunde", ["kindergeld", "dimr-geburtsurkunde", "basiswissen-geburt", "registrieren"]),
    ("unterkunft*", ["unicef-leben", "gewaltschutz"]),
    ("Trauma Schule", ["trauma-schule"]),
    ("Asyl-Verfahren", ["asyl-rieger", "endres"]),
    ("Asylverfahren", ["asyl-rieger", "endres"]),
    ("GEAS Anpassungsgesetz", ["geas-anpassung", "dimr-geas"]),
    ("GEAS-Anpassungsgesetz", ["geas-anpassung", "dimr-geas"]),
    ("Jugendhilfe Thüringen", ["megafon"]),
    ("Geburtsurkunde", ["dimr-geburtsurkunde", "basiswissen-geburt", "registrieren"]),
    ("Geburtsurkunde -Themenseite", ["dimr-geburtsurkunde", "registrieren"]),
    ("Studie Flüchtlingsunterkünften", ["wartezustand", "staerkung"]),
    ("Jugendhilfe Checkliste", ["checkliste"]),
    ("refugees", ["registrieren", "bptk"]),
    # Gender-inclusive forms, as written ("Erzieher*innen") or either form alone. (Snowball
    # stems Erzieher, Erzieherinnen and Erziehung alike: the title hit on "Erziehung" first.)
    ("Erzieher*innen", ["ism-hze", "handlungsanleitung"]),
    ("Erzieherinnen", ["ism-hze", "handlungsanleitung"]),
    ("Erzieher:innen", ["ism-hze", "handlungsanleitung"]),
    ("Pädagoginnen", ["trauma-schule"]),
    ("BumF Vormundschaft", ["vormundschaft"]),
    ("Schnösel", []),
    # Coordination ellipsis, expanded when indexing: the full words are found.
    ("Familiennachzug", ["nachzug"]),
    ("Elternnachzug", ["nachzug"]),
    ("Migrationserfahrung", ["nzfh", "fluchterfahrung"]),
    ("Vorname", ["namen"]),
    # "Kinder- und Jugendhilfe" holds "Kinderhilfe" (title), the Kinderhilfswerk a part.
    ("Kinderhilfe", ["ism-hze", "staerkung", "sgb8", "asyl-rieger"]),
    # Plurals Snowball leaves apart.
    ("Rückführungszentrum", ["rueckfuehrung"]),
    ("Rückführungszentren", ["rueckfuehrung"]),
    # The year is a term; link labels in other languages are searchable as written.
    ("UNICEF 2017", ["staerkung", "wartezustand"]),
    ("newborn", ["registrieren"]),
    ("refugee parents", ["bptk"]),
    # Typos in the query (from five letters; two from nine).
    ("Vormundschft", ["vormundschaft"]),
    ("Vormundshaft", ["vormundschaft"]),
    ("Kinderrechtskonvension", ["un-krk"]),
    ("UNICEF Kinderrechtskonvension", ["un-krk"]),
    # Synonyms kept by editors (initial entries of migration 0006).
    ("KJSG", ["kjsg-themenseite", "dijuf-kjsg"]),
    ("Kinder- und Jugendstärkungsgesetz", ["kjsg-themenseite", "dijuf-kjsg"]),
    ("Careleaver", ["hilfeplan", "dein-gutes-recht"]),
    ("Care Leaver", ["hilfeplan", "dein-gutes-recht"]),
]  # fmt: skip


@pytest.mark.parametrize(("q", "expected"), RELEVANCE_TABLE, ids=[q for q, _ in RELEVANCE_TABLE])
def test_relevance_table(corpus, q, expected):
    assert slugs(q) == expected


@pytest.mark.parametrize(
    ("typed", "meant"), [("Flüchtlnge", "Flüchtlinge"), ("Flüchltinge", "Flüchtlinge")]
)
def test_a_misspelt_word_finds_what_the_word_finds(corpus, typed, meant):
    # Including the compounds holding it ("Flüchtlingseltern"), as the word itself does.
    assert set(slugs(typed)) == set(slugs(meant))


@pytest.mark.parametrize("in_memory", [True, False])
def test_a_misspelt_word_in_a_title_ranks_above_one_in_a_description(settings, in_memory):
    from resources.search.index import reindex_resources
    from tests.factories import make_resource

    settings.SEARCH_IN_MEMORY = in_memory
    make_resource("Handreichung", description="Über Ergänzungspflegschaft", pub_year=2024)
    make_resource("Ergänzungspflegschaft für Jugendliche", pub_year=2010)
    reindex_resources()
    assert [r.title for r in search("Ergänzungspflegshaft").items] == [
        "Ergänzungspflegschaft für Jugendliche",
        "Handreichung",  # newer, but the word is only in its description
    ]


def test_words_joined_by_a_slash_find_either(corpus):
    assert slugs("Kindergeld/Geburtsurkunde") == slugs("Kindergeld OR Geburtsurkunde")
    assert slugs("Kindergeld/Geburtsurkunde")


def test_a_text_that_writes_the_book_as_a_number_is_found_as_the_statutes_write_it():
    from resources.search.index import reindex_resources
    from tests.factories import make_resource

    make_resource("Nachweisformular für Leistungen nach SGB 8")
    reindex_resources()
    result = search("Nachweisformular SGB VIII")
    assert result.corrected_from == ""  # found as typed, not by leaving "VIII" out
    assert [r.title for r in result.items] == ["Nachweisformular für Leistungen nach SGB 8"]


def test_compound_parts_find_longer_words(corpus):
    hits = slugs("hilfe")
    assert {"sgb8", "megafon", "jugendberufshilfe"} <= set(hits)  # Jugendhilfe, Jugendberufshilfe
    # Title hits as a whole word ("Hilfen") rank above parts of compounds ("Jugendhilfe").
    assert hits.index("nzfh") < hits.index("sgb8")


def test_drafts_are_never_found(corpus):
    assert "draft-damaged" not in slugs("Geburtsurkunde")


def test_synonyms_find_the_same_resources_whichever_form_is_typed(corpus):
    found = slugs("UMF")
    assert found == slugs("umA") == slugs("unbegleitete minderjährige Flüchtlinge")
    assert "vormundschaft" in found  # "Vormundschaft von UMF"
    assert "toolbox" in found  # "Unbegleitete Minderjährige" … by the BumF


def test_a_synonym_edited_in_the_admin_applies_to_the_next_search(corpus):
    from resources.models import SearchSynonym

    assert slugs("Schnösel") == []
    SearchSynonym.objects.create(terms="Schnösel\nKindergeld")
    assert slugs("Schnösel") == ["kindergeld"]


def test_nothing_found_shows_the_results_of_the_correction(corpus):
    result = search("Ortz")  # four letters: no typo allowed when matching, but corrected
    assert result.corrected_from == "Ortz"
    assert result.suggestion.text == "ort"
    assert "kein-ort" in [r.slug for r in result.items]


def test_nothing_found_shows_the_results_without_the_words_no_resource_holds(corpus):
    result = search("Vormundschaft Schnösel")
    assert result.corrected_from == "Vormundschaft Schnösel"
    assert result.left_out == ["Schnösel"]
    assert result.suggestion.text == "Vormundschaft"
    assert [r.slug for r in result.items] == slugs("Vormundschaft")
    result = search("§ 99z SGB VIII")  # no such provision in the library: the law's hits
    assert result.left_out == ["§ 99z"]
    assert [r.slug for r in result.items] == slugs("SGB VIII")


def test_words_found_only_apart_show_what_holds_most_of_them_first(corpus):
    result = search("Geburtsurkunde Trauma Schule")
    assert result.corrected_from == "Geburtsurkunde Trauma Schule"
    assert result.left_out == []
    assert result.suggestion.text == "Geburtsurkunde OR Trauma OR Schule"
    found = [r.slug for r in result.items]
    assert set(found) == set(slugs("Geburtsurkunde")) | set(slugs("Trauma")) | set(slugs("Schule"))
    # Holding two of the words ranks above holding one.
    assert found[0] == "trauma-schule"


@pytest.mark.parametrize(
    ("q", "instead", "left_out"),
    [
        # The visitor's own spelling, a hyphenated word whole, a typed OR kept.
        ("Asyl-Verfahren Geburtsurkunde", "Asyl-Verfahren OR Geburtsurkunde", []),
        ("Kindergeld OR Geburtsurkunde Trauma", "Kindergeld OR Geburtsurkunde OR Trauma", []),
        ("unterkunft* Trauma", "unterkunft* OR Trauma", []),
        ('"Schnösel Quatschwort" Trauma', "Trauma", ['"Schnösel Quatschwort"']),
        # Words a synonym joins stay as typed (the synonym is added again when searching).
        (
            "unbegleitete minderjährige Flüchtlinge Schnösel",
            "unbegleitete minderjährige Flüchtlinge",
            ["Schnösel"],
        ),
    ],
)
def test_the_search_instead_is_written_as_the_visitor_wrote_it(corpus, q, instead, left_out):
    from resources.models import SearchSynonym

    SearchSynonym.objects.create(terms="UMF\nunbegleitete minderjährige Flüchtlinge")
    result = search(q)
    assert result.corrected_from == q
    assert (result.suggestion.text, result.left_out) == (instead, left_out)
    assert result.items


def test_exclusions_are_kept_when_words_are_left_out(corpus):
    result = search("Geburtsurkunde Schnösel -Themenseite")
    assert result.left_out == ["Schnösel"]
    assert [r.slug for r in result.items] == slugs("Geburtsurkunde -Themenseite")


@pytest.mark.parametrize("q", ["Schnösel", "Schnösel Quatschwort"])
def test_no_suggestion_for_unknown_words(corpus, q):
    result = search(q)
    assert result.total == 0
    assert result.suggestion is None
    assert result.corrected_from == ""


def test_title_and_snippet_are_highlighted_and_escaped(corpus):
    result = search("Geflüchtete")
    by_slug = {r.slug: r for r in result.items}
    assert by_slug["kein-ort"].title_html == (
        "Kein Ort für Kinder. Perspektiven junger <mark>Geflüchteter</mark> auf ihre Unterbringung"
    )
    assert "<mark>Geflüchtete</mark>, die gemeinsam" in by_slug["neu-anfangen"].snippet_html
    marked = {r.slug: r for r in search("neu anfangen").items}["neu-anfangen"]
    assert marked.title_html == "Broschüre „<mark>neu anfangen</mark>!“"


def test_highlight_marks_citations_and_compound_parts(corpus):
    result = {r.slug: r for r in search("§ 41 SGB VIII").items}
    assert result["wiesinger"].title_html.startswith(
        "Die Gewährungspraxis von <mark>§ 41 SGB VIII</mark>"
    )
    result = {r.slug: r for r in search("Unterkunft").items}
    assert "<mark>Flüchtlingsunterkünften</mark>" in result["staerkung"].title_html
