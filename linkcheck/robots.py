"""robots.txt, fetched once per host and run (RFC 9309).

The rules follow RFC 9309 section 2.3.1: a robots.txt that is missing (4xx) allows everything;
401/403 are treated as "everything disallowed", as most crawlers do; a robots.txt that cannot
be fetched (5xx, network error) is treated as allowing everything here, because the link check
itself will then report the unreachable server to the editors.
"""

import threading
import urllib.robotparser
from collections.abc import Callable
from urllib.parse import urlsplit

# fetch(url) -> (status code, body); raises OSError or http.client.HTTPException on failure.
Fetch = Callable[[str], tuple[int, bytes]]


class RobotsCache:
    def __init__(self, fetch: Fetch, user_agent: str):
        self._fetch = fetch
        self._user_agent = user_agent
        self._lock = threading.Lock()
        self._entries: dict[str, _Entry] = {}

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}".lower()
        with self._lock:
            entry = self._entries.setdefault(origin, _Entry())
        # One fetch per origin, even when several threads ask at once.
        with entry.lock:
            if not entry.loaded:
                entry.parser = self._load(origin)
                entry.loaded = True
        return entry.parser is None or entry.parser.can_fetch(self._user_agent, url)

    def _load(self, origin: str) -> urllib.robotparser.RobotFileParser | None:
        try:
            code, body = self._fetch(origin + "/robots.txt")
        except Exception:
            return None
        parser = urllib.robotparser.RobotFileParser()
        if code in (401, 403):
            parser.disallow_all = True
        elif 200 <= code < 300:
            parser.parse(body.decode("utf-8", errors="replace").splitlines())
        else:
            return None
        return parser


class _Entry:
    def __init__(self):
        self.lock = threading.Lock()
        self.loaded = False
        self.parser: urllib.robotparser.RobotFileParser | None = None
