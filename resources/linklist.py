"""Parser for the council's link-list page ("Junge Geflüchtete") exported as plain text.

The export is lossy: a PDF-like text where an entry reads `Publisher: Title [n] (Jul. 2025)`,
wraps over lines (a trailing space marks a soft wrap), sometimes spans blank lines
(`[36]` / blank / `(2017)`), lists language variants after the title and keeps only some of the
link targets, as a list of URLs (each usually twice) somewhere near the end. Section headings
were lost: the seven sections are only listed at the top, so an *outline* (JSON next to the
seed) says which topic headings belong to which section and where sections without a heading
start. Nothing is dropped silently: every non-blank line ends up in `line_roles`, and what
could not be placed is in `unplaced`, with its line number.

The parser is a plain function without database access; `services.linklist_import` persists
its result.
"""

from __future__ import annotations

import datetime
import json
import re
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

from . import organisation_aliases as orgs
from .dates import PartialDate
from .languages import language_code_for_name
from .organisation_aliases import OrgRef, fold

DEFAULT_OUTLINE = (
    Path(__file__).resolve().parent / "demo_data" / "junge_gefluechtete_gliederung.json"
)

MARKER_RE = re.compile(r"\[(\d{1,4})\]")
URL_LINE_RE = re.compile(r"^https?://\S", re.IGNORECASE)
DAMAGE_RE = re.compile(r"\?{3,}")

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            "jan januar",
            "feb februar",
            "mrz mär märz maerz mar",
            "apr april",
            "mai",
            "jun juni",
            "jul juli",
            "aug august",
            "sep sept september",
            "okt oktober",
            "nov november",
            "dez dezember",
        ],
        start=1,
    )
    for name in names.split()
}
_MONTH = r"(?P<month>[A-Za-zäÄ]{3,9})\.?"
_DATE_FORMS = [
    re.compile(r"^(?P<day>\d{1,2})\.\s?(?P<mnum>\d{1,2})\.\s?(?P<year>\d{4})$"),
    re.compile(r"^(?P<day>\d{1,2})\.\s*" + _MONTH + r"\s*(?P<year>\d{4})$"),
    re.compile(r"^" + _MONTH + r"\s*(?P<year>\d{4})$"),
    re.compile(r"^(?P<year>\d{4})$"),
]
_RANGE_RE = re.compile(r"^(\d{4})\s*[-–/]\s*(\d{4})$")
_PAREN_RE = re.compile(r"\(([^()\[\]]*)\)")

FUNCTION_WORDS = {"von", "für", "zur", "zum", "zu", "und", "sowie", "mit", "bzw.", "oder", "in"}
# Words that make the text before "Publisher:" a type label instead of a publisher.
TYPE_PREFIXES = {
    "film": "video",
    "video": "video",
    "studie": "studie",
    "bericht": "bericht",
    "broschüre": "broschuere",
    "arbeitshilfe": "arbeitshilfe",
    "fachgutachten": "gutachten",
    "gutachten": "gutachten",
    "stellungnahme": "stellungnahme",
    "positionspapier": "stellungnahme",
    "flyer": "flyer",
}
LINK_PHRASE_RE = re.compile(
    r"^(zur|zum|zu|mehr|hier|download|weitere)\b|\bhier\s*\.?$", re.IGNORECASE
)
MULTILINGUAL_RE = re.compile(
    r"\bmehrsprachig\b|\b(\d+|verschiedenen|mehreren|vielen)\s+Sprachen\b", re.IGNORECASE
)
FORMAT_WORDS = {"pdf": "pdf", "video": "video", "html": "html", "mp3": "audio", "docx": "doc"}


# --------------------------------------------------------------------------------- results


@dataclass
class Fragment:
    """A line or piece of text, with its line number in the source, and what is wrong."""

    line: int
    text: str
    reason: str

    def __str__(self) -> str:
        where = f"Zeile {self.line}: " if self.line else ""
        return f"{where}{self.reason}: „{self.text}“"


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
    # Filled in by `_classify` from the text and the outline.
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
        names = sorted(orgs.org_key(org.name) for org in self.publishers)
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


# --------------------------------------------------------------------------------- outline


def load_outline(path: Path | str | None = None) -> dict:
    with open(path or DEFAULT_OUTLINE, encoding="utf-8") as handle:
        return json.load(handle)


def _heading_key(text: str) -> str:
    return re.sub(r"\s+", " ", fold(text)).strip().rstrip(":").strip()


def _sections_from_outline(outline: dict) -> list[ParsedSection]:
    sections = []
    for position, spec in enumerate(outline.get("sections", [])):
        section = ParsedSection(
            name=spec["name"],
            position=position,
            region=spec.get("region", ""),
            target_groups=list(spec.get("target_groups", [])),
            audiences=list(spec.get("audiences", [])),
            addresses=spec.get("addresses", ""),
            starts_with=spec.get("starts_with", ""),
        )
        for topic in spec.get("topics", []):
            section.topics.append(
                ParsedTopic(
                    name=topic.get("name", topic["heading"].strip().rstrip(":")),
                    heading=topic["heading"],
                    line=None,
                    region=topic.get("region", ""),
                    resource_type=topic.get("resource_type", ""),
                )
            )
        sections.append(section)
    return sections


