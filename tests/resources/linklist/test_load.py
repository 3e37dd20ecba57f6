"""Importing the link list into the library: what is created, and that a re-run changes nothing."""

import datetime
from pathlib import Path

import pytest
from django.test import TestCase
from django.urls import reverse

from resources.linklist import linklist_import
from resources.models import Organisation, Resource, ResourceLink, Topic
from tests.factories import make_resource

pytestmark = pytest.mark.django_db

SEED = Path(__file__).resolve().parents[3] / "resources/demo_data/junge_gefluechtete_linkliste.txt"
OUTLINE = {
    "sections": [
        {
            "name": "Erster Bereich",
            "region": "bundesweit",
            "target_groups": ["unbegleitete Minderjährige"],
            "audiences": ["Fachkräfte"],
            "topics": [{"heading": "Thema A"}],
        }
    ]
}
DAMAGED = (
    "Thema A\n\nBuMF e.V.: Ein lesbarer Titel [1] (Jul. 2025)\n????? ????? ???? ????? [2] (2020)\n"
)


def import_seed(**kwargs):
    return linklist_import(text=SEED.read_text(encoding="utf-8"), source_name=SEED.name, **kwargs)


def snapshot():
    """Everything a re-import could touch: rows, history rows and modification times."""
    return {
        "resources": sorted(Resource.objects.values_list("pk", "updated_at", "published_at")),
        "links": sorted(ResourceLink.objects.values_list("pk", "url", "label", "position")),
        "organisations": sorted(Organisation.objects.values_list("pk", "updated_at", "kind")),
        "topics": sorted(Topic.objects.values_list("pk", "slug", "parent_id")),
        "history": (
            Resource.history.count(),
            ResourceLink.history.count(),
            Organisation.history.count(),
        ),
    }


def test_dry_run_reports_but_saves_nothing():
    report = import_seed(dry_run=True)
    assert report.resources.created == 114
    assert "PROBELAUF" in report.as_text()
    assert Resource.objects.count() == Topic.objects.count() == Organisation.objects.count() == 0


def test_damaged_title_is_an_unpublished_draft_flagged_for_review(client):
    report = linklist_import(text=DAMAGED, source_name="kaputt.txt", outline=OUTLINE)
    draft = Resource.objects.get(links__source_marker=2)
    assert draft.status == Resource.Status.DRAFT
    assert draft.needs_review
    assert "beschädigt" in draft.review_note
    assert "Zeile 4" in draft.review_note
    assert [f.line for f in report.flagged] == [4]
    assert "Zeile 4" in report.as_text()
    assert client.get(draft.get_absolute_url()).status_code == 404
    readable = Resource.objects.get(links__source_marker=1)
    assert client.get(readable.get_absolute_url()).status_code == 200
    assert draft not in Resource.objects.published()
    assert draft.slug not in client.get(reverse("resources:list")).content.decode()


def test_changed_source_updates_and_keeps_the_publication_time():
    linklist_import(text=DAMAGED, source_name="a.txt", outline=OUTLINE)
    resource = Resource.objects.get(links__source_marker=1)
    published_at = resource.published_at
    changed = DAMAGED.replace("(Jul. 2025)", "(Aug. 2025)")
    report = linklist_import(text=changed, source_name="a.txt", outline=OUTLINE)
    resource.refresh_from_db()
    assert resource.pub_month == 8
    assert resource.published_at == published_at
    assert report.resources.updated == 1
    assert report.resources.unchanged == 1


def test_what_an_editor_changed_is_not_overwritten(editor):
    linklist_import(text=DAMAGED, source_name="a.txt", outline=OUTLINE)
    resource = Resource.objects.get(links__source_marker=1)
    resource.title = "Von der Redaktion verbessert"
    resource._history_user = editor
    resource.save()
    report = linklist_import(text=DAMAGED, source_name="a.txt", outline=OUTLINE)
    resource.refresh_from_db()
    assert resource.title == "Von der Redaktion verbessert"
    assert [f.line for f in report.skipped_edited] == [3]


def test_a_url_already_used_elsewhere_does_not_crash_the_import():
    make_resource("Schon da", links=["https://www.dein-megafon.de/"])
    report = import_seed()
    megafon = Resource.objects.get(links__source_marker=100)
    assert megafon.links.get(source_marker=100).url == ""
    assert any("Schon da" in w.reason for w in report.warnings)
    assert ResourceLink.objects.filter(url="https://www.dein-megafon.de/").count() == 1


