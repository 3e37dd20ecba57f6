"""Type, region, target groups and audiences of an entry, from its words and its place."""

from __future__ import annotations

import re

from . import aliases
from .records import LinkListParseResult, ParsedItem

# --------------------------------------------------------------------------------- classify

_TYPE_RULES = [
    ("video", r"\bvideo|\bfilm\b|youtube"),
    ("flyer", r"\bflyer"),
    ("stellungnahme", r"stellungnahme|anmerkungen|positionspapier|punktuation"),
    ("gutachten", r"gutachten|expertise"),
    (
        "arbeitshilfe",
        r"arbeitshilfe|handreichung|leitfaden|checkliste|orientierungshilfe|toolbox|toolkit|"
        r"werkbuch|handlungsanleitung|handbuch|handlungsempfehlung|mindeststandard|"
        r"kinderrechte-check|wörterbuch",
    ),
    ("studie", r"studie|umfrage|befragung|analyse"),
    ("bericht", r"bericht|bt-dr|factfinding|auswertung|bilanz"),
    ("broschuere", r"broschüre|ratgeber|bilderbuch|informationen für geflüchte|kompakt"),
    ("themenseite", r"themenseite|infoseite|datenbank|\bfaqs?\b"),
    ("gesetz", r"gesetz|richtlinie|konvention|übereinkommen|sgb viii -|aktionsplan"),
    ("fachbeitrag", r"kommentierung|\bin: |bestandsaufnahme|unsichtbarkeit|verfassungsblog"),
]
_REGION_RULES = [
    ("thueringen", r"thüringen|thueringen"),
    ("europa", r"\beu-|europ"),
    ("international", r"unhcr|haager|weltweit|österreich"),
]
TARGET_GROUP_RULES = [
    ("unbegleitete Minderjährige", r"unbegleitet|\bumf\b|\bbumf\b"),
    (
        "begleitete Minderjährige und Familien",
        r"\bbegleitete|familien|eltern|neugeboren|kindergeld",
    ),
    (
        "junge Volljährige / Care Leaver",
        r"volljährig|care ?leaver|leaving care|§ 41|erwachsenenleben|junge erwachsene",
    ),
]
AUDIENCE_RULES = [
    ("Fachkräfte", r"fachkräfte|fachkraefte|jugendämtern|jugendhilfeträger|handlungsleitfaden"),
    ("Vormünder", r"vormund|vormünder"),
    (
        "Lehrkräfte und Schulen",
        r"lehrkräfte|schulleitung|schule|pädagog|erzieher\*innen|kitas",
    ),
    ("Ehrenamtliche", r"ehrenamtliche|begleitpersonen|unterstützer"),
    (
        "junge Geflüchtete",
        r"für jugendliche|flyer jugendliche|for refugees|für junge geflüchtete"
        r"|mehrsprachige informationen|tipps von careleavern|dein gutes recht"
        r"|informationen für geflüchte",
    ),
    ("Eltern", r"\beltern|refugee parents|neugeborene"),
]


def classify_item(item: ParsedItem, result: LinkListParseResult) -> None:
    section = result.section(item.section)
    topic = section.topic(item.topic) if section and item.topic else None
    labels = " ".join(link.label for link in item.links if not link.label_damaged)
    text = " ".join([item.title, item.subtitle, labels]).lower()
    publishers = " ".join(org.name for org in item.publishers).lower()
    if item.is_address:
        item.resource_type = "adresse"
    elif item.type_hint:
        item.resource_type = item.type_hint
    elif item.subtitle.startswith("in:") or (
        item.publishers and all(org.kind == aliases.AUTHOR for org in item.publishers)
    ):
        item.resource_type = "fachbeitrag"
    else:
        item.resource_type = next(
            (kind for kind, pattern in _TYPE_RULES if re.search(pattern, text)),
            (topic.resource_type if topic and topic.resource_type else ""),
        )
        if not item.resource_type and "blog" in publishers:
            item.resource_type = "fachbeitrag"
        if (
            not item.resource_type
            and item.publishers
            and all(org.kind == aliases.AUTHOR for org in item.publishers)
        ):
            item.resource_type = "fachbeitrag"
        item.resource_type = item.resource_type or "sonstiges"
    if topic is not None and topic.resource_type and item.resource_type == "sonstiges":
        item.resource_type = topic.resource_type

    region_text = " ".join([item.title, item.subtitle, publishers]).lower()
    item.region = item.region_hint or next(
        (region for region, pattern in _REGION_RULES if re.search(pattern, region_text)),
        (topic.region if topic and topic.region else (section.region if section else "")),
    )
    if item.is_address and item.address_org:
        item.region = section.region if section and section.addresses else item.region

    everything = " ".join([text, item.description.lower(), item.source_text.lower()])
    groups = [name for name, pattern in TARGET_GROUP_RULES if re.search(pattern, everything)]
    for place in item.placements:
        owner = result.section(place.section)
        if owner:
            groups += owner.target_groups
    item.target_groups = list(dict.fromkeys(groups))

    audiences = [name for name, pattern in AUDIENCE_RULES if re.search(pattern, everything)]
    if not audiences:
        for place in item.placements:
            owner = result.section(place.section)
            if owner:
                audiences += owner.audiences
    item.audiences = list(dict.fromkeys(audiences))


def all_target_groups(result: LinkListParseResult) -> list[str]:
    names = [name for name, _pattern in TARGET_GROUP_RULES]
    for section in result.sections:
        names += section.target_groups
    return list(dict.fromkeys(names))


def all_audiences(result: LinkListParseResult) -> list[str]:
    names = [name for name, _pattern in AUDIENCE_RULES]
    for section in result.sections:
        names += section.audiences
    return list(dict.fromkeys(names))
