from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Exists, OuterRef, Q
from django.forms.models import BaseInlineFormSet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from common.translation_admin import TranslationAdminMixin

from .admin_history import ReadableHistoryAdmin
from .models import (
    Audience,
    Organisation,
    Resource,
    ResourceLink,
    SearchSynonym,
    TargetGroup,
    Topic,
)
from .url_identity import url_identity


class LinkFormSet(BaseInlineFormSet):
    def clean(self):
        super().clean()
        seen = {}
        for form in self.forms:
            if not form.has_changed() and not form.instance.pk:
                continue
            if self.can_delete and self._should_delete_form(form):
                continue
            url = form.cleaned_data.get("url") if hasattr(form, "cleaned_data") else None
            if not url:
                continue
            key = url_identity(url)
            if key in seen:
                form.add_error("url", _("Diese Adresse steht oben schon einmal."))
            seen[key] = form


class ResourceLinkInline(admin.StackedInline):
    # Stacked, not tabular: six columns of a table do not fit the editors' narrow screens.
    model = ResourceLink
    formset = LinkFormSet
    extra = 1
    fields = ["url", "label", ("language", "format", "position"), "label_damaged"]


class MissingUrlFilter(admin.SimpleListFilter):
    title = _("Link-Adresse")
    parameter_name = "link"

    def lookups(self, request, model_admin):
        return [
            ("unreachable", _("ohne Link (keine Adresse)")),
            ("missing", _("Adresse fehlt")),
            ("none", _("ganz ohne Link")),
            ("damaged", _("Beschriftung beschädigt")),
        ]

    def queryset(self, request, queryset):
        if self.value() == "unreachable":
            return queryset.without_link()
        if self.value() == "missing":
            return queryset.filter(
                Exists(ResourceLink.objects.filter(resource=OuterRef("pk"), url=""))
            )
        if self.value() == "damaged":
            return queryset.filter(
                Exists(ResourceLink.objects.filter(resource=OuterRef("pk"), label_damaged=True))
            )
        if self.value() == "none":
            return queryset.filter(~Exists(ResourceLink.objects.filter(resource=OuterRef("pk"))))
        return queryset


