"""The link checker: plain Python (standard library only), no database.

For each URL it sends HEAD and follows redirects itself, hop by hop, so it can record the
chain, tell permanent (301/308) from temporary (302/303/307) moves, stop after `max_redirects`
hops and recognise a loop the moment an address repeats. Servers that refuse HEAD (400, 403,
405, 406, 501 are the answers seen in the wild) get a GET instead, of which at most
`get_byte_limit` bytes are read. An HTML answer is read with GET as well, because a soft 404
can only be seen in the page title (see `soft404`).

Politeness: every request (robots.txt, HEAD, GET, each redirect hop) passes the gate of its
host: at most `per_host_limit` requests at a time and `per_host_delay` seconds between the
starts of two requests. Links are scheduled in "lanes": each host gets at most
`per_host_limit` lanes that work through its links one after the other, so workers are spread
over hosts instead of queueing behind one slow site. robots.txt is honoured per origin
(`robots.RobotsCache`), and the User-Agent names the portal and a contact page.

Editors type the URLs, so by default the checker refuses addresses that resolve to loopback,
private or link-local networks (the server's own services must not be probed through it);
tests and the benchmark allow them explicitly.

Why the standard library and not httpx/requests: we need exactly one request per hop with
our own redirect handling, a byte limit and separate connect/read timeouts; `http.client`
gives that directly, and a link check needs no connection pooling (one request per host and
link, `Connection: close`).
"""

import http.client
import ipaddress
import queue
import socket
import ssl
import threading
import time
from collections import defaultdict, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

from . import soft404
from .robots import RobotsCache
from .status import LinkStatus

PERMANENT_REDIRECTS = frozenset({301, 308})
TEMPORARY_REDIRECTS = frozenset({302, 303, 307})
HEAD_REFUSED = frozenset({400, 403, 405, 406, 501})
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
ROBOTS_BYTE_LIMIT = 512 * 1024  # RFC 9309: crawlers must parse at least 500 KiB
_PATH_SAFE = "/%;:@&=+$,!~*'()-._[]"


@dataclass(frozen=True)
class CheckerConfig:
    user_agent: str = "FRS-Portal-Linkpruefung/1.0"
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    max_redirects: int = 10
    per_host_limit: int = 2
    per_host_delay: float = 1.0
    max_workers: int = 8
    get_byte_limit: int = 64 * 1024
    respect_robots: bool = True
    allow_private_addresses: bool = False
    ssl_context: ssl.SSLContext | None = None


@dataclass(frozen=True)
class Target:
    """One address to check. `expected_type` is the MIME type the link promises (a link marked
    as PDF: "application/pdf"); `key` is the caller's identifier, handed back unchanged."""

    url: str
    expected_type: str = ""
    key: object = None


@dataclass
class CheckResult:
    target: Target
    status: LinkStatus
    http_code: int | None = None
    final_url: str = ""
    # One entry per hop: {"url": from, "code": 301, "location": to}
    redirects: list[dict] = field(default_factory=list)
    content_type: str = ""
    detail: str = ""
    checked_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    @property
    def url(self) -> str:
        return self.target.url


class InvalidUrl(ValueError):
    pass


class PrivateAddress(OSError):
    pass


@dataclass
class _Response:
    code: int
    location: str | None
    content_type: str
    charset: str | None
    body: bytes


class _HostGate:
    """At most `limit` requests to one host at a time, starts at least `delay` apart."""

    def __init__(self, limit: int, delay: float):
        self._slots = threading.BoundedSemaphore(max(1, limit))
        self._lock = threading.Lock()
        self._next_start = 0.0
        self._delay = delay

    @contextmanager
    def slot(self):
        with self._slots:
            if self._delay > 0:
                with self._lock:
                    now = time.monotonic()
                    start = max(now, self._next_start)
                    self._next_start = start + self._delay
                if start > now:
                    time.sleep(start - now)
            yield


