from django.http import QueryDict
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from common.admin_site import is_verified_staff
from common.errors import InvalidParameter

from .jsonld import resource_jsonld
from .models import Organisation, Resource, Topic
from .search import cache as search_cache
from .search.forms import Sort
from .search.reader_language import narrowing
from .search.service import SearchError, search_resources


def resource_detail(request, slug):
    # Drafts are previewed by those who may edit them, as in the admin.
    may_preview = is_verified_staff(request) and request.user.has_perm("resources.change_resource")
    queryset = Resource.objects.all() if may_preview else Resource.objects.published()
    resource = get_object_or_404(
        queryset.prefetch_related(
            "publishers", "topics__parent", "target_groups", "audiences", "links__health"
        ),
        slug=slug,
    )
    return render(
        request,
        "resources/resource_detail.html",
        {
            "resource": resource,
            "back_url": search_back_url(request.GET.get("suche", "")),
            "is_preview": not resource.is_published,
            "jsonld": resource_jsonld(resource, base_url=request.build_absolute_uri("/")[:-1]),
        },
    )


def search_back_url(search: str) -> str:
    """The listing URL of the search the visitor came from (`?suche=` on the detail link),
    rebuilt from parsed parameters so only a query string of /ressourcen/ can come out."""
    url = reverse("resources:list")
    query = QueryDict(search[:2000]).urlencode()
    return f"{url}?{query}" if query else ""


def listed(facet: str, slug: str, page: str | None):
    """The newest-first page of the library's resources with this facet value (a topic also
    holds its subtopics' resources): the search's answer, so in memory and cached whatever
    the size of the library, instead of a COUNT and a sort over the rows in SQL."""
    params = QueryDict(mutable=True)
    params[facet] = slug
    if page is not None:
        params["page"] = page
    return search(params, default_sort=Sort.NEWEST).page


def publisher_detail(request, slug):
    organisation = get_object_or_404(Organisation, slug=slug)
    page = listed("publisher", organisation.slug, request.GET.get("page"))
    return render(
        request,
        "resources/publisher_detail.html",
        {"organisation": organisation, "page": page},
    )


def topic_detail(request, slug):
    topic = get_object_or_404(Topic.objects.select_related("parent"), slug=slug)
    page = listed("topic", topic.slug, request.GET.get("page"))
    return render(
        request,
        "resources/topic_detail.html",
        {"topic": topic, "children": topic.children.all(), "page": page},
    )


def resource_list(request):
    """Search and facets over the published library (`?q=`, facet parameters, `sort`, `page`).

    The results and facets part of the page is rendered once per data version, language and
    query string and then served from the cache (`search.cache.page_key`): a warm search page
    costs one query for the data version and one cache read, not the search and the rendering
    of hundreds of facet values again."""
    # Staff see translations that wait for review marked: their pages are never cached.
    key = None if request.user.is_staff else search_cache.page_key(request.GET)
    cached = search_cache.get(key) if key else None
    if cached is not None:
        context = cached
    else:
        result = search(request.GET)
        context = {
            "result": result,
            "page": result.page,
            "title": _("Materialien"),
            "back_query": result.query_string,
            "filter_count": sum(1 for chip in result.chips if chip.name != "q"),
            "with_link": any(chip.name == "link" for chip in result.chips),
            # Pages in another language than German: "Nur Materialien auf Englisch".
            "language_narrowing": narrowing(request.GET, result.facets),
        }
        body = render_to_string("resources/includes/search_body.html", context, request)
        context = {
            # What the rest of the page shows of the search.
            "result": {"q": result.q, "total": result.total, "query_string": result.query_string},
            "title": context["title"],
            "search_body": mark_safe(body),  # rendered by our own template just now
        }
        if key:
            search_cache.put(key, context)
    return render(request, "resources/resource_list.html", context)


def search(params, **options):
    """`search_resources` for a request: a parameter the search cannot use is a bad request
    (400 page or, under /api/, the JSON error), for the list, the feed and the API alike."""
    try:
        return search_resources(params, **options)
    except SearchError as exc:
        raise InvalidParameter(str(exc)) from exc