def test_the_same_url_twice_in_one_source_is_kept_once():
    text = (
        "Thema A\n\n"
        "BuMF e.V.: Jugendberufshilfe für junge Geflüchtete [1] (2020)\n"
        "BuMF e.V.: Jugendberufshilfe Teil 2 [2] (2021)\n\n"
        "https://example.org/jugendberufshilfe.pdf\n\n"
        "Nachtrag: weiterer Hinweis zu Jugendberufshilfe [3] (2022)\n\n"
        "https://example.org/jugendberufshilfe.pdf\n"
    )
    report = linklist_import(text=text, source_name="doppelt.txt", outline=OUTLINE)
    assert ResourceLink.objects.filter(url="https://example.org/jugendberufshilfe.pdf").count() == 1
    assert report.links_with_url == 1


def test_renamed_entry_keeps_its_resource_and_removed_entries_are_reported():
    text = (
        "Thema A\n\n"
        "BuMF e.V.: Jugendberufshilfe für junge Geflüchtete [1] (2020)\n"
        "BuMF e.V.: Ein anderes Material [2] (2021)\n\n"
        "https://example.org/jugendberufshilfe.pdf\n"
    )
    linklist_import(text=text, source_name="a.txt", outline=OUTLINE)
    original = Resource.objects.get(links__source_marker=1)
    renamed = text.replace("Jugendberufshilfe für junge", "Jugendberufshilfe für alle jungen")
    renamed = renamed.replace("BuMF e.V.: Ein anderes Material [2] (2021)\n", "")
    report = linklist_import(text=renamed, source_name="a.txt", outline=OUTLINE)
    original.refresh_from_db()
    assert original.title == "Jugendberufshilfe für alle jungen Geflüchtete"
    assert Resource.objects.count() == 2
    assert report.resources.updated == 1
    assert [f.text for f in report.gone] == ["Ein anderes Material"]
    assert "nicht mehr in der Quelle" in report.as_text()


