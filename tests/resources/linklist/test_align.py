"""Link markers ↔ surviving URLs."""

from resources.linklist.align import url_score

from .snippets import parse


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


def test_urls_with_tracking_parameters_are_aligned_and_stored_without_them():
    result = parse(
        "BuMF e.V.: Jugendberufshilfe für junge Geflüchtete [1] (2020)\n"
        "DIJuF e.V.: Infoseite KJSG [2]\n\n"
        "https://example.org/jugendberufshilfe_bumf.pdf?utm_source=newsletter&utm_medium=email\n"
        "https://example.org/jugendberufshilfe_bumf.pdf\n"
        "https://dijuf.de/kjsg?id=5&fbclid=IwAR0abc\n"
    )
    by_marker = {link.marker: link.url for link in result.links}
    assert by_marker == {
        1: "https://example.org/jugendberufshilfe_bumf.pdf",
        2: "https://dijuf.de/kjsg?id=5",
    }
    # The tracked and the clean copy of one address are one URL listed twice, not two URLs.
    assert result.unplaced == []
    assert (result.line_roles[6], result.line_roles[7]) == ("url:1", "url-repeat:1")


def test_tracking_words_do_not_make_a_url_fit_an_entry():
    result = parse("BuMF e.V.: Newsletter Kampagne [1] (2020)\n")
    item = result.items[0]
    tracked = "https://example.org/foo.pdf?utm_source=newsletter&utm_campaign=kampagne"
    assert url_score(tracked, item, item.links[0]) == url_score(
        "https://example.org/foo.pdf", item, item.links[0]
    )


def test_a_url_that_fits_no_entry_is_reported_with_its_line():
    result = parse("BuMF e.V.: Checkliste Asyl [1] (2020)\n\nhttps://example.org/ganz-anderes\n")
    assert result.links[0].url == ""
    assert [(f.line, f.text) for f in result.unplaced] == [(5, "https://example.org/ganz-anderes")]
