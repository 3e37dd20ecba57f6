"""Small text helpers shared by the parser's steps: markers, damage, cleaning, languages."""

from __future__ import annotations

import re

from ..languages import language_code_for_name

MARKER_RE = re.compile(r"\[(\d{1,4})\]")
URL_LINE_RE = re.compile(r"^https?://\S", re.IGNORECASE)
# Text whose script was lost shows as words of question marks ("????? ?????"); an emphatic
# "Was nun???" keeps its letters before the marks.
DAMAGE_RE = re.compile(r"(?<![^\W\d_])\?{3,}")
# Spaces as web pages and word processors write them: no-break, narrow no-break, figure space,
# tab; zero-width spaces and soft hyphens disappear.
SPACES = str.maketrans(
    {"\u00a0": " ", "\u202f": " ", "\u2007": " ", "\t": " ", "\u200b": None, "\u00ad": None}
)

PAREN_RE = re.compile(r"\(([^()\[\]]*)\)")

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

# --------------------------------------------------------------------------------- helpers


def is_damaged(text: str) -> bool:
    """Text whose script was lost in extraction shows as runs of question marks."""
    stripped = re.sub(r"\s", "", text)
    if not stripped:
        return False
    return bool(DAMAGE_RE.search(text)) or stripped.count("?") / len(stripped) > 0.3


def clean(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"(?<=[\w\)“\"])\s+([,.;:)])", r"\1", text)
    text = re.sub(r"\(\s+", "(", text)
    return text.strip(" ,;/")


def strip_quotes(text: str) -> str:
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


def unbalanced(text: str) -> bool:
    if text.count("(") > text.count(")"):
        return True
    if text.count('"') % 2:
        return True
    return text.count("„") > text.count("“") + text.count("”")


def language_of(name: str) -> str | None:
    name = name.strip().strip("()").strip()
    return language_code_for_name(name) or language_code_for_name(name.split(" (")[0])


_LANG_NAMES = (
    r"Dari|Deutsch|Englisch|English|Französisch|Arabisch|Farsi|Persisch|Dari|Paschtu|Paschto|"
    r"Kurdisch|Kurmandschi|Sorani|Türkisch|Ukrainisch|Russisch|Tigrinya|Tigrinisch|Somali|"
    r"Spanisch|Italienisch|Polnisch|Rumänisch|Albanisch|Serbisch|Urdu"
)
VARIANT_RE = re.compile(
    r"^(?:(?:in|und|auf|sowie)\s+)?(?P<lang>" + _LANG_NAMES + r")(?:\s*\((?P<alt>[^)]*)\))?"
    r"\s*(?::\s*(?P<label>.*)|$)",
    re.IGNORECASE | re.DOTALL,
)
LABEL_LANG_RE = re.compile(r"\((?P<lang>" + _LANG_NAMES + r")\)", re.IGNORECASE)
AUF_LANG_RE = re.compile(r"\s+auf\s+(?P<lang>" + _LANG_NAMES + r")\s*$", re.IGNORECASE)


def line_at(offsets: list[tuple[int, int]], position: int) -> int:
    number = offsets[0][1]
    for start, line in offsets:
        if start <= position:
            number = line
    return number
