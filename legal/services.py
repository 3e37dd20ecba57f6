"""Workflows of the legal app, and what other parts of the portal may ask of it.

`recent_changes` and `statute_url_for` are the legal app's interface for the newsletter and the
counselling guide; their signatures are fixed.
"""

from __future__ import annotations

import datetime
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Count, Q
from django.db.models.functions import ExtractYear
from simple_history.utils import bulk_create_with_history

from . import parser
from .models import (
    EFFECTIVE_ASC,
    ActKind,
    AmendingAct,
    AmendmentEvent,
    Footnote,
    Operation,
    Provision,
    ProvisionPeriod,
    Statute,
    german_date,
    natural_key,
)


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

    def __init__(self, report: ImportReport):
        more = len(report.problems) - 3
        super().__init__(
            "; ".join(report.problems[:3]) + (f" (und {more} weitere)" if more > 0 else "")
        )
        self.report = report


@dataclass
class ImportReport:
    statute: str
    footnotes: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    events: int = 0
    acts_created: int = 0
    problems: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        if self.problems:
            return [
                f"{self.statute}: nichts gespeichert, weil die Datei Probleme enthält:",
                *(f"  - {p}" for p in self.problems),
            ]
        return [
            f"{self.statute}: {self.footnotes} Fußnoten gelesen, {self.created} neu, "
            f"{self.updated} geändert, {self.unchanged} unverändert.",
            f"{self.events} Änderungen aus neuen oder geänderten Fußnoten gespeichert, "
            f"{self.acts_created} Änderungsgesetze neu angelegt.",
        ]


def footnotes_check(*, parsed: parser.FootnoteFile, statute_label: str) -> ImportReport:
    report = ImportReport(statute=statute_label, footnotes=len(parsed.footnotes))
    report.problems.extend(parsed.errors)
    for note in parsed.footnotes:
        for piece in note.unparsed:
            report.problems.append(
                f"Fn {note.label} (Zeile {note.line}), Zeichen {piece.start + 1}–{piece.end}: "
                f"{piece.reason} Text: „{piece.text[:120]}“"
            )
    return report


@transaction.atomic
def footnotes_import(*, statute: Statute, text: str) -> ImportReport:
    """Store the footnotes of `text` for `statute`: all or nothing, and idempotent.

    A footnote whose text is unchanged keeps its events (including hand edits); a changed one
    gets its events replaced. Raises ImportRejected (storing nothing) when any part of the text
    was not understood, and parser.FootnoteError for empty or binary input.
    """
    parsed = parser.parse_footnote_file(text)
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
    found = AmendingAct.objects.create(correction_page=act.correction_page, **fields)
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
        )
    target = parser.Target(
        paragraph=row.paragraph,
        absatz=row.absatz,
        satz=row.satz,
        nummer=row.nummer,
        buchstabe=row.buchstabe,
        part=row.part,
        old=row.old_numbering,
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
    )
    return target.label()


# --- provisions: identity across renumbering -------------------------------------------------


@dataclass
class _Prov:
    key: str
    paragraph: str
    absatz: str
    parent: str | None
    periods: list[list] = field(default_factory=list)  # [label, from, until]
    exists: bool = True
    events: int = 0
    last: datetime.date | None = None

    def label(self, parent_par: str | None = None) -> str:
        par = parent_par or self.paragraph
        return f"§ {par} Absatz {self.absatz}" if self.absatz else f"§ {par}"


