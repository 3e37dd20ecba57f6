import json

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.core import signing
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse_lazy
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from common.pagination import paginate
from common.ratelimit import limit_posts

from . import mail, services, tasks
from .forms import CONSENT_TEXT, ManageRequestForm, PreferencesForm, SignupForm
from .models import ConsentEvent, Issue, Subscriber
from .models import normalise_email as _normalise


def client_ip(request) -> str | None:
    return request.META.get("REMOTE_ADDR") or None


def _typed_address(request, *args, **kwargs):
    return [_normalise(request.POST.get("email", ""))[:254]]


def _link_token(request, token, *args, **kwargs):
    return [token]


@limit_posts("signup", per_ip="signup_ip", per_key=("signup_address", _typed_address))
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
            language=get_language(),
        )
        # The mail goes out from the task queue (the sign-up is committed by now): this answer
        # is the same whether the address was on the list or not and whatever the mail server
        # does.
        if result.needs_confirmation:
            tasks.send_confirmation_task.enqueue(result.subscriber.pk)
        else:
            tasks.send_manage_link_task.enqueue(result.subscriber.email)
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


@limit_posts("confirm", per_ip="confirm_ip")
@never_cache
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
@limit_posts("unsubscribe", per_ip="unsubscribe_ip", per_key=("unsubscribe_link", _link_token))
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """RFC 8058: a POST (from the mail program or our button) unsubscribes at once, without
    cookies, CSRF token or login, and answers 200 without redirect. A GET only asks."""
    subscriber = Subscriber.objects.filter(token=token).first()
    if request.method == "POST":
        one_click = request.POST.get("List-Unsubscribe") == "One-Click"
        if subscriber is not None:
            services.subscriber_unsubscribe(
                subscriber=subscriber,
                channel=ConsentEvent.Channel.ONE_CLICK if one_click else ConsentEvent.Channel.LINK,
            )
            subscriber.refresh_from_db()  # the management token was renewed
        # 200 even for an unknown token: the address is not on the list, which is the goal.
        # The one-click POST comes from the mail program: its answer carries no personal link.
        return render(
            request,
            "newsletter/unsubscribed.html",
            {"subscriber": subscriber, "one_click": one_click},
            status=200,
        )
    if subscriber is None:
        raise Http404
    return render(request, "newsletter/unsubscribe.html", {"subscriber": subscriber})


@limit_posts("personal", per_ip="personal_ip", per_key=("personal_link", _link_token))
@never_cache
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


@limit_posts("personal", per_ip="personal_ip", per_key=("personal_link", _link_token))
@never_cache
@require_http_methods(["POST"])
def data_link_request(request, token):
    """Export and erasure need a fresh link sent to the address: a link from an old,
    forwarded mail alone does not hand out someone's data."""
    subscriber = _subscriber_or_404(token)
    tasks.send_data_link_task.enqueue(subscriber.pk)
    return render(request, "newsletter/data_link_sent.html", {"subscriber": subscriber})


def _data_subscriber_or_404(token: str) -> Subscriber:
    subscriber = services.subscriber_from_data_token(token)
    if subscriber is None:
        raise Http404(_("Dieser Link ist abgelaufen oder wurde schon benutzt."))
    return subscriber


@never_cache
def data(request, token):
    subscriber = _data_subscriber_or_404(token)
    return render(request, "newsletter/data.html", {"subscriber": subscriber, "token": token})


@limit_posts("personal", per_ip="personal_ip", per_key=("personal_link", _link_token))
@never_cache
@require_http_methods(["POST"])
def data_export(request, token):
    """Art. 15 and 20 DSGVO: everything we store about the person, as a JSON download.

    A POST (a button on the page the mailed link opens), so that mail scanners following
    links do not use up the single-use link."""
    subscriber = _data_subscriber_or_404(token)
    data = services.subscriber_export(subscriber=subscriber)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="flr-juf-meine-daten.json"'
    return response


@limit_posts("personal", per_ip="personal_ip", per_key=("personal_link", _link_token))
@never_cache
@require_http_methods(["GET", "POST"])
def erase(request, token):
    subscriber = _data_subscriber_or_404(token)
    if request.method == "POST":
        services.subscriber_erase(subscriber=subscriber)
        return render(request, "newsletter/erased.html")
    return render(request, "newsletter/erase.html", {"subscriber": subscriber})


@limit_posts("manage", per_ip="manage_ip", per_key=("manage_address", _typed_address))
@require_http_methods(["GET", "POST"])
def manage(request):
    """For people without a recent mail at hand: we mail them their personal link."""
    form = ManageRequestForm(request.POST or None)
    sent = False
    if request.method == "POST" and form.is_valid():
        # Queued, so the answer is the same for known and unknown addresses, mail server up
        # or down.
        tasks.send_manage_link_task.enqueue(form.cleaned_data["email"])
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
