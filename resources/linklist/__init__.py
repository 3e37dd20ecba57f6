"""Import of the council's link-list page ("Junge Geflüchtete"), exported as plain text.

The export is lossy: a PDF-like text where an entry reads `Publisher: Title [n] (Jul. 2025)`,
wraps over lines (a trailing space marks a soft wrap), sometimes spans blank lines
(`[36]` / blank / `(2017)`), lists language variants after the title and keeps only some of the
link targets, as a list of URLs (each usually twice) somewhere near the end. Section headings
were lost: the seven sections are only listed at the top, so an *outline* (JSON next to the
seed) says which topic headings belong to which section and where sections without a heading
start. Nothing is dropped silently: every non-blank line ends up in `line_roles`, and what
could not be placed is in `unplaced`, with its line number.

The steps, each a module with its own tests (tests/resources/linklist/):

    lines     text → events: headings, URLs, chunks of wrapped lines
    layout    events → sections, topics, descriptions and entries (via `entries`,
              `publishers`, `dates`, `aliases`)
    merge     an entry listed twice → one entry in two places
    align     link markers ↔ the surviving URLs
    classify  type, region, target groups and audiences
    load      the database write (create / update / unchanged, editors' changes kept)
    report    what the import did and could not do, for the editors

`parse.parse_linklist` runs the steps without touching the database; `load.linklist_import`
parses and writes.
"""

from .load import linklist_import
from .outline import load_outline
from .parse import parse_linklist

__all__ = ["linklist_import", "load_outline", "parse_linklist"]
