"""Link addresses: encoded, validated, without tracking parameters; their format."""

import pytest

from resources.linklist.urls import link_format, normalise_url, strip_tracking


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://example.org/a.pdf?utm_source=newsletter&utm_medium=email&utm_campaign=x",
            "https://example.org/a.pdf",
        ),
        ("https://example.org/seite?id=5&fbclid=IwAR0abc", "https://example.org/seite?id=5"),
        ("https://example.org/?gclid=abc&q=asyl#teil", "https://example.org/?q=asyl#teil"),
        ("https://example.org/?UTM_Source=x&mc_cid=1&mc_eid=2", "https://example.org/"),
        ("https://example.org/?page=2&sort=date", "https://example.org/?page=2&sort=date"),
        ("https://example.org/utm_source/info", "https://example.org/utm_source/info"),
    ],
)
def test_tracking_parameters_are_dropped_and_the_rest_kept_in_order(url, expected):
    assert strip_tracking(url) == expected


def test_normalised_urls_are_encoded_and_untracked():
    assert normalise_url(" https://example.org/Über uns.pdf?utm_source=x ") == (
        "https://example.org/%C3%9Cber%20uns.pdf"
    )


@pytest.mark.parametrize(
    "url", ["ftp://example.org/a", "javascript:alert(1)", "https://", "www.example.org", ""]
)
def test_what_is_no_web_address_is_rejected(url):
    assert normalise_url(url) is None


def test_overlong_addresses_are_rejected():
    assert normalise_url("https://example.org/" + "a" * 1000) is None


@pytest.mark.parametrize(
    ("url", "hint", "expected"),
    [
        ("https://example.org/Flyer.PDF", "", "pdf"),
        ("https://example.org/a.pdf?utm_source=x", "", "pdf"),
        ("https://www.youtube.com/watch?v=abc", "", "video"),
        ("https://youtu.be/abc", "", "video"),
        ("https://example.org/vorlage.docx", "", "doc"),
        ("https://example.org/podcast.mp3", "", "audio"),
        ("https://example.org/seite", "", "html"),
        ("https://example.org/seite", "video", "video"),
        ("", "pdf", "pdf"),
    ],
)
def test_link_format_from_the_address_or_the_label(url, hint, expected):
    assert link_format(url, hint) == expected
