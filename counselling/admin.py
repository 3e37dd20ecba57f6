from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from common.translation_admin import TranslationAdminMixin, TranslationInlineMixin

from .checks import consistency_findings
from .models import (
    ClientGroup,
    EmergencyNumber,
    Institution,
    LegalBasis,
    Occasion,
    OccasionGroup,
    Principle,
    ReferralPath,
    Role,
)


class PrincipleInline(TranslationInlineMixin, admin.StackedInline):
    model = Principle
    extra = 0


class LegalBasisInline(admin.StackedInline):
    model = LegalBasis
    extra = 0


class OccasionGroupInline(TranslationInlineMixin, admin.StackedInline):
    model = OccasionGroup
    extra = 0


@admin.register(Institution)
class InstitutionAdmin(TranslationAdminMixin, admin.ModelAdmin):
    list_display = ["name", "kind", "region", "adopted_on", "next_review_display", "checks_link"]
    list_filter = ["kind", "is_published"]
    search_fields = ["name", "region"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [OccasionGroupInline, PrincipleInline, LegalBasisInline]

    def get_urls(self):
        urls = [
            path(
                "<int:pk>/pruefung/",
                self.admin_site.admin_view(self.checks_view),
                name="counselling_institution_checks",
            )
        ]
        return urls + super().get_urls()

    @admin.display(description=_("nächste Überprüfung"))
    def next_review_display(self, obj):
        return obj.next_review or "–"

    @admin.display(description=_("Prüfung"))
    def checks_link(self, obj):
        url = reverse("admin:counselling_institution_checks", args=[obj.pk])
        return format_html('<a href="{}">{}</a>', url, _("Daten prüfen"))

    def checks_view(self, request, pk):
        institution = get_object_or_404(Institution, pk=pk)
        if not self.has_view_permission(request, institution):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "title": _("Prüfung: %(name)s") % {"name": institution.name},
            "institution": institution,
            "findings": consistency_findings(institution=institution),
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/counselling/institution_checks.html", context)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if request.method == "GET":
            institution = self.get_object(request, object_id)
            if institution is not None:
                warn_about_findings(request, institution)
        return super().change_view(request, object_id, form_url, extra_context)


def warn_about_findings(request, institution: Institution) -> None:
    count = len(consistency_findings(institution=institution))
    if count:
        url = reverse("admin:counselling_institution_checks", args=[institution.pk])
        messages.warning(
            request,
            format_html(
                '{}: {} <a href="{}">{}</a>',
                institution.name,
                ngettext("%(count)d Hinweis zur Prüfung.", "%(count)d Hinweise zur Prüfung.", count)
                % {"count": count},
                url,
                _("Hinweise ansehen"),
            ),
        )


class ReferralPathInline(admin.StackedInline):
    model = ReferralPath
    fk_name = "from_role"
    extra = 0
    autocomplete_fields = ["to_role", "via_roles", "occasions"]
    fields = [
        ("to_role", "step"),
        "occasions",
        ("via_roles", "via_note"),
        "condition",
        "confidentiality_rule",
        "source_quote",
    ]
    verbose_name = _("Verweisweg von dieser Stelle aus")
    verbose_name_plural = _("Verweiswege von dieser Stelle aus")


class ContactMissingFilter(admin.SimpleListFilter):
    """Worklist: external services with no phone, e-mail, address or website."""

    title = _("Kontaktdaten")
    parameter_name = "kontakt"

    def lookups(self, request, model_admin):
        return [("fehlt", _("fehlen (extern)")), ("da", _("vorhanden"))]

    def queryset(self, request, queryset):
        missing = Q(kind=Role.Kind.EXTERNAL, phone="", email="", postal_address="", website="") & (
            Q(organisation__isnull=True) | Q(organisation__website="")
        )
        if self.value() == "fehlt":
            return queryset.filter(missing)
        if self.value() == "da":
            return queryset.exclude(missing)
        return queryset


@admin.register(EmergencyNumber)
class EmergencyNumberAdmin(TranslationAdminMixin, admin.ModelAdmin):
    list_display = ["name", "phone", "hours", "is_active", "position"]
    list_editable = ["is_active", "position"]
    search_fields = ["name", "phone"]


@admin.register(Role)
class RoleAdmin(TranslationAdminMixin, admin.ModelAdmin):
    list_display = ["name", "institution", "kind", "direct_access", "phone", "referral_count"]
    list_filter = [ContactMissingFilter, "institution", "kind", "direct_access", "is_emergency"]
    search_fields = ["name", "short_name", "summary"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["organisation", "occasions", "members"]
    filter_horizontal = ["serves"]
    inlines = [ReferralPathInline]
    fieldsets = [
        (None, {"fields": ["institution", ("name", "short_name"), "slug", "kind", "summary"]}),
        (
            _("Wer, wozu"),
            {"fields": ["serves", "occasions", "direct_access", "members", "tasks"]},
        ),
        (
            _("Qualifikation und Vertraulichkeit"),
            {"fields": ["qualification", "confidentiality"]},
        ),
        (
            _("Kontakt"),
            {
                "fields": [
                    ("phone", "email"),
                    "website",
                    "postal_address",
                    "location",
                    "availability",
                    "contact_note",
                    "languages",
                    "accessibility",
                    ("anonymous_possible", "is_emergency"),
                    "organisation",
                ],
                "description": _(
                    "Nur eintragen, was belegt ist. Fehlende Angaben zeigt die Prüfung als "
                    "Hinweis; Filter „Kontaktdaten: fehlen“ in der Liste."
                ),
            },
        ),
        (_("Beleg"), {"fields": ["source_quote", "position"]}),
    ]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("institution")
            .annotate(referral_count=Count("referrals_out"))
        )

    @admin.display(description=_("Verweiswege"), ordering="referral_count")
    def referral_count(self, obj):
        return obj.referral_count

    def changelist_view(self, request, extra_context=None):
        if request.method == "GET":
            for institution in Institution.objects.all():
                warn_about_findings(request, institution)
        return super().changelist_view(request, extra_context)


@admin.register(Occasion)
class OccasionAdmin(TranslationAdminMixin, admin.ModelAdmin):
    list_display = ["name", "institution", "group", "is_crisis"]
    list_filter = ["institution", "group", "is_crisis"]
    search_fields = ["name", "description"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(ReferralPath)
class ReferralPathAdmin(admin.ModelAdmin):
    list_display = ["__str__", "step", "confidentiality_rule", "via_note"]
    list_filter = ["from_role__institution", "confidentiality_rule"]
    search_fields = ["from_role__name", "to_role__name", "condition"]
    autocomplete_fields = ["from_role", "to_role", "via_roles", "occasions"]


@admin.register(ClientGroup)
class ClientGroupAdmin(TranslationAdminMixin, admin.ModelAdmin):
    list_display = ["name", "position"]
    prepopulated_fields = {"slug": ["name"]}
