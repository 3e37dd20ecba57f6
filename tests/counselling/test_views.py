"""Public pages of the guide: content, 404s for unknown slugs, bounded queries, print."""

import pytest
from django.urls import reverse

from counselling.models import Institution
from legal.models import Statute

from .conftest import synthetic_data

pytestmark = pytest.mark.django_db


def test_index_lists_published_institutions_only(client, make_institution):
    make_institution(synthetic_data(3, slug="sichtbar"))
    hidden = make_institution(synthetic_data(3, slug="versteckt"))
    hidden.is_published = False
    hidden.save()
    html = client.get(reverse("counselling:index")).content.decode()
    assert "Synthetische Schule sichtbar" in html
    assert "Synthetische Schule versteckt" not in html
    assert client.get(hidden.get_absolute_url()).status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "/beratung/gibt-es-nicht/",
        "/beratung/gibt-es-nicht/stellen/",
        "/beratung/gibt-es-nicht/konzept/",
        "/beratung/gibt-es-nicht/anlass/mobbing/",
        "/beratung/oberschule-soltau/anlass/gibt-es-nicht/",
        # An occasion of another institution:
        "/beratung/oberschule-soltau/anlass/schule-ausbildung/",
        "/beratung/oberschule-soltau/anlass/%C3%BC/",
    ],
)
def test_unknown_slugs_give_a_404_page(client, demo_loaded, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "Diese Seite gibt es nicht" in response.content.decode()


def test_institution_page_offers_the_seed_occasions_grouped_with_first_contacts(
    client, demo_loaded
):
    html = client.get("/beratung/oberschule-soltau/").content.decode()
    for text in [
        "Mobbing",
        "Probleme im familiären Umfeld",
        "Berufswahl und Übergang Schule–Beruf",
        "Schulbesuch und Schulpflicht",
        "Verdacht auf schwere Störungen",
        "Miteinander und Konflikte",
    ]:
        assert text in html
    assert 'href="/beratung/oberschule-soltau/anlass/mobbing/"' in html
    assert "Präventions- und Interventionsteam" in html  # a first contact for Mobbing


def test_occasion_page_shows_first_contacts_paths_via_and_rule(client, demo_loaded):
    html = client.get("/beratung/oberschule-soltau/anlass/verhalten/").content.decode()
    assert "<h1>Verhalten, emotionale und soziale Entwicklung</h1>" in html
    assert "über die Schulleitung oder das Beratungsteam" in html
    assert "nur mit Einverständnis der ratsuchenden Person" in html
    assert "Schulpsychologie (Celle)" in html
    # Whom a first contact serves and how confidential it is.
    assert "Schülerinnen und Schüler" in html
    assert "Schweigepflicht (Erlass des MK vom 17.11.2006)" in html
    assert 'role="img" aria-labelledby="diagram-title diagram-desc"' in html
    assert '<desc id="diagram-desc">1. Erste Ansprechperson:' in html


def test_staged_child_protection_procedure_is_numbered(client, demo_loaded):
    html = client.get("/beratung/oberschule-soltau/anlass/kindeswohl/").content.decode()
    assert "Stufe 1" in html
    assert "Stufe 2" in html
    assert "Insoweit erfahrene Fachkraft" in html
    assert "anonymisierte Fallberatung" in html


def test_occasion_without_first_contact_says_so(client, make_institution):
    data = synthetic_data(3)
    data["occasion_groups"][0]["occasions"].append({"slug": "verwaist", "name": "Verwaist"})
    institution = make_institution(data)
    html = client.get(f"/beratung/{institution.slug}/anlass/verwaist/").content.decode()
    assert "noch keine direkt ansprechbare Stelle" in html
    assert "<svg" not in html


def test_role_directory_shows_tasks_rooms_and_where_each_refers(client, demo_loaded):
    html = client.get("/beratung/oberschule-soltau/stellen/").content.decode()
    assert 'id="beratungslehrkraft"' in html
    assert "Raum B 0.05" in html
    assert "Raum E1.05" in html
    assert "Kann verweisen an" in html
    assert "Außerhalb der Schule" in html
    assert "Schulmediatorinnen und -mediatoren" in html
    psychology = html[html.index('id="schulpsychologie"') :]
    psychology = psychology[: psychology.index("</article>")]
    assert "nur über einen Verweisweg" in psychology
    assert "Vermittelt von" in psychology
    assert 'href="#schulsekretariat"' in psychology


def test_role_links_to_its_library_organisation(client, demo_loaded):
    html = client.get("/beratung/thueringen/stellen/").content.decode()
    assert "Materialien von" in html
    assert "/ressourcen/" in html


def test_concept_page_shows_principles_legal_basis_adoption_and_next_review(client, demo_loaded):
    # The legal app has SGB VIII but not the KKG: only SGB VIII is linked.
    sgb_viii = Statute.objects.create(
        title="Sozialgesetzbuch Achtes Buch – Kinder- und Jugendhilfe",
        abbreviation="SGB VIII",
        slug="sgb-viii",
    )
    html = client.get("/beratung/oberschule-soltau/konzept/").content.decode()
    assert "Freiwilligkeit" in html
    assert "Grenze:" in html
    assert "25. September 2018" in html
    assert "Gesamtkonferenz" in html
    assert "Nächste Überprüfung" in html
    assert f'<a href="{sgb_viii.get_absolute_url()}">SGB VIII</a>' in html
    assert "KKG:" in html  # no statute page yet: plain text, no link
    assert "08.04.2004" in html
    assert "März 2008" in html
    assert "<caption>" in html


def test_concept_without_adoption_says_no_review_is_scheduled(client, demo_loaded):
    html = client.get("/beratung/thueringen/konzept/").content.decode()
    assert "nicht festgelegt" in html
    assert "redaktionell" in html.lower() or "Redaktion" in html


def test_pages_link_the_print_stylesheet(client, demo_loaded):
    html = client.get("/beratung/oberschule-soltau/anlass/mobbing/").content.decode()
    assert "css/counselling.css" in html
    assert 'media="print"' in html


# Queries per page, whatever the number of roles, occasions and paths.
# The concept page asks the legal app once for all statute links.
QUERY_LIMITS = {"": 1, "/": 5, "/anlass/anlass-0/": 7, "/stellen/": 10, "/konzept/": 4}


@pytest.mark.parametrize("size", [6, 60])
def test_pages_make_a_bounded_number_of_queries(
    client, make_institution, django_assert_max_num_queries, size
):
    institution = make_institution(synthetic_data(size))
    for extra in range(3):
        make_institution(synthetic_data(size // 2 + 1, slug=f"weitere-{extra}"))
    for suffix, limit in QUERY_LIMITS.items():
        url = f"/beratung/{institution.slug}{suffix}" if suffix else "/beratung/"
        with django_assert_max_num_queries(limit):
            response = client.get(url)
        assert response.status_code == 200, url
    assert Institution.objects.count() == 4
