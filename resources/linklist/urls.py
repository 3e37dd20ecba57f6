"""URLs of the link targets: validated, encoded, stripped of tracking parameters."""

from __future__ import annotations

import urllib.parse

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator


def link_format(url: str, hint: str = "") -> str:
    path = urllib.parse.urlsplit(url).path.lower() if url else ""
    host = urllib.parse.urlsplit(url).netloc.lower() if url else ""
    if path.endswith(".pdf"):
        return "pdf"
    if any(h in host for h in ("youtube.", "youtu.be", "vimeo.")):
        return "video"
    if path.endswith((".doc", ".docx", ".odt", ".rtf")):
        return "doc"
    if path.endswith((".mp3", ".ogg", ".m4a")):
        return "audio"
    return hint or "html"


def normalise_url(url: str) -> str | None:
    """Percent-encodes spaces and non-ASCII characters; None when it is no valid URL."""
    url = url.strip()
    url = urllib.parse.quote(url, safe=":/?#[]@!$&'()*+,;=%~")
    try:
        URLValidator(schemes=["http", "https"])(url)
    except ValidationError:
        return None
    return url if len(url) <= 1000 else None
