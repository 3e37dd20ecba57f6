"""The same page in every interface language: addresses for the switcher and hreflang links.

German pages have no prefix, the other languages live under /<code>/ (i18n_patterns). The
language comes from the address alone, so switching is a plain link to the same page under the
other prefix; nothing is stored in a cookie or a session.
"""

from dataclasses import dataclass

from django.conf import settings
from django.urls import Resolver404, resolve, translate_url
from django.utils.translation import get_language, get_language_bidi, get_language_from_path
from django.utils.translation.trans_real import get_supported_language_variant


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str  # the language named in itself ("العربية")
    direction: str  # "rtl" or "ltr"
    url: str  # path (with query string) of this page in that language
    absolute_url: str  # the same with scheme and host, for <link rel="alternate" hreflang>
    current: bool


def language_direction(code: str) -> str:
    return "rtl" if code.split("-")[0] in settings.LANGUAGES_BIDI else "ltr"


def text_direction() -> str:
    """Direction of the active language: "rtl" for Arabic and Farsi."""
    return "rtl" if get_language_bidi() else "ltr"


def _swap_prefix(path: str, code: str) -> str:
    """The path under another language prefix, for pages no URL pattern knows (404)."""
    current = get_language_from_path(path)
    if current:
        path = path[len(current) + 1 :] or "/"
    if code == settings.LANGUAGE_CODE:
        return path
    return f"/{code}{path}"


def page_in_languages(request) -> list[LanguageLink]:
    """This page in every language, or an empty list where the page has one language only
    (the admin, the API: addresses outside i18n_patterns)."""
    path = request.path
    urls = {code: translate_url(path, code) for code, _name in settings.LANGUAGES}
    if len(set(urls.values())) == 1:
        try:
            resolve(request.path_info)
        except Resolver404:
            urls = {code: _swap_prefix(path, code) for code in urls}
        else:
            return []
    query = request.META.get("QUERY_STRING", "")
    active = get_supported_language_variant(get_language() or settings.LANGUAGE_CODE)
    return [
        LanguageLink(
            code=code,
            name=name,
            direction=language_direction(code),
            url=url,
            absolute_url=request.build_absolute_uri(url),
            current=code == active,
        )
        for code, name in settings.LANGUAGES
        for url in [f"{urls[code]}?{query}" if query else urls[code]]
    ]
