import datetime

import pytest
from django.db.models import F

from legal import selectors, services
from legal.footnotes import normalise
from legal.models import AmendingAct, AmendmentEvent, Footnote, Provision, ProvisionPeriod

from .conftest import footnote

D = datetime.date
pytestmark = pytest.mark.django_db


def test_seed_import_stores_every_event_and_act(hg):
    assert hg.footnotes.count() == 51
    assert AmendmentEvent.objects.filter(statute=hg).count() == 282
    # 14 amending acts, the statute's own expiry clause (§ 84 Absatz 6) and the original text.
    assert AmendingAct.objects.count() == 16
    hg.refresh_from_db()
    assert hg.stand == D(2024, 3, 16)
    assert hg.in_force_since == D(2014, 10, 1)


def test_importing_the_same_file_again_changes_nothing(hg, seed_text):
    before = list(AmendmentEvent.objects.order_by("pk").values_list("pk", flat=True))
    provisions = list(Provision.objects.order_by("pk").values_list("pk", "key", "label"))
    report = services.footnotes_import(statute=hg, text=seed_text)
    assert (report.created, report.updated, report.unchanged, report.events) == (0, 0, 51, 0)
    assert list(AmendmentEvent.objects.order_by("pk").values_list("pk", flat=True)) == before
    assert list(Provision.objects.order_by("pk").values_list("pk", "key", "label")) == provisions


def test_a_file_with_one_damaged_footnote_stores_nothing(statute, seed_text):
    damaged = seed_text.replace("§ 9: Absatz 1 geändert", "§ 9: Absatz 1 verschoben")
    with pytest.raises(services.ImportRejected) as exc:
        services.footnotes_import(statute=statute, text=damaged)
    assert any("Fn 16" in str(p) and "verschoben" in str(p) for p in exc.value.report.problems)
    assert "Zeile" in str(exc.value.report.problems[0])
    assert Footnote.objects.count() == 0
    assert AmendmentEvent.objects.count() == 0
    assert AmendingAct.objects.count() == 0


def test_changed_footnote_replaces_its_events_and_keeps_the_others(hg, seed_text):
    changed = seed_text.replace(
        "§ 81a eingefügt durch Gesetz vom 15. Dezember 2016",
        "§ 81a und § 81b eingefügt durch Gesetz vom 15. Dezember 2016",
    )
    report = services.footnotes_import(statute=hg, text=changed)
    assert (report.updated, report.unchanged, report.events) == (1, 50, 2)
    assert hg.provisions.filter(label="§ 81b").exists()


def test_regenerated_from_the_database_for_every_footnote(hg):
    for note in hg.footnotes.all():
        assert normalise(services.footnote_regenerate(footnote=note)) == normalise(note.raw_text)


def test_provision_keeps_its_identity_when_renumbered(hg):
    old_four = hg.provisions.get(key="20-4")
    assert old_four.label == "§ 20 Absatz 5"
    assert list(
        old_four.periods.order_by(F("valid_from").asc(nulls_first=True)).values_list(
            "label", "valid_from", "valid_until"
        )
    ) == [
        ("§ 20 Absatz 4", None, D(2016, 7, 1)),
        ("§ 20 Absatz 5", D(2016, 7, 1), None),
    ]
    new_four = hg.provisions.get(label="§ 20 Absatz 4")
    assert new_four.key != old_four.key
    verbs = list(new_four.events.order_by("effective_date").values_list("verb", "effective_date"))
    assert verbs == [("eingefügt", D(2016, 7, 1)), ("geändert", D(2019, 10, 1))]


def test_paragraph_renumbering_and_repeal(hg):
    assert hg.provisions.get(key="11b").label == "§ 11a"
    assert hg.provisions.get(key="11a").exists_now is False
    assert hg.provisions.get(key="7a").exists_now is False


def test_repealed_and_reinserted_provision_has_two_periods(hg):
    periods = ProvisionPeriod.objects.filter(provision__statute=hg, provision__key="82a")
    assert list(
        periods.order_by(F("valid_from").asc(nulls_first=True)).values_list(
            "valid_from", "valid_until"
        )
    ) == [
        (D(2020, 4, 15), D(2021, 10, 1)),
        (D(2021, 12, 1), None),
    ]


def test_point_in_time_knows_which_provisions_existed(hg):
    def labels(day):
        state = selectors.statute_point_in_time(statute=hg, day=day)
        return {p.label for p in state.periods}

    before, after = labels(D(2016, 6, 30)), labels(D(2016, 8, 1))
    assert "§ 39a" not in before
    assert "§ 39a" in after
    assert "§ 20 Absatz 6" not in before
    assert "§ 20 Absatz 6" in after
    assert "§ 7a" in after
    assert "§ 7a" not in labels(D(2018, 1, 1))
    assert "§ 82a" in labels(D(2021, 9, 30))
    assert "§ 82a" not in labels(D(2021, 11, 1))
    assert "§ 82a" in labels(D(2022, 1, 1))


def test_hand_edit_is_flagged_kept_in_history_and_survives_reimport(hg, seed_text):
    event = AmendmentEvent.objects.get(statute=hg, footnote__label="7")
    event.effective_date = D(2016, 12, 29)
    services.event_record_hand_edit(event=event)
    event.refresh_from_db()
    assert event.edited_by_hand
    assert event.history.count() == 2
    assert event.history.earliest().effective_date == D(2016, 12, 28)
    services.footnotes_import(statute=hg, text=seed_text)
    event.refresh_from_db()
    assert event.effective_date == D(2016, 12, 29)


def test_import_of_a_single_other_statute_footnote(statute):
    text = footnote(
        "1",
        "§ 3 Absatz 1 Nummer 4 eingefügt durch Artikel 2 der Verordnung vom 3. Mai 2022 "
        "(GV. NRW. S. 12), in Kraft getreten am 1. Juni 2022.",
    )
    report = services.footnotes_import(statute=statute, text=text)
    assert report.events == 1
    act = AmendingAct.objects.get()
    assert act.get_kind_display() == "Verordnung"
    assert statute.provisions.get(label="§ 3 Absatz 1").events.count() == 1


def test_citation_and_remark_notes_are_stored_without_events(statute):
    text = (
        footnote("1", "GV. NW. 1984 S. 663; in Kraft getreten am 1. Januar 1985.")
        + footnote("2", "gegenstandslos.")
        + footnote("3", "Hier nicht abgedruckt.")
        + footnote(
            "4",
            "§ 2 Abs. 1 geändert durch Art. 3 d. Gesetzes v. 18.5.2004 (GV. NRW. S. 248); "
            "in Kraft getreten am 1. Juni 2004.",
        )
    )
    report = services.footnotes_import(statute=statute, text=text)
    assert report.problems == []
    assert (report.footnotes, report.events) == (4, 2)
    assert list(statute.events.values_list("operation", flat=True)) == ["enactment", "change"]
    assert statute.footnotes.get(label="2").events.count() == 0
    statute.refresh_from_db()
    assert statute.in_force_since == D(1985, 1, 1)
