"""Consistency checks editors see in the admin: gaps and contradictions in a concept's data.

Each check reads with a fixed number of queries per institution and returns plain findings with
the admin page where the editor can fix them.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Exists, OuterRef, Q
from django.urls import reverse
from django.utils.translation import gettext as _

from .models import Institution, Occasion, ReferralPath, Role


@dataclass(frozen=True)
class Finding:
    code: str
    message: str
    admin_url: str


def admin_url(obj) -> str:
    meta = obj._meta
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[obj.pk])


def consistency_findings(*, institution: Institution) -> list[Finding]:
    return [
        *occasions_without_role(institution),
        *occasions_without_first_contact(institution),
        *unreachable_roles(institution),
        *roles_without_contact(institution),
        *paths_to_other_institutions(institution),
        *paths_leaving_without_rule(institution),
    ]


def occasions_without_role(institution: Institution) -> list[Finding]:
    occasions = (
        Occasion.objects.filter(institution=institution)
        .annotate(role_count=Count("roles"))
        .filter(role_count=0)
    )
    return [
        Finding(
            "occasion_without_role",
            _("Anlass „%(occasion)s“: keine Stelle berät zu diesem Anlass.")
            % {"occasion": occasion.name},
            admin_url(occasion),
        )
        for occasion in occasions
    ]


def occasions_without_first_contact(institution: Institution) -> list[Finding]:
    direct = Role.objects.filter(occasions=OuterRef("pk"), direct_access=True)
    occasions = (
        Occasion.objects.filter(institution=institution)
        .annotate(role_count=Count("roles"))
        .filter(role_count__gt=0)
        .exclude(Exists(direct))
    )
    return [
        Finding(
            "occasion_without_first_contact",
            _(
                "Anlass „%(occasion)s“: keine direkt ansprechbare Stelle – der Wegweiser zeigt "
                "keine erste Ansprechperson."
            )
            % {"occasion": occasion.name},
            admin_url(occasion),
        )
        for occasion in occasions
    ]


def unreachable_roles(institution: Institution) -> list[Finding]:
    """Roles people cannot approach themselves and no path of the same institution leads to."""
    reached = ReferralPath.objects.filter(
        to_role=OuterRef("pk"), from_role__institution=OuterRef("institution")
    ).exclude(from_role=OuterRef("pk"))
    roles = Role.objects.filter(institution=institution, direct_access=False).exclude(
        Exists(reached)
    )
    return [
        Finding(
            "unreachable_role",
            _(
                "Stelle „%(role)s“ ist nicht direkt ansprechbar und kein Verweisweg führt zu ihr: "
                "niemand kann sie erreichen."
            )
            % {"role": role.name},
            admin_url(role),
        )
        for role in roles
    ]


def roles_without_contact(institution: Institution) -> list[Finding]:
    """External roles the guide shows but nobody could call, write to or visit: no phone,
    e-mail, address or website (own or the organisation's)."""
    roles = Role.objects.filter(institution=institution, kind=Role.Kind.EXTERNAL).select_related(
        "organisation"
    )
    return [
        Finding(
            "role_without_contact",
            _(
                "Stelle „%(role)s“: keine Telefonnummer, E-Mail, Adresse oder Website – "
                "Ratsuchende finden keinen Weg, sie zu erreichen."
            )
            % {"role": role.name},
            admin_url(role),
        )
        for role in roles
        if not role.has_contact_channel
    ]


def paths_to_other_institutions(institution: Institution) -> list[Finding]:
    paths = (
        ReferralPath.objects.of_institution(institution)
        .filter(
            ~Q(to_role__institution=institution)
            | Q(via_roles__in=Role.objects.exclude(institution=institution))
            | Q(occasions__in=Occasion.objects.exclude(institution=institution))
        )
        .select_related("from_role", "to_role__institution")
        .distinct()
    )
    return [
        Finding(
            "path_other_institution",
            _(
                "Verweisweg „%(path)s“ verweist auf Stellen oder Anlässe einer anderen "
                "Einrichtung (Ziel gehört zu „%(target)s“)."
            )
            % {
                "path": f"{path.from_role.name} → {path.to_role.name}",
                "target": path.to_role.institution,
            },
            admin_url(path.from_role),
        )
        for path in paths
    ]


def paths_leaving_without_rule(institution: Institution) -> list[Finding]:
    paths = (
        ReferralPath.objects.of_institution(institution)
        .filter(confidentiality_rule="")
        .filter(~Q(to_role__institution=institution) | Q(to_role__kind=Role.Kind.EXTERNAL))
        .select_related("from_role", "to_role")
    )
    return [
        Finding(
            "path_without_rule",
            _(
                "Verweisweg „%(path)s“ führt aus der Einrichtung hinaus, aber es ist keine Regel "
                "zur Schweigepflicht angegeben."
            )
            % {"path": f"{path.from_role.name} → {path.to_role.name}"},
            admin_url(path.from_role),
        )
        for path in paths
    ]
