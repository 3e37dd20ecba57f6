import logging
import threading
import time

from django.conf import settings
from django.http import HttpResponse
from django.template import loader
from django.urls import reverse

from . import ratelimit

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
        from .errors import DATABASE_UNAVAILABLE, database_unavailable

        if isinstance(exception, DATABASE_UNAVAILABLE):
            logger.error("Database unavailable: %s", exception)
            return database_unavailable(request)
        return None


def wait(seconds: float) -> None:
    time.sleep(seconds)


class LoginThrottleMiddleware:
    """Counts admin login attempts per network and site-wide before anything else runs.

    Password hashing is deliberately slow, so a login flood must be answered before a form
    ever checks a password, and as cheaply as possible: the counters live in the shared cache
    (all workers see them), and once a network (or the whole site) is over its limit this
    worker also remembers that in memory until the window ends, answering with a ready-made
    German 429 page without touching cache, database, session or template. django-axes then
    locks out networks and accounts after repeated failures (settings: AXES_*).

    A cheap answer is still an answer: a script that gets its 429 at once simply asks again, and
    its requests take turns with everybody else's. So a refused login is answered only after
    LOGIN_FLOOD_DELAY_SECONDS (a tarpit): the script waits instead of asking, while the thread
    sleeps without using the CPU. Only LOGIN_FLOOD_DELAY_SLOTS threads per worker may sleep at
    once (two fewer than gunicorn's threads, so a flood over many connections can never tie up
    a worker); beyond that the 429 goes out at once, as before.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.blocked_until: dict[str, float] = {}
        self.page: bytes | None = None
        self.delay_slots = threading.BoundedSemaphore(max(1, settings.LOGIN_FLOOD_DELAY_SLOTS))
        self.delay = settings.LOGIN_FLOOD_DELAY_SECONDS if settings.LOGIN_FLOOD_DELAY_SLOTS else 0

    def __call__(self, request):
        if request.method == "POST" and request.path_info == reverse("admin:login"):
            rejected = self.check(ratelimit.client_ip(request))
            if rejected:
                self.hold_back()
                return self.too_many(rejected)
        return self.get_response(request)

    def hold_back(self) -> None:
        if self.delay > 0 and self.delay_slots.acquire(blocking=False):
            try:
                wait(self.delay)
            finally:
                self.delay_slots.release()

    def check(self, network: str) -> int:
        now = time.monotonic()
        for key in (network, "all"):
            until = self.blocked_until.get(key, 0)
            if until > now:
                return int(until - now) + 1
        if len(self.blocked_until) > 10_000:  # a flood from many networks: forget old entries
            self.blocked_until = {k: v for k, v in self.blocked_until.items() if v > now}
        rules = settings.RATE_LIMITS
        for key, scope, rule in (
            (network, "login:ip", rules["login_ip"]),
            ("all", "login:all", rules["login_all"]),
        ):
            retry_after = ratelimit.hit(scope, key, ratelimit.Limit(*rule))
            if retry_after:
                self.blocked_until[key] = now + retry_after
                return retry_after
        return 0

    def too_many(self, retry_after: int) -> HttpResponse:
        if self.page is None:
            minutes = settings.RATE_LIMITS["login_ip"][1] // 60
            self.page = loader.render_to_string("429.html", {"retry_minutes": minutes}).encode()
        response = HttpResponse(self.page, status=429, content_type="text/html; charset=utf-8")
        response["Retry-After"] = str(retry_after)
        return response