class _Tracker:
    """Replays the events in the order they took effect and follows each provision's labels."""

    def __init__(self):
        self.provs: dict[str, _Prov] = {}
        self.par_active: dict[str, str] = {}
        self.par_gone: dict[str, str] = {}
        self.abs_active: dict[tuple[str, str], str] = {}
        self.abs_gone: dict[tuple[str, str], str] = {}

    def _new_key(self, base: str) -> str:
        key, n = base, 1
        while key in self.provs:
            n += 1
            key = f"{base}_{n}"
        return key

    def par(self, label: str, *, since=None, create=True) -> _Prov | None:
        key = self.par_active.get(label)
        if key:
            return self.provs[key]
        if not create:
            return None
        prov = _Prov(self._new_key(label), label, "", None, [[f"§ {label}", since, None]])
        self.provs[prov.key] = prov
        self.par_active[label] = prov.key
        return prov

    def absatz(self, par: _Prov, label: str, *, since=None, create=True) -> _Prov | None:
        key = self.abs_active.get((par.key, label))
        if key:
            return self.provs[key]
        if not create:
            return None
        start = since if since is not None else (par.periods[-1][1] if par.periods else None)
        prov = _Prov(
            self._new_key(f"{par.key}-{label}"),
            par.paragraph,
            label,
            par.key,
            [[f"§ {par.paragraph} Absatz {label}", start, None]],
        )
        self.provs[prov.key] = prov
        self.abs_active[(par.key, label)] = prov.key
        return prov

    def _close(self, prov: _Prov, day):
        if prov.periods and prov.periods[-1][2] is None and day is not None:
            prov.periods[-1][2] = day

    def _open(self, prov: _Prov, day):
        if day is None:
            return
        label = prov.label()
        if prov.periods and prov.periods[-1][2] is None:
            if prov.periods[-1][0] == label:
                return
            prov.periods[-1][2] = day
        prov.periods.append([label, day, None])

    def children(self, prov: _Prov) -> list[_Prov]:
        return [self.provs[k] for (p, _), k in self.abs_active.items() if p == prov.key]

    def repeal(self, prov: _Prov, day):
        for child in self.children(prov):
            self.repeal(child, day)
        prov.exists = False
        self._close(prov, day)
        if prov.absatz:
            self.abs_active.pop((prov.parent, prov.absatz), None)
            self.abs_gone[(prov.parent, prov.absatz)] = prov.key
        else:
            self.par_active.pop(prov.paragraph, None)
            self.par_gone[prov.paragraph] = prov.key

    def insert_par(self, label: str, day) -> _Prov:
        if label in self.par_active:
            return self.provs[self.par_active[label]]
        gone = self.par_gone.pop(label, None)
        if gone:  # re-insertion ("neu eingefügt") continues the same provision
            prov = self.provs[gone]
            prov.exists = True
            self.par_active[label] = prov.key
            self._open_again(prov, day)
            return prov
        return self.par(label, since=day)

    def insert_abs(self, par: _Prov, label: str, day) -> _Prov:
        if (par.key, label) in self.abs_active:
            return self.provs[self.abs_active[(par.key, label)]]
        gone = self.abs_gone.pop((par.key, label), None)
        if gone:
            prov = self.provs[gone]
            prov.exists = True
            self.abs_active[(par.key, label)] = prov.key
            self._open_again(prov, day)
            return prov
        return self.absatz(par, label, since=day)

    def _open_again(self, prov: _Prov, day):
        if day is not None:
            prov.periods.append([prov.label(), day, None])

    def rename(self, moves: list[tuple[_Prov, str, str]], day):
        """Simultaneous renumbering: moves are (provision, new paragraph, new absatz)."""
        for prov, _, _ in moves:
            if prov.absatz:
                self.abs_active.pop((prov.parent, prov.absatz), None)
            else:
                self.par_active.pop(prov.paragraph, None)
        for prov, new_par, new_abs in moves:
            if prov.absatz:
                prov.absatz = new_abs or prov.absatz
                self.abs_active[(prov.parent, prov.absatz)] = prov.key
            else:
                prov.paragraph = new_par
                self.par_active[new_par] = prov.key
                for child in self.children(prov):
                    child.paragraph = new_par
                    self._open(child, day)
            self._open(prov, day)

    def target(self, row: AmendmentEvent, day) -> _Prov | None:
        if not row.paragraph:
            return None
        par = self.par(row.paragraph)
        if row.absatz:
            return self.absatz(par, row.absatz)
        return par


def _replay(rows: list[AmendmentEvent]) -> tuple[_Tracker, dict[int, str]]:
    tracker = _Tracker()
    links: dict[int, str] = {}
    far = datetime.date.max
    groups: dict[tuple, list[AmendmentEvent]] = defaultdict(list)
    for row in rows:
        groups[(row.effective_date or far, row.act_id or 0)].append(row)
    for (day, _), group in sorted(groups.items(), key=lambda item: item[0]):
        day = None if day == far else day
        repeals = [r for r in group if r.operation == Operation.REPEAL]
        renames = [r for r in group if r.new_label and r.operation != Operation.REPEAL]
        rest = [r for r in group if r not in repeals and r not in renames]
        snapshot = (dict(tracker.par_active), dict(tracker.abs_active))
        for row in repeals:
            prov = tracker.target(row, day)
            if prov:
                links[row.pk] = prov.key
                if not (row.satz or row.nummer or row.buchstabe or row.part):
                    tracker.repeal(prov, day)
        moves = []
        seen: set[str] = set()
        extra = []
        for row in renames:
            prov = tracker.target(row, day)
            if prov is None:
                continue
            if prov.key in seen:
                extra.append(row)  # "Absatz 3 (alt) ersetzt durch Absätze 3 bis 5": 4 and 5
                continue
            links[row.pk] = prov.key
            seen.add(prov.key)
            moves.append((prov, row.new_paragraph or row.paragraph, row.new_absatz))
        tracker.rename(moves, day)
        for row in extra:
            par = tracker.par(row.new_paragraph or row.paragraph)
            prov = tracker.insert_abs(par, row.new_absatz, day) if row.new_absatz else par
            links[row.pk] = prov.key
        for row in rest:
            if row.old_numbering:
                # Refers to the numbering before this act: look it up in the snapshot.
                key = (
                    snapshot[1].get((snapshot[0].get(row.paragraph), row.absatz))
                    if row.absatz
                    else snapshot[0].get(row.paragraph)
                )
                if key:
                    links[row.pk] = key
                    continue
            if not row.paragraph:
                continue
            if row.operation == Operation.INSERTION and not row.part:
                if row.absatz:
                    prov = tracker.insert_abs(tracker.par(row.paragraph), row.absatz, day)
                else:
                    prov = tracker.insert_par(row.paragraph, day)
            else:
                prov = tracker.target(row, day)
            links[row.pk] = prov.key
    for row in rows:
        key = links.get(row.pk)
        if key:
            prov = tracker.provs[key]
            prov.events += 1
            if row.effective_date and (prov.last is None or row.effective_date > prov.last):
                prov.last = row.effective_date
    return tracker, links


