"""Lines → events: headings, URLs and chunks (the lines of one entry or paragraph).

The export marks a soft wrap with a trailing space; an entry may also continue after a blank
line (`[36]` / blank / `(2017)`). Files that lost their trailing spaces are read by grammar:
an entry is open while a bracket or quote is open, and complete after its last marker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .outline import heading_key
from .records import LinkListParseResult
from .text import FUNCTION_WORDS, MARKER_RE, SPACES, URL_LINE_RE, unbalanced

# --------------------------------------------------------------------------------- lines


@dataclass
class Line:
    number: int
    text: str
    soft: bool


@dataclass
class Chunk:
    lines: list[Line]
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
        previous: Line | None = None
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


def _chunk_is_open(text: str) -> bool:
    return unbalanced(text) or text.rstrip().endswith((",", ";", ":", "/", "-", "–", "u.a."))


_TERMINAL_RE = re.compile(
    r"\([^()\[\]]*\)|S\.\s*\d+(?:\s*[-–]\s*\d+)?|Hrsg\.?\s*:[^()\[\]]*|[\s.,;:)]"
)


def _complete(text: str) -> bool:
    """An entry is complete when nothing but dates, notes or punctuation follows its last link."""
    markers = list(MARKER_RE.finditer(text))
    return bool(markers) and not _TERMINAL_RE.sub("", text[markers[-1].end() :])


def _continues(chunk: Chunk, line: Line, after_blank: bool, wraps_known: bool) -> bool:
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


def scan_lines(text: str, result: LinkListParseResult, section_names: dict) -> list[tuple]:
    """Lines → events: ("heading", line, text), ("url", line, url), ("chunk", Chunk)."""
    headings = {heading_key(t.heading) for s in result.sections for t in s.topics}
    events: list[tuple] = []
    chunk: Chunk | None = None
    after_blank = True
    # A byte order mark left by an editor that saved "UTF-8 with BOM" is no text.
    lines = text.removeprefix("\ufeff").splitlines()
    spaced = [line.translate(SPACES) for line in lines]
    wraps_known = any(line.strip() and line != line.rstrip(" ") for line in spaced)
    for number, cleaned in enumerate(spaced, start=1):
        stripped = cleaned.strip()
        if not stripped:
            after_blank = True
            continue
        line = Line(number, re.sub(r" {2,}", " ", stripped), soft=cleaned != cleaned.rstrip())
        key = heading_key(stripped)
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
            chunk = Chunk([line], after_blank=after_blank)
        after_blank = False
    if chunk is not None:
        events.append(("chunk", chunk))
    return events
