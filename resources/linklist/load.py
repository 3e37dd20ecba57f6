"""The database write: a parsed link list → topics, organisations, resources and links.

Safe to run again. Rows are matched by a key derived from the source (`keys.import_key_for`),
so an unchanged entry leaves its row, its history and its timestamps alone; an entry an editor
has changed since the last import is skipped and reported; an entry that vanished from the
source is reported, never deleted. Empty fields of existing organisations and topics are
filled, filled ones are never overwritten.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from common.reports import Counts

from ..models import Audience, Organisation, Resource, ResourceLink, TargetGroup, Topic
from ..search.index import reindex_resources
from .aliases import PUBLISHER, OrgRef
from .classify import all_audiences, all_target_groups
from .keys import german_slug, import_key_for
from .parse import parse_linklist
from .records import Fragment, LinkListParseResult, ParsedItem, ParsedLink
from .report import LinklistReport
from .urls import link_format


def _fill_empty(obj, values: dict) -> bool:
    """Fills the fields that are empty; never overwrites what an editor has entered."""
    changed = False
    for attribute, value in values.items():
        if value and not getattr(obj, attribute):
            setattr(obj, attribute, value)
            changed = True
    return changed


def _save_if_changed(obj, changed: bool, counts: Counts) -> None:
    if changed:
        obj.save()
        counts.updated += 1
    else:
        counts.unchanged += 1


class _Importer:
    def __init__(self, result: LinkListParseResult, report: LinklistReport):
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
            (TargetGroup, all_target_groups(self.result)),
            (Audience, all_audiences(self.result)),
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
        _save_if_changed(
            topic, _fill_empty(topic, {"description": description}), self.report.topics
        )
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
        changed = _fill_empty(
            org,
            {
                "short_name": ref.short_name[:60],
                "region": ref.region,
                "website": website,
                "description": description,
            },
        )
        if org.kind == PUBLISHER and ref.kind != PUBLISHER:
            org.kind = ref.kind
            changed = True
        _save_if_changed(org, changed, self.report.organisations)
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
                _(
                    "Der Titel wurde beim Import beschädigt („????“, verlorene Schrift). Bitte den "
                    "Originaltitel nachtragen, dann den Haken „muss geprüft werden“ entfernen und "
                    "veröffentlichen."
                )
            )
        damaged = item.damaged_links
        if damaged:
            markers = ", ".join(f"[{link.marker}] {link.language}" for link in damaged)
            notes.append(
                _(
                    "Beschriftung folgender Sprachfassungen war unlesbar: %(markers)s. "
                    "Bitte den Titel in der Originalsprache nachtragen."
                )
                % {"markers": markers}
            )
        if notes:
            notes.append(
                _("Quelle: %(source)s, Zeile %(line)d.")
                % {"source": self.report.source_name, "line": item.line}
            )
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
                    Fragment(item.line, item.title, _("zuletzt von der Redaktion bearbeitet"))
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
                Fragment(item.line, item.title, _("Titel beschädigt: Entwurf, muss geprüft werden"))
            )
        for link in item.damaged_links:
            self.report.damaged_labels.append(
                Fragment(
                    link.line,
                    f"[{link.marker}] {link.label}",
                    _("Beschriftung (%(language)s) von „%(title)s“ unlesbar")
                    % {"language": link.language, "title": item.title},
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
                _(
                    "Titel oder Herausgeber geändert: als „%(title)s“ (Nr. %(pk)d) "
                    "wiedererkannt und aktualisiert"
                )
                % {"title": resource.title, "pk": resource.pk},
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
                Fragment(
                    0,
                    resource.title,
                    _("nicht mehr in der Quelle (Nr. %(pk)d)") % {"pk": resource.pk},
                )
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
                "format": link_format(url or (link.url if link else ""), parsed.format),
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
                        _(
                            "Adresse ist schon bei „%(title)s“ eingetragen; "
                            "Link [%(marker)d] bleibt ohne Adresse"
                        )
                        % {"title": other.resource.title, "marker": parsed.marker},
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
                    _(
                        "Adresse gehört schon zu einem anderen Eintrag; "
                        "Link [%(marker)d] bleibt ohne Adresse"
                    )
                    % {"marker": parsed.marker},
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
) -> LinklistReport:
    """Imports the link list into the library. Safe to run again: what is already there and
    unchanged in the source stays untouched (no new rows, no new history, same timestamps);
    what an editor has changed since is not overwritten. With `dry_run` everything is
    computed and reported, then rolled back."""
    result = parse_linklist(text, outline)
    report = LinklistReport(source_name=source_name, dry_run=dry_run, items=len(result.items))
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
