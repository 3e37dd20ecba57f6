"""Workflows of the counselling app."""

import datetime

from django.db import transaction
from django.utils.text import slugify

from resources.models import Organisation, Region

from .models import (
    ClientGroup,
    Institution,
    LegalBasis,
    Occasion,
    OccasionGroup,
    Principle,
    ReferralPath,
    Role,
)


def organisation_find_or_create(*, names: list[str], website: str = "") -> Organisation:
    """The library's organisation for a counselling service.

    The resource seed importer creates organisations under the names the seed uses; we look
    for any of the known spellings (or the website) first so both imports converge on one
    record, and create one under the first name only when none exists.
    """
    for name in names:
        found = Organisation.objects.filter(name=name).first()
        if found is not None:
            return found
    if website:
        found = Organisation.objects.filter(website=website).first()
        if found is not None:
            return found
    base = slugify(names[0])[:100] or "organisation"
    slug, counter = base, 2
    while Organisation.objects.filter(slug=slug).exists():
        slug, counter = f"{base}-{counter}", counter + 1
    return Organisation.objects.create(
        name=names[0],
        slug=slug,
        kind=Organisation.Kind.COUNSELLING,
        region=Region.THURINGIA,
        website=website,
    )


@transaction.atomic
def client_groups_ensure(*, groups: list[tuple[str, str]]) -> dict[str, ClientGroup]:
    result = {}
    for position, (slug, name) in enumerate(groups):
        result[slug], _ = ClientGroup.objects.get_or_create(
            slug=slug, defaults={"name": name, "position": position}
        )
    return result


@transaction.atomic
def institution_create_from_data(
    *, data: dict, client_groups: dict[str, ClientGroup]
) -> Institution:
    """Creates an institution with everything in it from a plain data structure (see
    `counselling/demo_data`). Raises KeyError naming the slug when a reference is unknown."""
    institution = Institution.objects.create(
        name=data["name"],
        slug=data["slug"],
        kind=data["kind"],
        region=data.get("region", ""),
        summary=data.get("summary", ""),
        aims=data.get("aims", ""),
        adopted_on=_date(data.get("adopted_on")),
        adopted_by=data.get("adopted_by", ""),
        review_cycle_months=data.get("review_cycle_months"),
        review_note=data.get("review_note", ""),
        source_document=data.get("source_document", ""),
        editorial_note=data.get("editorial_note", ""),
        position=data.get("position", 0),
    )
    occasions = {}
    for group_position, group_data in enumerate(data["occasion_groups"]):
        group = OccasionGroup.objects.create(
            institution=institution, name=group_data["name"], position=group_position
        )
        for position, item in enumerate(group_data["occasions"]):
            occasions[item["slug"]] = Occasion.objects.create(
                institution=institution,
                group=group,
                slug=item["slug"],
                name=item["name"],
                description=item.get("description", ""),
                is_crisis=item.get("crisis", False),
                source_quote=item.get("quote", ""),
                position=position,
            )
    roles = {}
    for position, item in enumerate(data["roles"]):
        organisation = None
        if item.get("organisation"):
            organisation = organisation_find_or_create(
                names=item["organisation"], website=item.get("website", "")
            )
        role = Role.objects.create(
            institution=institution,
            slug=item["slug"],
            name=item["name"],
            short_name=item.get("short_name", ""),
            kind=item["kind"],
            summary=item.get("summary", ""),
            tasks="\n".join(item.get("tasks", [])),
            qualification=item.get("qualification", ""),
            confidentiality=item.get("confidentiality", ""),
            location=item.get("location", ""),
            availability=item.get("availability", ""),
            contact_note=item.get("contact_note", ""),
            website=item.get("website", ""),
            phone=item.get("phone", ""),
            email=item.get("email", ""),
            postal_address=item.get("postal_address", ""),
            languages=item.get("languages", ""),
            accessibility=item.get("accessibility", ""),
            anonymous_possible=item.get("anonymous_possible"),
            is_emergency=item.get("emergency", False),
            organisation=organisation,
            direct_access=item.get("direct_access", True),
            source_quote=item.get("quote", ""),
            position=position,
        )
        role.serves.set([client_groups[slug] for slug in item.get("serves", [])])
        role.occasions.set([occasions[slug] for slug in item.get("occasions", [])])
        roles[item["slug"]] = role
    for item in data["roles"]:
        if item.get("members"):
            roles[item["slug"]].members.set([roles[slug] for slug in item["members"]])
    for item in data["paths"]:
        path = ReferralPath.objects.create(
            from_role=roles[item["from"]],
            to_role=roles[item["to"]],
            via_note=item.get("via_note", ""),
            condition=item.get("condition", ""),
            confidentiality_rule=item.get("rule", ""),
            step=item.get("step"),
            source_quote=item.get("quote", ""),
        )
        path.occasions.set([occasions[slug] for slug in item.get("occasions", [])])
        path.via_roles.set([roles[slug] for slug in item.get("via", [])])
    for position, item in enumerate(data["principles"]):
        Principle.objects.create(
            institution=institution,
            name=item["name"],
            text=item["text"],
            limits=item.get("limits", ""),
            source_quote=item.get("quote", ""),
            position=position,
        )
    for position, item in enumerate(data["legal_bases"]):
        LegalBasis.objects.create(
            institution=institution,
            kind=item["kind"],
            title=item["title"],
            issuer=item.get("issuer", ""),
            issued_on=_date(item.get("issued_on")),
            date_text=item.get("date_text", ""),
            reference=item.get("reference", ""),
            statute_abbreviation=item.get("statute", ""),
            provisions=item.get("provisions", ""),
            note=item.get("note", ""),
            source_quote=item.get("quote", ""),
            position=position,
        )
    return institution


def _date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None
