"""One entry's text → title, publishers, links, languages, dates."""

import datetime

from resources.dates import PartialDate

from .snippets import only_item, parse


def test_entry_with_publisher_title_marker_and_date():
    item = only_item("BuMF e.V.: Veröffentlichung der Online-Umfrage 2024 [5] (Juni 2025)\n")
    assert item.title == "Veröffentlichung der Online-Umfrage 2024"
    assert [org.short_name for org in item.publishers] == ["BumF"]
    assert item.date == PartialDate(2025, 6)
    assert item.markers == [5]
    assert item.section == "Erster Bereich"
    assert item.topic == "Thema A"


def test_date_split_over_lines_and_blank_lines():
    item = only_item(
        "UNHCR-Richtlinien zum Internationalen Schutz: Asylanträge von Kindern [103] (Dez. \n"
        "\n2009)\n"
    )
    assert item.date == PartialDate(2009, 12)
    assert item.title == "UNHCR-Richtlinien zum Internationalen Schutz: Asylanträge von Kindern"
    assert item.publishers[0].name == "UNHCR"


def test_date_on_its_own_line_after_a_blank_line_belongs_to_the_entry():
    item = only_item(
        "BuMF e.V./ Unicef: Stärkung der Kinder- und Jugendhilfe in Flüchtlingsunterkünften "
        "[36]\n\n(2017)\n"
    )
    assert item.date == PartialDate(2017)
    assert {org.name for org in item.publishers} == {
        "Bundesfachverband unbegleitete Minderjährige & Flucht e.V.",
        "UNICEF",
    }


def test_full_date_and_date_before_the_marker():
    assert only_item("Haager Kinderschutzübereinkommen (KSÜ) [105]\u00a0(19.10.1996)").date == (
        PartialDate(1996, 10, 19)
    )
    item = only_item("UNICEF: Studie: Das ist nicht das Leben. \nPerspektiven (Aug. 2023) [38]")
    assert item.date == PartialDate(2023, 8)
    assert item.title == "Das ist nicht das Leben. Perspektiven"
    assert item.resource_type == "studie"


def test_year_range_gives_a_date_note_not_a_date():
    item = only_item("Aktionsplan des Europarats zum Schutz von Kindern [106] (2017-2019)")
    assert item.date is None
    assert item.date_note == "2017–2019"


def test_announced_item_is_highlighted_with_availability():
    item = only_item("NEU: Toolbox Unbegleitete Minderjährige & Asyl (ab Sept. 2026) [19]")
    assert item.title == "Toolbox Unbegleitete Minderjährige & Asyl"
    assert item.highlighted
    assert item.availability_note == "ab Sept. 2026"
    assert item.available_from == datetime.date(2026, 9, 1)
    assert item.date is None


def test_language_variants_with_damaged_labels_are_flagged_on_the_link():
    item = only_item(
        "So registrieren Sie ihr neugeborenes Kind - Informationen für Geflüchte [28] / "
        "Englisch: \n"
        "How to register your newborn child - information for refugees [29] / Farsi: ????? ????? \n"
        "???? ????? ??? [30] / Arabisch: ????? ????? \n????? [31], Hrsg: DIMR u.a. (Jul. 2016)\n"
    )
    assert item.title == "So registrieren Sie ihr neugeborenes Kind - Informationen für Geflüchte"
    assert not item.title_damaged
    assert [(link.marker, link.language, link.label_damaged) for link in item.links] == [
        (28, "de", False),
        (29, "en", False),
        (30, "fa", True),
        (31, "ar", True),
    ]
    assert item.links[1].label.startswith("How to register")
    assert item.publishers[0].short_name == "DIMR"
    assert item.date == PartialDate(2016, 7)
    assert "u. a." in item.notes[0]


def test_a_damaged_title_is_flagged():
    item = only_item("????? ????? ???? ????? [30] (2020)")
    assert item.title_damaged


def test_trailing_hrsg_and_items_spanning_blank_lines():
    item = only_item(
        "Trauma - Was tun im Notfall? Toolbox zum Umgang mit herausfordernden Situationen [67]\n"
        "\n, Hrsg.: refugio thüringen e.V. (u.a.) (2024)\n"
    )
    assert item.title == (
        "Trauma - Was tun im Notfall? Toolbox zum Umgang mit herausfordernden Situationen"
    )
    assert item.publishers[0].name == "refugio thüringen e.V."
    assert item.date == PartialDate(2024)


def test_several_links_of_one_resource_and_title_continuation():
    item = only_item(
        "BuMF e.V./ Trägerkreis junge Flüchtlinge e.V.: Checkliste (lang) [87] / Checkliste "
        "(kurz) [88]\n\nfür den Übergang zum selbständigen Leben; mehr Informationen hier [89] "
        "(Nov. 2018)\n"
    )
    assert item.title == "Checkliste für den Übergang zum selbständigen Leben"
    assert [(link.marker, link.label) for link in item.links] == [
        (87, "Checkliste (lang)"),
        (88, "Checkliste (kurz)"),
        (89, "mehr Informationen"),
    ]
    assert item.resource_type == "arbeitshilfe"
    assert len(item.publishers) == 2