# --------------------------------------------------------------------------------- dates


def parse_partial_date(text: str) -> PartialDate | None:
    """`Jul. 2025`, `Juni 2025`, `Mrz. 2022`, `Dez.2020`, `2017`, `05.09.2025`, `26. Juni 2013`."""
    text = re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip().rstrip(".")
    for pattern in _DATE_FORMS:
        match = pattern.match(text) or pattern.match(text + ".")
        if not match:
            continue
        parts = match.groupdict()
        year = int(parts["year"])
        month = None
        if parts.get("mnum"):
            month = int(parts["mnum"])
        elif parts.get("month"):
            month = _MONTHS.get(parts["month"].lower())
            if month is None:
                return None
        day = int(parts["day"]) if parts.get("day") else None
        try:
            return PartialDate(year, month, day)
        except ValidationError:
            return None
    return None


@dataclass
class _DateInfo:
    date: PartialDate | None = None
    note: str = ""
    availability: str = ""
    available_from: datetime.date | None = None


def parse_date_expression(text: str) -> _DateInfo | None:
    """The content of a parenthesis, if it is a date, a range or an announcement."""
    text = re.sub(r"\s+", " ", text).strip()
    if not text:
        return None
    if text.lower().startswith("ab "):
        date = parse_partial_date(text[3:])
        if date:
            return _DateInfo(availability=text, available_from=date.first_day())
        return None
    range_match = _RANGE_RE.match(text)
    if range_match:
        first, last = range_match.groups()
        return _DateInfo(note=f"{first}–{last}")
    date = parse_partial_date(text)
    return _DateInfo(date=date) if date else None


_INLINE_DATE_RE = re.compile(
    r"\b(?:vom\s+)?(?P<text>(?:\d{1,2}\.\s*)?(?:Januar|Februar|März|April|Mai|Juni|Juli|August|"
    r"September|Oktober|November|Dezember|Jan\.|Feb\.|Mrz\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|"
    r"Okt\.|Nov\.|Dez\.)\s*\d{4})\b"
)


def _date_in_title(title: str) -> PartialDate | None:
    """Laws and commentaries carry their date in the title ("vom 26. Juni 2013")."""
    found = None
    for match in _INLINE_DATE_RE.finditer(title):
        found = parse_partial_date(match.group("text")) or found
    return found


# --------------------------------------------------------------------------------- helpers


def is_damaged(text: str) -> bool:
    """Text whose script was lost in extraction shows as runs of question marks."""
    stripped = re.sub(r"\s", "", text)
    if not stripped:
        return False
    return bool(DAMAGE_RE.search(text)) or stripped.count("?") / len(stripped) > 0.3


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


def _clean(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"(?<=[\w\)“\"])\s+([,.;:)])", r"\1", text)
    text = re.sub(r"\(\s+", "(", text)
    return text.strip(" ,;/")


def _strip_quotes(text: str) -> str:
    text = text.strip()
    pairs = [('"', '"'), ("„", "“"), ("“", "”"), ("»", "«")]
    for opening, closing in pairs:
        if (
            len(text) > 2
            and text.startswith(opening)
            and text.endswith(closing)
            and opening not in text[1:-1]
            and closing not in text[1:-1]
        ):
            return text[1:-1].strip()
    return text


def _unbalanced(text: str) -> bool:
    if text.count("(") > text.count(")"):
        return True
    if text.count('"') % 2:
        return True
    return text.count("„") > text.count("“") + text.count("”")


def _language_of(name: str) -> str | None:
    name = name.strip().strip("()").strip()
    return language_code_for_name(name) or language_code_for_name(name.split(" (")[0])


_LANG_NAMES = (
    r"Dari|Deutsch|Englisch|English|Französisch|Arabisch|Farsi|Persisch|Dari|Paschtu|Paschto|"
    r"Kurdisch|Kurmandschi|Sorani|Türkisch|Ukrainisch|Russisch|Tigrinya|Tigrinisch|Somali|"
    r"Spanisch|Italienisch|Polnisch|Rumänisch|Albanisch|Serbisch|Urdu"
)
_VARIANT_RE = re.compile(
    r"^(?:(?:in|und|auf|sowie)\s+)?(?P<lang>" + _LANG_NAMES + r")(?:\s*\((?P<alt>[^)]*)\))?"
    r"\s*(?::\s*(?P<label>.*)|$)",
    re.IGNORECASE | re.DOTALL,
)
_LABEL_LANG_RE = re.compile(r"\((?P<lang>" + _LANG_NAMES + r")\)", re.IGNORECASE)
_AUF_LANG_RE = re.compile(r"\s+auf\s+(?P<lang>" + _LANG_NAMES + r")\s*$", re.IGNORECASE)


