"""Chunks → their place: title, intro, section and topic descriptions, entries, addresses.

Walks the events of `lines.scan_lines` in order, keeping the current section and topic; a
heading the outline does not know becomes a new topic (and a warning), prose becomes a
description, and every line gets a role in `line_roles` so nothing is dropped silently.
"""

from __future__ import annotations

import re

from django.utils.translation import gettext as _

from . import aliases
from .aliases import OrgRef, fold
from .dates import parse_date_expression
from .entries import EntryParser
from .lines import Chunk
from .outline import heading_key
from .publishers import resolve_prefix
from .records import (
    Fragment,
    LinkListParseResult,
    ParsedItem,
    ParsedLink,
    ParsedSection,
    ParsedTopic,
    Placement,
)
from .text import MARKER_RE, PAREN_RE, clean, line_at

# --------------------------------------------------------------------------------- prose


_SENTENCE_RE = re.compile(r"[a-zäöüß]{3,}[.!?]\s+[A-ZÄÖÜ]")


def is_prose(text: str) -> bool:
    markers = len(MARKER_RE.findall(text))
    if markers > 1:
        return False
    if any(parse_date_expression(m.group(1)) for m in PAREN_RE.finditer(text)):
        return False
    sentences = len(_SENTENCE_RE.findall(text)) + 1
    if markers == 0:
        return len(text) >= 100 or sentences >= 2
    return sentences >= 2 and len(text) >= 200


def looks_like_heading(chunk: Chunk) -> bool:
    text = chunk.text
    return (
        len(chunk.lines) == 1
        and not MARKER_RE.search(text)
        and len(text) <= 80
        and len(text.split()) <= 8
        and not text.endswith((".", ",", ";"))
        and text[0].isupper()
    )


def place_chunks(
    events: list[tuple], result: LinkListParseResult, outline: dict, section_names: dict
) -> None:
    sections = result.sections
    current = -1
    topic: ParsedTopic | None = None
    url_block = 0
    last_was_url = False
    seen_title = False

    def placement() -> Placement:
        return Placement(sections[current].name, topic.name if topic else None)

    for event in events:
        kind = event[0]
        if kind == "url":
            if not last_was_url:
                url_block += 1
            result.urls.append((event[1], event[2]))
            result.line_roles[event[1]] = f"url:{url_block}"
            last_was_url = True
            continue
        last_was_url = False
        if kind == "heading":
            _kind, number, heading = event
            key = heading_key(heading)
            if key in section_names:
                if current == -1:
                    result.line_roles[number] = "section-list"
                    continue
                current = section_names[key].position
                topic = None
                sections[current].line = sections[current].line or number
                result.line_roles[number] = "section"
                continue
            found = None
            for index in range(max(current, 0), len(sections)):
                match = next(
                    (t for t in sections[index].topics if heading_key(t.heading) == key), None
                )
                if match:
                    found = (index, match)
                    break
            if found is None:
                owner = next(s for s in sections for t in s.topics if heading_key(t.heading) == key)
                result.warnings.append(
                    Fragment(
                        number,
                        heading,
                        _(
                            "Überschrift steht laut Gliederung im Abschnitt „%(section)s“, "
                            "hier aber weiter unten; als Thema des aktuellen Abschnitts übernommen"
                        )
                        % {"section": owner.name},
                    )
                )
                topic = _new_topic(sections[max(current, 0)], heading, number)
                current = max(current, 0)
            else:
                current, topic = found
                topic.line = topic.line or number
                sections[current].line = sections[current].line or number
            result.line_roles[number] = "topic"
            continue

        chunk: Chunk = event[1]
        text, offsets = chunk.text_and_offsets()
        lines = [line.number for line in chunk.lines]
        if current == -1 and not seen_title and len(chunk.lines) == 1 and len(text) <= 100:
            seen_title = True
            result.title = clean(MARKER_RE.sub("", text))
            _mark(result, lines, "title")
            for match in MARKER_RE.finditer(text):
                result.warnings.append(
                    Fragment(lines[0], match.group(0), "Link der Seite selbst: nicht importiert")
                )
            continue
        following = current + 1
        anchor = sections[following].starts_with if following < len(sections) else ""
        if anchor and fold(text).startswith(fold(anchor)):
            current = following
            topic = None
            sections[current].line = lines[0]
        if is_prose(text):
            if current == -1:
                result.intro = clean(result.intro + "\n\n" + text) if result.intro else text
            elif topic is not None:
                topic.description = _join(topic.description, MARKER_RE.sub("", text))
            else:
                section = sections[current]
                section.description = _join(section.description, MARKER_RE.sub("", text))
            _mark(result, lines, "prose")
            for match in MARKER_RE.finditer(text):
                _inline_link(result, outline, text, offsets, match, current, placement)
            continue
        if current == -1:
            _mark(result, lines, "unplaced")
            result.unplaced.append(
                Fragment(
                    lines[0], text, _("Eintrag vor dem ersten Abschnitt: keinem Bereich zuzuordnen")
                )
            )
            continue
        if looks_like_heading(chunk) and chunk.after_blank:
            topic = _new_topic(sections[current], text, lines[0])
            result.warnings.append(
                Fragment(
                    lines[0],
                    text,
                    _(
                        "Überschrift nicht in der Gliederung: "
                        "als neues Thema in „%(section)s“ angelegt"
                    )
                    % {"section": sections[current].name},
                )
            )
            _mark(result, lines, "topic")
            continue
        if not MARKER_RE.search(text):
            _mark(result, lines, "unplaced")
            result.unplaced.append(
                Fragment(lines[0], text, _("Text ohne Link [n]: kein Material angelegt"))
            )
            continue
        for part_text, part_offsets in _split_chunk(text, offsets):
            parser = EntryParser(part_text, part_offsets, result)
            items = parser.parse(placement())
            for item in items:
                if sections[current].addresses:
                    make_address(item, sections[current])
            result.items.extend(items)
        _mark(result, lines, "item")


