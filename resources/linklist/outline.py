"""The outline next to the source: which topic headings belong to which section.

The export lost its section headings, so a JSON file names the sections, their topics, and the
text an unheaded section starts with (`starts_with`).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from .aliases import fold
from .records import ParsedSection, ParsedTopic

DEFAULT_OUTLINE = (
    Path(__file__).resolve().parents[1] / "demo_data" / "junge_gefluechtete_gliederung.json"
)

# --------------------------------------------------------------------------------- outline


def load_outline(path: Path | str | None = None) -> dict:
    with open(path or DEFAULT_OUTLINE, encoding="utf-8") as handle:
        return json.load(handle)


def heading_key(text: str) -> str:
    return re.sub(r"\s+", " ", fold(text)).strip().rstrip(":").strip()


def sections_from_outline(outline: dict) -> list[ParsedSection]:
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