# --------------------------------------------------------------------------------- lines


@dataclass
class _Line:
    number: int
    text: str
    soft: bool


@dataclass
class _Chunk:
    lines: list[_Line]
    after_blank: bool = False

    @property
    def first_line(self) -> int:
        return self.lines[0].number

    @property
    def last_line(self) -> int:
        return self.lines[-1].number

    def text_and_offsets(self) -> tuple[str, list[tuple[int, int]]]:
        text = ""
        offsets: list[tuple[int, int]] = []
        previous: _Line | None = None
        for line in self.lines:
            if previous is not None:
                joined_word = (
                    previous.text.endswith("-")
                    and not previous.soft
                    and previous.text[-2:-1].isalnum()
                    and line.text.split()[0] not in FUNCTION_WORDS
                )
                text += "" if joined_word else " "
            offsets.append((len(text), line.number))
            text += line.text
            previous = line
        return text, offsets

    @property
    def text(self) -> str:
        return self.text_and_offsets()[0]


def _line_at(offsets: list[tuple[int, int]], position: int) -> int:
    number = offsets[0][1]
    for start, line in offsets:
        if start <= position:
            number = line
    return number


def _chunk_is_open(text: str) -> bool:
    return _unbalanced(text) or text.rstrip().endswith((",", ";", ":", "/", "-", "–", "u.a."))


_TERMINAL_RE = re.compile(
    r"\([^()\[\]]*\)|S\.\s*\d+(?:\s*[-–]\s*\d+)?|Hrsg\.?\s*:[^()\[\]]*|[\s.,;:)]"
)


def _complete(text: str) -> bool:
    """An entry is complete when nothing but dates, notes or punctuation follows its last link."""
    markers = list(MARKER_RE.finditer(text))
    return bool(markers) and not _TERMINAL_RE.sub("", text[markers[-1].end() :])


def _continues(chunk: _Chunk, line: _Line, after_blank: bool, wraps_known: bool) -> bool:
    """Does `line` continue the entry in `chunk`? The export marks a soft wrap with a trailing
    space; files that lost trailing spaces fall back to reading the entry's grammar."""
    text = chunk.text
    first = line.text[0]
    if _chunk_is_open(text):
        return True
    if first in "([,;/)]":
        return True
    if after_blank:
        return line.text.split()[0].lower() in FUNCTION_WORDS
    if first.islower() or first.isdigit():
        return True
    if not MARKER_RE.search(line.text) and _ENDS_WITH_DATE_RE.search(line.text):
        return bool(MARKER_RE.search(text)) and not _complete(text)
    if wraps_known:
        # An entry always carries a link marker: without one it is not finished yet.
        return chunk.lines[-1].soft or not MARKER_RE.search(text)
    if not MARKER_RE.search(text):
        return True
    if text.rstrip().endswith((")", ".", "!")) and first.isupper():
        return False
    return not _complete(text)


_ENDS_WITH_DATE_RE = re.compile(r"\(([^()]*)\)\s*$")


# --------------------------------------------------------------------------------- prefixes


@dataclass
class _Prefix:
    publishers: list[OrgRef] = field(default_factory=list)
    type_hint: str = ""
    region_hint: str = ""
    subtitle: str = ""
    year: int | None = None


_DRUCKSACHE_RE = re.compile(r"^(?P<who>BT|BR)-Dr\.?\s*(?P<nr>\d+/\d+)$")
_BUNDESRAT_DR_RE = re.compile(r"/?\s*Dr\.\s*(?P<nr>\d+/\d+)\s*$")


def _split_names(text: str) -> list[str]:
    text = re.sub(r"\bu\.\s?a\.", "", text)
    parts = re.split(r"\s*/\s*|\s*,\s*|(?<!-)\s+und\s+", text)
    return [p.strip() for p in parts if p.strip()]


def _resolve_prefix(prefix: str) -> _Prefix | None:
    """What stands before the first colon: publishers, authors, or a type label."""
    prefix = prefix.strip()
    if not prefix or len(prefix) > 130 or MARKER_RE.search(prefix):
        return None
    result = _Prefix()
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
        result.publishers.append(orgs.resolve(who))
        result.subtitle = f"{drucksache.group('who')}-Drucksache {drucksache.group('nr')}"
        result.type_hint = "bericht" if drucksache.group("who") == "BT" else ""
        return result
    bundesrat = _BUNDESRAT_DR_RE.search(prefix)
    if bundesrat and "rat" in prefix[: bundesrat.start()].lower():
        result.subtitle = f"BR-Drucksache {bundesrat.group('nr')}"
        prefix = prefix[: bundesrat.start()]
    whole = orgs.known_organisation(prefix)
    if whole:
        result.publishers.append(whole)
        return result
    names = _split_names(prefix)
    for part in names:
        hint = TYPE_PREFIXES.get(part.lower())
        if hint:
            result.type_hint = hint
            continue
        known = orgs.known_organisation(part)
        if known:
            result.publishers.append(known)
        elif orgs.looks_like_organisation(part):
            result.publishers.append(orgs.resolve(part))
        elif orgs.looks_like_person(part, several=len(names) > 1):
            result.publishers.append(orgs.resolve(part, person=True))
        else:
            return None
    if not result.publishers:
        return None
    return result


