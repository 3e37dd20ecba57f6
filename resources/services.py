"""Workflows of the resource library that touch several models."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from . import linklist
from .linklist import Fragment, LinkListParseResult, ParsedItem, ParsedLink
from .models import Audience, Organisation, Resource, ResourceLink, TargetGroup, Topic
from .organisation_aliases import PUBLISHER, OrgRef, fold
from .search.index import reindex_resources

IMPORT_KEY_PREFIX = "linklist:"


def german_slug(text: str, max_length: int = 100) -> str:
    """Slugs that read like German: "Minderjährige" → "minderjaehrige", not "minderjahrige"."""
    return slugify(fold(text))[:max_length].strip("-") or "eintrag"


def import_key_for(item: ParsedItem) -> str:
    """Stable across runs and marker renumbering: derived from title and publishers."""
    return hashlib.sha256((IMPORT_KEY_PREFIX + item.key()).encode()).hexdigest()[:40]


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


class _Importer:
    def __init__(self, result: LinkListParseResult, report: ImportReport):
        self.result = result
        self.report = report
        self.now = timezone.now()
        self.topics: dict[tuple[str, str | None], Topic] = {}
        self.orgs: dict[str, Organisation] = {}
        self.claimed_urls: dict[str, int] = {}
        self.reserved_slugs: set[str] = set()
        self.seen_keys: set[str] = set()

    # ------------------------------------------------------------------ vocabulary

    def vocabulary(self) -> None:
        for model, names in (
            (TargetGroup, linklist.all_target_groups(self.result)),
            (Audience, linklist.all_audiences(self.result)),
        ):
            for position, name in enumerate(names):
                if not model.objects.filter(name=name).exists():
                    model.objects.create(name=name, slug=german_slug(name), position=position)
        self.target_groups = {t.name: t for t in TargetGroup.objects.all()}
        self.audiences = {a.name: a for a in Audience.objects.all()}

    # ------------------------------------------------------------------ topics

    def topic_tree(self) -> None:
        for section in self.result.sections:
            slug = german_slug(section.name)
            parent = self._topic(slug, section.name, None, section.position, section.description)
            self.topics[(section.name, None)] = parent
            for position, topic in enumerate(section.topics):
                child = self._topic(
                    german_slug(f"{slug}-{topic.name}", 120),
                    topic.name,
                    parent,
                    position,
                    topic.description,
                )
                self.topics[(section.name, topic.name)] = child

    def _topic(self, slug, name, parent, position, description) -> Topic:
        topic = (
            Topic.objects.filter(slug=slug).first()
            or Topic.objects.filter(parent=parent, name=name).first()
        )
        if topic is None:
            self.report.topics.created += 1
            return Topic.objects.create(
                slug=slug, name=name, parent=parent, position=position, description=description
            )
        changed = False
        if description and not topic.description:
            topic.description = description
            changed = True
        if changed:
            topic.save()
            self.report.topics.updated += 1
        else:
            self.report.topics.unchanged += 1
        return topic

    # ------------------------------------------------------------------ organisations

    def organisations(self) -> None:
        wanted: dict[str, dict] = {}
        for item in self.result.items:
            for ref in item.publishers:
                entry = wanted.setdefault(ref.name, {"ref": ref, "website": "", "description": ""})
                if ref.kind != PUBLISHER and entry["ref"].kind == PUBLISHER:
                    entry["ref"] = ref
            if item.address_org:
                entry = wanted[item.address_org.name]
                entry["ref"] = item.address_org
                first_url = next((link.url for link in item.links if link.url), "")
                entry["website"] = entry["website"] or first_url
                entry["description"] = entry["description"] or item.description
        for name, entry in wanted.items():
            self.orgs[name] = self._organisation(
                entry["ref"], entry["website"], entry["description"]
            )

    def _organisation(self, ref: OrgRef, website: str, description: str) -> Organisation:
        ref = OrgRef(ref.name[:300], ref.short_name, ref.kind, ref.region)
        org = Organisation.objects.filter(name=ref.name).first()
        if org is None:
            self.report.organisations.created += 1
            return Organisation.objects.create(
                name=ref.name,
                slug=self._unique_slug(Organisation, german_slug(ref.short_name or ref.name)),
                short_name=ref.short_name[:60],
                kind=ref.kind,
                region=ref.region,
                website=website,
                description=description,
            )
        # Fill what is empty; never overwrite what an editor has entered.
        changed = False
        for attribute, value in (
            ("short_name", ref.short_name[:60]),
            ("region", ref.region),
            ("website", website),
            ("description", description),
        ):
            if value and not getattr(org, attribute):
                setattr(org, attribute, value)
                changed = True
        if org.kind == PUBLISHER and ref.kind != PUBLISHER:
            org.kind = ref.kind
            changed = True
        if changed:
            org.save()
            self.report.organisations.updated += 1
        else:
            self.report.organisations.unchanged += 1
        return org

    def _unique_slug(self, model, base: str) -> str:
        base = base[:100] or "eintrag"
        slug, number = base, 2
        while slug in self.reserved_slugs or model.objects.filter(slug=slug).exists():
            slug = f"{base}-{number}"
            number += 1
        self.reserved_slugs.add(slug)
        return slug

    # ------------------------------------------------------------------ resources

    def resources(self) -> None:
        for item in self.result.items:
            self._resource(item)

    def _desired_fields(self, item: ParsedItem) -> dict:
        date = item.date
        flagged = item.title_damaged
        notes = []
        if flagged:
            notes.append(
                "Der Titel wurde beim Import beschädigt („????“, verlorene Schrift). Bitte den "
                "Originaltitel nachtragen, dann den Haken „muss geprüft werden“ entfernen und "
                "veröffentlichen."
            )
        damaged = item.damaged_links
        if damaged:
            markers = ", ".join(f"[{link.marker}] {link.language}" for link in damaged)
            notes.append(
                f"Beschriftung folgender Sprachfassungen war unlesbar: {markers}. "
                "Bitte den Titel in der Originalsprache nachtragen."
            )
        if notes:
            notes.append(f"Quelle: {self.report.source_name}, Zeile {item.line}.")
        return {
            "title": item.title[:500],
            "subtitle": item.subtitle[:500],
            "description": item.description,
            "resource_type": item.resource_type,
            "pub_year": date.year if date else None,
            "pub_month": date.month if date else None,
            "pub_day": date.day if date else None,
            "date_note": item.date_note[:100],
            "availability_note": item.availability_note[:200],
            "available_from": item.available_from,
            "region": item.region,
            "highlighted": item.highlighted,
            "needs_review": flagged,
            "review_note": " ".join(notes),
        }

    def _resource(self, item: ParsedItem) -> None:
        key = import_key_for(item)
        fields = self._desired_fields(item)
        flagged = fields["needs_review"]
        self.seen_keys.add(key)
        resource = Resource.objects.filter(import_key=key).first() or self._renamed(item, key)
        if resource is None:
            resource = Resource(
                import_key=key,
                slug=self._unique_slug(Resource, german_slug(item.title)),
                status=Resource.Status.DRAFT if flagged else Resource.Status.PUBLISHED,
                published_at=None if flagged else self.now,
                **fields,
            )
            # One history entry for the finished resource, not one per relation set.
            resource.skip_history_when_saving = True
            resource.save()
            self._relations(resource, item)
            self._links(resource, item)
            del resource.skip_history_when_saving
            resource.save()
            self.report.resources.created += 1
            self.report.changed_resource_ids.append(resource.pk)
        else:
            last = resource.history.order_by("-history_date", "-history_id").first()
            if last is not None and last.history_user_id is not None:
                self.report.skipped_edited.append(
                    Fragment(item.line, item.title, "zuletzt von der Redaktion bearbeitet")
                )
                self.report.resources.unchanged += 1
                self._count_status(resource)
                return
            changed = False
            for attribute, value in fields.items():
                if getattr(resource, attribute) != value:
                    setattr(resource, attribute, value)
                    changed = True
            status = Resource.Status.DRAFT if flagged else Resource.Status.PUBLISHED
            if resource.status != status:
                resource.status = status
                changed = True
            if status == Resource.Status.PUBLISHED and resource.published_at is None:
                resource.published_at = self.now
                changed = True
            resource.skip_history_when_saving = True
            if changed:
                resource.save()
            changed = self._relations(resource, item) or changed
            changed = self._links(resource, item) or changed
            del resource.skip_history_when_saving
            if changed:
                resource.save()
                self.report.resources.updated += 1
                self.report.changed_resource_ids.append(resource.pk)
            else:
                self.report.resources.unchanged += 1
        self._count_status(resource)
        if flagged:
            self.report.flagged.append(
                Fragment(item.line, item.title, "Titel beschädigt: Entwurf, muss geprüft werden")
            )
        for link in item.damaged_links:
            self.report.damaged_labels.append(
                Fragment(
                    link.line,
                    f"[{link.marker}] {link.label}",
                    f"Beschriftung ({link.language}) von „{item.title}“ unlesbar",
                )
            )

    def _renamed(self, item: ParsedItem, key: str) -> Resource | None:
        """An entry whose title or publishers changed in the source keeps its resource when one
        of its link addresses identifies it; the import key moves along."""
        urls = [link.url for link in item.links if link.url]
        if not urls:
            return None
        link = (
            ResourceLink.objects.filter(url__in=urls, resource__import_key__isnull=False)
            .exclude(resource__import_key__in=self.seen_keys)
            .select_related("resource")
            .first()
        )
        if link is None:
            return None
        resource = link.resource
        self.report.warnings.append(
            Fragment(
                item.line,
                item.title,
                f"Titel oder Herausgeber geändert: als „{resource.title}“ (Nr. {resource.pk}) "
                "wiedererkannt und aktualisiert",
            )
        )
        resource.import_key = key
        return resource

    def gone(self) -> None:
        """Imported earlier, no longer in the source: reported, never deleted."""
        stale = Resource.objects.filter(import_key__isnull=False).exclude(
            import_key__in=self.seen_keys
        )
        for resource in stale.order_by("title"):
            self.report.gone.append(
                Fragment(0, resource.title, f"nicht mehr in der Quelle (Nr. {resource.pk})")
            )

    def _count_status(self, resource: Resource) -> None:
        if resource.status == Resource.Status.PUBLISHED:
            self.report.published += 1
        else:
            self.report.drafts += 1

    def _relations(self, resource: Resource, item: ParsedItem) -> bool:
        wanted = {
            "publishers": [self.orgs[ref.name] for ref in item.publishers],
            "topics": [
                self.topics.get((place.section, place.topic)) or self.topics[(place.section, None)]
                for place in item.placements
            ],
            "target_groups": [self.target_groups[name] for name in item.target_groups],
            "audiences": [self.audiences[name] for name in item.audiences],
        }
        changed = False
        for relation, objects in wanted.items():
            manager = getattr(resource, relation)
            if {obj.pk for obj in manager.all()} != {obj.pk for obj in objects}:
                manager.set(objects)
                changed = True
        return changed

    def _links(self, resource: Resource, item: ParsedItem) -> bool:
        current = list(resource.links.all())
        existing = {link.source_marker: link for link in current if link.source_marker is not None}
        holders = {link.url: link for link in current if link.url}
        changed = False
        for position, parsed in enumerate(item.links):
            link = existing.pop(parsed.marker, None)
            url = self._claim_url(parsed, resource, item, link)
            holder = holders.get(url) if url else None
            if holder is not None and holder is not link and holder.source_marker is None:
                url = ""  # an editor added this address by hand: it stays where it is
            elif holder is not None and holder is not link:
                # The address moved to another link of this resource (the source was
                # renumbered): free it first, the unique constraint allows one holder.
                holder.url = ""
                holder.save()
                del holders[url]
            values = {
                "url": url if url or link is None else link.url,
                "label": parsed.label[:500],
                "language": parsed.language,
                "format": linklist.link_format(url or (link.url if link else ""), parsed.format),
                "position": position,
                "label_damaged": parsed.label_damaged,
            }
            if link is None:
                ResourceLink.objects.create(
                    resource=resource, source_marker=parsed.marker, **values
                )
                self.report.links.created += 1
                changed = True
            else:
                dirty = [k for k, v in values.items() if getattr(link, k) != v]
                if dirty:
                    for attribute in dirty:
                        setattr(link, attribute, values[attribute])
                    link.save()
                    self.report.links.updated += 1
                    changed = True
                else:
                    self.report.links.unchanged += 1
            if values["url"]:
                self.report.links_with_url += 1
            else:
                self.report.links_without_url += 1
        # Imported links whose marker left the source; links added by editors stay.
        for stale in existing.values():
            stale.delete()
            changed = True
        return changed

    def _claim_url(self, parsed: ParsedLink, resource: Resource, item: ParsedItem, link) -> str:
        url = parsed.url
        if not url:
            return ""
        owner = self.claimed_urls.get(url)
        if owner is None:
            other = (
                ResourceLink.objects.filter(url=url)
                .exclude(resource=resource)
                .select_related("resource")
                .first()
            )
            if other is not None:
                self.report.warnings.append(
                    Fragment(
                        parsed.url_line or parsed.line,
                        url,
                        f"Adresse ist schon bei „{other.resource.title}“ eingetragen; "
                        f"Link [{parsed.marker}] bleibt ohne Adresse",
                    )
                )
                return ""
            self.claimed_urls[url] = resource.pk
            return url
        if owner != resource.pk:
            self.report.warnings.append(
                Fragment(
                    parsed.url_line or parsed.line,
                    url,
                    f"Adresse gehört schon zu einem anderen Eintrag; Link [{parsed.marker}] "
                    "bleibt ohne Adresse",
                )
            )
            return ""
        return url


@transaction.atomic
def linklist_import(
    *,
    text: str,
    source_name: str,
    dry_run: bool = False,
    outline: dict | None = None,
) -> ImportReport:
    """Imports the link list into the library. Safe to run again: what is already there and
    unchanged in the source stays untouched (no new rows, no new history, same timestamps);
    what an editor has changed since is not overwritten. With `dry_run` everything is
    computed and reported, then rolled back."""
    result = linklist.parse_linklist(text, outline)
    report = ImportReport(source_name=source_name, dry_run=dry_run, items=len(result.items))
    report.unplaced = list(result.unplaced)
    report.warnings = list(result.warnings)
    report.merged = list(result.merged)
    if not result.items:
        # Not a link list at all: leave the database alone, the report says why.
        return report
    importer = _Importer(result, report)
    importer.vocabulary()
    importer.topic_tree()
    importer.organisations()
    importer.resources()
    importer.gone()
    report.unplaced.sort(key=lambda fragment: fragment.line)
    report.warnings.sort(key=lambda fragment: fragment.line)
    if dry_run:
        transaction.set_rollback(True)
    elif report.changed_resource_ids:
        reindex_resources(report.changed_resource_ids)
    return report


def resourcelink_replace_url(*, link: ResourceLink, url: str) -> bool:
    """Give a link a new address (e.g. the target of a permanent redirect). False, and nothing
    changed, when another link already has that address (addresses are unique)."""
    if not url or url == link.url:
        return False
    if ResourceLink.objects.filter(url=url).exclude(pk=link.pk).exists():
        return False
    link.url = url
    link.save(update_fields=["url"])  # through save(): history and search cache follow
    return True
