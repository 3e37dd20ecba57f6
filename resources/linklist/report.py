"""What an import of the link list did, and what editors have to look at.

Built on the portal's one import report (`common.reports`): the counts come first, then the
problems. Unlike a row-by-row import, the link list's problems come in kinds that editors work
through one by one (damaged titles, unreadable labels, unplaced text, duplicates, entries an
editor changed, entries that vanished), so they are listed by kind, each with its line.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from common.reports import Counts, ImportReport, Problem

from .records import Fragment


@dataclass(kw_only=True)
class LinklistReport(ImportReport):
    source_name: str
    dry_run: bool = False
    items: int = 0
    resources: Counts = field(default_factory=Counts)
    organisations: Counts = field(default_factory=Counts)
    topics: Counts = field(default_factory=Counts)
    links: Counts = field(default_factory=Counts)
    links_with_url: int = 0
    links_without_url: int = 0
    published: int = 0
    drafts: int = 0
    skipped_edited: list[Fragment] = field(default_factory=list)
    flagged: list[Fragment] = field(default_factory=list)
    damaged_labels: list[Fragment] = field(default_factory=list)
    unplaced: list[Fragment] = field(default_factory=list)
    warnings: list[Fragment] = field(default_factory=list)
    merged: list[Fragment] = field(default_factory=list)
    gone: list[Fragment] = field(default_factory=list)
    # Resources created or changed by this run: they need re-indexing for search.
    changed_resource_ids: list[int] = field(default_factory=list, repr=False)

    @property
    def changed(self) -> bool:
        return any(c.changed for c in (self.resources, self.organisations, self.topics, self.links))

    def kinds(self) -> list[tuple[str, list[Fragment]]]:
        """The problems by kind, in the order editors should work through them."""
        kinds = [
            (_("Beschädigte Titel – als Entwurf zur Prüfung angelegt"), self.flagged),
            (
                _("Unlesbare Link-Beschriftungen (Sprachfassungen) – bitte nachtragen"),
                self.damaged_labels,
            ),
            (_("Nicht zugeordnete Zeilen und Textteile"), self.unplaced),
            (_("Hinweise"), self.warnings),
            (_("Doppelt gelistete Einträge"), self.merged),
            (_("Von der Redaktion bearbeitet – nicht überschrieben"), self.skipped_edited),
        ]
        if self.gone:
            kinds.append(
                (_("Früher importiert, nicht mehr in der Quelle – bitte prüfen"), self.gone)
            )
        return kinds

    @property
    def problem_count(self) -> int:
        return sum(len(fragments) for _heading, fragments in self.kinds())

    @property
    def ok(self) -> bool:
        return self.problem_count == 0

    def sorted_problems(self) -> list[Problem]:
        problems = [
            fragment.as_problem() for _heading, fragments in self.kinds() for fragment in fragments
        ]
        return sorted(problems, key=lambda p: -1 if p.line is None else p.line)

    def summary_lines(self) -> list[str]:
        title = _("Import der Linkliste „%(source)s“") % {"source": self.source_name}
        if self.dry_run:
            title += " – " + _("PROBELAUF, nichts wurde gespeichert")
        return [
            title,
            "",
            _("Einträge erkannt:   %(count)d") % {"count": self.items},
            _("Materialien:        %(counts)s") % {"counts": self.resources},
            "  "
            + _("davon veröffentlicht: %(published)d, Entwürfe zur Prüfung: %(drafts)d")
            % {"published": self.published, "drafts": self.drafts},
            _("Organisationen:     %(counts)s") % {"counts": self.organisations},
            _("Themen:             %(counts)s") % {"counts": self.topics},
            _("Links:              %(counts)s") % {"counts": self.links},
            "  "
            + _(
                "mit Adresse: %(with_url)d, ohne Adresse (URL fehlt in der Quelle): %(without_url)d"
            )
            % {"with_url": self.links_with_url, "without_url": self.links_without_url},
        ]

    def problem_lines(self) -> list[str]:
        lines = []
        for heading, fragments in self.kinds():
            lines += ["", f"{heading}: {len(fragments)}"]
            lines += [f"  - {fragment}" for fragment in fragments]
        return lines
