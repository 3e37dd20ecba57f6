"""Recognising "soft 404s": error pages served with status 200.

Many content management systems answer a deleted page with 200 and an error page, or send
every unknown address to the home page. Both look fine to a status-code check, so the checker
reads the page title and looks at where a redirect ends.

The title test is deliberately strict: a title *segment* (titles are usually "page | site")
must be an error phrase as a whole. A guide titled "Wenn der Vormund nicht gefunden wird" is a
real page; "Seite nicht gefunden – Stadt Erfurt" and "404 Not Found" are not.
"""

import re
from html import unescape
from urllib.parse import urlsplit

_TITLE = re.compile(rb"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([a-zA-Z0-9_-]+)""", re.IGNORECASE)
_SEPARATORS = re.compile(r"\s+[|–—·»:-]+\s+|\s*::\s*")
_ERROR_PHRASE = re.compile(
    r"""^
    (?:(?:oops|ups|hoppla|sorry|leider)\W+)?
    (?:(?:fehler|error|http)\W*)?
    (?:404\W*)?
    (?:(?:die|diese|this|the)\s+)?
    (?:(?:seite|page|webseite|datei|file|dokument|document|inhalt|content|artikel)\s+)?
    (?:(?:wurde|was|konnte)\s+)?
    (?:leider\s+)?
    (?:nicht\s+gefunden(?:\s+werden)?|not\s+found|existiert\s+nicht(?:\s+mehr)?
       |does\s+not\s+exist|could\s+not\s+be\s+found|cannot\s+be\s+found
       |nicht\s+(?:mehr\s+)?verfügbar|no\s+longer\s+available)
    (?:\W*\(?(?:(?:fehler|error)\s*)?404\)?)?
    \W*$""",
    re.IGNORECASE | re.VERBOSE,
)
_BARE_404 = re.compile(r"^\W*(?:(?:fehler|error|http)\W*)?404\W*$", re.IGNORECASE)
# Start pages, also per language ("/de/", "/en-gb/"): the language codes of the portal's
# audience, so that a real two-letter path like "/ok" is not taken for a start page.
_HOME_PATH = re.compile(
    r"^/?(?:index\.\w+|home|start(?:seite)?"
    r"|(?:de|en|fr|es|it|nl|pl|pt|tr|ar|fa|ru|uk|ro|bg|el|cs|sk|hu|sv|da|ku|ps|ti|so)"
    r"(?:[-_][a-z]{2})?)?/?(?:index\.\w+)?$",
    re.IGNORECASE,
)


def page_title(body: bytes, charset: str | None = None) -> str:
    """The text of the first <title> in the (possibly truncated) body, whitespace collapsed."""
    match = _TITLE.search(body)
    if not match:
        return ""
    if not charset:
        meta = _CHARSET.search(body)
        charset = meta.group(1).decode("ascii") if meta else "utf-8"
    try:
        text = match.group(1).decode(charset, errors="replace")
    except LookupError:
        text = match.group(1).decode("utf-8", errors="replace")
    return " ".join(unescape(text).split())


def is_error_title(title: str) -> bool:
    """True if one segment of the title says "not found" as a whole."""
    segments = [segment.strip() for segment in _SEPARATORS.split(title)]
    return any(
        _ERROR_PHRASE.match(segment) or _BARE_404.match(segment) for segment in segments if segment
    )


def is_home_page(url: str) -> bool:
    """A site's start page: "/", "/index.html", "/de/", "/start" and the like."""
    parts = urlsplit(url)
    return not parts.query and bool(_HOME_PATH.match(parts.path or "/"))


def is_redirect_to_home(original_url: str, final_url: str) -> bool:
    """A deep link that now ends on a start page: the target was removed."""
    return is_home_page(final_url) and not is_home_page(original_url)
