from django.http import JsonResponse

from .models import Resource


def resource_list(request):
    """Interim JSON listing; the search issue adds `q`, facets and the shared parameters."""
    items = [
        {"title": r.title, "url": request.build_absolute_uri(r.get_absolute_url())}
        for r in Resource.objects.published().newest_first()[:20]
    ]
    return JsonResponse({"items": items})
