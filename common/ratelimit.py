"""Rate limits for endpoints that send mail or write, kept in Django's cache.

A fixed window per (scope, key): the first request of a window creates a counter, every request
increments it, and once the count passes the limit the view is not called and the visitor gets
a 429 page in German with `Retry-After`. The counters live in the cache named by
RATELIMIT_CACHE_ALIAS: with several gunicorn workers that must be a shared cache (the
production default is the database cache), or each worker would count on its own.

Keys are hashed, so neither addresses nor IPs are stored in the cache in clear.
"""

import functools
import hashlib
import ipaddress
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches
from django.shortcuts import render


@dataclass(frozen=True)
class Limit:
    """At most `count` requests per `seconds` for one key."""

    count: int
    seconds: int


def client_ip(request) -> str:
    """The visitor's network: the IPv4 address, or the /64 of an IPv6 address (one household
    or one server usually has a whole /64)."""
    address = request.META.get("REMOTE_ADDR") or ""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        # No usable address (an internal request): one shared key, and still a valid address
        # for django-axes, which stores it in an IP address column.
        return "0.0.0.0"
    if ip.version == 6:
        return str(ipaddress.ip_network(f"{ip}/64", strict=False).network_address)
    return str(ip)


def _cache_key(scope: str, key: str, window: int) -> str:
    digest = hashlib.sha256(f"{scope}\0{key}".encode()).hexdigest()[:32]
    return f"ratelimit:{scope}:{digest}:{window}"


def hit(scope: str, key: str, limit: Limit) -> int:
    """Count one request; returns 0 if it is allowed, else the seconds until the window ends."""
    if limit.count <= 0:
        return 0
    cache = caches[settings.RATELIMIT_CACHE_ALIAS]
    now = time.time()
    window = int(now // limit.seconds)
    cache_key = _cache_key(scope, key, window)
    cache.add(cache_key, 0, timeout=limit.seconds + 1)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.set(cache_key, 1, timeout=limit.seconds + 1)
        count = 1
    if count <= limit.count:
        return 0
    return max(1, int((window + 1) * limit.seconds - now))


def too_many_requests(request, retry_after: int):
    response = render(request, "429.html", {"retry_minutes": -(-retry_after // 60)}, status=429)
    response["Retry-After"] = str(retry_after)
    return response


def limit(scope: str, key: str, rule: Limit, request):
    """Counts one request; returns a 429 response once the limit is passed, else None."""
    retry_after = hit(scope, key, rule)
    return too_many_requests(request, retry_after) if retry_after else None


def limit_posts(
    scope: str,
    *,
    per_ip: str,
    per_key: tuple[str, Callable[..., Iterable[str]]] | None = None,
):
    """Decorator: POSTs to the view count against the limits named in settings.RATE_LIMITS.

    `per_ip` names the per-network limit; `per_key` = (setting name, function of the request
    and the view's arguments returning the keys, e.g. the e-mail address typed into the form).
    """

    def decorator(view):
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            if request.method == "POST":
                rules = settings.RATE_LIMITS
                response = limit(f"{scope}:ip", client_ip(request), Limit(*rules[per_ip]), request)
                if response is not None:
                    return response
                if per_key is not None:
                    name, keys = per_key
                    for key in keys(request, *args, **kwargs):
                        response = limit(f"{scope}:key", key, Limit(*rules[name]), request)
                        if response is not None:
                            return response
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
