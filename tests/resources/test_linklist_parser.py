"""The link-list parser on small snippets (one form each) and on the whole seed."""

import datetime
from pathlib import Path

import pytest

from resources.dates import PartialDate
from resources.linklist import (
    is_damaged,
    parse_date_expression,
    parse_linklist,
    parse_partial_date,
    url_score,
)

SEED = Path(__file__).resolve().parents[2] / "resources/demo_data/junge_gefluechtete_linkliste.txt"

OUTLINE = {
    "sections": [
        {
            "name": "Erster Bereich",
            "region": "bundesweit",
            "topics": [{"heading": "Thema A"}, {"heading": "Thema B"}],
        },
        {"name": "Adressen", "starts_with": "Beratungsstelle", "addresses": "counselling"},
    ]
}


def parse(body: str):
    """Parses `body` as the content of "Thema A" in a one-section outline."""
    return parse_linklist("Thema A\n\n" + body, OUTLINE)


def only_item(body: str):
    result = parse(body)
    assert len(result.items) == 1, [item.title for item in result.items]
    return result.items[0]


# ------------------------------------------------------------------------ dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jul. 2025", PartialDate(2025, 7)),
        ("Juni 2025", PartialDate(2025, 6)),
        ("Juli 2018", PartialDate(2018, 7)),
        ("Mrz. 2022", PartialDate(2022, 3)),
        ("Dez.2020", PartialDate(2020, 12)),
        ("Sept. 2026", PartialDate(2026, 9)),
        ("Sep. 2022", PartialDate(2022, 9)),
        ("Mai 2018", PartialDate(2018, 5)),
        ("2017", PartialDate(2017)),
        ("05.09.2025", PartialDate(2025, 9, 5)),
        ("26. Juni 2013", PartialDate(2013, 6, 26)),
        ("31.02.2025", None),
        ("pdf", None),
        ("ASD; BSA", None),
    ],
)
def test_partial_dates_in_every_form_of_the_seed(text, expected):
    assert parse_partial_date(text) == expected


def test_a_year_range_is_a_date_note_and_ab_is_an_announcement():
    assert parse_date_expression("2017-2019").note == "2017–2019"
    announced = parse_date_expression("ab Sept. 2026")
    assert announced.availability == "ab Sept. 2026"
    assert announced.available_from == datetime.date(2026, 9, 1)


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


# ------------------------------------------------------------------------ structure


def test_soft_wrapped_lines_form_one_entry_and_a_hard_break_starts_the_next():
    result = parse(
        "BMFSFJ: Sicherstellung des Kinderschutzes bei der Unterbringung \n"
        "Punktuation des BMFSFJ [6] (Jan. 2024)\n"
        "Film aus Thüringen: La Couleur du Coeur - Die Farbe des Herzens [8] (2018)\n"
    )
    assert [item.title for item in result.items] == [
        "Sicherstellung des Kinderschutzes bei der Unterbringung Punktuation des BMFSFJ",
        "La Couleur du Coeur - Die Farbe des Herzens",
    ]
    film = result.items[1]
    assert film.publishers == []
    assert film.resource_type == "video"
    assert film.region == "thueringen"


def test_two_entries_on_one_line_are_split_at_the_next_publisher():
    result = parse(
        "BT-Dr. 21/981: Bericht der Bundesregierung [3] (Jul. 2025), BuMF e.V.: Anmerkungen \n"
        "zum Bericht der Bundesregierung [4](Aug. 2025)\n"
    )
    first, second = result.items
    assert first.title == "Bericht der Bundesregierung"
    assert first.publishers[0].name == "Deutscher Bundestag"
    assert first.subtitle == "BT-Drucksache 21/981"
    assert first.resource_type == "bericht"
    assert second.title == "Anmerkungen zum Bericht der Bundesregierung"
    assert second.date == PartialDate(2025, 8)


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


def test_damage_detection():
    assert is_damaged("????? ?????")
    assert not is_damaged("Wie helfe ich meinem traumatisierten Kind?")


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


def test_persons_become_authors_and_a_label_prefix_stays_in_the_title():
    item = only_item("Wiesner/Loos: Nachtragskommentierung Dezember 2015 [112] (Gesetz zur X)")
    assert [(org.name, org.kind) for org in item.publishers] == [
        ("Wiesner", "author"),
        ("Loos", "author"),
    ]
    assert item.date == PartialDate(2015, 12)
    assert item.subtitle == "(Gesetz zur X)"
    label = only_item('Datenbank Rechtsprechung: Entscheidungen zu "UMF" [22]')
    assert label.title == 'Datenbank Rechtsprechung: Entscheidungen zu "UMF"'
    assert label.publishers == []


def test_organisation_spellings_resolve_to_one_organisation():
    result = parse(
        "BuMF e.V.: Eins [1] (2020)\nBumF e.V.: Zwei [2] (2020)\nB-umF e.V.: Drei [3] (2020)\n"
        "BUMF: Vier [4] (2020)\nUnicef: Fünf [5] (2020)\nUNICEF: Sechs [6] (2020)\n"
    )
    names = {org.name for item in result.items for org in item.publishers}
    assert names == {"Bundesfachverband unbegleitete Minderjährige & Flucht e.V.", "UNICEF"}