def _publisher_list(text: str) -> list[OrgRef] | None:
    """ "BAfF, refugio Thüringen, BumF und terre des hommes": organisations, or None."""
    names = _split_names(text)
    if not names:
        return None
    refs = []
    for name in names:
        if orgs.known_organisation(name) or orgs.looks_like_organisation(name):
            refs.append(orgs.resolve(name))
        else:
            return None
    return refs


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
    dates: list[_DateInfo] = field(default_factory=list)
    subtitle: list[str] = field(default_factory=list)
    description: list[str] = field(default_factory=list)
    publishers: list[OrgRef] = field(default_factory=list)
    type_hint: str = ""
    title_suffix: str = ""


class _ItemParser:
    """Turns the text of one chunk into one or more ParsedItems."""

    def __init__(self, text: str, offsets: list[tuple[int, int]], result: LinkListParseResult):
        self.text = text
        self.offsets = offsets
        self.result = result
        self.notes: list[str] = []

    def line(self, position: int) -> int:
        return _line_at(self.offsets, position)

    def unplaced(self, position: int, text: str, reason: str) -> None:
        text = _clean(text)
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

        prefix = _Prefix()
        first_marker = MARKER_RE.search(text)
        colon = text.find(": ")
        if colon > 0 and (first_marker is None or colon < first_marker.start()):
            resolved = _resolve_prefix(text[:colon])
            if resolved is not None:
                prefix = resolved
                base += colon + 2
                text = text[colon + 2 :]

        # "Sammelband; Autorin (2022): Beitrag" – a chapter in an edited volume.
        container = _CONTAINER_RE.match(text)
        if container:
            who = _resolve_prefix(container.group("who"))
            if who and all(p.kind == orgs.AUTHOR for p in who.publishers):
                prefix.subtitle = _clean("in: " + container.group("container"))
                prefix.publishers += who.publishers
                prefix.year = prefix.year or who.year
                base += container.start("rest")
                text = container.group("rest")

        extra_publishers: list[OrgRef] = []
        hrsg = _HRSG_RE.search(text)
        if hrsg:
            names = hrsg.group("names")
            if re.search(r"\bu\.\s?a\.", names) or hrsg.group("ua"):
                self.notes.append("weitere Herausgeber (u. a.)")
            extra_publishers = [orgs.resolve(name) for name in _split_names(names)]
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
            if segment.startswith(")") and _unbalanced(draft.title):
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
                elif _language_of(content):
                    current_link.language = _language_of(content)
                elif re.fullmatch(r"u\.\s?a\.", content):
                    self.notes.append("weitere Herausgeber (u. a.)")
                elif is_tail and (found := _publisher_list(content)):
                    draft.publishers += found
                elif is_tail:
                    draft.subtitle.append(f"({content})")
                else:
                    break
                segment = segment[lead.end() :]
            rest = (
                _clean(segment.lstrip(" ,;/.-–").rstrip(" ,;/"))
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
            variant = _VARIANT_RE.match(rest)
            if variant and (
                variant.group("label") is not None or not rest[len(variant.group(0)) :]
            ):
                label = _clean(variant.group("label") or "")
                label = re.sub(r"^Download\s+", "", label)
                label = re.sub(r"\s+here$", "", label)
                code = _language_of(variant.group("lang")) or "de"
                draft.links.append(
                    ParsedLink(
                        marker,
                        link_line,
                        label=_strip_quotes(label),
                        language=code,
                        label_damaged=is_damaged(label),
                    )
                )
                continue
            von = re.match(r"^von\s+(?P<names>.+?)(?:\s+/\s+(?P<rest>.*))?$", rest)
            if von and (found := _publisher_list(von.group("names"))):
                draft.publishers += found
                rest = von.group("rest") or ""
            rest, continuation = self._split_continuation(rest)
            if continuation:
                draft.title_suffix += " " + continuation
            if not rest or LINK_PHRASE_RE.search(rest) or (len(rest.split()) <= 4 and not dates):
                draft.links.append(self._link_from_label(marker, link_line, rest))
                continue
            # Anything longer is a further resource of the same publisher(s).
            title, hint = _strip_type_prefix(rest)
            draft = _Draft(title=title, start=position, type_hint=hint or prefix.type_hint)
            draft.links.append(ParsedLink(marker, link_line))
            drafts.append(draft)

        items = []
        for each in drafts:
            item = self._finish(each, prefix, extra_publishers, highlighted, placement)
            if item is not None:
                items.append(item)
        return items

    def _take_dates(self, segment: str) -> tuple[str, list[_DateInfo]]:
        found = []

        def replace(match: re.Match) -> str:
            info = parse_date_expression(match.group(1))
            if info is None:
                return match.group(0)
            found.append(info)
            return " "

        return _PAREN_RE.sub(replace, segment), found

    def _split_continuation(self, rest: str) -> tuple[str, str]:
        """ "für den Übergang …; mehr Informationen hier": title words, then a link label."""
        if not rest or not rest[0].islower() or LINK_PHRASE_RE.match(rest):
            return rest, ""
        for separator in ("; ", ", "):
            if separator in rest:
                head, _, tail = rest.rpartition(separator)
                if LINK_PHRASE_RE.search(tail):
                    return tail, head
        return rest, ""

    def _link_from_label(self, marker: int, line: int, label: str) -> ParsedLink:
        label = _clean(label)
        link = ParsedLink(marker, line)
        language = _LABEL_LANG_RE.search(label)
        if language:
            link.language = _language_of(language.group("lang")) or "de"
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
        if von and (found := _publisher_list(von.group(1))):
            draft.publishers += found
            return
        if rest.startswith("in: "):
            draft.subtitle.append(rest)
            editors = re.findall(r"([^,:;]+?)\s*\((?:Hg|Hrsg)\.\)", rest[4:])
            draft.publishers += [orgs.resolve(name) for name in editors]
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
        self.unplaced(position, rest, "Text nach dem letzten Link nicht zugeordnet")

    def _finish(
        self,
        draft: _Draft,
        prefix: _Prefix,
        extra_publishers: list[OrgRef],
        highlighted: bool,
        placement: Placement,
    ) -> ParsedItem | None:
        title = draft.title.strip()
        title = re.sub(r"\s+", " ", title).strip(" ,;/")
        title = title.rstrip(" -–").strip()
        language_suffix = _AUF_LANG_RE.search(title)
        if language_suffix:
            draft.links[0].language = _language_of(language_suffix.group("lang")) or "de"
            title = title[: language_suffix.start()]
        title, hint = _strip_type_prefix(title)
        draft.type_hint = draft.type_hint or hint
        title = _strip_quotes(_clean(title))
        # "Checkliste (lang) [87] / Checkliste (kurz) [88]": the title is the shared head word.
        if len(draft.links) > 1 and draft.links[1].label:
            head = draft.links[1].label.split()[0]
            words = title.split()
            if head[0].isupper() and head in words:
                at = len(words) - 1 - words[::-1].index(head)
                draft.links[0].label = " ".join(words[at:])
                title = " ".join(words[:at]) or head
        title = _clean(title + draft.title_suffix)
        if draft.title_suffix.startswith(")"):
            title = _clean(title)
        title = _strip_quotes(title)
        if not title:
            self.unplaced(draft.start, self.text, "Eintrag ohne erkennbaren Titel")
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
            publishers = _publishers_named_in(title)
        item.publishers = list({p.name: p for p in publishers}.values())
        for info in draft.dates:
            if info.date and (item.date is None or _more_precise(info.date, item.date)):
                item.date = info.date
            if info.note:
                item.date_note = info.note
            if info.availability:
                item.availability_note = info.availability
                item.available_from = info.available_from
        if item.date is None and prefix.year:
            item.date = PartialDate(prefix.year)
        if item.date is None and not item.date_note:
            item.date = _date_in_title(title)
        item.subtitle = "; ".join(filter(None, [prefix.subtitle, *draft.subtitle]))[:500]
        item.description = _clean(" ".join(draft.description))
        item.title_damaged = is_damaged(title)
        if MULTILINGUAL_RE.search(self.text) and all(link.language == "de" for link in item.links):
            item.links[0].language = "mul"
        return item


def _more_precise(new: PartialDate, old: PartialDate) -> bool:
    return (new.month is not None) + (new.day is not None) > (old.month is not None) + (
        old.day is not None
    )


def _strip_type_prefix(title: str) -> tuple[str, str]:
    match = re.match(r"^(?P<word>[A-Za-zäöüÄÖÜ]+)\s*:\s+(?P<rest>.+)$", title)
    if match and match.group("word").lower() in TYPE_PREFIXES:
        return match.group("rest"), TYPE_PREFIXES[match.group("word").lower()]
    return title, ""


def _publishers_named_in(title: str) -> list[OrgRef]:
    """ "FAQs des B-umF e.V.", "UNHCR-Richtlinien …": the publisher is named in the title."""
    ending = re.search(r"\b(?:des|der|von|vom)\s+(?P<name>[^,:;]{2,60})$", title)
    if ending and (known := orgs.known_organisation(ending.group("name"))):
        return [known]
    leading = re.match(r"^(?P<name>[A-Z]{3,})-", title)
    if leading and (known := orgs.known_organisation(leading.group("name"))):
        return [known]
    return []


# --------------------------------------------------------------------------------- prose


_SENTENCE_RE = re.compile(r"[a-zäöüß]{3,}[.!?]\s+[A-ZÄÖÜ]")


def _is_prose(text: str) -> bool:
    markers = len(MARKER_RE.findall(text))
    if markers > 1:
        return False
    if any(parse_date_expression(m.group(1)) for m in _PAREN_RE.finditer(text)):
        return False
    sentences = len(_SENTENCE_RE.findall(text)) + 1
    if markers == 0:
        return len(text) >= 100 or sentences >= 2
    return sentences >= 2 and len(text) >= 200


def _looks_like_heading(chunk: _Chunk) -> bool:
    text = chunk.text
    return (
        len(chunk.lines) == 1
        and not MARKER_RE.search(text)
        and len(text) <= 80
        and len(text.split()) <= 8
        and not text.endswith((".", ",", ";"))
        and text[0].isupper()
    )


# --------------------------------------------------------------------------------- main


def parse_linklist(text: str, outline: dict | None = None) -> LinkListParseResult:
    """Parses the link-list text. `outline` defaults to the seed's outline next to the seed."""
    outline = outline if outline is not None else load_outline()
    result = LinkListParseResult(sections=_sections_from_outline(outline))
    section_names = {_heading_key(s.name): s for s in result.sections}

    events = _scan(text, result, section_names)
    _place(events, result, outline, section_names)
    _merge_duplicates(result)
    _align_urls(result)
    for item in result.items:
        _classify(item, result)
    return result


def _scan(text: str, result: LinkListParseResult, section_names: dict) -> list[tuple]:
    """Lines → events: ("heading", line, text), ("url", line, url), ("chunk", _Chunk)."""
    headings = {_heading_key(t.heading) for s in result.sections for t in s.topics}
    events: list[tuple] = []
    chunk: _Chunk | None = None
    after_blank = True
    wraps_known = any(
        line.strip() and line != line.rstrip(" \u00a0\t") for line in text.splitlines()
    )
    for number, raw in enumerate(text.splitlines(), start=1):
        cleaned = raw.replace("\u00a0", " ").replace("\t", " ")
        stripped = cleaned.strip()
        if not stripped:
            after_blank = True
            continue
        line = _Line(number, re.sub(r" {2,}", " ", stripped), soft=cleaned != cleaned.rstrip())
        key = _heading_key(stripped)
        is_heading = not MARKER_RE.search(stripped) and (key in headings or key in section_names)
        if URL_LINE_RE.match(stripped) or is_heading:
            if chunk:
                events.append(("chunk", chunk))
                chunk = None
            events.append(("url" if not is_heading else "heading", number, stripped))
            after_blank = False
            continue
        if chunk is not None and _continues(chunk, line, after_blank, wraps_known):
            chunk.lines.append(line)
        else:
            if chunk is not None:
                events.append(("chunk", chunk))
            chunk = _Chunk([line], after_blank=after_blank)
        after_blank = False
    if chunk is not None:
        events.append(("chunk", chunk))
    return events


def _place(
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
            _, number, heading = event
            key = _heading_key(heading)
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
                    (t for t in sections[index].topics if _heading_key(t.heading) == key), None
                )
                if match:
                    found = (index, match)
                    break
            if found is None:
                owner = next(
                    s for s in sections for t in s.topics if _heading_key(t.heading) == key
                )
                result.warnings.append(
                    Fragment(
                        number,
                        heading,
                        f"Überschrift steht laut Gliederung im Abschnitt „{owner.name}“, "
                        "hier aber weiter unten; als Thema des aktuellen Abschnitts übernommen",
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

        chunk: _Chunk = event[1]
        text, offsets = chunk.text_and_offsets()
        lines = [line.number for line in chunk.lines]
        if current == -1 and not seen_title and len(chunk.lines) == 1 and len(text) <= 100:
            seen_title = True
            result.title = _clean(MARKER_RE.sub("", text))
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
        if _is_prose(text):
            if current == -1:
                result.intro = _clean(result.intro + "\n\n" + text) if result.intro else text
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
                    lines[0], text, "Eintrag vor dem ersten Abschnitt: keinem Bereich zuzuordnen"
                )
            )
            continue
        if _looks_like_heading(chunk) and chunk.after_blank:
            topic = _new_topic(sections[current], text, lines[0])
            result.warnings.append(
                Fragment(
                    lines[0],
                    text,
                    "Überschrift nicht in der Gliederung: als neues Thema in "
                    f"„{sections[current].name}“ angelegt",
                )
            )
            _mark(result, lines, "topic")
            continue
        if not MARKER_RE.search(text):
            _mark(result, lines, "unplaced")
            result.unplaced.append(
                Fragment(lines[0], text, "Text ohne Link [n]: kein Material angelegt")
            )
            continue
        for part_text, part_offsets in _split_chunk(text, offsets):
            parser = _ItemParser(part_text, part_offsets, result)
            items = parser.parse(placement())
            for item in items:
                if sections[current].addresses:
                    _make_address(item, sections[current])
            result.items.extend(items)
        _mark(result, lines, "item")


def _join(first: str, second: str) -> str:
    second = _clean(second)
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
        if _resolve_prefix(following.split(": ", 1)[0]) is None:
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
    line = _line_at(offsets, match.start())
    sentence_start = text.rfind(". ", 0, match.start()) + 1
    context = text[sentence_start : match.end() + 80]
    for spec in outline.get("inline_links", []):
        if spec["phrase"] in context and current >= 0:
            item = ParsedItem(
                title=spec["title"],
                line=line,
                last_line=line,
                placements=[placement()],
                publishers=[orgs.resolve(name) for name in spec.get("publishers", [])],
                links=[ParsedLink(number, line)],
                type_hint=spec.get("resource_type", ""),
                source_text=_clean(context),
            )
            result.items.append(item)
            return
    result.unplaced.append(
        Fragment(line, _clean(context), f"Link [{number}] im Fließtext: kein Material angelegt")
    )


def _make_address(item: ParsedItem, section: ParsedSection) -> None:
    """An entry of an address section: the organisation itself, findable as a resource."""
    item.is_address = True
    head = item.source_text.split("[")[0]
    description = ""
    if item.publishers and ": " in head:
        # "Informationsverbund Asyl & Migration: Materialien für die Beratung Minderjähriger"
        org = item.publishers[0]
    else:
        parts = re.split(r"\s+[-–]\s+", item.title, maxsplit=1)
        name = parts[0]
        description = parts[1] if len(parts) > 1 else ""
        second = item.links[1].label if len(item.links) > 1 else ""
        if second and not description and not second.lower().startswith("flyer"):
            # "Deutscher Kinderschutzbund e.V. - [118]Landesverband Thüringen [119]"
            item.title = f"{item.title} – {second}"
        org = orgs.known_organisation(item.title) or orgs.resolve(name)
        if orgs.org_key(description) == orgs.org_key(org.name):
            description = ""
    kind = section.addresses
    if org.kind in (orgs.COUNSELLING, orgs.AUTHORITY):
        kind = org.kind
    item.address_org = OrgRef(org.name, org.short_name, kind, section.region or org.region)
    item.publishers = [p for p in item.publishers if p.name != org.name]
    item.publishers.insert(0, item.address_org)
    if description and not item.description:
        item.description = description


def _merge_duplicates(result: LinkListParseResult) -> None:
    """A resource listed twice ([99] under Leaving Care and under Adressen) is one resource."""
    merged: list[ParsedItem] = []
    by_marker: dict[int, ParsedItem] = {}
    by_key: dict[str, ParsedItem] = {}
    for item in result.items:
        target = next((by_marker[m] for m in item.markers if m in by_marker), None)
        if target is None:
            target = by_key.get(item.key())
        if target is None:
            merged.append(item)
            for marker in item.markers:
                by_marker[marker] = item
            by_key[item.key()] = item
            continue
        for place in item.placements:
            if all((p.section, p.topic) != (place.section, place.topic) for p in target.placements):
                target.placements.append(place)
        known = set(target.markers)
        for link in item.links:
            if link.marker not in known:
                target.links.append(link)
                by_marker[link.marker] = target
        if item.date and (target.date is None or _more_precise(item.date, target.date)):
            target.date = item.date
        for attribute in ("description", "subtitle", "availability_note", "date_note"):
            if not getattr(target, attribute) and getattr(item, attribute):
                setattr(target, attribute, getattr(item, attribute))
        target.highlighted = target.highlighted or item.highlighted
        if item.is_address and not target.is_address:
            target.is_address = True
            target.address_org = item.address_org
            target.publishers = item.publishers
        result.merged.append(
            Fragment(
                item.line,
                item.title,
                f"Doppelt gelistet: mit dem Eintrag aus Zeile {target.line} zusammengeführt",
            )
        )
    result.items = merged


# --------------------------------------------------------------------------------- URLs

_URL_STOP = frozenset(
    re.findall(
        r"\S+",
        """
    http https www de com org net pdf html htm php files sites wp content uploads material
    detailansicht wissen kompakt informieren ueber uns fuer und der die das den des dem zur
    zum mit von ein eine umf fluechtlingsrat thr final verschick einzelseiten
    """,
    )
)


def _tokens(text: str) -> set[str]:
    return {t for t in re.split(r"[^a-z0-9]+", fold(text)) if len(t) >= 3 and not t.isdigit()}


def _similar(url_token: str, words: set[str]) -> float:
    if url_token in words:
        return 2.0
    best = 0.0
    for word in words:
        short, long_ = sorted((url_token, word), key=len)
        prefix = len(short) >= 4 and long_.startswith(short)
        if prefix or (len(short) >= 6 and short in long_):
            best = max(best, 1.5)
    return best


def _link_context(item: ParsedItem, link: ParsedLink) -> tuple[set[str], set[str]]:
    from .languages import LANGUAGES

    shared = _tokens(" ".join([item.title, item.subtitle, item.description]))
    for org in item.publishers:
        shared |= _tokens(f"{org.name} {org.short_name}")
    own = _tokens(link.label)
    if link.language != "de":
        own |= _tokens(str(LANGUAGES.get(link.language, "")))
    return shared, own


def url_score(url: str, item: ParsedItem, link: ParsedLink) -> float:
    """How well a URL's words fit an entry: shared words, with the link's own label counting
    more so that "Checkliste (lang)" wins "…Lange Checkliste…pdf" over "Checkliste (kurz)"."""
    tokens = _tokens(urllib.parse.unquote(url)) - _URL_STOP
    shared, own = _link_context(item, link)
    score = 0.0
    for token in tokens:
        score += max(_similar(token, shared), 1.5 * _similar(token, own))
    return score


def _align_urls(result: LinkListParseResult) -> None:
    """Each URL block lists the surviving targets of earlier markers, in marker order, each
    URL usually twice. Consecutive repeats collapse into one; the blocks are then aligned
    with the markers by dynamic programming (order kept, score = word similarity), so a
    missing URL shifts nothing."""
    blocks: dict[str, list[tuple[int, str]]] = {}
    for number, url in result.urls:
        blocks.setdefault(result.line_roles[number], []).append((number, url))
    links = sorted(
        ((link, item) for item in result.items for link in item.links if link.marker),
        key=lambda pair: pair[0].marker,
    )
    assigned: set[int] = set()
    for block in blocks.values():
        groups: list[tuple[list[int], str]] = []
        for number, url in block:
            if groups and groups[-1][1].strip() == url.strip():
                groups[-1][0].append(number)
            else:
                groups.append(([number], url))
        start = block[0][0]
        candidates = [
            (link, item)
            for link, item in links
            if link.line < start and id(link) not in assigned and not link.url
        ]
        matches = _best_alignment(groups, candidates)
        for index, (numbers, url) in enumerate(groups):
            target = matches.get(index)
            if target is None:
                result.unplaced.append(Fragment(numbers[0], url, "URL keinem Link [n] zuzuordnen"))
                continue
            link, _item = target
            normalised = normalise_url(url)
            if normalised is None:
                result.unplaced.append(Fragment(numbers[0], url, "ungültige URL"))
                continue
            link.url = normalised
            link.url_line = numbers[0]
            assigned.add(id(link))
            for number in numbers[1:]:
                result.line_roles[number] = f"url-repeat:{link.marker}"
            result.line_roles[numbers[0]] = f"url:{link.marker}"


MIN_URL_SCORE = 2.0


def _best_alignment(groups, candidates) -> dict[int, tuple[ParsedLink, ParsedItem]]:
    n, m = len(groups), len(candidates)
    if not n or not m:
        return {}
    scores = [[url_score(url, item, link) for link, item in candidates] for _numbers, url in groups]
    # best[i][j]: best total for the first i URLs using the first j markers.
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    choice = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(0, m + 1):
            options = [(best[i - 1][j], 1)]  # URL i left unassigned
            if j:
                options.append((best[i][j - 1], 2))  # marker j gets no URL
                score = scores[i - 1][j - 1]
                if score >= MIN_URL_SCORE:
                    options.append((best[i - 1][j - 1] + score, 3))
            best[i][j], choice[i][j] = max(options, key=lambda o: (o[0], -o[1]))
    matches = {}
    i, j = n, m
    while i > 0:
        step = choice[i][j]
        if step == 3:
            matches[i - 1] = candidates[j - 1]
            i, j = i - 1, j - 1
        elif step == 2:
            j -= 1
        else:
            i -= 1
    return matches


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


def _classify(item: ParsedItem, result: LinkListParseResult) -> None:
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
        item.publishers and all(org.kind == orgs.AUTHOR for org in item.publishers)
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
            and all(org.kind == orgs.AUTHOR for org in item.publishers)
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
    names = [name for name, _ in TARGET_GROUP_RULES]
    for section in result.sections:
        names += section.target_groups
    return list(dict.fromkeys(names))


def all_audiences(result: LinkListParseResult) -> list[str]:
    names = [name for name, _ in AUDIENCE_RULES]
    for section in result.sections:
        names += section.audiences
    return list(dict.fromkeys(names))
