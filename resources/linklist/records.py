"""What the parser hands on: entries, their links and placements, sections and topics.

Plain dataclasses without database access; `load` writes them, `report` lists the `Fragment`s
(a line, its text and what is wrong with it) for the editors.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from common.reports import Problem

from ..dates import PartialDate
from . import aliases
from .aliases import OrgRef, fold
from .urls import link_format

# --------------------------------------------------------------------------------- results


@dataclass
class Fragment:
    """A line or piece of text, with its line number in the source, and what is wrong."""

    line: int
    text: str
    reason: str

    def __str__(self) -> str:
        return str(self.as_problem())

    def as_problem(self) -> Problem:
        """The portal's report line: "Zeile 12: reason: „text“" (line 0: no line)."""
        return Problem(self.line or None, f"{self.reason}: „{self.text}“")


@dataclass
class ParsedLink:
    marker: int | None
    line: int
    label: str = ""
    language: str = "de"
    format: str = ""
    url: str = ""
    url_line: int | None = None
    label_damaged: bool = False

    @property
    def link_format(self) -> str:
        return link_format(self.url, self.format)


@dataclass
class Placement:
    section: str
    topic: str | None


@dataclass
class ParsedItem:
    title: str
    line: int
    last_line: int
    placements: list[Placement]
    publishers: list[OrgRef] = field(default_factory=list)
    links: list[ParsedLink] = field(default_factory=list)
    date: PartialDate | None = None
    date_note: str = ""
    availability_note: str = ""
    available_from: datetime.date | None = None
    subtitle: str = ""
    description: str = ""
    highlighted: bool = False
    title_damaged: bool = False
    type_hint: str = ""
    region_hint: str = ""
    is_address: bool = False
    address_org: OrgRef | None = None
    notes: list[str] = field(default_factory=list)
    source_text: str = ""
    # Filled in by `classify_item` from the text and the outline.
    resource_type: str = "sonstiges"
    region: str = ""
    target_groups: list[str] = field(default_factory=list)
    audiences: list[str] = field(default_factory=list)

    @property
    def section(self) -> str:
        return self.placements[0].section

    @property
    def topic(self) -> str | None:
        return self.placements[0].topic

    @property
    def markers(self) -> list[int]:
        return [link.marker for link in self.links if link.marker is not None]

    @property
    def damaged_links(self) -> list[ParsedLink]:
        return [link for link in self.links if link.label_damaged]

    def key(self) -> str:
        """What makes two listings the same resource: title and publishers, spelling-blind."""
        title = re.sub(r"[^a-z0-9]", "", fold(self.title))
        names = sorted(aliases.org_key(org.name) for org in self.publishers)
        return title + "|" + ",".join(names)


@dataclass
class ParsedTopic:
    name: str
    heading: str
    line: int | None
    region: str = ""
    resource_type: str = ""
    known: bool = True
    description: str = ""


@dataclass
class ParsedSection:
    name: str
    position: int
    region: str = ""
    target_groups: list[str] = field(default_factory=list)
    audiences: list[str] = field(default_factory=list)
    addresses: str = ""
    starts_with: str = ""
    topics: list[ParsedTopic] = field(default_factory=list)
    description: str = ""
    line: int | None = None

    def topic(self, name: str) -> ParsedTopic | None:
        return next((t for t in self.topics if t.name == name), None)


@dataclass
class LinkListParseResult:
    title: str = ""
    intro: str = ""
    sections: list[ParsedSection] = field(default_factory=list)
    items: list[ParsedItem] = field(default_factory=list)
    urls: list[tuple[int, str]] = field(default_factory=list)
    unplaced: list[Fragment] = field(default_factory=list)
    warnings: list[Fragment] = field(default_factory=list)
    merged: list[Fragment] = field(default_factory=list)
    line_roles: dict[int, str] = field(default_factory=dict)

    @property
    def links(self) -> list[ParsedLink]:
        return [link for item in self.items for link in item.links]

    def item_for_marker(self, marker: int) -> ParsedItem | None:
        return next((item for item in self.items if marker in item.markers), None)

    def section(self, name: str) -> ParsedSection | None:
        return next((s for s in self.sections if s.name == name), None)
