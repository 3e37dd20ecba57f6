"""The library as JSON for other sites: the same parameters and results as /ressourcen/."""

from django.http import JsonResponse

from .views import search


def resource_json(resource, request) -> dict:
    date = resource.publication_date
    return {
        "id": resource.pk,
        "title": resource.title,
        "url": request.build_absolute_uri(resource.get_absolute_url()),
        "description": resource.description,
        "type": {"code": resource.resource_type, "label": resource.get_resource_type_display()},
        "date": date.iso() if date else None,
        "date_display": str(date) if date else None,
        "publishers": [{"name": o.name, "slug": o.slug} for o in resource.publishers.all()],
        "topics": [
            {"name": t.name, "slug": t.slug, "section": t.parent.slug if t.parent_id else None}
            for t in resource.topics.all()
        ],
        "languages": resource.languages(),
        "links": [
            {
                "url": link.url,
                "label": link.display_label,
                "language": link.language,
                "format": link.format,
            }
            for link in resource.links.all()
            if link.url
        ],
        "highlight": {
            "title": getattr(resource, "title_html", None),
            "snippet": getattr(resource, "snippet_html", None),
        },
    }


def _page_url(request, number):
    params = request.GET.copy()
    params["page"] = number
    return request.build_absolute_uri(f"{request.path}?{params.urlencode()}")


def resource_list(request):
    result = search(request.GET)
    page = result.page
    return JsonResponse(
        {
            "query": result.query.as_dict(),
            "sort": result.sort,
            "count": result.total,
            "pagination": {
                "page": page.number,
                "pages": page.paginator.num_pages,
                "per_page": page.paginator.per_page,
                "next": _page_url(request, page.next_page_number()) if page.has_next() else None,
                "previous": _page_url(request, page.previous_page_number())
                if page.has_previous()
                else None,
            },
            "items": [resource_json(r, request) for r in page.object_list],
            "facets": [f.as_dict() for f in result.facets],
            "suggestion": {"q": result.suggestion.text, "count": result.suggestion.count}
            if result.suggestion
            else None,
            # Nothing was found for the query as typed: these are the suggestion's results.
            "corrected_from": result.corrected_from or None,
            # ... and of those words the corrected query is without.
            "left_out": result.left_out,
            "notices": result.notices,
        },
        json_dumps_params={"ensure_ascii": False},
    )
