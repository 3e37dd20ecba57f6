"""Workflows of the legal app, and what other parts of the portal may ask of it.

`recent_changes` and `statute_url_for` are the legal app's interface for the newsletter and the
counselling guide; their signatures are fixed.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history

from common.reports import ImportReport

from . import footnotes as parser
from .models import (
    EFFECTIVE_ASC,
    ActKind,
    AmendingAct,
    AmendmentEvent,
    Footnote,
    Operation,
    Statute,
    german_date,
)
from .provisions import statute_rebuild_provisions


@dataclass(frozen=True)
class LegalChange:
    """One change of a statute, as a newsletter item: readable without knowing the model."""

    title: str  # e.g. "SchulG NRW: § 20 Absatz 4 geändert"
    statute: str  # abbreviation, e.g. "SchulG NRW"
    summary: str  # one sentence: what changed, by which act, effective when
    effective_date: datetime.date | None
    act_date: datetime.date | None
    url: str  # path of the public page that explains the change


def recent_changes(*, since: datetime.date, until: datetime.date) -> list[LegalChange]:
    """Changes that took effect, or whose amending act was published, in [since, until].

    One item per statute, amending act and entry-into-force date, so that a law changing forty
    Absätze at once is one newsletter item, not forty.
    """
    events = (
        AmendmentEvent.objects.exclude(operation=Operation.ENACTMENT)
        .filter(
            Q(effective_date__range=(since, until)) | Q(act__date__range=(since, until)),
        )
        .select_related("statute", "act")
        .order_by(
            EFFECTIVE_ASC, "statute__abbreviation", "act__date", "footnote__position", "position"
        )
    )
    groups: dict[tuple, list[AmendmentEvent]] = {}
    for event in events:
        groups.setdefault((event.statute_id, event.act_id, event.effective_date), []).append(event)
    changes = []
    for group in groups.values():
        first = group[0]
        statute = first.statute
        specific = [e for e in group if e.paragraph or e.part] or group
        targets = _dedupe(f"{e.target_label} {e.verb}" for e in specific)
        shown = targets[:4]
        what = "; ".join(shown) + (f" und {len(targets) - 4} weitere" if len(targets) > 4 else "")
        title = f"{statute.display_abbreviation}: {shown[0]}"
        if len(targets) > 1:
            title += f" und {len(targets) - 1} weitere Änderung(en)"
        act = first.act
        summary = f"{statute.title}: {what}"
        if act:
            summary += f" durch {_act_with_article(first)}"
        if first.effective_date:
            wording = "mit Wirkung vom" if first.retroactive else "in Kraft getreten am"
            summary += f", {wording} {german_date(first.effective_date)}"
        else:
            summary += ", Inkrafttreten noch nicht bekannt"
        url = act.get_absolute_url() if act else statute.get_absolute_url()
        changes.append(
            LegalChange(
                title=title,
                statute=statute.display_abbreviation,
                summary=summary + ".",
                effective_date=first.effective_date,
                act_date=act.date if act else None,
                url=url,
            )
        )
    return changes


def statute_url_for(abbreviation: str) -> str | None:
    """The public page of the statute with this abbreviation, if the legal app has it.

    "SchulG NRW", "schulg nrw", "SchulG  NRW" and "SchulG" all find the same statute.
    """
    return statute_urls_for([abbreviation])[abbreviation]


def statute_urls_for(abbreviations: Iterable[str]) -> dict[str, str | None]:
    """`statute_url_for` for several abbreviations at once, in one query (for pages that
    list many legal bases)."""
    abbreviations = list(abbreviations)
    statutes = _statutes_by_abbreviation({_squash(a or "") for a in abbreviations} - {""})
    return {
        a: (statutes[_squash(a or "")].get_absolute_url() if _squash(a or "") in statutes else None)
        for a in abbreviations
    }


def statute_by_abbreviation(abbreviation: str) -> Statute | None:
    wanted = _squash(abbreviation or "")
    return _statutes_by_abbreviation({wanted}).get(wanted) if wanted else None


def _statutes_by_abbreviation(wanted: set[str]) -> dict[str, Statute]:
    if not wanted:
        return {}
    found = {}
    for statute in Statute.objects.only("abbreviation", "jurisdiction", "slug"):
        for name in (_squash(statute.abbreviation), _squash(statute.display_abbreviation)):
            if name in wanted:
                found.setdefault(name, statute)
    return found


def _squash(text: str) -> str:
    return re.sub(r"[\s.\-]+", "", text).casefold()


def _dedupe(items) -> list[str]:
    return list(dict.fromkeys(items))


def _act_with_article(event: AmendmentEvent) -> str:
    act = event.act
    citation = act.citation()
    if act.kind == ActKind.PROVISION:
        return citation
    if event.act_article:
        genitive = "der Verordnung" if act.kind == ActKind.REGULATION else "des Gesetzes"
        return citation.replace(
            f"{act.get_kind_display()} vom", f"{event.act_article} {genitive} vom", 1
        )
    return citation


# --- import ---------------------------------------------------------------------------------


class ImportRejected(Exception):
    """Nothing was stored; `report` says which footnote or line is the problem."""

    def __init__(self, report: FootnoteImportReport):
        super().__init__(report.summary())
        self.report = report


@dataclass
class FootnoteImportReport(ImportReport):
    statute: str = ""
    footnotes: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    events: int = 0
    acts_created: int = 0

    def lines(self) -> list[str]:
        if self.problems:
            return [
                _("%(statute)s: nichts gespeichert, weil die Datei Probleme enthält:")
                % {"statute": self.statute},
                *(f"  - {p}" for p in self.sorted_problems()),
            ]
        return self.summary_lines()

    def summary_lines(self) -> list[str]:
        return [
            _(
                "%(statute)s: %(footnotes)d Fußnoten gelesen, %(created)d neu, "
                "%(updated)d geändert, %(unchanged)d unverändert."
            )
            % {
                "statute": self.statute,
                "footnotes": self.footnotes,
                "created": self.created,
                "updated": self.updated,
                "unchanged": self.unchanged,
            },
            _(
                "%(events)d Änderungen aus neuen oder geänderten Fußnoten gespeichert, "
                "%(acts)d Änderungsgesetze neu angelegt."
            )
            % {"events": self.events, "acts": self.acts_created},
        ]


def footnotes_check(*, parsed: parser.FootnoteFile, statute_label: str) -> FootnoteImportReport:
    report = FootnoteImportReport(statute=statute_label, footnotes=len(parsed.footnotes))
    for error in parsed.errors:
        report.add_problem(error)
    for note in parsed.footnotes:
        for piece in note.unparsed:
            report.add_problem(
                _("Fn %(label)s, Zeichen %(start)d–%(end)d: %(reason)s Text: „%(text)s“")
                % {
                    "label": note.label,
                    "start": piece.start + 1,
                    "end": piece.end,
                    "reason": piece.reason,
                    "text": piece.text[:120],
                },
                line=note.line,
            )
    return report


@transaction.atomic
def footnotes_import(
    *, statute: Statute, text: str, text_format: str = "auto"
) -> FootnoteImportReport:
    """Store the footnotes of `text` for `statute`: all or nothing, and idempotent.

    A footnote whose text is unchanged keeps its events (including hand edits); a changed one
    gets its events replaced. Raises ImportRejected (storing nothing) when any part of the text
    was not understood, and parser.FootnoteError for empty or binary input.
    """
    parsed = parser.parse_footnote_file(text, text_format)
    report = footnotes_check(parsed=parsed, statute_label=statute.display_abbreviation)
    if report.problems:
        raise ImportRejected(report)
    existing = {f.label: f for f in statute.footnotes.all()}
    acts = {a.key: a for a in AmendingAct.objects.all()}
    new_events: list[AmendmentEvent] = []
    for position, note in enumerate(parsed.footnotes, start=1):
        footnote = existing.get(note.label)
        if footnote and footnote.raw_text == note.text:
            report.unchanged += 1
            if footnote.position != position:
                footnote.position = position
                footnote.save(update_fields=["position"])
            continue
        if footnote:
            report.updated += 1
            footnote.events.all().delete()
            footnote.raw_text = note.text
            footnote.position = position
            footnote.save()
        else:
            report.created += 1
            footnote = Footnote.objects.create(
                statute=statute, label=note.label, raw_text=note.text, position=position
            )
        for index, event in enumerate(note.events):
            act = _act_for(event.act, statute=statute, acts=acts, report=report)
            new_events.append(
                _event_row(event, statute=statute, footnote=footnote, act=act, index=index)
            )
    # With history rows, so that a later hand edit can be compared with what was imported.
    bulk_create_with_history(new_events, AmendmentEvent, batch_size=500)
    report.events = len(new_events)
    if parsed.stand and statute.stand != parsed.stand:
        statute.stand = parsed.stand
        statute.save(update_fields=["stand", "updated_at"])
    enactment = next(
        (e for n in parsed.footnotes for e in n.events if e.operation == "enactment"), None
    )
    if enactment and not statute.in_force_since:
        statute.in_force_since = enactment.effective_date
        statute.save(update_fields=["in_force_since", "updated_at"])
    statute_rebuild_provisions(statute=statute)
    return report


def _act_for(act: parser.Act | None, *, statute, acts, report) -> AmendingAct | None:
    if act is None:
        return None
    kind = {
        "Gesetz": ActKind.LAW,
        "Verordnung": ActKind.REGULATION,
        "Vorschrift": ActKind.PROVISION,
        "Stammgesetz": ActKind.ORIGINAL,
        "Bekanntmachung": ActKind.NOTICE,
    }.get(act.kind, ActKind.TREATY)
    statute_id = statute.pk if kind in {ActKind.PROVISION, ActKind.ORIGINAL} else None
    fields = {
        "kind": kind,
        "date": act.date,
        "gazette": act.gazette,
        "page": act.page,
        "provision": act.provision,
        "statute_id": statute_id,
        "number": act.number,
    }
    key = AmendingAct.make_key(**fields)
    if key in acts:
        found = acts[key]
        if act.correction_page and not found.correction_page:
            found.correction_page = act.correction_page
            found.save()
        return found
    if kind == ActKind.ORIGINAL:
        fields["title"] = f"Erstfassung {statute.display_abbreviation}"
    found = AmendingAct.objects.create(
        correction_page=act.correction_page,
        gazette_year=act.gazette_year,
        title=fields.pop("title", "") or act.title,
        **fields,
    )
    acts[key] = found
    report.acts_created += 1
    return found


def _event_row(event: parser.Event, *, statute, footnote, act, index) -> AmendmentEvent:
    target = event.target
    new = event.new_target
    return AmendmentEvent(
        statute=statute,
        footnote=footnote,
        position=index,
        target_label=target.label(),
        paragraph=target.paragraph,
        absatz=target.absatz,
        satz=target.satz,
        nummer=target.nummer,
        buchstabe=target.buchstabe,
        part=target.part,
        article=target.article,
        old_numbering=target.old,
        new_label=new.label() if new else "",
        new_paragraph=new.paragraph if new else "",
        new_absatz=new.absatz if new else "",
        operation=event.operation,
        verb=event.verb,
        act=act,
        act_article=event.act_article,
        act_part=event.act_part,
        effective_date=event.effective_date,
        retroactive=event.retroactive,
        latest=event.latest,
        note=event.note,
        layout=event.layout,
    )


def event_to_parsed(row: AmendmentEvent) -> parser.Event:
    """The stored event back in the parser's terms, e.g. to regenerate its footnote."""
    act = None
    if row.act:
        kind = {
            ActKind.LAW: "Gesetz",
            ActKind.REGULATION: "Verordnung",
            ActKind.PROVISION: "Vorschrift",
            ActKind.ORIGINAL: "Stammgesetz",
        }.get(row.act.kind, row.act.get_kind_display())
        # The citation as written may name several articles ("Artikel 3 und 4 des Gesetzes")
        # while each event belongs to one of them.
        articles = row.layout.get("articles", row.act_article.removeprefix("Artikel ").strip())
        act = parser.Act(
            kind=kind,
            date=row.act.date,
            articles=articles,
            gazette=row.act.gazette,
            page=row.act.page,
            correction_page=row.act.correction_page,
            provision=row.act.provision,
            gazette_year=row.act.gazette_year,
            number=row.act.number,
            title="" if row.act.kind == ActKind.ORIGINAL else row.act.title,
        )
    target = parser.Target(
        paragraph=row.paragraph,
        absatz=row.absatz,
        satz=row.satz,
        nummer=row.nummer,
        buchstabe=row.buchstabe,
        part=row.part,
        old=row.old_numbering,
        article=row.article,
    )
    new = None
    if row.new_label:
        new = parser.Target(paragraph=row.new_paragraph, absatz=row.new_absatz)
    return parser.Event(
        target=target,
        operation=row.operation,
        verb=row.verb,
        act=act,
        act_article=row.act_article,
        act_part=row.act_part,
        effective_date=row.effective_date,
        retroactive=row.retroactive,
        new_target=new,
        latest=row.latest,
        note=row.note,
        layout=row.layout,
    )


def footnote_regenerate(*, footnote: Footnote) -> str:
    rows = footnote.events.select_related("act").order_by("position")
    return parser.regenerate([event_to_parsed(r) for r in rows])


@transaction.atomic
def event_record_hand_edit(*, event: AmendmentEvent) -> None:
    """After an editor changed an event in the admin: mark it and recompute provisions."""
    event.edited_by_hand = True
    event.target_label = _label_from_fields(event)
    event.save()
    statute_rebuild_provisions(statute=event.statute)


def _label_from_fields(event: AmendmentEvent) -> str:
    target = parser.Target(
        paragraph=event.paragraph,
        absatz=event.absatz,
        satz=event.satz,
        nummer=event.nummer,
        buchstabe=event.buchstabe,
        part=event.part,
        old=event.old_numbering,
        article=event.article,
    )
    return target.label()
