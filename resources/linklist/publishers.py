"""Who published an entry: the text before its first colon, a "von …" or "Hrsg.:" list.

"BuMF e.V.: Titel", "Wiesner/Loos: Kommentar", "BT-Dr. 20/1234: Bericht", "Film: Titel" (a type
label, not a publisher). Names resolve through `aliases`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import aliases
from .aliases import OrgRef
from .text import MARKER_RE, TYPE_PREFIXES

# --------------------------------------------------------------------------------- prefixes


@dataclass
class Prefix:
    publishers: list[OrgRef] = field(default_factory=list)
    type_hint: str = ""
    region_hint: str = ""
    subtitle: str = ""
    year: int | None = None


_DRUCKSACHE_RE = re.compile(r"^(?P<who>BT|BR)-Dr\.?\s*(?P<nr>\d+/\d+)$")
_BUNDESRAT_DR_RE = re.compile(r"/?\s*Dr\.\s*(?P<nr>\d+/\d+)\s*$")


def split_names(text: str) -> list[str]:
    text = re.sub(r"\bu\.\s?a\.", "", text)
    parts = re.split(r"\s*/\s*|\s*,\s*|(?<!-)\s+und\s+", text)
    return [p.strip() for p in parts if p.strip()]


def resolve_prefix(prefix: str) -> Prefix | None:
    """What stands before the first colon: publishers, authors, or a type label."""
    prefix = prefix.strip()
    if not prefix or len(prefix) > 130 or MARKER_RE.search(prefix):
        return None
    result = Prefix()
    year = re.search(r"\s*\((\d{4})\)\s*$", prefix)
    if year:
        result.year = int(year.group(1))
        prefix = prefix[: year.start()].strip()
    words = prefix.split()
    type_hint = TYPE_PREFIXES.get(words[0].lower())
    if type_hint:
        result.type_hint = type_hint
        if "thüringen" in prefix.lower():
            result.region_hint = "thueringen"
        return result
    drucksache = _DRUCKSACHE_RE.match(prefix)
    if drucksache:
        who = "Deutscher Bundestag" if drucksache.group("who") == "BT" else "Bundesrat"
        result.publishers.append(aliases.resolve(who))
        result.subtitle = f"{drucksache.group('who')}-Drucksache {drucksache.group('nr')}"
        result.type_hint = "bericht" if drucksache.group("who") == "BT" else ""
        return result
    bundesrat = _BUNDESRAT_DR_RE.search(prefix)
    if bundesrat and "rat" in prefix[: bundesrat.start()].lower():
        result.subtitle = f"BR-Drucksache {bundesrat.group('nr')}"
        prefix = prefix[: bundesrat.start()]
    whole = aliases.known_organisation(prefix)
    if whole:
        result.publishers.append(whole)
        return result
    names = split_names(prefix)
    for part in names:
        hint = TYPE_PREFIXES.get(part.lower())
        if hint:
            result.type_hint = hint
            continue
        known = aliases.known_organisation(part)
        if known:
            result.publishers.append(known)
        elif aliases.looks_like_organisation(part):
            result.publishers.append(aliases.resolve(part))
        elif aliases.looks_like_person(part, several=len(names) > 1):
            result.publishers.append(aliases.resolve(part, person=True))
        else:
            return None
    if not result.publishers:
        return None
    return result


def publisher_list(text: str) -> list[OrgRef] | None:
    """ "BAfF, refugio Thüringen, BumF und terre des hommes": organisations, or None."""
    names = split_names(text)
    if not names:
        return None
    refs = []
    for name in names:
        if aliases.known_organisation(name) or aliases.looks_like_organisation(name):
            refs.append(aliases.resolve(name))
        else:
            return None
    return refs


def publishers_named_in(title: str) -> list[OrgRef]:
    """ "FAQs des B-umF e.V.", "UNHCR-Richtlinien …": the publisher is named in the title."""
    ending = re.search(r"\b(?:des|der|von|vom)\s+(?P<name>[^,:;]{2,60})$", title)
    if ending and (known := aliases.known_organisation(ending.group("name"))):
        return [known]
    leading = re.match(r"^(?P<name>[A-Z]{3,})-", title)
    if leading and (known := aliases.known_organisation(leading.group("name"))):
        return [known]
    return []
