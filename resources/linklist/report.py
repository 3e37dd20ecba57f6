"""The import report: counts, and every problem with the line it was found on."""

from __future__ import annotations

from dataclasses import dataclass, field

from .records import Fragment


@dataclass
class Counts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0

    def __str__(self) -> str:
        return f"{self.created} neu, {self.updated} geändert, {self.unchanged} unverändert"

    @property
    def changed(self) -> int:
        return self.created + self.updated


@dataclass
class ImportReport:
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

    def as_text(self) -> str:
        lines = [
            f"Import der Linkliste „{self.source_name}“"
            + (" – PROBELAUF, nichts wurde gespeichert" if self.dry_run else ""),
            "",
            f"Einträge erkannt:   {self.items}",
            f"Materialien:        {self.resources}",
            f"  davon veröffentlicht: {self.published}, Entwürfe zur Prüfung: {self.drafts}",
            f"Organisationen:     {self.organisations}",
            f"Themen:             {self.topics}",
            f"Links:              {self.links}",
            f"  mit Adresse: {self.links_with_url}, ohne Adresse (URL fehlt in der Quelle): "
            f"{self.links_without_url}",
        ]
        sections = [
            ("Beschädigte Titel – als Entwurf zur Prüfung angelegt", self.flagged),
            (
                "Unlesbare Link-Beschriftungen (Sprachfassungen) – bitte nachtragen",
                self.damaged_labels,
            ),
            ("Nicht zugeordnete Zeilen und Textteile", self.unplaced),
            ("Hinweise", self.warnings),
            ("Doppelt gelistete Einträge", self.merged),
            ("Von der Redaktion bearbeitet – nicht überschrieben", self.skipped_edited),
        ]
        if self.gone:
            sections.append(
                ("Früher importiert, nicht mehr in der Quelle – bitte prüfen", self.gone)
            )
        for heading, fragments in sections:
            lines += ["", f"{heading}: {len(fragments)}"]
            lines += [f"  - {fragment}" for fragment in fragments]
        return "\n".join(lines) + "\n"
