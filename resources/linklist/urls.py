"""URLs of the link targets: validated, encoded, stripped of tracking parameters."""

from __future__ import annotations

import re
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


# Parameters that only say where a click came from (newsletter, campaign, ad): they make one
# address look like many and end up in every shared copy of a link.
_TRACKING = re.compile(
    r"^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_hsenc|_hsmi|mkt_tok|wt_mc|wt\.mc_id|"
    r"pk_\w+|mtm_\w+|piwik_\w+|matomo_\w+|yclid|igshid|si)$",
    re.IGNORECASE,
)


def strip_tracking(url: str) -> str:
    """The URL without click-tracking parameters (utm_*, fbclid, …); other parameters, their
    order and the fragment stay as written."""
    parts = urllib.parse.urlsplit(url)
    if not parts.query:
        return url
    kept = [
        pair
        for pair in parts.query.split("&")
        if pair and not _TRACKING.match(urllib.parse.unquote_plus(pair.split("=", 1)[0]))
    ]
    return urllib.parse.urlunsplit(parts._replace(query="&".join(kept)))


def normalise_url(url: str) -> str | None:
    """Percent-encodes spaces and non-ASCII characters and drops tracking parameters; None
    when it is no valid URL."""
    url = strip_tracking(url.strip())
    url = urllib.parse.quote(url, safe=":/?#[]@!$&'()*+,;=%~")
    try:
        URLValidator(schemes=["http", "https"])(url)
    except ValidationError:
        return None
    return url if len(url) <= 1000 else None