def _join(first: str, second: str) -> str:
    second = clean(second)
    return f"{first}\n\n{second}" if first else second


def _mark(result: LinkListParseResult, lines: list[int], role: str) -> None:
    for number in lines:
        result.line_roles[number] = role


def _new_topic(section: ParsedSection, heading: str, line: int) -> ParsedTopic:
    name = heading.strip().rstrip(":").strip()
    existing = section.topic(name)
    if existing:
        return existing
    topic = ParsedTopic(name=name, heading=heading, line=line, known=False)
    section.topics.append(topic)
    return topic


_ITEM_JOIN_RE = re.compile(r"\]\s*\(([^()]*)\)\s*,\s+(?=[^:\[\]]{2,80}:\s)")


def _split_chunk(text: str, offsets: list[tuple[int, int]]):
    """ "… [3] (Jul. 2025), BuMF e.V.: Anmerkungen … [4]": two entries on one line."""
    start = 0
    for match in _ITEM_JOIN_RE.finditer(text):
        if parse_date_expression(match.group(1)) is None:
            continue
        following = text[match.end() :]
        if resolve_prefix(following.split(": ", 1)[0]) is None:
            continue
        end = match.end()
        yield text[start:end].rstrip(" ,"), _shift(offsets, start)
        start = end
    yield text[start:], _shift(offsets, start)


def _shift(offsets: list[tuple[int, int]], start: int) -> list[tuple[int, int]]:
    shifted = [(max(pos - start, 0), line) for pos, line in offsets]
    keep = [entry for entry in shifted if entry[0] == 0][-1:]
    return keep + [entry for entry in shifted if entry[0] > 0]


def _inline_link(result, outline, text, offsets, match, current, placement) -> None:
    """A link inside running text becomes a resource only if the outline names it."""
    number = int(match.group(1))
    line = line_at(offsets, match.start())
    sentence_start = text.rfind(". ", 0, match.start()) + 1
    context = text[sentence_start : match.end() + 80]
    for spec in outline.get("inline_links", []):
        if spec["phrase"] in context and current >= 0:
            item = ParsedItem(
                title=spec["title"],
                line=line,
                last_line=line,
                placements=[placement()],
                publishers=[aliases.resolve(name) for name in spec.get("publishers", [])],
                links=[ParsedLink(number, line)],
                type_hint=spec.get("resource_type", ""),
                source_text=clean(context),
            )
            result.items.append(item)
            return
    result.unplaced.append(
        Fragment(
            line,
            clean(context),
            _("Link [%(marker)d] im Fließtext: kein Material angelegt") % {"marker": number},
        )
    )


def make_address(item: ParsedItem, section: ParsedSection) -> None:
    """An entry of an address section: the organisation itself, findable as a resource."""
    item.is_address = True
    head = item.source_text.split("[")[0]
    description = ""
    if item.publishers and ": " in head:
        # "Informationsverbund Asyl & Migration: Materialien für die Beratung Minderjähriger"
        org = item.publishers[0]
    else:
        parts = re.split(r"\s+[-–—]\s+", item.title, maxsplit=1)
        name = parts[0]
        description = parts[1] if len(parts) > 1 else ""
        second = item.links[1].label if len(item.links) > 1 else ""
        if second and not description and not second.lower().startswith("flyer"):
            # "Deutscher Kinderschutzbund e.V. - [118]Landesverband Thüringen [119]"
            item.title = f"{item.title} – {second}"
        org = aliases.known_organisation(item.title) or aliases.resolve(name)
        if aliases.org_key(description) == aliases.org_key(org.name):
            description = ""
    kind = section.addresses
    if org.kind in (aliases.COUNSELLING, aliases.AUTHORITY):
        kind = org.kind
    item.address_org = OrgRef(org.name, org.short_name, kind, section.region or org.region)
    item.publishers = [p for p in item.publishers if p.name != org.name]
    item.publishers.insert(0, item.address_org)
    if description and not item.description:
        item.description = description