def test_flyers_for_two_audiences_are_links_of_one_resource():
    item = only_item(
        'Care leaver Kompetenznetz e.V./ BRJ e.V.: § 41 SGB VIII: "Dein gutes Recht: \n'
        'Jugendhilfe bis 21 Jahre!" Flyer für Jugendliche [95]/ Flyer für Fachkräfte [96]\n'
    )
    assert item.title == '§ 41 SGB VIII: "Dein gutes Recht: Jugendhilfe bis 21 Jahre!"'
    assert [link.label for link in item.links] == ["Flyer für Jugendliche", "Flyer für Fachkräfte"]
    assert item.resource_type == "flyer"
    assert {"Fachkräfte", "junge Geflüchtete"} <= set(item.audiences)


def test_sibling_resources_of_one_publisher_separated_by_slash():
    result = parse(
        "Save the Children: Handreichung zu Beschwerdewegen [46] (Nov. 2024) / Toolkit \n"
        "Kinderrechte & Beteiligung im Unterbringungskontext [47] / wissenschaftliche Expertise "
        "Die Stärkung von Kinderrechten: Beschwerdewege für Kinder [48] (Okt. 2024)\n"
    )
    assert [(item.markers, item.date) for item in result.items] == [
        ([46], PartialDate(2024, 11)),
        ([47], None),
        ([48], PartialDate(2024, 10)),
    ]
    assert all(item.publishers[0].name.startswith("Save the Children") for item in result.items)


def test_publishers_after_the_marker_and_link_formats():
    item = only_item(
        "Videodokumentation zur Tagung Psychosoziale Versorgung [64]\n\n"
        "von BAfF, refugio Thüringen, BumF und terre des hommes / zur schriftlichen "
        "Dokumentation [65]\n\n(pdf), zur YouTube-Playlist [66](Apr. 2024)\n"
    )
    assert item.title == "Videodokumentation zur Tagung Psychosoziale Versorgung"
    assert len(item.publishers) == 4
    assert [link.link_format for link in item.links] == ["html", "pdf", "video"]
    assert item.resource_type == "video"


def test_language_named_after_the_title_and_in_parentheses():
    item = only_item(
        'Careleaver Kompetenznetzwerk: "Tipps von Careleavern zum Hilfeplanverfahren" auf \n'
        "Deutsch [82]und Farsi (Persisch) [83] (Aug. 2017)\n"
    )
    assert item.title == "Tipps von Careleavern zum Hilfeplanverfahren"
    assert [link.language for link in item.links] == ["de", "fa"]
    assert only_item("BPtK: Elternratgeber Flüchtlinge [78] (mehrsprachig)").links[0].language == (
        "mul"
    )


def test_an_entry_without_publisher_keeps_its_whole_title():
    item = only_item("Leitfaden zur Vormundschaft für junge Geflüchtete [1] (2020)\n")
    assert item.title == "Leitfaden zur Vormundschaft für junge Geflüchtete"
    assert item.publishers == []
    assert item.date == PartialDate(2020)


def test_no_year_in_the_source_leaves_the_date_empty_and_the_title_clean():
    item = only_item("BuMF e.V.: Arbeitshilfe Asylverfahren [1] (o. J.)\n")
    assert item.title == "Arbeitshilfe Asylverfahren"
    assert (item.date, item.date_note, item.subtitle) == (None, "", "")


def test_as_of_date_and_school_year_range_after_the_marker():
    assert only_item("BuMF e.V.: Checkliste Asyl [1] (Stand: März 2024)\n").date == (
        PartialDate(2024, 3)
    )
    item = only_item("BuMF e.V.: Ratgeber Schule [1] (2019/20)\n")
    assert (item.date, item.date_note) == (None, "2019–2020")


def test_numeric_month_date_before_the_marker():
    item = only_item("UNICEF: Lagebericht Kinderschutz (03/2023) [1]\n")
    assert item.title == "Lagebericht Kinderschutz"
    assert item.date == PartialDate(2023, 3)


def test_a_date_in_the_title_is_used_when_no_parenthesis_gives_one():
    item = only_item("Gesetz zur Verbesserung der Unterbringung vom 28. Oktober 2015 [1]\n")
    assert item.date == PartialDate(2015, 10, 28)


def test_the_same_entry_reads_the_same_with_en_dash_em_dash_or_hyphen():
    titles = {
        only_item(f"BuMF e.V.: Trauma {dash} Was tun im Notfall? [1] (2024)\n").title
        for dash in ("-", "–", "—")
    }
    assert titles == {
        "Trauma - Was tun im Notfall?",
        "Trauma – Was tun im Notfall?",
        "Trauma — Was tun im Notfall?",
    }
