"""gunicorn configuration: `gunicorn -c python:frs_portal.gunicorn frs_portal.wsgi`.

Access logs keep no full IP address: the privacy page promises shortened addresses, so the
last IPv4 byte (last 80 bits of IPv6) are zeroed before a line is written. Log rotation with a
7-day retention is the host's job (logrotate or the container runtime), see README.
"""

import ipaddress
import os
import re
import time

from gunicorn.glogging import Logger

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", "3"))
# Threads let a worker hold back refused logins (the settings' LOGIN_FLOOD_DELAY_*: all threads
# but two) while the others serve everyone else; they share the worker's memory.
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "8"))
# A worker busy this long is restarted. EMAIL_TIMEOUT (10 s) stays well below it, and no mail
# is sent inside a request anyway (the task worker sends them).
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
accesslog = "-"
# The application is loaded once, in the master, which then also loads the search index
# (`when_ready`): the workers it forks share those pages instead of each reading its own copy,
# and the first search after a deploy does not wait for it. GUNICORN_PRELOAD=0 turns it off.
preload_app = os.environ.get("GUNICORN_PRELOAD", "1") == "1"
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")


def when_ready(server):
    """In the master, after the application is loaded and before any worker is forked."""
    if not server.cfg.preload_app:
        return
    from django.db import connections

    from resources.search.memory import preload

    started = time.monotonic()
    try:
        if preload():
            server.log.info("Search index loaded in %.1f s", time.monotonic() - started)
        started = time.monotonic()
        warm_up()
        server.log.info(
            "URLs, templates and catalogues loaded in %.1f s", time.monotonic() - started
        )
    finally:
        # The workers are forked from here: none may inherit (and share) this connection.
        connections.close_all()


def warm_up() -> None:
    """Does in the master what Django otherwise does lazily on each worker's first request:
    import every view through the URL configuration, read the translation catalogues and
    compile the templates (the cached loader keeps them). Each worker's first page took
    0.4-1.3 s more than the next ones; now the workers share the result."""
    from pathlib import Path

    from django.conf import settings
    from django.template import TemplateDoesNotExist, TemplateSyntaxError, engines
    from django.template.utils import get_app_template_dirs
    from django.urls import get_resolver
    from django.utils import translation

    get_resolver().url_patterns  # noqa: B018  (imports every URL module and view)
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            translation.gettext("Suche")
    engine = engines["django"]
    folders = [Path(f) for f in (*engine.dirs, *get_app_template_dirs("templates"))]
    # The portal's own (the admin's pages are compiled when staff first open them).
    for folder in [f for f in folders if f.is_relative_to(settings.BASE_DIR)]:
        for path in sorted(folder.rglob("*.html")):
            try:
                engine.get_template(path.relative_to(folder).as_posix())
            except (TemplateDoesNotExist, TemplateSyntaxError):
                # Not ours to judge here: the page that uses it reports it as before.
                continue


def shorten_ip(address: str) -> str:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return "-"
    prefix = 24 if ip.version == 4 else 48
    return str(ipaddress.ip_network(f"{ip}/{prefix}", strict=False).network_address)


# Personal newsletter links carry a token that identifies (and, for a while, authorises) a
# person: it has no place in a log file.
TOKEN_PATH = re.compile(r"(/newsletter/(?:bestaetigen|abmelden|einstellungen|daten)/)[^/\s?#]+")


def redact_tokens(text: str) -> str:
    return TOKEN_PATH.sub(r"\1[token]", text)


class PrivacyLogger(Logger):
    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        atoms["h"] = shorten_ip(atoms.get("h", ""))
        # Request line, path and referrer (a personal page linking onwards).
        for key in ("r", "U", "f"):
            if isinstance(atoms.get(key), str):
                atoms[key] = redact_tokens(atoms[key])
        return atoms


logger_class = PrivacyLogger
