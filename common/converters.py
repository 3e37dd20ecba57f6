"""Path converters that keep control characters out of views.

Django's `str` converter accepts everything but "/", including NUL, which PostgreSQL refuses in
a text parameter (a 500 instead of a 404). These converters make such URLs simply not match.
"""

from django.urls import register_converter


class TokenConverter:
    """Opaque tokens in personal links: `secrets.token_urlsafe` and `django.core.signing`
    output only use these characters."""

    regex = r"[A-Za-z0-9_.:\-]{1,300}"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


class TextConverter(TokenConverter):
    """Any printable text without "/" (identifiers such as a provision's key)."""

    regex = r"[^/\x00-\x1f\x7f-\x9f]{1,200}"


def register() -> None:
    register_converter(TokenConverter, "token")
    register_converter(TextConverter, "text")
