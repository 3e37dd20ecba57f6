"""One chunk of text → one or more entries (`ParsedItem`).

An entry reads `[NEU:] [Publisher:] Title [n] [variants [n] …] [(date)] [description]`: the
title before the first marker, language variants and further links after it, dates in
parentheses anywhere. A chunk may hold several resources of the same publisher
("Checkliste [87] / Merkblatt zur Anhörung [88]").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from ..dates import PartialDate
from . import aliases
from .aliases import OrgRef
from .dates import DateInfo, date_in_title, parse_date_expression
from .publishers import Prefix, publisher_list, publishers_named_in, resolve_prefix, split_names
from .records import Fragment, LinkListParseResult, ParsedItem, ParsedLink, Placement
from .text import (
    AUF_LANG_RE,
    FORMAT_WORDS,
    LABEL_LANG_RE,
    LINK_PHRASE_RE,
    MARKER_RE,
    MULTILINGUAL_RE,
    PAREN_RE,
    TYPE_PREFIXES,
    VARIANT_RE,
    clean,
    is_damaged,
    language_of,
    line_at,
    strip_quotes,
    unbalanced,
)

# --------------------------------------------------------------------------------- items


_HRSG_RE = re.compile(
    r",?\s*Hrsg\.?\s*:\s*(?P<names>[^()\[\]]+?)\s*(?P<ua>\(u\.\s?a\.\))?\s*(?=\(|$)"
)
_CONTAINER_RE = re.compile(r"^(?P<container>[^\[\]]+?);\s*(?P<who>[^:\[\]]{2,80}):\s+(?P<rest>.+)$")
_PAGES_RE = re.compile(r"^S\.\s*\d+(?:\s*[-–]\s*\d+)?\.?$")


@dataclass
class _Draft:
    """One resource being assembled from a chunk (a chunk may hold several)."""

    title: str
    start: int
    links: list[ParsedLink] = field(default_factory=list)
    dates: list[DateInfo] = field(default_factory=list)
    subtitle: list[str] = field(default_factory=list)
    description: list[str] = field(default_factory=list)
    publishers: list[OrgRef] = field(default_factory=list)
    type_hint: str = ""
    title_suffix: str = ""


class EntryParser:
    """Turns the text of one chunk into one or more ParsedItems."""

    def __init__(self, text: str, offsets: list[tuple[int, int]], result: LinkListParseResult):
        self.text = text
        self.offsets = offsets
        self.result = result
        self.notes: list[str] = []

    def line(self, position: int) -> int:
        return line_at(self.offsets, position)

    def unplaced(self, position: int, text: str, reason: str) -> None:
        text = clean(text)
        if text and re.search(r"\w", text):
            self.result.unplaced.append(Fragment(self.line(position), text, reason))

    def parse(self, placement: Placement) -> list[ParsedItem]:
        text = self.text
        highlighted = False
        neu = re.match(r"^\s*NEU\s*:\s*", text)
        if neu:
            highlighted = True
            text = text[neu.end() :]
            base = neu.end()
        else:
            base = 0

        prefix = Prefix()
        first_marker = MARKER_RE.search(text)
        colon = text.find(": ")
        if colon > 0 and (first_marker is None or colon < first_marker.start()):
            resolved = resolve_prefix(text[:colon])
            if resolved is not None:
                prefix = resolved
                base += colon + 2
                text = text[colon + 2 :]

        # "Sammelband; Autorin (2022): Beitrag" – a chapter in an edited volume.
        container = _CONTAINER_RE.match(text)
        if container:
            who = resolve_prefix(container.group("who"))
            if who and all(p.kind == aliases.AUTHOR for p in who.publishers):
                prefix.subtitle = clean("in: " + container.group("container"))
                prefix.publishers += who.publishers
                prefix.year = prefix.year or who.year
                base += container.start("rest")
                text = container.group("rest")

        extra_publishers: list[OrgRef] = []
        hrsg = _HRSG_RE.search(text)
        if hrsg:
            names = hrsg.group("names")
            if re.search(r"\bu\.\s?a\.", names) or hrsg.group("ua"):
                self.notes.append(_("weitere Herausgeber (u. a.)"))
            extra_publishers = [aliases.resolve(name) for name in split_names(names)]
            text = text[: hrsg.start()] + " " * (hrsg.end() - hrsg.start()) + text[hrsg.end() :]

        parts = MARKER_RE.split(text)
        positions = [base]
        for match in MARKER_RE.finditer(text):
            positions.append(base + match.end())
        # parts: t0, m1, t1, m2, t2, ...
        segments = parts[0::2]
        markers = [int(m) for m in parts[1::2]]

        title0, dates0 = self._take_dates(segments[0])
        draft = _Draft(title=title0, start=base, dates=dates0, type_hint=prefix.type_hint)
        drafts = [draft]
        if not markers:
            return []
        draft.links.append(ParsedLink(markers[0], self.line(positions[0] + len(segments[0]))))

        for index in range(1, len(segments)):
            segment = segments[index]
            position = positions[index]
            is_tail = index == len(segments) - 1
            current_link = draft.links[-1]
            segment = segment.lstrip()
            if segment.startswith(")") and unbalanced(draft.title):
                draft.title_suffix = ")"
                segment = segment[1:]
            segment, dates = self._take_dates(segment)
            draft.dates += dates
            # Leading parentheses describe the link just before them: (pdf), (deutsch).
            while True:
                lead = re.match(r"^\s*[,;]?\s*\(([^()\[\]]*)\)", segment)
                if not lead:
                    break
                content = lead.group(1).strip()
                if content.lower() in FORMAT_WORDS:
                    current_link.format = FORMAT_WORDS[content.lower()]
                elif content.lower() == "mehrsprachig":
                    current_link.language = "mul"
                elif language_of(content):
                    current_link.language = language_of(content)
                elif re.fullmatch(r"u\.\s?a\.", content):
                    self.notes.append(_("weitere Herausgeber (u. a.)"))
                elif is_tail and (found := publisher_list(content)):
                    draft.publishers += found
                elif is_tail:
                    draft.subtitle.append(f"({content})")
                else:
                    break
                segment = segment[lead.end() :]
            rest = (
                clean(segment.lstrip(" ,;/.-–").rstrip(" ,;/"))
                if segment.strip(" ,;/.-–()")
                else ""
            )
            rest = rest.lstrip("(").strip()
            if rest.endswith(")") and rest.count(")") > rest.count("("):
                rest = rest[:-1].strip()
            if is_tail:
                self._tail(draft, rest, position)
                continue
            marker = markers[index]
            link_line = self.line(position + len(segments[index]))
            variant = VARIANT_RE.match(rest)
            if variant and (
                variant.group("label") is not None or not rest[len(variant.group(0)) :]
            ):
                label = clean(variant.group("label") or "")
                label = re.sub(r"^Download\s+", "", label)
                label = re.sub(r"\s+here$", "", label)
                code = language_of(variant.group("lang")) or "de"
                draft.links.append(
                    ParsedLink(
                        marker,
                        link_line,
                        label=strip_quotes(label),
                        language=code,
                        label_damaged=is_damaged(label),
                    )
                )
                continue
            von = re.match(r"^von\s+(?P<names>.+?)(?:\s+/\s+(?P<rest>.*))?$", rest)
            if von and (found := publisher_list(von.group("names"))):
                draft.publishers += found
                rest = von.group("rest") or ""
            rest, continuation = self._split_continuation(rest)
            if continuation:
                draft.title_suffix += " " + continuation
            if not rest or LINK_PHRASE_RE.search(rest) or (len(rest.split()) <= 4 and not dates):
                draft.links.append(self._link_from_label(marker, link_line, rest))
                continue
            # Anything longer is a further resource of the same publisher(s).
            title, hint = strip_type_prefix(rest)
            draft = _Draft(title=title, start=position, type_hint=hint or prefix.type_hint)
            draft.links.append(ParsedLink(marker, link_line))
            drafts.append(draft)

        items = []
        for each in drafts:
            item = self._finish(each, prefix, extra_publishers, highlighted, placement)
            if item is not None:
                items.append(item)
        return items

    def _take_dates(self, segment: str) -> tuple[str, list[DateInfo]]:
        found = []

        def replace(match: re.Match) -> str:
            info = parse_date_expression(match.group(1))
            if info is None:
                return match.group(0)
            found.append(info)
            return " "

        return PAREN_RE.sub(replace, segment), found

    def _split_continuation(self, rest: str) -> tuple[str, str]:
        """ "für den Übergang …; mehr Informationen hier": title words, then a link label."""
        if not rest or not rest[0].islower() or LINK_PHRASE_RE.match(rest):
            return rest, ""
        for separator in ("; ", ", "):
            if separator in rest:
                head, _separator, tail = rest.rpartition(separator)
                if LINK_PHRASE_RE.search(tail):
                    return tail, head
        return rest, ""

    def _link_from_label(self, marker: int, line: int, label: str) -> ParsedLink:
        label = clean(label)
        link = ParsedLink(marker, line)
        language = LABEL_LANG_RE.search(label)
        if language:
            link.language = language_of(language.group("lang")) or "de"
        if "youtube" in label.lower() or "video" in label.lower():
            link.format = "video"
        label = re.sub(
            r"\s*(?:befindet sich\s+)?(?:im Wortlaut\s+)?hier\s*\.?$", "", label, flags=re.I
        )
        label = re.sub(r"^(?:-|–)\s*", "", label)
        link.label = label.strip()
        link.label_damaged = is_damaged(label)
        return link

    def _tail(self, draft: _Draft, rest: str, position: int) -> None:
        if not rest:
            return
        if _PAGES_RE.match(rest):
            draft.subtitle.append(rest)
            return
        von = re.match(r"^von\s+(.+)$", rest)
        if von and (found := publisher_list(von.group(1))):
            draft.publishers += found
            return
        if rest.startswith("in: "):
            draft.subtitle.append(rest)
            editors = re.findall(r"([^,:;]+?)\s*\((?:Hg|Hrsg)\.\)", rest[4:])
            draft.publishers += [aliases.resolve(name) for name in editors]
            return
        if rest[0].islower():
            head, colon, description = rest.partition(": ")
            draft.title_suffix += " " + head
            if colon:
                draft.description.append(description)
            return
        if rest[0].isupper() or rest[0] in '„"':
            draft.description.append(rest)
            return
        self.unplaced(position, rest, _("Text nach dem letzten Link nicht zugeordnet"))

    def _finish(
        self,
        draft: _Draft,
        prefix: Prefix,
        extra_publishers: list[OrgRef],
        highlighted: bool,
        placement: Placement,
    ) -> ParsedItem | None:
        title = draft.title.strip()
        title = re.sub(r"\s+", " ", title).strip(" ,;/")
        title = title.rstrip(" -–").strip()
        language_suffix = AUF_LANG_RE.search(title)
        if language_suffix:
            draft.links[0].language = language_of(language_suffix.group("lang")) or "de"
            title = title[: language_suffix.start()]
        title, hint = strip_type_prefix(title)
        draft.type_hint = draft.type_hint or hint
        title = strip_quotes(clean(title))
        # "Checkliste (lang) [87] / Checkliste (kurz) [88]": the title is the shared head word.
        if len(draft.links) > 1 and draft.links[1].label:
            head = draft.links[1].label.split()[0]
            words = title.split()
            if head[0].isupper() and head in words:
                at = len(words) - 1 - words[::-1].index(head)
                draft.links[0].label = " ".join(words[at:])
                title = " ".join(words[:at]) or head
        title = clean(title + draft.title_suffix)
        if draft.title_suffix.startswith(")"):
            title = clean(title)
        title = strip_quotes(title)
        if not title:
            self.unplaced(draft.start, self.text, _("Eintrag ohne erkennbaren Titel"))
            return None
        item = ParsedItem(
            title=title[:500],
            line=self.line(draft.start),
            last_line=self.offsets[-1][1],
            placements=[placement],
            links=draft.links,
            highlighted=highlighted,
            type_hint=draft.type_hint,
            region_hint=prefix.region_hint,
            source_text=self.text,
            notes=list(dict.fromkeys(self.notes)),
        )
        publishers = prefix.publishers + draft.publishers + extra_publishers
        if not publishers:
            publishers = publishers_named_in(title)
        item.publishers = list({p.name: p for p in publishers}.values())
        for info in draft.dates:
            if info.date and (item.date is None or more_precise(info.date, item.date)):
                item.date = info.date
            if info.note:
                item.date_note = info.note
            if info.availability:
                item.availability_note = info.availability
                item.available_from = info.available_from
        if item.date is None and prefix.year:
            item.date = PartialDate(prefix.year)
        if item.date is None and not item.date_note:
            item.date = date_in_title(title)
        item.subtitle = "; ".join(filter(None, [prefix.subtitle, *draft.subtitle]))[:500]
        item.description = clean(" ".join(draft.description))
        item.title_damaged = is_damaged(title)
        if MULTILINGUAL_RE.search(self.text) and all(link.language == "de" for link in item.links):
            item.links[0].language = "mul"
        return item


def more_precise(new: PartialDate, old: PartialDate) -> bool:
    return (new.month is not None) + (new.day is not None) > (old.month is not None) + (
        old.day is not None
    )


def strip_type_prefix(title: str) -> tuple[str, str]:
    match = re.match(r"^(?P<word>[A-Za-zäöüÄÖÜ]+)\s*:\s+(?P<rest>.+)$", title)
    if match and match.group("word").lower() in TYPE_PREFIXES:
        return match.group("rest"), TYPE_PREFIXES[match.group("word").lower()]
    return title, ""
