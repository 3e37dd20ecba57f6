from django.contrib import admin
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from . import admin_views, services
from .models import AmendingAct, AmendmentEvent, Footnote, Provision, Statute


@admin.register(Statute)
class StatuteAdmin(SimpleHistoryAdmin):
    list_display = ["abbreviation", "title", "jurisdiction", "stand", "import_link"]
    search_fields = ["abbreviation", "title"]
    prepopulated_fields = {"slug": ["abbreviation"]}

    fieldsets = [
        (
            None,
            {
                "fields": [
                    "title",
                    "abbreviation",
                    "slug",
                    "jurisdiction",
                    "collection_number",
                    "citation",
                    "in_force_since",
                    "stand",
                    "source_url",
                    "description",
                ]
            },
        ),
        (_("Nur für die Redaktion"), {"fields": ["editorial_note"]}),
    ]

    @admin.display(description=_("Fußnoten"))
    def import_link(self, obj):
        url = reverse("admin:legal_statute_footnote_import") + f"?statute={obj.pk}"
        return format_html('<a href="{}">{}</a>', url, _("Fußnoten einfügen und einlesen"))

    def footnote_import_view(self, request):
        return admin_views.footnote_import(request, self)

    def get_urls(self):
        view = self.admin_site.admin_view(self.footnote_import_view)
        return [
            path("fussnoten-einlesen/", view, name="legal_statute_footnote_import"),
            *super().get_urls(),
        ]

    def changelist_view(self, request, extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "import_url": reverse("admin:legal_statute_footnote_import"),
        }
        return super().changelist_view(request, extra_context)


@admin.register(AmendingAct)
class AmendingActAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "kind", "date", "page", "number", "correction_page"]
    list_filter = ["kind"]
    search_fields = ["title", "page", "provision"]
    date_hierarchy = "date"


class EventInline(admin.TabularInline):
    model = AmendmentEvent
    fields = [
        "position",
        "target_label",
        "verb",
        "new_label",
        "act",
        "act_article",
        "effective_date",
        "retroactive",
    ]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Footnote)
class FootnoteAdmin(admin.ModelAdmin):
    list_display = ["__str__", "position", "event_count"]
    list_filter = ["statute"]
    readonly_fields = ["regenerated"]
    inlines = [EventInline]

    @admin.display(description=_("Änderungen"))
    def event_count(self, obj):
        return obj.events.count()

    @admin.display(description=_("Aus den Änderungen neu geschrieben"))
    def regenerated(self, obj):
        return services.footnote_regenerate(footnote=obj) if obj.pk else ""


@admin.register(AmendmentEvent)
class AmendmentEventAdmin(SimpleHistoryAdmin):
    list_display = [
        "target_label",
        "verb",
        "operation",
        "act",
        "effective_date",
        "retroactive",
        "edited_by_hand",
    ]
    list_filter = ["statute", "operation", "retroactive", "edited_by_hand"]
    search_fields = ["target_label", "verb"]
    list_select_related = ["act"]
    raw_id_fields = ["footnote", "provision"]
    readonly_fields = ["target_label", "provision", "edited_by_hand"]
    fieldsets = [
        (None, {"fields": ["statute", "footnote", "position", "target_label", "provision"]}),
        (
            _("Ziel"),
            {
                "fields": [
                    "paragraph",
                    "absatz",
                    "satz",
                    "nummer",
                    "buchstabe",
                    "part",
                    "article",
                    "old_numbering",
                ]
            },
        ),
        (
            _("Vorgang"),
            {
                "fields": [
                    "operation",
                    "verb",
                    "new_label",
                    "new_paragraph",
                    "new_absatz",
                    "latest",
                    "note",
                ]
            },
        ),
        (
            _("Gesetz und Inkrafttreten"),
            {"fields": ["act", "act_article", "act_part", "effective_date", "retroactive"]},
        ),
        (_("Bearbeitung"), {"fields": ["edited_by_hand"]}),
    ]

    def save_model(self, request, obj, form, change):
        # Hand edits are flagged (and kept in the history) and the provisions recomputed.
        services.event_record_hand_edit(event=obj)


@admin.register(Provision)
class ProvisionAdmin(admin.ModelAdmin):
    list_display = ["label", "key", "statute", "exists_now", "event_count", "last_changed"]
    list_filter = ["statute", "exists_now"]
    search_fields = ["label", "key"]
    readonly_fields = [
        "statute",
        "parent",
        "key",
        "label",
        "paragraph",
        "absatz",
        "exists_now",
        "event_count",
        "last_changed",
    ]

    def has_add_permission(self, request):
        return False
