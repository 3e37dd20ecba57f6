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
