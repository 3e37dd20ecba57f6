"""gunicorn's access log: shortened IP addresses and no personal tokens."""

import io
import logging
from types import SimpleNamespace

from gunicorn.config import Config

from frs_portal.gunicorn import PrivacyLogger, redact_tokens

TOKEN = "o8yb5QJ062EMSKkmlJiWLEvkNDj34ipRVHmpRxvmiII"


def logged_line(path: str, query: str = "", referer: str = "-") -> str:
    config = Config()
    config.set("accesslog", "-")
    logger = PrivacyLogger(config)
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    logger.access_log.handlers = [handler]
    request = SimpleNamespace(
        method="GET", uri=path + (f"?{query}" if query else ""), path=path, query=query,
        version=(1, 1), headers=[("REFERER", referer), ("USER-AGENT", "Mail scanner")],
    )  # fmt: skip
    response = SimpleNamespace(status="200 OK", sent=1234, response_length=1234, headers=[])
    environ = {
        "REMOTE_ADDR": "203.0.113.77",
        "REQUEST_METHOD": "GET",
        "RAW_URI": request.uri,
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_REFERER": referer,
    }
    logger.access(response, request, environ, __import__("datetime").timedelta(seconds=0.01))
    return stream.getvalue()


def test_tokens_in_personal_links_never_reach_the_access_log():
    for path in [
        f"/newsletter/abmelden/{TOKEN}/",
        f"/newsletter/einstellungen/{TOKEN}/",
        f"/newsletter/bestaetigen/.eJyrVkrOz0nNSyzJzM9TslIq:1vQ:{TOKEN}/",
        f"/newsletter/daten/{TOKEN}/meine-daten.json",
    ]:
        line = logged_line(
            path, referer=f"https://portal.example.org/newsletter/einstellungen/{TOKEN}/"
        )
        assert TOKEN not in line
        assert "[token]" in line
        assert "203.0.113.0" in line
        assert "203.0.113.77" not in line


def test_other_paths_are_logged_as_they_are():
    line = logged_line("/ressourcen/", query="q=Schule&page=2")
    assert "/ressourcen/?q=Schule&page=2" in line
    assert redact_tokens("/newsletter/archiv/ausgabe-1/") == "/newsletter/archiv/ausgabe-1/"
