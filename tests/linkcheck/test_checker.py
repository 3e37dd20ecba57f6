"""The checker against real sockets on 127.0.0.1: one test per kind of finding."""

import socket
import ssl

import pytest

from linkcheck.checker import CheckerConfig, LinkChecker, Target
from linkcheck.status import LinkStatus

from .local_server import LocalServer, make_self_signed_cert

USER_AGENT = "FRS-Portal-Linkpruefung/1.0 (+https://portal.example.org/impressum/)"


def config(**overrides) -> CheckerConfig:
    values = {
        "user_agent": USER_AGENT,
        "connect_timeout": 2.0,
        "read_timeout": 0.5,
        "per_host_delay": 0.0,
        "per_host_limit": 2,
        "allow_private_addresses": True,
    }
    values.update(overrides)
    return CheckerConfig(**values)


@pytest.fixture(scope="module")
def server():
    with LocalServer(slow_seconds=2.0) as server:
        yield server


@pytest.fixture
def checker():
    return LinkChecker(config())


def check(checker, url, **target):
    return checker.check(Target(url=url, **target))


def test_a_working_page_is_ok(checker, server):
    result = check(checker, server.url("/ok"))
    assert result.status == LinkStatus.OK
    assert result.http_code == 200
    assert result.redirects == []
    assert result.final_url == server.url("/ok")


def test_a_permanent_redirect_records_the_chain_and_target(checker, server):
    result = check(checker, server.url("/moved-twice"))
    assert result.status == LinkStatus.REDIRECT_PERMANENT
    assert result.final_url == server.url("/ok")
    assert [(hop["code"], hop["location"]) for hop in result.redirects] == [
        (301, server.url("/moved")),
        (301, server.url("/ok")),
    ]


def test_a_temporary_redirect_is_told_apart_from_a_permanent_one(checker, server):
    result = check(checker, server.url("/temporary"))
    assert result.status == LinkStatus.REDIRECT_TEMPORARY
    assert result.final_url == server.url("/ok")


def test_a_redirect_loop_is_recognised_when_an_address_repeats(checker, server):
    result = check(checker, server.url("/loop-a"))
    assert result.status == LinkStatus.REDIRECT_LOOP
    assert len(result.redirects) == 2
    assert result.redirects[-1]["location"] == server.url("/loop-a")


def test_too_many_hops_end_the_chain(server):
    result = LinkChecker(config(max_redirects=1)).check(Target(server.url("/moved-twice")))
    assert result.status == LinkStatus.REDIRECT_LOOP
    assert len(result.redirects) == 1


@pytest.mark.parametrize(("path", "code"), [("/gone-404", 404), ("/gone-410", 410)])
def test_deleted_pages_are_client_errors(checker, server, path, code):
    result = check(checker, server.url(path))
    assert result.status == LinkStatus.CLIENT_ERROR
    assert result.http_code == code


def test_a_server_error_is_recognised(checker, server):
    result = check(checker, server.url("/error"))
    assert result.status == LinkStatus.SERVER_ERROR
    assert result.http_code == 500


def test_a_response_slower_than_the_read_timeout_is_a_timeout(checker, server):
    result = check(checker, server.url("/slow"))
    assert result.status == LinkStatus.TIMEOUT


def test_an_error_page_served_with_200_is_a_soft_404(checker, server):
    result = check(checker, server.url("/soft-404"))
    assert result.status == LinkStatus.SOFT_404
    assert result.http_code == 200
    assert "nicht gefunden" in result.detail


def test_a_deep_link_redirected_to_the_home_page_is_a_soft_404(checker, server):
    result = check(checker, server.url("/old/publication"))
    assert result.status == LinkStatus.SOFT_404
    assert result.final_url == server.url("/")


def test_a_pdf_link_that_now_answers_html_is_a_changed_content_type(checker, server):
    result = check(checker, server.url("/broschuere.pdf"), expected_type="application/pdf")
    assert result.status == LinkStatus.CONTENT_TYPE_CHANGED
    assert result.content_type == "text/html"


def test_a_pdf_that_is_still_a_pdf_is_ok(checker, server):
    result = check(checker, server.url("/real.pdf"), expected_type="application/pdf")
    assert result.status == LinkStatus.OK
    assert result.content_type == "application/pdf"


