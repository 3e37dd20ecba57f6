"""Names the importer writes: German slugs and the import key that finds a row again.

Both transliterate German the way German readers write it without umlauts (ü → ue, ß → ss):
a slug reads "minderjaehrige", not "minderjahrige". This is a spelling for output, not a rule
for comparing words — comparisons use `aliases.fold`, the search's folding. The import key
keeps this spelling because keys stored by earlier imports must still match.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from django.utils.text import slugify

from . import aliases
from .records import ParsedItem

IMPORT_KEY_PREFIX = "linklist:"
_GERMAN_ASCII = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def german_ascii(text: str) -> str:
    """Lower-case ASCII as German writes it: "Geflüchtete" → "gefluechtete", "Méndez" → "mendez"."""
    text = text.lower().translate(_GERMAN_ASCII)
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def german_slug(text: str, max_length: int = 100) -> str:
    """Slugs that read like German: "Minderjährige" → "minderjaehrige", not "minderjahrige"."""
    return slugify(german_ascii(text))[:max_length].strip("-") or "eintrag"


def import_key_for(item: ParsedItem) -> str:
    """Stable across runs and marker renumbering: derived from title and publishers (their
    canonical names, without legal form), blind to case, punctuation and spacing."""
    title = re.sub(r"[^a-z0-9]", "", german_ascii(item.title))
    names = sorted(
        re.sub(r"[^a-z0-9]", "", german_ascii(aliases.strip_legal_form(org.name)))
        for org in item.publishers
    )
    key = title + "|" + ",".join(names)
    return hashlib.sha256((IMPORT_KEY_PREFIX + key).encode()).hexdigest()[:40]
