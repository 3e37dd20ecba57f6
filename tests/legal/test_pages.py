import datetime
import json
import re

import pytest

from legal import services
from legal.models import AmendingAct

from .conftest import footnote

D = datetime.date
pytestmark = pytest.mark.django_db


def grow(statute, n: int) -> None:
    """Adds n footnotes with n new provisions and n new acts: a bigger statute."""
    text = "".join(
        footnote(
            str(100 + i),
            f"§ {200 + i}: Absatz 1 geändert und Absatz 2 angefügt durch Gesetz vom "
            f"{1 + i % 28}. März 2022 (GV. NRW. S. {1000 + i}), in Kraft getreten am 1. Mai 2022.",
        )
        for i in range(n)
    )
    services.footnotes_import(statute=statute, text=text)


def test_statute_page_lists_provisions_in_natural_order(client, hg):
    response = client.get("/recht/hg-nrw/")
    assert response.status_code == 200
    html = response.content.decode()
    labels = re.findall(
        r'<th scope="row"><a href="/recht/hg-nrw/vorschrift/[^"]+/">(§ [^<]+)</a>', html
    )
    wanted = ["§ 7", "§ 7a", "§ 11", "§ 11a", "§ 11b", "§ 82a"]
    positions = [labels.index(label) for label in wanted]
    assert positions == sorted(positions)
    assert "Hochschulgesetz" in html


def test_statute_page_has_a_chart_with_a_table_alternative(client, hg):
    html = client.get("/recht/hg-nrw/").content.decode()
    assert '<svg class="legal-chart" direction="ltr" role="img"' in html
    assert "<caption>Änderungen je Jahr</caption>" in html
    # 2019: the big reform, Fn 1 note plus all targeted changes that took effect 1 October.
    assert re.search(r'<th scope="row">2019</th><td class="num">\d{3}</td>', html)
    assert "<script" not in html.split("<main")[1]


def test_changed_since_filter_includes_later_acts_reaching_back(client, hg):
    html = client.get("/recht/hg-nrw/", {"seit": "2023-06-01"}).content.decode()
    assert "§ 67b Absatz 1" in html  # effective 1.1.2023, but published 29.8.2023
    assert "§ 31a Absatz 4" in html
    assert "§ 20 Absatz 3<" not in html


def test_search_by_citation(client, hg):
    html = client.get("/recht/hg-nrw/", {"q": "§ 31a"}).content.decode()
    assert "/recht/hg-nrw/vorschrift/31a/" in html
    assert "§ 31b" not in html
    html = client.get("/recht/hg-nrw/", {"q": "§ 20 Abs. 5"}).content.decode()
    assert "/recht/hg-nrw/vorschrift/20-4/" in html
    html = client.get("/recht/hg-nrw/", {"q": "§ 999"}).content.decode()
    assert "Keine Vorschrift „§ 999“ gefunden." in html


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("/recht/hg-nrw/?seit=2021-02-31", "den 31.02.2021 gibt es nicht"),
        ("/recht/hg-nrw/?seit=gestern", "„seit“ muss ein Datum"),
        ("/recht/hg-nrw/?q=Paragraph+drei", "Suche nach einer Vorschrift"),
        ("/recht/hg-nrw/stand/?datum=31.02.2020", "den 31.02.2020 gibt es nicht"),
        ("/recht/hg-nrw/stand/?datum=2020-01-01&page=x", "„page“"),
    ],
)
def test_bad_query_strings_get_a_400_naming_the_problem(client, hg, url, message):
    response = client.get(url)
    assert response.status_code == 400
    assert message in response.content.decode()


def test_provision_history_follows_renumbering(client, hg):
    html = client.get("/recht/hg-nrw/vorschrift/20-4/").content.decode()
    assert '<h1><bdi lang="de">§ 20 Absatz 5 HG NRW</bdi></h1>' in html
    assert "§ 20 Absatz 4 (alt)" in html
    assert "umbenannt in" in html
    assert "01.07.2016" in html


def test_paragraph_history_includes_its_absaetze(client, hg):
    html = client.get("/recht/hg-nrw/vorschrift/82a/").content.decode()
    for verb in ["eingefügt", "aufgehoben", "neu eingefügt"]:
        assert f'<span class="legal-op">{verb}</span>' in html
    assert "§ 84 Absatz 6" in html
    assert "§ 82a Absatz 1" in html


def test_act_page_lists_everything_the_act_changed(client, hg):
    act = AmendingAct.objects.get(date=D(2023, 8, 29))
    html = client.get(act.get_absolute_url()).content.decode()
    assert "Gesetz vom 29. August 2023 (GV. NRW. S. 1072)" in html
    assert "§ 67b Absatz 1" in html
    assert "§ 31 Absatz 6" in html
    assert "mit Wirkung vom" in html


def test_point_in_time_view(client, hg):
    html = client.get("/recht/hg-nrw/stand/", {"datum": "2016-08-01"}).content.decode()
    assert "Stand am" in html
    assert ">§ 39a<" in html
    assert ">§ 7a<" in html
    assert ">§ 82a<" not in html
    assert "rückwirkend in Kraft gesetzt" in html  # Artikel 3 of the 7 April 2017 act
    html = client.get("/recht/hg-nrw/stand/", {"datum": "2014-01-01"}).content.decode()
    assert "galt das Gesetz noch nicht" in html