def test_a_server_refusing_head_is_asked_with_get_and_only_a_few_bytes_are_read(server):
    checker = LinkChecker(config(get_byte_limit=1024))
    result = checker.check(Target(server.url("/no-head.pdf"), expected_type="application/pdf"))
    assert result.status == LinkStatus.OK
    assert result.http_code == 200
    methods = [method for method, path, _ in server.requests if path == "/no-head.pdf"]
    assert methods[-2:] == ["HEAD", "GET"]


def test_every_request_names_the_portal_and_a_contact(checker, server):
    check(checker, server.url("/ok"))
    agents = {agent for _, _, agent in server.requests}
    assert agents == {USER_AGENT}


def test_robots_txt_is_respected_and_fetched_once_per_host(checker, server):
    before = sum(1 for _, path, _ in server.requests if path == "/robots.txt")
    blocked = check(checker, server.url("/intern/bericht"))
    allowed = check(checker, server.url("/ok"))
    assert blocked.status == LinkStatus.ROBOTS_DISALLOWED
    assert allowed.status == LinkStatus.OK
    assert not any(path == "/intern/bericht" for _, path, _ in server.requests)
    after = sum(1 for _, path, _ in server.requests if path == "/robots.txt")
    assert after - before == 1


def test_an_unknown_domain_is_a_dns_failure(checker):
    result = check(checker, "https://publikationen.example.invalid/broschuere.pdf")
    assert result.status == LinkStatus.DNS_ERROR


def test_a_closed_port_is_a_refused_connection(checker):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = check(checker, f"http://127.0.0.1:{port}/")
    assert result.status == LinkStatus.CONNECTION_REFUSED


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory):
    pem = make_self_signed_cert(tmp_path_factory.mktemp("tls"))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(pem)
    with LocalServer(tls_context=context) as server:
        server.pem = pem
        yield server


def test_a_certificate_nobody_vouches_for_is_a_tls_error(checker, tls_server):
    result = check(checker, tls_server.url("/ok"))
    assert result.status == LinkStatus.TLS_ERROR
    assert "certificate" in result.detail.lower()


def test_the_same_server_is_fine_once_its_certificate_is_trusted(tls_server):
    trusting = ssl.create_default_context(cafile=str(tls_server.pem))
    result = LinkChecker(config(ssl_context=trusting)).check(Target(tls_server.url("/ok")))
    assert result.status == LinkStatus.OK


def test_addresses_in_private_networks_are_refused_by_default(server):
    before = len(server.requests)
    result = LinkChecker(config(allow_private_addresses=False)).check(Target(server.url("/ok")))
    assert result.status == LinkStatus.INVALID_URL
    assert "127.0.0.1" in result.detail
    assert len(server.requests) == before


@pytest.mark.parametrize(
    "url", ["ftp://example.invalid/a.pdf", "mailto:x@example.invalid", "http://"]
)
def test_addresses_that_are_not_web_links_are_invalid(checker, url):
    assert check(checker, url).status == LinkStatus.INVALID_URL


def test_non_ascii_addresses_are_encoded_before_sending(checker, server):
    result = check(checker, server.url("/bulk/Übersicht für Geflüchtete"))
    assert result.status == LinkStatus.OK
    assert server.requests[-1][1] == "/bulk/%C3%9Cbersicht%20f%C3%BCr%20Gefl%C3%BCchtete"


def test_check_many_returns_every_result_and_keeps_the_host_limit():
    with LocalServer(delay=0.05) as busy:
        checker = LinkChecker(config(per_host_limit=3, max_workers=10))
        targets = [Target(busy.url(f"/bulk/{n}"), key=n) for n in range(30)]
        results = list(checker.check_many(targets))
    assert sorted(result.target.key for result in results) == list(range(30))
    assert {result.status for result in results} == {LinkStatus.OK}
    assert busy.peak == 3


def test_the_delay_spaces_out_requests_to_one_host():
    import time

    with LocalServer() as polite:
        checker = LinkChecker(config(per_host_limit=1, per_host_delay=0.2, respect_robots=False))
        started = time.monotonic()
        list(checker.check_many([Target(polite.url(f"/real.pdf?{n}")) for n in range(4)]))
        elapsed = time.monotonic() - started
    assert elapsed >= 0.6
