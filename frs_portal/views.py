import sys

from django.db import InterfaceError, OperationalError
from django.db.models import F
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token

from resources.models import Resource, Topic

from .cookies import portal_cookies
from .models import SitePage


def home(request):
    sections = Topic.objects.filter(parent__isnull=True).prefetch_related("children")
    published = Resource.objects.published().newest_first().for_listing()
    return render(
        request,
        "home.html",
        {
            "sections": sections,
            "highlighted": published.filter(highlighted=True)[:6],
            # Newest in the library first; among resources added together, newest publication.
            "newest": published.order_by(
                F("published_at").desc(), F("pub_sort").desc(nulls_last=True), "-id"
            )[:8],
        },
    )


def robots_txt(request):
    # Personal newsletter links carry tokens: keep them out of search engines.
    private = [
        "/admin/",
        "/recht/redaktion/",
        "/newsletter/bestaetigen/",
        "/newsletter/abmelden/",
        "/newsletter/einstellungen/",
        "/newsletter/daten/",
    ]
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in private)]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def bad_request(request, exception=None):
    # The body may be what made the request bad (a form in an undecodable charset): reading
    # request.POST again, as the CSRF check below would, raises again and ends in a 500.
    if "_post" not in request.__dict__:
        request._mark_post_parse_error()
    return _bad_request(request, exception)


@requires_csrf_token
def _bad_request(request, exception=None):
    return render(request, "400.html", status=400)


@requires_csrf_token
def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


@requires_csrf_token
def server_error(request):
    # A lost database (restart, failover) is temporary: say so, and when to come back, instead
    # of a 500. The page needs no database.
    error = sys.exc_info()[1]
    if isinstance(error, DATABASE_UNAVAILABLE):
        return database_unavailable(request)
    return render(request, "500.html", status=500)


DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)


def database_unavailable(request):
    response = HttpResponse(
        loader.render_to_string("503.html"), status=503, content_type="text/html; charset=utf-8"
    )
    response["Retry-After"] = "30"
    response["Cache-Control"] = "no-store"
    return response


def site_page(request, slug):
    page = get_object_or_404(SitePage, slug=slug)
    context = {"page": page}
    if slug == SitePage.Slug.PRIVACY:
        context["cookies"] = portal_cookies()
    return render(request, "pages/site_page.html", context)
