"""A small web server on 127.0.0.1 that behaves like the sites a link list points to.

Used by the checker tests and `benchmarks/linkcheck_bench.py`. Every route imitates a real
behaviour: moved pages, loops, deleted documents, error pages sent with 200, a PDF replaced by
an HTML page, servers that refuse HEAD, slow servers. The server counts concurrent requests
so the per-host limit can be measured where it matters: at the server.
"""

import http.server
import ssl
import subprocess
import threading
import time
from pathlib import Path

PAGE = (
    "<!doctype html><html lang='de'><head><meta charset='utf-8'><title>{title}</title></head>"
    "<body><h1>{title}</h1></body></html>"
)


class Handler(http.server.BaseHTTPRequestHandler):
    server_version = "LocalTestServer/1.0"

    def log_message(self, format, *args):  # keep test output clean
        pass

    def do_HEAD(self):
        self._handle(head=True)

    def do_GET(self):
        self._handle(head=False)

    def _handle(self, *, head: bool):
        server = self.server
        with server.lock:
            server.active += 1
            server.peak = max(server.peak, server.active)
            server.requests.append((self.command, self.path, self.headers.get("User-Agent", "")))
        self._counted = True
        try:
            self._route(head=head)
        finally:
            self._finish_counting()

    def _finish_counting(self):
        # A request counts as active until its answer starts: the client cannot start its next
        # request before that, so the peak measures the client's concurrency without races.
        if self._counted:
            self._counted = False
            with self.server.lock:
                self.server.active -= 1

    def _send(self, code, *, body=b"", content_type="text/html; charset=utf-8", headers=None):
        self._finish_counting()
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _page(self, title, code=200):
        self._send(code, body=PAGE.format(title=title).encode())

    def _redirect(self, code, location):
        self._send(code, headers={"Location": location})

    def _route(self, *, head: bool):
        path = self.path.split("?")[0]
        delay = self.server.delay
        if delay:
            time.sleep(delay)
        if path == "/robots.txt":
            self._send(
                200,
                body=b"User-agent: *\nDisallow: /intern/\n",
                content_type="text/plain; charset=utf-8",
            )
        elif path in ("/", "/ok", "/arbeitshilfe") or path.startswith("/bulk/"):
            self._page("Arbeitshilfe Vormundschaft für unbegleitete Minderjährige")
        elif path == "/real.pdf":
            self._send(200, body=b"%PDF-1.7\n" + b"0" * 2000, content_type="application/pdf")
        elif path == "/moved":
            self._redirect(301, "/ok")
        elif path == "/moved-twice":
            self._redirect(301, "/moved")
        elif path == "/temporary":
            self._redirect(302, "/ok")
        elif path == "/loop-a":
            self._redirect(302, "/loop-b")
        elif path == "/loop-b":
            self._redirect(302, "/loop-a")
        elif path == "/old/publication":
            self._redirect(301, "/")
        elif path == "/gone-404":
            self._page("Nicht gefunden", code=404)
        elif path == "/gone-410":
            self._page("Gelöscht", code=410)
        elif path == "/error":
            self._page("Internal Server Error", code=500)
        elif path == "/slow":
            time.sleep(self.server.slow_seconds)
            self._page("Endlich")
        elif path == "/soft-404":
            self._page("Seite nicht gefunden – Landesverwaltung")
        elif path == "/broschuere.pdf":  # the PDF was replaced by an overview page
            self._page("Publikationen – Übersicht")
        elif path == "/no-head.pdf":
            if head:
                self._send(405, headers={"Allow": "GET"})
            else:
                self._send(200, body=b"%PDF-1.4\n" + b"1" * 200_000, content_type="application/pdf")
        elif path == "/intern/bericht":
            self._page("Intern")
        else:
            self._page("Seite existiert nicht", code=404)


class LocalServer(http.server.ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def __init__(self, host="127.0.0.1", *, delay=0.0, slow_seconds=3.0, tls_context=None):
        super().__init__((host, 0), Handler)
        self.lock = threading.Lock()
        self.active = 0
        self.peak = 0
        self.requests: list[tuple[str, str, str]] = []
        self.delay = delay
        self.slow_seconds = slow_seconds
        if tls_context is not None:
            self.socket = tls_context.wrap_socket(self.socket, server_side=True)
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)

    def handle_error(self, request, client_address):
        pass  # clients that hang up early (timeouts, byte limits) are expected here

    @property
    def base_url(self) -> str:
        scheme = "https" if isinstance(self.socket, ssl.SSLSocket) else "http"
        host, port = self.server_address[:2]
        return f"{scheme}://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self.shutdown()
        self.server_close()


def make_self_signed_cert(directory: Path) -> Path:
    """A throw-away certificate for 127.0.0.1 (generated per test run, never committed)."""
    pem = directory / "selfsigned.pem"
    key = directory / "key.pem"
    cert = directory / "cert.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-days",
            "2",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )
    pem.write_bytes(cert.read_bytes() + key.read_bytes())
    return pem