class SeedImportTests(TestCase):
    """The seed imported once per class; each test runs in its own rolled-back transaction."""

    @classmethod
    def setUpTestData(cls):
        cls.report = import_seed()

    def test_seed_import_creates_the_library(self):
        report = self.report
        assert report.items == 114
        assert report.resources.created == Resource.objects.count() == 114
        assert report.links.created == ResourceLink.objects.count() == 137
        assert report.links_with_url == 15
        assert report.links_without_url == 122
        assert Resource.objects.published().count() == 114
        assert report.unplaced[0].line == 11

        sections = Topic.objects.filter(parent=None)
        assert sections.count() == 7
        assert Topic.objects.get(slug="unbegleitete-minderjaehrige").children.count() == 3
        assert Topic.objects.filter(parent__isnull=False).count() == 21

        announced = Resource.objects.get(links__source_marker=19)
        assert announced.availability_note == "ab Sept. 2026"
        assert announced.highlighted
        assert announced.available_from == datetime.date(2026, 9, 1)

    def test_publisher_spellings_give_one_organisation_and_authors_are_kept_apart(self):
        bumf = Organisation.objects.get(short_name="BumF")
        assert bumf.resources.count() >= 20
        assert not Organisation.objects.filter(name__icontains="B-umF").exists()
        assert Organisation.objects.get(name="González Méndez de Vigo").kind == "author"
        assert Organisation.objects.filter(name__in=["UNICEF", "Unicef"]).count() == 1

    def test_address_sections_become_counselling_organisations_and_address_resources(self):
        thuringia = Topic.objects.get(slug="adressen-in-thueringen")
        addresses = Resource.objects.filter(topics=thuringia)
        assert addresses.count() == 6
        assert set(addresses.values_list("resource_type", flat=True)) == {"adresse"}
        assert set(addresses.values_list("region", flat=True)) == {"thueringen"}
        centre = Organisation.objects.get(name="Careleaver-Zentrum Thüringen")
        assert centre.kind == "counselling"
        assert centre.website == "https://www.careleaver-zentrum-thueringen.de/"
        megafon = Resource.objects.get(links__source_marker=100)
        assert (
            megafon.topics.count() == 2
        )  # Leaving Care › Beratung in Thüringen, and the addresses
        assert megafon.links.count() == 5
        nationwide = Resource.objects.filter(topics__slug="adressen-bundesweit")
        assert nationwide.count() == 8
        assert Organisation.objects.get(short_name="AGJ").kind == "network"

    def test_damaged_language_labels_are_flagged_on_the_link_not_the_title(self):
        report = self.report
        guide = Resource.objects.get(links__source_marker=71)
        assert guide.status == Resource.Status.PUBLISHED
        damaged = guide.links.filter(label_damaged=True)
        assert sorted(damaged.values_list("source_marker", flat=True)) == [72, 73, 75, 76]
        assert all(link.display_label == guide.title for link in damaged)
        assert "[72] uk" in guide.review_note
        assert len(report.damaged_labels) == 6

    def test_second_run_changes_nothing(self):
        first = self.report
        before = snapshot()
        second = import_seed()
        assert snapshot() == before
        assert second.resources.created == second.resources.updated == 0
        assert second.resources.unchanged == first.resources.created
        assert second.links.unchanged == first.links.created
        assert second.organisations.changed == second.topics.changed == 0
        assert not second.changed
        assert [str(f) for f in second.unplaced] == [str(f) for f in first.unplaced]

    def test_target_groups_and_audiences_come_from_section_and_words(self):
        flyer = Resource.objects.get(links__source_marker=95)
        assert set(flyer.audiences.values_list("name", flat=True)) == {
            "Fachkräfte",
            "junge Geflüchtete",
        }
        assert "junge Volljährige / Care Leaver" in flyer.target_groups.values_list(
            "name", flat=True
        )
        school = Resource.objects.get(links__source_marker=61)
        assert "Lehrkräfte und Schulen" in school.audiences.values_list("name", flat=True)
        assert school.region == "thueringen"
        parents = Resource.objects.get(links__source_marker=78)
        assert "Eltern" in parents.audiences.values_list("name", flat=True)

    def test_imported_pages_show_no_damaged_text(self):
        guide = Resource.objects.get(links__source_marker=71)
        page = self.client.get(guide.get_absolute_url())
        assert page.status_code == 200
        html = page.content.decode()
        assert "Ratgeber für Flüchtlingseltern" in html
        assert "???" not in html
        address = Resource.objects.get(links__source_marker=99)
        assert self.client.get(address.get_absolute_url()).status_code == 200

    def test_damaged_labels_are_replaced_by_the_german_title_marked_as_german(self):
        guide = Resource.objects.get(links__source_marker=71)
        html = self.client.get(guide.get_absolute_url()).content.decode()
        # The Farsi and Arabic labels are unreadable: the German title stands in, marked German.
        assert html.count(f'<span lang="de" dir="ltr">{guide.title}</span>') >= 4
        # (The language switcher names Arabic and Farsi right to left; the material does not.)
        main = html.split('<main id="main"', 1)[1]
        assert 'dir="rtl"' not in main

    def test_imported_resources_are_searchable_without_a_manual_rebuild(self):
        response = self.client.get(reverse("resources_api:list"), {"q": "Unterkünften"})
        titles = [item["title"] for item in response.json()["items"]]
        assert any("Unterkünfte" in title or "Unterkunft" in title for title in titles), titles
        response = self.client.get(reverse("resources_api:list"), {"q": "Careleaver Thüringen"})
        assert "Careleaver-Zentrum Thüringen" in [i["title"] for i in response.json()["items"]]


def test_an_address_that_moves_to_another_link_of_the_resource_does_not_collide():
    first = (
        "Thema A\n\nBuMF e.V.: Checkliste (lang) [1] / Checkliste (kurz) [2] (2018)\n\n"
        "https://example.org/lange-checkliste.pdf\n"
    )
    linklist_import(text=first, source_name="a.txt", outline=OUTLINE)
    swapped = first.replace(
        "(lang) [1] / Checkliste (kurz) [2]", "(kurz) [1] / Checkliste (lang) [2]"
    )
    linklist_import(text=swapped, source_name="a.txt", outline=OUTLINE)
    resource = Resource.objects.get()
    assert dict(resource.links.values_list("source_marker", "url")) == {
        1: "",
        2: "https://example.org/lange-checkliste.pdf",
    }
