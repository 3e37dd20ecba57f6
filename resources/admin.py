from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Exists, OuterRef, Q
from django.forms.models import BaseInlineFormSet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from .models import (
    Audience,
    Organisation,
    Resource,
    ResourceLink,
    SearchSynonym,
    TargetGroup,
    Topic,
)


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
            if url in seen:
                form.add_error("url", _("Diese Adresse steht oben schon einmal."))
            seen[url] = form


class ResourceLinkInline(admin.TabularInline):
    model = ResourceLink
    formset = LinkFormSet
    extra = 1
    fields = ["url", "label", "language", "format", "position", "label_damaged"]


class MissingUrlFilter(admin.SimpleListFilter):
    title = _("Link-Adresse")
    parameter_name = "link"

    def lookups(self, request, model_admin):
        return [
            ("missing", _("Adresse fehlt")),
            ("none", _("ganz ohne Link")),
            ("damaged", _("Beschriftung beschädigt")),
        ]

    def queryset(self, request, queryset):
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
class ResourceAdmin(SimpleHistoryAdmin):
    list_display = [
        "title",
        "resource_type",
        "publication_date_display",
        "status",
        "needs_review",
        "highlighted",
        "updated_at",
    ]
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
    filter_horizontal = ["target_groups", "audiences"]
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

    @admin.display(description=_("Erschienen"), ordering="pub_sort")
    def publication_date_display(self, obj):
        return str(obj.publication_date) if obj.publication_date else "–"

    def save_model(self, request, obj, form, change):
        if obj.status == Resource.Status.PUBLISHED and obj.published_at is None:
            obj.published_at = timezone.now()
        super().save_model(request, obj, form, change)

    @admin.action(description=_("Ausgewählte Materialien veröffentlichen"), permissions=["change"])
    def publish_selected(self, request, queryset):
        published, skipped = 0, []
        for resource in queryset:
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
            messages.SUCCESS,
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
class OrganisationAdmin(SimpleHistoryAdmin):
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
class TopicAdmin(admin.ModelAdmin):
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
