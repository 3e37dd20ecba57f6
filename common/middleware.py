from django.conf import settings


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
