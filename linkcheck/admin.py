"""The link report for editors (admin: *Linkprüfung*) and the link filter of the resource list.

Who may see a link may see its check results; who may change links may act on them: the
report's permissions are those of `resources.ResourceLink`, checked like every admin page.
"""

from django.contrib import admin, messages
from django.db.models import F
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from resources import selectors
from resources.models import Resource

from . import services
from .filters import STATE_CHOICES, LinkStateFilter, ResourceLinkStateFilter
from .models import CheckedLink, LinkHealth
from .status import LinkStatus


@admin.register(CheckedLink)
class CheckedLinkAdmin(admin.ModelAdmin):
    list_display = [
        "address",
        "resource_link",
        "state",
        "http_code",
        "target",
        "last_checked",
        "broken_since",
        "failures",
    ]
    list_display_links = None
    list_filter = [LinkStateFilter, ("health__status", admin.ChoicesFieldListFilter)]
    search_fields = ["url", "resource__title", "health__final_url"]
    search_help_text = _("Sucht in Adressen, Zieladressen und Titeln der Materialien.")
    actions = ["accept_redirect", "mark_archived", "recheck_now"]
    list_per_page = 100
    # The page of a single link (read-only): the latest finding and the kept history.
    fields = [
        "url",
        "resource",
        "state",
        "http_code",
        "target",
        "last_checked",
        "broken_since",
        "failures",
        "detail",
        "history",
    ]
    readonly_fields = fields
    change_list_template = "linkcheck/admin/change_list.html"

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("resource", "health")
            .order_by(F("health__broken_since").asc(nulls_last=True), "resource__title", "pk")
        )

    # Permissions: those of the links themselves.
    def has_view_permission(self, request, obj=None):
        return request.user.has_perm("resources.view_resourcelink") or self.has_change_permission(
            request
        )

    def has_change_permission(self, request, obj=None):
        # Changing happens through the actions; a single link is edited with its resource.
        return obj is None and request.user.has_perm("resources.change_resourcelink")

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_module_permission(self, request):
        return self.has_view_permission(request)

    def changelist_view(self, request, extra_context=None):
        counts = services.link_counts()
        extra_context = {
            **(extra_context or {}),
            "state_counts": [
                (key, label, counts[key]) for key, label in STATE_CHOICES if key in counts
            ],
        }
        return super().changelist_view(request, extra_context)

    # -- columns -----------------------------------------------------------------------

    @staticmethod
    def _health(link) -> LinkHealth | None:
        health = getattr(link, "health", None)
        return health if health is not None and health.is_current else None

    @admin.display(description=_("Adresse"), ordering="url")
    def address(self, link):
        if not link.url:
            return _("(Adresse fehlt)")
        return format_html('<a href="{}" rel="noopener noreferrer">{}</a>', link.url, link.url)

    @admin.display(description=_("Material"), ordering="resource__title")
    def resource_link(self, link):
        url = selectors.resource_admin_url(link.resource_id)
        return format_html('<a href="{}">{}</a>', url, link.resource.title)

    @admin.display(description=_("Zustand"))
    def state(self, link):
        health = getattr(link, "health", None)
        if health is not None and health.archived:
            return _("archiviert")
        health = self._health(link)
        if health is None:
            return _("ungeprüft") if link.url else "–"
        label = health.get_status_display()
        if health.flaps:
            label = _("%(status)s (wechselhaft)") % {"status": label}
        return label

    @admin.display(description=_("HTTP"))
    def http_code(self, link):
        health = self._health(link)
        return health.http_code if health and health.http_code else "–"

    @admin.display(description=_("Ziel der Umleitung"))
    def target(self, link):
        health = self._health(link)
        if health is None or not health.redirect_chain:
            return "–"
        return format_html(
            '<a href="{}" rel="noopener noreferrer">{}</a> ({})',
            health.final_url,
            health.final_url,
            " → ".join(str(hop["code"]) for hop in health.redirect_chain),
        )

    @admin.display(description=_("zuletzt geprüft"), ordering="health__last_checked_at")
    def last_checked(self, link):
        health = self._health(link)
        return health.last_checked_at if health else "–"

    @admin.display(description=_("fehlerhaft seit"), ordering="health__broken_since")
    def broken_since(self, link):
        health = self._health(link)
        return health.broken_since if health and health.broken_since else "–"

    @admin.display(description=_("Fehlschläge in Folge"))
    def failures(self, link):
        health = self._health(link)
        return health.consecutive_failures if health else "–"

    @admin.display(description=_("Einzelheiten"))
    def detail(self, link):
        health = self._health(link)
        return (health.detail or "–") if health else "–"

    @admin.display(description=_("Verlauf (neueste zuerst)"))
    def history(self, link):
        health = self._health(link)
        if health is None or not health.history:
            return "–"
        labels = dict(LinkStatus.choices)
        return format_html_join(
            "\n",
            "<div>{} – {}{}</div>",
            (
                (
                    entry["at"][:16].replace("T", " "),
                    labels.get(entry["status"], entry["status"]),
                    f" (HTTP {entry['code']})" if entry.get("code") else "",
                )
                for entry in health.history
            ),
        )

    # -- actions -----------------------------------------------------------------------

    @admin.action(
        description=_("Umleitungsziel als neue Adresse übernehmen"), permissions=["change"]
    )
    def accept_redirect(self, request, queryset):
        changed, refused = services.links_accept_redirect(links=queryset)
        self.message_user(
            request,
            ngettext(
                "Bei %(count)d Link wurde das Umleitungsziel übernommen.",
                "Bei %(count)d Links wurde das Umleitungsziel übernommen.",
                changed,
            )
            % {"count": changed},
        )
        for link in refused:
            self.message_user(
                request,
                _("„%(url)s“: Die Zieladresse ist schon bei einem anderen Link eingetragen.")
                % {"url": link.url},
                messages.WARNING,
            )

    @admin.action(description=_("Als archiviert markieren"), permissions=["change"])
    def mark_archived(self, request, queryset):
        count = services.links_archive(links=queryset)
        self.message_user(
            request,
            ngettext(
                "%(count)d Link als archiviert markiert: Leser*innen sehen die Archivfassung.",
                "%(count)d Links als archiviert markiert: Leser*innen sehen die Archivfassung.",
                count,
            )
            % {"count": count},
        )

    @admin.action(description=_("Jetzt erneut prüfen"), permissions=["change"])
    def recheck_now(self, request, queryset):
        try:
            ids = services.links_request_recheck(user=request.user, links=queryset)
        except services.RecheckRefused:
            self.message_user(
                request,
                _("Zu viele Prüfaufträge in dieser Stunde. Bitte später noch einmal."),
                messages.ERROR,
            )
            return
        self.message_user(
            request,
            ngettext(
                "%(count)d Link wird im Hintergrund geprüft.",
                "%(count)d Links werden im Hintergrund geprüft.",
                len(ids),
            )
            % {"count": len(ids)},
        )


def _add_filter_to_the_resource_list() -> None:
    """The resource list gets a "Linkprüfung" filter. The library's admin is private to
    `resources` (docs/ARCHITECTURE.md) and the library must not depend on the checker, so the
    filter is added here, through the admin registry: `resources.admin` is imported before this
    module (INSTALLED_APPS order of the admin's autodiscovery)."""
    resource_admin = admin.site._registry.get(Resource)
    if resource_admin is not None and ResourceLinkStateFilter not in resource_admin.list_filter:
        resource_admin.list_filter = [*resource_admin.list_filter, ResourceLinkStateFilter]


_add_filter_to_the_resource_list()
