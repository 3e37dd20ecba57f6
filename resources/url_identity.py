"""When two addresses lead to the same document: `http://www.example.org/a/?utm_source=x`
and `https://example.org/a` are one link for duplicate detection.

Only what never changes the document is dropped: the scheme (http/https), a leading `www.`,
default ports, letter case of scheme and host, a trailing slash, the fragment and tracking
parameters (utm_*, fbclid, gclid, …). The stored address is left as the editor typed it.
"""

import urllib.parse

TRACKING_PARAMETERS = {"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "_ga"}


def is_tracking(name: str) -> bool:
    name = name.lower()
    return name.startswith("utm_") or name in TRACKING_PARAMETERS


def url_identity(url: str) -> str:
    """A key that is equal for addresses of the same document (not itself a URL)."""
    parts = urllib.parse.urlsplit(url.strip())
    host = (parts.hostname or "").lower().rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    port = parts.port if parts.port not in (None, 80, 443) else None
    path = urllib.parse.unquote(parts.path).rstrip("/")
    query = [
        (name, value)
        for name, value in urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
        if not is_tracking(name)
    ]
    key = host + (f":{port}" if port else "") + path
    if query:
        key += "?" + urllib.parse.urlencode(query)
    return key


def identity_search_text(url: str) -> str:
    """A substring every stored spelling of the same address contains, for a first, cheap
    database filter: the host without `www.` (the path may be spelled percent-encoded)."""
    host = (urllib.parse.urlsplit(url.strip()).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host
