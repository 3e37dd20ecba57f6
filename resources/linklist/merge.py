"""Entries listed twice (under a topic and again under the addresses) become one."""

from __future__ import annotations

from django.utils.translation import gettext as _

from .entries import more_precise
from .records import Fragment, LinkListParseResult, ParsedItem


def merge_duplicates(result: LinkListParseResult) -> None:
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
        if item.date and (target.date is None or more_precise(item.date, target.date)):
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
                _("Doppelt gelistet: mit dem Eintrag aus Zeile %(line)d zusammengeführt")
                % {"line": target.line},
            )
        )
    result.items = merged