@admin.register(Resource)
class ResourceAdmin(ReadableHistoryAdmin):
    # Few, narrow columns so the list fits a 631 px wide content box; the rest is in the
    # filters on the right.
    list_display = ["title", "status", "hints", "publication_date_display"]
    list_display_links = ["title"]
    list_filter = [
        "status",
        "needs_review",
        "highlighted",
        "resource_type",
        "region",
        MissingUrlFilter,
        ("topics", admin.RelatedOnlyFieldListFilter),
        "target_groups",
        "audiences",
    ]
    search_fields = ["title", "subtitle", "description", "publishers__name", "links__url"]
    search_help_text = _("Sucht in Titel, Beschreibung, Herausgebern und Link-Adressen.")
    autocomplete_fields = ["publishers", "topics"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["created_at", "updated_at"]
    inlines = [ResourceLinkInline]
    actions = ["publish_selected", "unpublish_selected"]
    list_per_page = 50
    show_facets = admin.ShowFacets.ALLOW
    date_hierarchy = "published_at"
    save_on_top = True
    fieldsets = [
        (None, {"fields": ["title", "slug", "subtitle", "description", "resource_type"]}),
        (
            _("Herkunft und Datum"),
            {"fields": ["publishers", ("pub_year", "pub_month", "pub_day"), "date_note"]},
        ),
        (
            _("Einordnung"),
            {"fields": ["topics", "target_groups", "audiences", "region"]},
        ),
        (
            _("Veröffentlichung"),
            {
                "fields": [
                    "status",
                    "published_at",
                    "highlighted",
                    ("availability_note", "available_from"),
                    "needs_review",
                    "review_note",
                    ("created_at", "updated_at"),
                ]
            },
        ),
    ]

    class Media:
        css = {"all": ["css/admin-narrow.css"]}

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name in ("target_groups", "audiences"):
            # A handful of values: checkboxes instead of the wide two-box selector.
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("links")

    @admin.display(description=_("Hinweise"))
    def hints(self, obj):
        labels = []
        if obj.needs_review:
            labels.append(_("zur Prüfung"))
        if obj.highlighted:
            labels.append(_("NEU"))
        if not obj.has_link:
            labels.append(_("ohne Link"))
        return ", ".join(str(label) for label in labels) or "–"

    @admin.display(description=_("Erschienen"), ordering="pub_sort")
    def publication_date_display(self, obj):
        return str(obj.publication_date) if obj.publication_date else "–"

    def save_model(self, request, obj, form, change):
        if obj.status == Resource.Status.PUBLISHED and obj.published_at is None:
            obj.published_at = timezone.now()
        super().save_model(request, obj, form, change)

    @admin.action(description=_("Ausgewählte Materialien veröffentlichen"), permissions=["change"])
    def publish_selected(self, request, queryset):
        published, unchanged, skipped = 0, 0, []
        for resource in queryset:
            if resource.status == Resource.Status.PUBLISHED and resource.published_at:
                # Already published or scheduled: saving again would only write an empty
                # history row and inflate the count.
                unchanged += 1
                continue
            try:
                resource.publish()
            except ValidationError:
                skipped.append(resource.title)
                continue
            resource._change_reason = "Veröffentlicht (Sammelaktion)"
            resource.save()
            published += 1
        self.message_user(
            request,
            ngettext(
                "%(count)d Material veröffentlicht.",
                "%(count)d Materialien veröffentlicht.",
                published,
            )
            % {"count": published},
            messages.SUCCESS if published else messages.INFO,
        )
        if unchanged:
            self.message_user(
                request,
                ngettext(
                    "%(count)d Material war schon veröffentlicht und bleibt unverändert.",
                    "%(count)d Materialien waren schon veröffentlicht und bleiben unverändert.",
                    unchanged,
                )
                % {"count": unchanged},
                messages.INFO,
            )
        if skipped:
            self.message_user(
                request,
                _("Nicht veröffentlicht, weil zur Prüfung markiert: %(titles)s")
                % {"titles": "; ".join(skipped[:10]) + (" …" if len(skipped) > 10 else "")},
                messages.WARNING,
            )

    @admin.action(
        description=_("Ausgewählte Materialien zurückziehen (Entwurf)"), permissions=["change"]
    )
    def unpublish_selected(self, request, queryset):
        count = 0
        for resource in queryset.filter(status=Resource.Status.PUBLISHED):
            resource.unpublish()
            resource._change_reason = "Zurückgezogen (Sammelaktion)"
            resource.save()
            count += 1
        self.message_user(
            request,
            ngettext(
                "%(count)d Material zurückgezogen.", "%(count)d Materialien zurückgezogen.", count
            )
            % {"count": count},
            messages.SUCCESS,
        )


@admin.register(Organisation)
class OrganisationAdmin(ReadableHistoryAdmin):
    list_display = ["name", "short_name", "kind", "region", "city", "resource_count"]
    list_filter = ["kind", "region"]
    search_fields = ["name", "short_name", "city"]
    ordering = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    fieldsets = [
        (
            None,
            {"fields": ["name", "slug", "short_name", "kind", "region", "website", "description"]},
        ),
        (
            _("Kontakt (für Beratungsstellen)"),
            {"fields": ["street", ("postal_code", "city"), "phone", "email", "contact_note"]},
        ),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_resource_count=Count("resources"))

    @admin.display(description=_("Materialien"), ordering="_resource_count")
    def resource_count(self, obj):
        return obj._resource_count


@admin.register(Topic)
class TopicAdmin(TranslationAdminMixin, admin.ModelAdmin):
    list_display = ["name", "parent", "position", "resource_count"]
    list_editable = ["position"]
    list_filter = [("parent", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["name", "parent__name"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("parent")
            .annotate(_resource_count=Count("resources", filter=Q(resources__status="published")))
        )

    @admin.display(description=_("veröffentlichte Materialien"), ordering="_resource_count")
    def resource_count(self, obj):
        return obj._resource_count


@admin.register(TargetGroup, Audience)
class VocabularyAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "position"]
    list_editable = ["position"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(SearchSynonym)
class SearchSynonymAdmin(admin.ModelAdmin):
    list_display = ["terms", "note"]
    search_fields = ["terms", "note"]
