"""The public counselling guide: institution → occasion → first contacts and referral paths."""

from django.db.models import Count, Prefetch
from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language_bidi

from legal.services import statute_urls_for

from .guide import build_guide, layout_diagram
from .models import EmergencyNumber, Institution, Occasion, OccasionGroup, ReferralPath, Role


def published_institution(slug: str) -> Institution:
    return get_object_or_404(Institution.objects.published(), slug=slug)


def index(request):
    institutions = Institution.objects.published().annotate(
        role_count=Count("roles", distinct=True), occasion_count=Count("occasions", distinct=True)
    )
    return render(request, "counselling/index.html", {"institutions": institutions})


def occasions_with_first_contacts():
    first_contacts = Role.objects.filter(direct_access=True).only(
        "name", "slug", "institution_id", "translations", "translation_review"
    )
    return Occasion.objects.prefetch_related(
        Prefetch("roles", queryset=first_contacts, to_attr="first_contacts")
    )


def institution_detail(request, slug):
    institution = published_institution(slug)
    groups = OccasionGroup.objects.filter(institution=institution).prefetch_related(
        Prefetch("occasions", queryset=occasions_with_first_contacts())
    )
    ungrouped = occasions_with_first_contacts().filter(institution=institution, group=None)
    return render(
        request,
        "counselling/institution_detail.html",
        {"institution": institution, "groups": groups, "ungrouped": ungrouped},
    )


def occasion_detail(request, slug, occasion):
    institution = published_institution(slug)
    occasion = get_object_or_404(
        Occasion.objects.select_related("group"), institution=institution, slug=occasion
    )
    guide = build_guide(institution=institution, occasion=occasion)
    return render(
        request,
        "counselling/occasion_detail.html",
        {
            "institution": institution,
            "occasion": occasion,
            "guide": guide,
            "diagram": layout_diagram(guide, rtl=get_language_bidi()),
            "emergency_numbers": (
                list(EmergencyNumber.objects.active()) if occasion.is_crisis else []
            ),
        },
    )


def role_directory(request, slug):
    institution = published_institution(slug)
    paths = ReferralPath.objects.select_related("to_role").prefetch_related(
        "occasions", "via_roles"
    )
    roles = (
        Role.objects.filter(institution=institution)
        .for_directory()
        .prefetch_related(
            Prefetch("referrals_out", queryset=paths),
            Prefetch("referrals_in", queryset=ReferralPath.objects.select_related("from_role")),
        )
    )
    return render(
        request,
        "counselling/role_directory.html",
        {
            "institution": institution,
            "internal_roles": [r for r in roles if not r.is_external],
            "external_roles": [r for r in roles if r.is_external],
        },
    )


def concept(request, slug):
    institution = published_institution(slug)
    legal_bases = list(institution.legal_bases.all())
    urls = statute_urls_for(b.statute_abbreviation for b in legal_bases if b.statute_abbreviation)
    for basis in legal_bases:
        basis.statute_url = urls.get(basis.statute_abbreviation)
    return render(
        request,
        "counselling/concept.html",
        {
            "institution": institution,
            "principles": institution.principles.all(),
            "legal_bases": legal_bases,
        },
    )