def normalise_url(url: str) -> str:
    """The URL as sent on the wire: http(s) only, IDNA host, percent-encoded path and query."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise InvalidUrl(str(exc)) from exc
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise InvalidUrl(url)
    try:
        host = parts.hostname.encode("idna").decode("ascii")
    except UnicodeError as exc:
        raise InvalidUrl(str(exc)) from exc
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    netloc = host if port is None else f"{host}:{port}"
    return urlunsplit(
        (
            parts.scheme.lower(),
            netloc,
            quote(parts.path, safe=_PATH_SAFE),
            quote(parts.query, safe=_PATH_SAFE + "?"),
            "",
        )
    )


def host_key(url: str) -> str:
    try:
        return (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return ""


class LinkChecker:
    def __init__(self, config: CheckerConfig | None = None):
        self.config = config or CheckerConfig()
        self._ssl_context = self.config.ssl_context or ssl.create_default_context()
        self._gates: dict[str, _HostGate] = {}
        self._gates_lock = threading.Lock()
        self._robots = RobotsCache(self._fetch_robots, self.config.user_agent)

    # -- many links ----------------------------------------------------------------------

    def check_many(self, targets: Iterable[Target]) -> Iterator[CheckResult]:
        """Check all targets concurrently; results are yielded in the caller's thread as they
        complete (not in input order)."""
        by_host: dict[str, deque[Target]] = defaultdict(deque)
        for target in targets:
            by_host[host_key(target.url)].append(target)
        total = sum(len(q) for q in by_host.values())
        if not total:
            return
        # Round-robin over hosts so that the first lanes started cover as many hosts as possible.
        lanes = [
            q
            for lane in range(self.config.per_host_limit)
            for q in by_host.values()
            if len(q) > lane
        ]
        results: queue.SimpleQueue[CheckResult] = queue.SimpleQueue()

        def run_lane(pending: deque[Target]) -> None:
            while True:
                try:
                    target = pending.popleft()
                except IndexError:
                    return
                results.put(self.check(target))

        with ThreadPoolExecutor(
            max_workers=max(1, min(self.config.max_workers, len(lanes))),
            thread_name_prefix="linkcheck",
        ) as pool:
            for lane in lanes:
                pool.submit(run_lane, lane)
            for _ in range(total):
                yield results.get()

    # -- one link ------------------------------------------------------------------------

    def check(self, target: Target) -> CheckResult:
        result = CheckResult(target=target, status=LinkStatus.OK, final_url=target.url)
        try:
            self._check(target, result)
        except InvalidUrl as exc:
            result.status, result.detail = LinkStatus.INVALID_URL, str(exc)[:300]
        except PrivateAddress as exc:
            result.status, result.detail = LinkStatus.INVALID_URL, str(exc)[:300]
        except ssl.SSLError as exc:  # before OSError: SSLError is one
            result.status, result.detail = LinkStatus.TLS_ERROR, _describe(exc)
        except ssl.CertificateError as exc:
            result.status, result.detail = LinkStatus.TLS_ERROR, _describe(exc)
        except socket.gaierror as exc:
            result.status, result.detail = LinkStatus.DNS_ERROR, _describe(exc)
        except ConnectionRefusedError as exc:
            result.status, result.detail = LinkStatus.CONNECTION_REFUSED, _describe(exc)
        except TimeoutError as exc:
            result.status, result.detail = LinkStatus.TIMEOUT, _describe(exc) or "timeout"
        except (OSError, http.client.HTTPException) as exc:
            result.status, result.detail = LinkStatus.CONNECTION_ERROR, _describe(exc)
        except Exception as exc:  # one odd server must not end a run over thousands of links
            result.status, result.detail = LinkStatus.CONNECTION_ERROR, _describe(exc)
        result.checked_at = datetime.now(UTC)
        return result

    def _check(self, target: Target, result: CheckResult) -> None:
        url = normalise_url(target.url)
        result.final_url = url
        if self.config.respect_robots and not self._robots.allowed(url):
            result.status = LinkStatus.ROBOTS_DISALLOWED
            return
        method = "HEAD"
        seen = {url}
        while True:
            response = self._request(url, method)
            if method == "HEAD" and response.code in HEAD_REFUSED:
                method = "GET"
                response = self._request(url, method)
            if response.code in PERMANENT_REDIRECTS | TEMPORARY_REDIRECTS and response.location:
                location = normalise_url(urljoin(url, response.location))
                result.redirects.append({"url": url, "code": response.code, "location": location})
                result.http_code = response.code
                if location in seen:
                    result.status, result.final_url = LinkStatus.REDIRECT_LOOP, location
                    result.detail = "loop"
                    return
                if len(result.redirects) >= self.config.max_redirects:
                    result.status, result.final_url = LinkStatus.REDIRECT_LOOP, location
                    result.detail = "too many redirects"
                    return
                if self.config.respect_robots and not self._robots.allowed(location):
                    result.status, result.final_url = LinkStatus.ROBOTS_DISALLOWED, location
                    return
                seen.add(location)
                url = location
                continue
            break
        result.final_url = url
        result.http_code = response.code
        result.content_type = response.content_type
        result.status = self._classify(target, result, response, method)

    def _classify(self, target, result, response: _Response, method: str) -> LinkStatus:
        code = response.code
        if 400 <= code < 500:
            return LinkStatus.CLIENT_ERROR
        if code >= 500 or not 200 <= code < 300:
            result.detail = result.detail or f"HTTP {code}"
            return LinkStatus.SERVER_ERROR
        if result.redirects and soft404.is_redirect_to_home(target.url, result.final_url):
            result.detail = "redirect to home page"
            return LinkStatus.SOFT_404
        if response.content_type in HTML_TYPES or not response.content_type:
            if method == "HEAD":
                try:
                    response = self._request(result.final_url, "GET")
                except (OSError, http.client.HTTPException):
                    response = None  # HEAD succeeded; the title is a bonus
            if response is not None and 200 <= response.code < 300:
                title = soft404.page_title(response.body, response.charset)
                if soft404.is_error_title(title):
                    result.detail = title[:300]
                    return LinkStatus.SOFT_404
        expected = target.expected_type
        if expected and expected not in HTML_TYPES and result.content_type in HTML_TYPES:
            result.detail = f"{expected} -> {result.content_type}"
            return LinkStatus.CONTENT_TYPE_CHANGED
        if result.redirects:
            codes = {hop["code"] for hop in result.redirects}
            if codes <= PERMANENT_REDIRECTS:
                return LinkStatus.REDIRECT_PERMANENT
            return LinkStatus.REDIRECT_TEMPORARY
        return LinkStatus.OK

    # -- HTTP ----------------------------------------------------------------------------

    def _gate(self, host: str) -> _HostGate:
        with self._gates_lock:
            gate = self._gates.get(host)
            if gate is None:
                gate = _HostGate(self.config.per_host_limit, self.config.per_host_delay)
                self._gates[host] = gate
            return gate

    def _request(self, url: str, method: str, byte_limit: int | None = None) -> _Response:
        parts = urlsplit(url)
        host, port = parts.hostname, parts.port
        with self._gate(host.lower()).slot():
            if not self.config.allow_private_addresses:
                _refuse_private(host, port or (443 if parts.scheme == "https" else 80))
            if parts.scheme == "https":
                connection = http.client.HTTPSConnection(
                    host, port, timeout=self.config.connect_timeout, context=self._ssl_context
                )
            else:
                connection = http.client.HTTPConnection(
                    host, port, timeout=self.config.connect_timeout
                )
            try:
                connection.connect()
                connection.sock.settimeout(self.config.read_timeout)
                path = parts.path or "/"
                if parts.query:
                    path += "?" + parts.query
                connection.request(
                    method,
                    path,
                    headers={
                        "User-Agent": self.config.user_agent,
                        "Accept": "*/*",
                        "Accept-Language": "de,en;q=0.7",
                        "Connection": "close",
                    },
                )
                response = connection.getresponse()
                content_type = (response.headers.get_content_type() or "").lower()
                if "content-type" not in response.headers:
                    content_type = ""
                charset = response.headers.get_content_charset()
                body = b""
                if method == "GET" and (
                    byte_limit or content_type in HTML_TYPES or not content_type
                ):
                    body = response.read(byte_limit or self.config.get_byte_limit)
                return _Response(
                    code=response.status,
                    location=response.headers.get("Location"),
                    content_type=content_type,
                    charset=charset,
                    body=body,
                )
            finally:
                connection.close()

    def _fetch_robots(self, url: str) -> tuple[int, bytes]:
        for _hop in range(5):  # RFC 9309 2.3.1.2: follow at least five redirects
            response = self._request(url, "GET", byte_limit=ROBOTS_BYTE_LIMIT)
            if response.code in PERMANENT_REDIRECTS | TEMPORARY_REDIRECTS and response.location:
                url = normalise_url(urljoin(url, response.location))
                continue
            return response.code, response.body
        return 404, b""


def _refuse_private(host: str, port: int) -> None:
    for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM):
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if not address.is_global:
            raise PrivateAddress(f"{host} -> {address} (not a public address)")


def _describe(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text[:300]
