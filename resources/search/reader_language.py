"""Narrowing the listing to materials in the reader's language.

On a page in another interface language than German (`/en/ressourcen/`), the listing offers
"only materials in English": the language facet of the registry (`?language=en`), selected for
the reader, with the number of hits the facet already counted. No new parameter and no new
filter: the link is an ordinary facet selection, validated by the same FilterSet (a bad value
stays a 400), and the chip removes it like any other.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.http import QueryDict
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from ..languages import LANGUAGES
from .facets import Facet

PARAMETER = "language"


@dataclass(frozen=True)
class LanguageNarrowing:
    language: str  # the code, e.g. "en"
    label: str  # "Nur Materialien auf Englisch", in the reader's language
    count: int  # hits with this language (the facet's disjunctive count)
    selected: bool  # the listing is already narrowed to it
    query: str  # query string that selects it (or, if selected, removes it)


def reader_language(language: str | None = None) -> str | None:
    """The reader's interface language if materials can be in it and it is not German."""
    code = (language or get_language() or "de").split("-")[0]
    if code == "de" or code not in LANGUAGES:
        return None
    return code


def narrowing(
    data: QueryDict, facets: list[Facet], *, language: str | None = None
) -> LanguageNarrowing | None:
    code = reader_language(language)
    if code is None:
        return None
    facet = next((f for f in facets if f.name == PARAMETER), None)
    value = next((v for v in facet.values if v.value == code), None) if facet else None
    count = value.count if value else 0
    selected = code in data.getlist(PARAMETER)
    if not count and not selected:
        return None
    params = data.copy()
    params.pop("page", None)
    if selected:
        params.setlist(PARAMETER, [v for v in params.getlist(PARAMETER) if v != code])
        label = _("Materialien in allen Sprachen zeigen")
    else:
        # Only this language: other language selections would widen it again (OR in a facet).
        params.setlist(PARAMETER, [code])
        label = _("Nur Materialien auf %(language)s") % {"language": LANGUAGES[code]}
    return LanguageNarrowing(code, label, count, selected, params.urlencode())
