"""Bad requests: raise a subclass of `BadRequest` anywhere in a view, and `bad_request` (the
project's handler400) renders it once — an HTML page with a way back, or for `/api/` the one
JSON error shape `{"error": "<message>", "status": 400}`.

The message of the exception is shown to the visitor, so it must be a plain German sentence
that names the parameter ("„page“ muss eine Seitenzahl ab 1 sein.").
"""

import sys

from django.conf import settings
from django.core import exceptions
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.views.decorators.csrf import requires_csrf_token


class BadRequest(exceptions.BadRequest):
    """A request the portal cannot answer; `str(exc)` is the visitor's explanation."""


class InvalidParameter(BadRequest, ValueError):
    """A query parameter has a value the view cannot use."""


def is_api_request(request) -> bool:
    return request.path.startswith("/api/")


def error_json(message: str, *, status: int = 400) -> JsonResponse:
    """The one JSON error shape of the portal's APIs."""
    return JsonResponse(
        {"error": message, "status": status},
        status=status,
        json_dumps_params={"ensure_ascii": False},
    )


def bad_request(request, exception=None):
    """handler400. Only our own exceptions carry a message meant for visitors; Django's
    (SuspiciousOperation and friends) get the generic text."""
    # The body may be what made the request bad (a form in an undecodable charset): reading
    # request.POST again, as the CSRF-aware rendering below would, raises again: a 500.
    if "_post" not in request.__dict__:
        request._mark_post_parse_error()
    return _render_bad_request(request, exception)


@requires_csrf_token
def _render_bad_request(request, exception=None):
    if isinstance(exception, BadRequest):
        message = str(exception)
    elif isinstance(exception, exceptions.RequestDataTooBig):
        message = _(
            "Die gesendeten Daten sind zu groß (höchstens %(size)s auf einmal). "
            "Bitte in kleineren Teilen senden."
        ) % {"size": filesizeformat(settings.DATA_UPLOAD_MAX_MEMORY_SIZE)}
    else:
        message = ""
    if is_api_request(request):
        return error_json(message or _("Ungültige Anfrage."))
    # A view may say where the reader came from (legal.errors.way_back); the page links there.
    context = {
        "message": message,
        "back_url": getattr(exception, "back_url", ""),
        "back_label": getattr(exception, "back_label", ""),
    }
    return render(request, "400.html", context, status=400)


@requires_csrf_token
def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


# A lost database (restart, failover) is temporary: the visitor is told so, and when to come
# back, instead of getting a 500 (common.middleware.DatabaseUnavailableMiddleware for views,
# server_error for everything else).
DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)


def database_unavailable(request):
    """503 with Retry-After; the page is rendered without request and without database."""
    response = HttpResponse(
        loader.render_to_string("503.html"), status=503, content_type="text/html; charset=utf-8"
    )
    response["Retry-After"] = "30"
    response["Cache-Control"] = "no-store"
    return response


@requires_csrf_token
def server_error(request):
    if isinstance(sys.exc_info()[1], DATABASE_UNAVAILABLE):
        return database_unavailable(request)
    return render(request, "500.html", status=500)