def test_unknown_heading_becomes_a_topic_and_is_reported():
    result = parse("Eins: Titel [1] (2020)\n\nNeues Unterthema\n\nZwei: Titel [2] (2021)\n")
    assert result.items[1].topic == "Neues Unterthema"
    assert any("nicht in der Gliederung" in w.reason and w.line == 5 for w in result.warnings)


def test_text_without_link_is_reported_with_its_line_number():
    result = parse("Eins: Titel [1] (2020)\n\nein verirrter Satzrest ohne Link und Punkt.\n")
    assert [(f.line, f.reason) for f in result.unplaced] == [
        (5, "Text ohne Link [n]: kein Material angelegt")
    ]


def test_section_without_heading_starts_at_its_anchor_and_entries_become_addresses():
    result = parse(
        "Eins: Titel [1] (2020)\n\nBeratungsstelle Nord – Hilfe für junge Geflüchtete [2]\n"
    )
    address = result.items[1]
    assert address.section == "Adressen"
    assert address.is_address
    assert address.resource_type == "adresse"
    assert address.address_org.name == "Beratungsstelle Nord"
    assert address.address_org.kind == "counselling"
    assert address.description == "Hilfe für junge Geflüchtete"


def test_urls_are_aligned_by_words_not_by_position():
    result = parse(
        "Careleaver Kompetenznetzwerk: Tipps zum Hilfeplanverfahren [1] (2017)\n"
        "BuMF e.V.: Jugendberufshilfe für junge Geflüchtete [2] (2020)\n"
        "DIJuF e.V.: Infoseite KJSG [3]\n\n"
        "https://example.org/jugendberufshilfe_bumf.pdf\n"
        "https://example.org/jugendberufshilfe_bumf.pdf\n"
        "https://dijuf.de/handlungsfelder/kjsg\n"
        "https://example.org/voellig-unpassend\n"
    )
    by_marker = {link.marker: link for link in result.links}
    assert by_marker[1].url == ""
    assert by_marker[2].url == "https://example.org/jugendberufshilfe_bumf.pdf"
    assert by_marker[3].url == "https://dijuf.de/handlungsfelder/kjsg"
    assert [(f.line, f.reason) for f in result.unplaced] == [(10, "URL keinem Link [n] zuzuordnen")]


def test_url_with_spaces_and_umlauts_is_encoded():
    result = parse(
        "BuMF e.V.: Checkliste Übergang [1] (2018)\n\n"
        "https://example.org/2018_Lange Checkliste fuer den Uebergang.pdf\n"
    )
    assert (
        result.links[0].url
        == "https://example.org/2018_Lange%20Checkliste%20fuer%20den%20Uebergang.pdf"
    )


def test_url_score_prefers_the_link_whose_label_matches():
    result = parse("BuMF e.V.: Checkliste (lang) [87] / Checkliste (kurz) [88] (2018)\n")
    item = result.items[0]
    url = "https://example.org/Lange Checkliste.pdf"
    assert url_score(url, item, item.links[0]) > url_score(url, item, item.links[1])


# ------------------------------------------------------------------------ the whole seed


@pytest.fixture(scope="module")
def seed():
    return parse_linklist(SEED.read_text(encoding="utf-8"))


def test_seed_every_non_blank_line_is_used_or_reported(seed):
    lines = SEED.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, start=1):
        if line.replace("\u00a0", " ").strip():
            assert number in seed.line_roles, f"line {number} lost: {line!r}"
    unplaced = {f.line for f in seed.unplaced}
    assert {n for n, role in seed.line_roles.items() if role == "unplaced"} <= unplaced


def test_seed_counts(seed):
    assert len(seed.items) == 114
    assert len(seed.links) == 137
    assert sum(1 for link in seed.links if link.url) == 15
    # Every marker from [3] to [139] is a link of exactly one resource.
    markers = sorted(link.marker for link in seed.links)
    assert markers == list(range(3, 140))
    assert [f.line for f in seed.unplaced] == [11]  # [2]: the newsletter link in the intro