@transaction.atomic
def statute_rebuild_provisions(*, statute: Statute) -> None:
    """Recompute provisions, their label periods and each event's provision from the events."""
    rows = list(
        statute.events.exclude(operation=Operation.ENACTMENT)
        .select_related(None)
        .order_by("footnote__position", "position", "pk")
    )
    tracker, links = _replay(rows)
    existing = {p.key: p for p in statute.provisions.all()}
    saved: dict[str, Provision] = {}
    parents = [p for p in tracker.provs.values() if not p.absatz]
    children = [p for p in tracker.provs.values() if p.absatz]
    for group in (parents, children):
        create, update = [], []
        for prov in group:
            par_events = (
                prov.events + sum(c.events for c in children if c.parent == prov.key)
                if not prov.absatz
                else prov.events
            )
            last = prov.last
            if not prov.absatz:
                dates = [c.last for c in children if c.parent == prov.key and c.last] + (
                    [last] if last else []
                )
                last = max(dates) if dates else None
            values = {
                "label": prov.label(),
                "paragraph": prov.paragraph,
                "absatz": prov.absatz,
                "sort_key": natural_key(prov.paragraph)
                + "."
                + (natural_key(prov.absatz) if prov.absatz else ""),
                "exists_now": prov.exists,
                "event_count": par_events,
                "last_changed": last,
                "parent": saved.get(prov.parent) if prov.parent else None,
            }
            obj = existing.get(prov.key)
            if obj is None:
                obj = Provision(statute=statute, key=prov.key, **values)
                create.append(obj)
            else:
                for name, value in values.items():
                    setattr(obj, name, value)
                update.append(obj)
            saved[prov.key] = obj
        created = Provision.objects.bulk_create(create, batch_size=500)
        for obj in created:
            saved[obj.key] = obj
        if update:
            Provision.objects.bulk_update(
                update,
                [
                    "label",
                    "paragraph",
                    "absatz",
                    "sort_key",
                    "exists_now",
                    "event_count",
                    "last_changed",
                    "parent",
                ],
                batch_size=500,
            )
    # Objects created by bulk_create on SQLite may lack a pk on old versions; reload to be safe.
    by_key = {p.key: p for p in statute.provisions.all()}
    statute.provisions.exclude(key__in=list(tracker.provs)).delete()
    ProvisionPeriod.objects.filter(statute=statute).delete()
    periods = []
    for prov in tracker.provs.values():
        for label, start, until in prov.periods:
            if start is not None and until is not None and until <= start:
                continue
            par, _, rest = label.removeprefix("§ ").partition(" Absatz ")
            periods.append(
                ProvisionPeriod(
                    statute=statute,
                    provision=by_key[prov.key],
                    label=label,
                    sort_key=natural_key(par) + "." + (natural_key(rest) if rest else ""),
                    valid_from=start,
                    valid_until=until,
                )
            )
    ProvisionPeriod.objects.bulk_create(periods, batch_size=1000)
    changed = []
    for row in rows:
        prov = by_key.get(links.get(row.pk)) if links.get(row.pk) else None
        new_id = prov.pk if prov else None
        if row.provision_id != new_id:
            row.provision_id = new_id
            changed.append(row)
    AmendmentEvent.objects.bulk_update(changed, ["provision"], batch_size=500)


# --- reads used by the pages and the API -----------------------------------------------------


def statute_timeline(*, statute: Statute) -> list[dict]:
    """Number of changes and amending acts per year of entry into force (one query)."""
    rows = (
        statute.events.exclude(operation=Operation.ENACTMENT)
        .exclude(effective_date__isnull=True)
        .annotate(year=ExtractYear("effective_date"))
        .values("year")
        .annotate(changes=Count("id"), acts=Count("act", distinct=True))
        .order_by("year")
    )
    return [dict(r) for r in rows]


def statute_point_in_time(*, statute: Statute, day: datetime.date) -> dict:
    """Which provisions existed on `day` (under which label) and which changes had taken
    effect, including those made later with retroactive effect."""
    periods = list(
        ProvisionPeriod.objects.on(day)
        .filter(statute=statute)
        .select_related("provision")
        .order_by("sort_key")
    )
    return {"day": day, "periods": periods}
