import json
import smtplib

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.core import signing
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse_lazy
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from common.pagination import paginate

from . import mail, services
from .forms import CONSENT_TEXT, ManageRequestForm, PreferencesForm, SignupForm
from .models import ConsentEvent, Issue, Subscriber


def client_ip(request) -> str | None:
    return request.META.get("REMOTE_ADDR") or None


@require_http_methods(["GET", "POST"])
def index(request):
    """Sign-up form with the privacy information (Art. 13 DSGVO)."""
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        result = services.subscriber_request_signup(
            email=form.cleaned_data["email"],
            name=form.cleaned_data["name"],
            topics=form.cleaned_data["topics"],
            consent_text=str(CONSENT_TEXT),
            ip_address=client_ip(request),
        )
        try:
            if result.needs_confirmation:
                services.subscriber_send_confirmation(subscriber=result.subscriber)
            else:
                mail.manage_link_mail(result.subscriber).send()
        except (OSError, smtplib.SMTPException):
            form.add_error(
                None,
                _(
                    "Die Bestätigungs-E-Mail konnte gerade nicht versendet werden. Bitte "
                    "versuchen Sie es in einigen Minuten noch einmal."
                ),
            )
        else:
            # Same answer whether or not the address was already on the list.
            return redirect("newsletter:signup_done")
    latest = Issue.objects.archived()[:3]
    return render(
        request,
        "newsletter/index.html",
        {
            "form": form,
            "latest": latest,
            "record_ip": settings.NEWSLETTER_RECORD_IP,
            "purge_days": settings.NEWSLETTER_PURGE_UNCONFIRMED_DAYS,
        },
    )


def signup_done(request):
    return render(request, "newsletter/signup_done.html")


@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """GET shows a button, POST confirms: link scanners in mail systems only ever GET."""
    try:
        subscriber = services.subscriber_from_confirmation_token(token)
    except signing.SignatureExpired:
        return render(request, "newsletter/confirm_invalid.html", {"expired": True}, status=410)
    except signing.BadSignature:
        return render(request, "newsletter/confirm_invalid.html", {"expired": False}, status=400)
    if subscriber is None:
        return render(request, "newsletter/confirm_invalid.html", {"gone": True}, status=404)
    if request.method == "POST":
        services.subscriber_confirm(subscriber=subscriber, ip_address=client_ip(request))
        return render(request, "newsletter/confirmed.html", {"subscriber": subscriber})
    return render(
        request,
        "newsletter/confirm.html",
        {"subscriber": subscriber, "already": subscriber.is_active},
    )


def _subscriber_or_404(token: str) -> Subscriber:
    return get_object_or_404(Subscriber, token=token)


@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """RFC 8058: a POST (from the mail program or our button) unsubscribes at once, without
    cookies, CSRF token or login, and answers 200 without redirect. A GET only asks."""
    subscriber = Subscriber.objects.filter(token=token).first()
    if request.method == "POST":
        if subscriber is not None:
            one_click = request.POST.get("List-Unsubscribe") == "One-Click"
            services.subscriber_unsubscribe(
                subscriber=subscriber,
                channel=ConsentEvent.Channel.ONE_CLICK if one_click else ConsentEvent.Channel.LINK,
            )
        # 200 even for an unknown token: the address is not on the list, which is the goal.
        return render(
            request, "newsletter/unsubscribed.html", {"subscriber": subscriber}, status=200
        )
    if subscriber is None:
        raise Http404
    return render(request, "newsletter/unsubscribe.html", {"subscriber": subscriber})


@require_http_methods(["GET", "POST"])
def preferences(request, token):
    subscriber = _subscriber_or_404(token)
    form = PreferencesForm(
        request.POST or None,
        initial={"name": subscriber.name, "topics": list(subscriber.topics.all())},
    )
    if request.method == "POST" and form.is_valid():
        services.subscriber_update_preferences(
            subscriber=subscriber,
            name=form.cleaned_data["name"],
            topics=form.cleaned_data["topics"],
            channel=ConsentEvent.Channel.LINK,
        )
        return render(
            request,
            "newsletter/preferences.html",
            {"subscriber": subscriber, "form": form, "saved": True},
        )
    return render(request, "newsletter/preferences.html", {"subscriber": subscriber, "form": form})


def data_export(request, token):
    """Art. 15 and 20 DSGVO: everything we store about the person, as a JSON download."""
    subscriber = _subscriber_or_404(token)
    data = services.subscriber_export_data(subscriber=subscriber)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="flr-juf-meine-daten.json"'
    return response


@require_http_methods(["GET", "POST"])
def erase(request, token):
    subscriber = _subscriber_or_404(token)
    if request.method == "POST":
        services.subscriber_erase(subscriber=subscriber)
        return render(request, "newsletter/erased.html")
    return render(request, "newsletter/erase.html", {"subscriber": subscriber})


@require_http_methods(["GET", "POST"])
def manage(request):
    """For people without a recent mail at hand: we mail them their personal link."""
    form = ManageRequestForm(request.POST or None)
    sent = False
    if request.method == "POST" and form.is_valid():
        try:
            services.subscriber_send_manage_link(email=form.cleaned_data["email"])
        except (OSError, smtplib.SMTPException):
            form.add_error(
                None, _("Die E-Mail konnte gerade nicht versendet werden. Bitte später erneut.")
            )
        else:
            sent = True
    return render(request, "newsletter/manage.html", {"form": form, "sent": sent})


def archive(request):
    issues = Issue.objects.archived().only(
        "title", "slug", "sent_at", "send_started_at", "created_at", "intro"
    )
    page = paginate(issues, request.GET.get("page"), per_page=20)
    return render(request, "newsletter/archive.html", {"page": page})


def archive_detail(request, slug):
    issue = get_object_or_404(Issue.objects.archived(), slug=slug)
    context = mail.issue_context(issue)
    return render(request, "newsletter/archive_detail.html", context)


class ArchiveFeed(Feed):
    feed_type = Atom1Feed
    title = gettext_lazy("FLR-JuF – Ausgaben des Informationsservice")
    subtitle = gettext_lazy("Neue Ausgaben des Informationsservice FLR-JuF.")
    link = reverse_lazy("newsletter:archive")

    def items(self):
        return Issue.objects.archived()[:20]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.published_at

    def item_link(self, item):
        return item.get_absolute_url()
