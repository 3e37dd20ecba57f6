from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render

from resources.models import Resource, Topic

from .cookies import portal_cookies
from .models import SitePage


def home(request):
    sections = Topic.objects.sections().prefetch_related("children")
    published = Resource.objects.published().newest_first().for_listing()
    return render(
        request,
        "website/home.html",
        {
            "sections": sections,
            "highlighted": published.filter(highlighted=True)[:6],
            # Newest in the library first; among resources added together, newest publication.
            # (pub_sort is never NULL: one backward walk of the resource_recent index.)
            "newest": published.order_by("-published_at", "-pub_sort", "-id")[:8],
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
    # The same pages exist under every language prefix (/en/newsletter/abmelden/ …).
    prefixes = [f"/{code}" for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
    private += [prefix + path for prefix in prefixes for path in private if path.startswith("/n")]
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in private)]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def site_page(request, slug):
    page = get_object_or_404(SitePage, slug=slug)
    context = {"page": page}
    if slug == SitePage.Slug.PRIVACY:
        context["cookies"] = portal_cookies()
    return render(request, "website/site_page.html", context)
