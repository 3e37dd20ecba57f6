"""The parser: text → `LinkListParseResult`, in plain steps without database access."""

from __future__ import annotations

from .align import align_urls
from .classify import classify_item
from .layout import place_chunks
from .lines import scan_lines
from .merge import merge_duplicates
from .outline import heading_key, load_outline, sections_from_outline
from .records import LinkListParseResult

# --------------------------------------------------------------------------------- main


def parse_linklist(text: str, outline: dict | None = None) -> LinkListParseResult:
    """Parses the link-list text. `outline` defaults to the seed's outline next to the seed."""
    outline = outline if outline is not None else load_outline()
    result = LinkListParseResult(sections=sections_from_outline(outline))
    section_names = {heading_key(s.name): s for s in result.sections}

    events = scan_lines(text, result, section_names)
    place_chunks(events, result, outline, section_names)
    merge_duplicates(result)
    align_urls(result)
    for item in result.items:
        classify_item(item, result)
    return result