def test_api_statute_and_point_in_time(client, hg):
    data = client.get("/api/recht/hg-nrw/").json()
    assert data["statute"]["abbreviation"] == "HG NRW"
    keys = [p["key"] for p in data["provisions"]]
    assert keys.index("7") < keys.index("7a") < keys.index("11") < keys.index("11a")
    state = client.get("/api/recht/hg-nrw/stand/", {"datum": "2021-11-01"}).json()
    labels = {p["label"] for p in state["provisions"]}
    assert "§ 82a" not in labels
    assert "§ 82" in labels
    changes = client.get("/api/recht/hg-nrw/aenderungen/", {"seit": "2023-06-01"}).json()
    assert {e["target"] for e in changes["events"]} >= {"§ 67b Absatz 1", "§ 31a Absatz 4"}
    history = client.get("/api/recht/hg-nrw/vorschrift/20-4/").json()
    assert [p["label"] for p in history["labels"]] == ["§ 20 Absatz 4", "§ 20 Absatz 5"]
    act = AmendingAct.objects.get(date=D(2019, 7, 12))
    data = client.get(f"/api/recht/aenderungsgesetz/{act.pk}/").json()
    assert data["act"]["correction_page"] == "593"


def test_api_bad_date_is_a_json_400(client, hg):
    response = client.get("/api/recht/hg-nrw/stand/", {"datum": "2021-13-01"})
    assert response.status_code == 400
    assert "gibt es nicht" in json.loads(response.content)["error"]


PAGES = [
    "/recht/",
    "/recht/hg-nrw/",
    "/recht/hg-nrw/?seit=2019-01-01",
    "/recht/hg-nrw/?q=§+20",
    "/recht/hg-nrw/stand/?datum=2022-06-01",
    "/recht/hg-nrw/vorschrift/20/",
    "/api/recht/hg-nrw/",
    "/api/recht/hg-nrw/aenderungen/?seit=2019-01-01",
    "/api/recht/hg-nrw/stand/?datum=2022-06-01",
    "/api/recht/hg-nrw/vorschrift/20/",
]


@pytest.mark.parametrize("url", [*PAGES, "act"])
def test_pages_make_the_same_bounded_number_of_queries_at_two_sizes(
    client, hg, url, django_assert_max_num_queries
):
    if url == "act":
        url = AmendingAct.objects.get(date=D(2019, 7, 12)).get_absolute_url()
    counts = []
    for size in (0, 60):
        if size:
            grow(hg, size)
        with django_assert_max_num_queries(8) as captured:
            assert client.get(url).status_code == 200
        counts.append(len(captured))
    assert counts[0] == counts[1]


def test_editorial_note_is_for_staff_only(client, editor_client, hg):
    hg.description = "Wofür das Gesetz gilt."
    hg.editorial_note = "Annahme: Titel aus den Fundstellen abgeleitet."
    hg.save()
    assert "Annahme" not in client.get("/recht/hg-nrw/").content.decode()
    assert "Annahme" not in json.dumps(client.get("/api/recht/hg-nrw/").json())
    admin = editor_client.get(f"/admin/legal/statute/{hg.pk}/change/").content.decode()
    assert "Annahme: Titel aus den Fundstellen abgeleitet." in admin


def test_demo_statute_keeps_its_assumption_out_of_the_public_description():
    from legal.demo import STATUTE

    assert "Annahme" not in STATUTE["description"]
    assert STATUTE["editorial_note"].startswith("Annahme:")


def test_point_in_time_without_changes_says_so_plainly(client, hg):
    html = client.get("/recht/hg-nrw/stand/?datum=2015-01-01").content.decode()
    assert "Bis zum 1. Januar 2015 wurde nichts geändert" in html
    assert "am 1. Oktober 2014 in Kraft getreten" in html
    assert "Änderungen, die an diesem Tag galten" not in html


def test_point_in_time_names_the_latest_earlier_change(client, hg):
    html = client.get("/recht/hg-nrw/stand/?datum=2016-08-01").content.decode()
    assert "An diesem Tag selbst trat keine Änderung in Kraft." in html
    assert "Letzte Änderung bis dahin: am 1. Juli 2016" in html
    data = client.get("/api/recht/hg-nrw/stand/?datum=2016-08-01").json()
    assert data["latest_change"]["effective_date"] == "2016-07-01"
    assert data["changes_on_this_day"] == 0


@pytest.mark.parametrize(
    "url",
    ["/recht/hg-nrw/?seit=2021-02-31", "/recht/hg-nrw/stand/?datum=gestern", "/recht/hg-nrw/?q=xx"],
)
def test_bad_request_on_a_statute_page_links_back_to_the_statute(client, hg, url):
    response = client.get(url)
    assert response.status_code == 400
    html = response.content.decode()
    assert 'href="/recht/hg-nrw/">Zurück zu HG NRW</a>' in html
    assert "Zur Übersicht aller Materialien" not in html


def test_acts_list_and_api_agree_and_leave_out_the_original_enactment(client, hg):
    html = client.get("/recht/hg-nrw/").content.decode()
    listed = re.findall(r'<li><a href="/recht/aenderungsgesetz/(\d+)/">', html)
    api = [str(a["id"]) for a in client.get("/api/recht/hg-nrw/").json()["acts"]]
    assert listed == api
    assert len(api) == 15
    assert all(a["kind"] != "stammgesetz" for a in client.get("/api/recht/hg-nrw/").json()["acts"])


def test_migration_moves_assumptions_out_of_public_descriptions(statute):
    from importlib import import_module

    from django.apps import apps

    migration = import_module("legal.migrations.0002_editorial_note_gazette_number_article")
    statute.description = "Wofür das Gesetz gilt.\n\nAnnahme: Titel abgeleitet."
    statute.save()
    migration.move_assumptions_to_editorial_note(apps, None)
    statute.refresh_from_db()
    assert statute.description == "Wofür das Gesetz gilt."
    assert statute.editorial_note == "Annahme: Titel abgeleitet."
