import logging

from django.conf import settings

logger = logging.getLogger("frs_portal.database")


class SecurityHeadersMiddleware:
    """Adds the headers Django has no setting for: a strict Content-Security-Policy (the site
    loads nothing from third parties) and a Permissions-Policy that switches off device APIs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        # The admin ships inline scripts and styles; the CSP covers the public site.
        if not request.path.startswith("/admin/"):
            response.headers.setdefault("Content-Security-Policy", settings.CONTENT_SECURITY_POLICY)
        response.headers.setdefault(
            "Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"
        )
        return response


class DatabaseUnavailableMiddleware:
    """A view that loses the database answers 503 with Retry-After, not 500.

    Errors raised outside views (in other middleware) reach handler500, which does the same.
    The next request reconnects (CONN_HEALTH_CHECKS drops dead persistent connections).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        from .views import DATABASE_UNAVAILABLE, database_unavailable

        if isinstance(exception, DATABASE_UNAVAILABLE):
            logger.error("Database unavailable: %s", exception)
            return database_unavailable(request)
        return None
