"""Provisions keep one identity across renumbering: the amendment events of a statute are
replayed in the order they took effect, so "Absatz 4 (alt)" that became "Absatz 5" keeps its
timeline, and each provision gets the periods in which it existed under which label.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.db import transaction

from .models import (
    AmendmentEvent,
    Operation,
    Provision,
    ProvisionPeriod,
    Statute,
    natural_key,
)


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