def test_seed_sections_and_topics(seed):
    assert [s.name for s in seed.sections] == [
        "unbegleitete Minderjährige",
        "begleitete Minderjährige",
        "Junge Volljährige - Leaving Care",
        "Kinderrechte/ §§",
        "Adressen in Thüringen",
        "GEAS & Kinderrechte",
        "Adressen bundesweit",
    ]
    expectations = {
        3: ("unbegleitete Minderjährige", "Einführende Informationen"),
        19: ("unbegleitete Minderjährige", "Themen im Überblick"),
        22: ("unbegleitete Minderjährige", "Weitere Themen und Fragen"),
        23: ("begleitete Minderjährige", None),
        24: ("begleitete Minderjährige", "Asylverfahren"),
        45: ("begleitete Minderjährige", "Unterbringung / Schutzkonzepte"),
        78: ("begleitete Minderjährige", "Psychosoziale Versorgung / Trauma"),
        79: ("Junge Volljährige - Leaving Care", "Grundlegende Informationen"),
        98: ("Junge Volljährige - Leaving Care", "Hilfen für junge Volljährige - § 41 SGB VIII"),
        101: ("Kinderrechte/ §§", "International"),
        106: ("Kinderrechte/ §§", "Europa"),
        113: ("Kinderrechte/ §§", "Kinderrechte (mehrsprachig)"),
        120: ("Adressen in Thüringen", None),
        123: ("GEAS & Kinderrechte", "GEAS-Anpassungsgesetze"),
        131: ("GEAS & Kinderrechte", "Stellungnahmen, Gutachten, Positionspapiere"),
        139: ("Adressen bundesweit", None),
    }
    for marker, (section, topic) in expectations.items():
        item = seed.item_for_marker(marker)
        assert (item.section, item.topic) == (section, topic), marker
    assert seed.section("begleitete Minderjährige").description.startswith("Weltweit waren")
    assert seed.section("GEAS & Kinderrechte").description.startswith("Die Reform")


def test_seed_entries_listed_twice_are_one_resource_in_two_places(seed):
    careleaver = seed.item_for_marker(99)
    assert [(p.section, p.topic) for p in careleaver.placements] == [
        ("Junge Volljährige - Leaving Care", "Beratung in Thüringen"),
        ("Adressen in Thüringen", None),
    ]
    assert careleaver.is_address
    megafon = seed.item_for_marker(100)
    assert megafon is seed.item_for_marker(115)
    assert megafon.links[2].language == "prs"
    assert megafon.address_org.name == "Dein Megafon"
    assert megafon.links[0].url == "https://www.dein-megafon.de/"


def test_seed_specific_entries(seed):
    announced = seed.item_for_marker(19)
    assert announced.availability_note == "ab Sept. 2026"
    assert announced.highlighted
    assert {item.markers[0] for item in seed.items if item.highlighted} == {19, 45, 125}

    guide = seed.item_for_marker(71)
    assert (
        guide.title == "Ratgeber für Flüchtlingseltern (Wie helfe ich meinem traumatisierten Kind?)"
    )
    assert [link.language for link in guide.links] == ["de", "uk", "ru", "en", "ar", "fa", "ku"]
    assert [link.marker for link in guide.damaged_links] == [72, 73, 75, 76]
    assert not any(item.title_damaged for item in seed.items)

    law = seed.item_for_marker(107)
    assert law.date == PartialDate(2013, 6, 26)
    assert law.title.endswith("(Aufnahmerichtlinie)")
    assert law.resource_type == "gesetz"
    assert law.region == "europa"

    chapter = seed.item_for_marker(102)
    assert chapter.title.startswith("Umsetzung der UN-Kinderrechtskonvention")
    assert chapter.date == PartialDate(2022)
    assert "S. 81-89" in chapter.subtitle
    assert {org.name for org in chapter.publishers} == {"UNICEF", "González Méndez de Vigo"}

    bill = seed.item_for_marker(123)
    assert bill.title.endswith("(GEAS-Anpassungsgesetz)")
    assert bill.date == PartialDate(2025, 9, 5)
    assert bill.subtitle == "BR-Drucksache 429/25"

    assert seed.item_for_marker(98).title.startswith("18 - und dann?")
    assert seed.item_for_marker(97) is not seed.item_for_marker(98)
    assert seed.item_for_marker(53).date == PartialDate(2020, 12)


def test_seed_url_alignment(seed):
    expected = {
        79: "brj-berlin.de",
        80: "18-und-dann",
        81: "jugendberufshilfe",
        82: "hilfeplan_05",
        83: "hilfeplan_farsi",
        84: "fachkraefteleitfaden",
        85: "perspektiven-zu-schaffen",
        86: "Werkbuch",
        87: "Lange%20Checkliste",
        93: "dijuf.de",
        95: "flyer-jugend",
        96: "flyer-fachkraefte",
        99: "careleaver-zentrum",
        100: "dein-megafon",
        101: "un-kinderrechtskonvention",
    }
    with_url = {link.marker: link.url for link in seed.links if link.url}
    assert set(with_url) == set(expected)
    for marker, fragment in expected.items():
        assert fragment in with_url[marker], marker


@pytest.mark.parametrize(
    "transform",
    [
        pytest.param(
            lambda text: "\n".join(line.rstrip() for line in text.splitlines()), id="trimmed"
        ),
        pytest.param(lambda text: text.replace("\n", "\r\n"), id="crlf"),
    ],
)
def test_seed_reads_the_same_without_trailing_spaces_or_with_windows_line_ends(seed, transform):
    variant = parse_linklist(transform(SEED.read_text(encoding="utf-8")))
    assert [(item.title, item.markers, item.date) for item in variant.items] == [
        (item.title, item.markers, item.date) for item in seed.items
    ]
    assert [link.url for link in variant.links] == [link.url for link in seed.links]
