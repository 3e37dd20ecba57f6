"""Footnote parsers: NRW statute and ordinance footnotes and federal amendment notes.

Pure functions, no database: the management commands, the staff preview in the admin and the
importer all call `parse_footnote_file` / `parse_footnote`. Messages for editors go through
Django's gettext, so configured settings are needed (as everywhere in the portal). Modules:

- `model`: the dataclasses returned (Footnote, Event, Act, Target, Unparsed)
- `vocabulary`, `tokens`, `targets`: the changes part ("§ 20: Absatz 2 geändert, …")
- `dates`, `citations`: dates, amending acts, gazettes, entry into force (NRW)
- `nrw`: one NRW footnote; `federal`: the gesetze-im-internet notes; `files`: whole blocks
- `regenerate`: footnote text from events, the round-trip check that nothing was lost
"""

from .dates import format_date
from .federal import parse_federal_note
from .files import FORMATS, detect_format, parse_footnote_file
from .model import Act, Event, Footnote, FootnoteError, FootnoteFile, Target, Unparsed
from .nrw import parse_footnote
from .regenerate import normalise, regenerate, regenerate_footnote

__all__ = [
    "FORMATS",
    "Act",
    "Event",
    "Footnote",
    "FootnoteError",
    "FootnoteFile",
    "Target",
    "Unparsed",
    "detect_format",
    "format_date",
    "normalise",
    "parse_federal_note",
    "parse_footnote",
    "parse_footnote_file",
    "regenerate",
    "regenerate_footnote",
]
