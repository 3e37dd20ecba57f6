import json
import os
import tempfile

from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count, Q
from django.http import FileResponse, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from . import importers, mail, sending, services
from .forms import ImportForm, TestSendForm
from .models import ConsentEvent, Delivery, Issue, IssueItem, Subscriber, Suppression
from .tasks import send_issue_task, send_test_task


class ConsentEventInline(admin.TabularInline):
    model = ConsentEvent
    extra = 0
    can_delete = False
    fields = ["created_at", "kind", "channel", "privacy_notice_version", "ip_address", "details"]
    readonly_fields = fields
    verbose_name_plural = _("Einwilligungsnachweis (wird nie geändert)")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Subscriber)
class SubscriberAdmin(admin.ModelAdmin):
    list_display = ["email", "name", "status", "language", "source", "requested_at", "confirmed_at"]
    list_filter = ["status", "language", "source", "topics"]
    search_fields = ["email", "name"]
    readonly_fields = [
        "email",
        "status",
        "source",
        "requested_at",
        "confirmed_at",
        "unsubscribed_at",
        "created_at",
    ]
    # The language of all mails to the person (the sign-up page's); staff may correct it.
    fields = ["email", "name", "language", "topics", *readonly_fields[1:]]
    filter_horizontal = ["topics"]
    inlines = [ConsentEventInline]
    actions = ["export_data", "unsubscribe_selected", "erase_selected"]
    show_full_result_count = False
    list_per_page = 100
    change_list_template = "admin/newsletter/subscriber/change_list.html"

    def has_add_permission(self, request):
        # Only the person (double opt-in) or an import with proven consent adds people.
        return False

    def get_urls(self):
        return [
            path(
                "import/",
                self.admin_site.admin_view(self.import_view),
                name="newsletter_subscriber_import",
            ),
            *super().get_urls(),
        ]

    def import_view(self, request):
        # has_add_permission() is False for everyone (people add themselves); an import adds
        # people all the same, so it asks for the model permission itself.
        if not (
            self.has_change_permission(request)
            and request.user.has_perm("newsletter.add_subscriber")
        ):
            raise PermissionDenied
        form = ImportForm(request.POST or None, request.FILES or None)
        report = None
        if request.method == "POST" and form.is_valid():
            upload = form.cleaned_data["file"]
            text = importers.decode(upload.read())
            parsed = importers.parse_subscriber_csv(text, today=timezone.localdate())
            report = services.SubscriberImportReport()
            for line, message in parsed.errors:
                report.add_problem(message, line=line)
            services.subscribers_import(
                rows=parsed.rows,
                file_name=upload.name,
                imported_by=request.user.get_username(),
                report=report,
            )
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Abonnent*innen aus CSV übernehmen"),
            "form": form,
            "report": report,
        }
        return TemplateResponse(request, "admin/newsletter/subscriber/import.html", context)

    @admin.action(description=_("Daten der Ausgewählten herunterladen (Auskunft, JSON)"))
    def export_data(self, request, queryset):
        data = [
            services.subscriber_export_data(subscriber=s)
            for s in queryset.prefetch_related("topics", "consent_events")
        ]
        response = HttpResponse(
            json.dumps(data, ensure_ascii=False, indent=2),
            content_type="application/json; charset=utf-8",
        )
        response["Content-Disposition"] = 'attachment; filename="flr-juf-auskunft.json"'
        return response

    @admin.action(description=_("Ausgewählte abmelden"), permissions=["change"])
    def unsubscribe_selected(self, request, queryset):
        count = sum(
            services.subscriber_unsubscribe(subscriber=s, channel=ConsentEvent.Channel.ADMIN)
            for s in queryset
        )
        self.message_user(
            request,
            ngettext("%(n)d Person abgemeldet.", "%(n)d Personen abgemeldet.", count)
            % {"n": count},
        )

    @admin.action(
        description=_("Ausgewählte endgültig löschen (Art. 17 DSGVO) …"), permissions=["delete"]
    )
    def erase_selected(self, request, queryset):
        if request.POST.get("confirm") == "yes":
            count = 0
            for subscriber in queryset:
                services.subscriber_erase(subscriber=subscriber)
                count += 1
            self.message_user(
                request,
                ngettext(
                    "%(n)d Person gelöscht; nur ein Sperreintrag (Hash) bleibt.",
                    "%(n)d Personen gelöscht; nur Sperreinträge (Hashes) bleiben.",
                    count,
                )
                % {"n": count},
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Endgültig löschen?"),
            "subscribers": queryset,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/newsletter/subscriber/erase_confirm.html", context)


@admin.register(Suppression)
class SuppressionAdmin(admin.ModelAdmin):
    list_display = ["email_hash", "created_at"]
    search_fields = ["email_hash"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class IssueItemInline(admin.StackedInline):
    model = IssueItem
    extra = 1
    fields = [("kind", "position"), "title", "date_note", "text", "url"]


@admin.register(Issue)
class IssueAdmin(admin.ModelAdmin):
    list_display = ["title", "status", "progress", "sent_at", "created_at"]
    list_filter = ["status"]
    search_fields = ["title", "intro"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["resources"]
    inlines = [IssueItemInline]
    fields = ["title", "slug", "since", "intro", "resources", "status", "sent_at"]
    readonly_fields = ["status", "sent_at"]
    change_form_template = "admin/newsletter/issue/change_form.html"

    def get_readonly_fields(self, request, obj=None):
        if obj is not None and not obj.is_editable:
            # A sent issue is a record of what people received.
            return [*self.fields]
        return self.readonly_fields

    def get_prepopulated_fields(self, request, obj=None):
        if obj is not None and not obj.is_editable:
            return {}
        return self.prepopulated_fields

    def get_inlines(self, request, obj):
        if obj is not None and not obj.is_editable:
            return [ReadOnlyIssueItemInline]
        return self.inlines

    def get_changeform_initial_data(self, request):
        since = services.issue_default_since()
        return {
            "since": since,
            "resources": list(
                services.issue_suggested_resources(since=since).values_list("pk", flat=True)
            ),
            **super().get_changeform_initial_data(request),
        }

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if "since" in form.changed_data and form.initial.get("since"):
            count = services.issue_resuggest_resources(
                issue=form.instance, previous_since=form.initial["since"]
            )
            self.message_user(
                request,
                ngettext(
                    "Neues Startdatum: die Vorschläge wurden neu berechnet (%(n)d Material).",
                    "Neues Startdatum: die Vorschläge wurden neu berechnet (%(n)d Materialien).",
                    count,
                )
                % {"n": count},
            )
        if not change:
            added = services.issue_add_legal_changes(issue=form.instance)
            if added:
                self.message_user(
                    request,
                    ngettext(
                        "%(n)d Rechtsänderung aus dem Rechtsbereich übernommen – bitte prüfen.",
                        "%(n)d Rechtsänderungen aus dem Rechtsbereich übernommen – bitte prüfen.",
                        added,
                    )
                    % {"n": added},
                )

    def get_queryset(self, request):
        # The progress column for every row in the same query as the list itself.
        return (
            super()
            .get_queryset(request)
            .annotate(
                n_total=Count("deliveries"),
                n_sent=Count("deliveries", filter=Q(deliveries__status=Delivery.Status.SENT)),
                n_failed=Count("deliveries", filter=Q(deliveries__status=Delivery.Status.FAILED)),
            )
        )

    @admin.display(description=_("Versand"))
    def progress(self, obj):
        if obj.status == Issue.Status.DRAFT:
            return "–"
        return format_html(
            "{} / {} versendet, {} fehlgeschlagen", obj.n_sent, obj.n_total, obj.n_failed
        )

    def get_urls(self):
        def view(name, func):
            return path(
                f"<int:pk>/{name}/",
                self.admin_site.admin_view(func),
                name=f"newsletter_issue_{name.replace('-', '_')}",
            )

        return [
            view("vorschau-html", self.preview_html),
            view("vorschau-text", self.preview_text),
            view("export-eml", self.export_eml),
            view("export-mbox", self.export_mbox),
            view("export-html", self.export_html),
            view("testversand", self.test_send),
            view("versenden", self.send_view),
            view("fortsetzen", self.resume_view),
            view("ungewisse-einreihen", self.requeue_view),
            view("rechtsaenderungen", self.legal_view),
            *super().get_urls(),
        ]

    def _issue(self, request, pk) -> Issue:
        issue = get_object_or_404(Issue, pk=pk)
        if not self.has_view_permission(request, issue):
            raise PermissionDenied
        return issue

    def _back(self, issue):
        return HttpResponseRedirect(reverse("admin:newsletter_issue_change", args=[issue.pk]))

    def preview_html(self, request, pk):
        response = HttpResponse(mail.issue_html_standalone(self._issue(request, pk)))
        # The preview must look exactly like the mail: it has its own inline styles.
        response["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'"
        return response

    def preview_text(self, request, pk):
        return HttpResponse(
            mail.issue_text_standalone(self._issue(request, pk)),
            content_type="text/plain; charset=utf-8",
        )

    def _filename(self, issue, ext):
        return f"{slugify(issue.slug) or 'ausgabe'}.{ext}"

    def export_eml(self, request, pk):
        issue = self._issue(request, pk)
        response = HttpResponse(mail.issue_eml(issue), content_type="message/rfc822")
        response["Content-Disposition"] = f'attachment; filename="{self._filename(issue, "eml")}"'
        return response

    def export_html(self, request, pk):
        issue = self._issue(request, pk)
        response = HttpResponse(
            mail.issue_html_standalone(issue), content_type="text/html; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="{self._filename(issue, "html")}"'
        return response

    def export_mbox(self, request, pk):
        issue = self._issue(request, pk)
        # The mbox holds every subscriber's address and personal links.
        if not request.user.has_perm("newsletter.view_subscriber"):
            raise PermissionDenied
        handle, file_path = tempfile.mkstemp(suffix=".mbox")
        os.close(handle)
        os.unlink(file_path)  # mailbox.mbox creates the file itself
        mail.write_mbox(issue, file_path, mail.iter_active_subscribers())
        stream = open(file_path, "rb")  # noqa: SIM115 - FileResponse closes it
        os.unlink(file_path)  # the open handle keeps the data until the download ends
        return FileResponse(
            stream,
            as_attachment=True,
            filename=self._filename(issue, "mbox"),
            content_type="application/mbox",
        )

    def test_send(self, request, pk):
        issue = self._issue(request, pk)
        if not self.has_change_permission(request, issue):
            raise PermissionDenied
        default = settings.NEWSLETTER_TEST_RECIPIENTS or [request.user.email]
        form = TestSendForm(
            request.POST or None, initial={"recipients": ", ".join(a for a in default if a)}
        )
        if request.method == "POST" and form.is_valid():
            # Through the task queue like every mail: no admin page waits for the mail server.
            recipients = form.cleaned_data["recipients"]
            send_test_task.enqueue(issue.pk, recipients)
            self.message_user(
                request,
                _(
                    "Testversand an %(n)d Adresse(n) in Auftrag gegeben; er geht mit dem "
                    "Hintergrunddienst hinaus (Fehler stehen unter „Aufgaben“)."
                )
                % {"n": len(recipients)},
            )
            return self._back(issue)
        return self._confirm_page(
            request, issue, _("Testversand"), form=form, button=_("Test senden")
        )

    def _confirm_page(self, request, issue, title, **extra):
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "original": issue,
            "issue": issue,
            "title": title,
            **extra,
        }
        return TemplateResponse(request, "admin/newsletter/issue/confirm.html", context)

    def send_view(self, request, pk):
        issue = self._issue(request, pk)
        if not self.has_change_permission(request, issue):
            raise PermissionDenied
        if issue.status != Issue.Status.DRAFT:
            self.message_user(request, _("Diese Ausgabe ist schon im Versand."), messages.ERROR)
            return self._back(issue)
        recipients = Subscriber.objects.active().count()
        if request.method == "POST":
            with transaction.atomic():
                queued = sending.issue_start_sending(issue=issue)
                transaction.on_commit(lambda: send_issue_task.enqueue(issue.pk))
            self.message_user(
                request,
                ngettext(
                    "Versand an %(n)d Empfänger*in gestartet. Der Fortschritt steht unten.",
                    "Versand an %(n)d Empfänger*innen gestartet. Der Fortschritt steht unten.",
                    queued,
                )
                % {"n": queued},
            )
            return self._back(issue)
        return self._confirm_page(
            request,
            issue,
            _("Ausgabe versenden"),
            text=ngettext(
                "Die Ausgabe geht an %(n)d angemeldete Person, %(rate)s E-Mails pro Minute. "
                "Danach kann sie nicht mehr geändert werden.",
                "Die Ausgabe geht an %(n)d angemeldete Personen, %(rate)s E-Mails pro Minute. "
                "Danach kann sie nicht mehr geändert werden.",
                recipients,
            )
            % {"n": recipients, "rate": settings.NEWSLETTER_SEND_RATE_PER_MINUTE or "∞"},
            button=_("Jetzt versenden"),
        )

    def resume_view(self, request, pk):
        issue = self._issue(request, pk)
        if not self.has_change_permission(request, issue):
            raise PermissionDenied
        if request.method == "POST" and issue.status == Issue.Status.SENDING:
            send_issue_task.enqueue(issue.pk)
            self.message_user(request, _("Versand wird fortgesetzt."))
        return self._back(issue)

    def requeue_view(self, request, pk):
        issue = self._issue(request, pk)
        if not self.has_change_permission(request, issue):
            raise PermissionDenied
        if request.method == "POST":
            count = sending.deliveries_requeue_uncertain(issue=issue)
            if count:
                send_issue_task.enqueue(issue.pk)
            self.message_user(
                request, _("%(n)d ungewisse Zustellung(en) erneut eingereiht.") % {"n": count}
            )
        return self._back(issue)

    def legal_view(self, request, pk):
        issue = self._issue(request, pk)
        if not self.has_change_permission(request, issue):
            raise PermissionDenied
        if request.method == "POST" and issue.is_editable:
            added = services.issue_add_legal_changes(issue=issue)
            self.message_user(
                request, _("%(n)d neue Rechtsänderung(en) übernommen.") % {"n": added}
            )
        return self._back(issue)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = extra_context or {}
        issue = Issue.objects.filter(pk=object_id).first()
        if issue is not None:
            extra_context["delivery_counts"] = issue.delivery_counts()
            extra_context["failed_deliveries"] = (
                issue.deliveries.filter(status=Delivery.Status.FAILED)
                .select_related("subscriber")
                .order_by("id")[:50]
            )
        return super().change_view(request, object_id, form_url, extra_context)


class ReadOnlyIssueItemInline(IssueItemInline):
    extra = 0
    can_delete = False
    readonly_fields = ["kind", "position", "title", "date_note", "text", "url"]

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    list_display = ["issue", "subscriber", "status", "attempts", "sent_at", "smtp_response"]
    list_filter = ["status", "issue"]
    search_fields = ["subscriber__email", "smtp_response"]
    list_select_related = ["issue", "subscriber"]
    show_full_result_count = False
    readonly_fields = [
        "issue",
        "subscriber",
        "status",
        "attempts",
        "sent_at",
        "smtp_response",
        "message_id",
    ]
    fields = readonly_fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
