"""The one search used by the listing page, the JSON API and the Atom feed."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.core.paginator import Page
from django.db.models import QuerySet
from django.http import QueryDict
from django.utils.translation import gettext as _

from common.pagination import InvalidPage, paginate

from ..models import Resource
from . import cache
from .engine import query_filter
from .facets import Facet, count_facets, facet_filter
from .forms import FACET_LABELS, FACET_NAMES, SearchForm, Sort
from .highlight import highlight, snippet
from .query import ParsedQuery, parse_query
from .ranking import CountedQuerySet, RankedPage, ranked_ids
from .suggest import suggest


class SearchError(ValueError):
    """The request's parameters cannot be searched; the message is for the visitor."""


@dataclass
class Chip:
    name: str
    value: str
    label: str
    facet_label: str
    remove_query: str


@dataclass
class Suggestion:
    text: str
    query: str  # query string for the link
    count: int


@dataclass
class SearchResult:
    query: ParsedQuery
    q: str
    page: Page
    facets: list[Facet]
    chips: list[Chip]
    sort: str
    sort_options: list[tuple[str, str]]
    suggestion: Suggestion | None = None
    notices: list[str] = field(default_factory=list)
    query_string: str = ""  # the search's parameters without `page`, for links and feeds

    @property
    def total(self) -> int:
        return self.page.paginator.count

    @property
    def items(self) -> list[Resource]:
        return list(self.page.object_list)

    @property
    def has_filters(self) -> bool:
        return bool(self.chips)


def _without(data: QueryDict, name: str, value: str | None = None) -> str:
    params = data.copy()
    params.pop("page", None)
    if value is None:
        params.pop(name, None)
    else:
        params.setlist(name, [v for v in params.getlist(name) if v != value])
    return params.urlencode()


def _chips(data: QueryDict, q: str, facets: list[Facet]) -> list[Chip]:
    chips = []
    if q:
        chips.append(Chip("q", q, q, _("Suche"), _without(data, "q")))
    for facet in facets:
        for value in facet.values:
            for v in [value, *value.children]:
                if v.selected:
                    chips.append(
                        Chip(
                            facet.name,
                            v.value,
                            v.label,
                            str(facet.label),
                            _without(data, facet.name, v.value),
                        )
                    )
    return chips


def search_resources(
    data: QueryDict,
    *,
    base: QuerySet | None = None,
    default_sort: str | None = None,
    per_page: int = 20,
) -> SearchResult:
    """Validates `data` (the request's GET parameters), searches, counts the facets and
    returns one page. Raises SearchError with a readable message for bad parameters."""
    if not isinstance(data, QueryDict):
        query_dict = QueryDict(mutable=True)
        for key, value in data.items():
            query_dict.setlist(key, value if isinstance(value, list) else [value])
        data = query_dict
    form = SearchForm(data)
    if not form.is_valid():
        raise SearchError(form.error_message())
    params = form.cleaned_data
    parsed = parse_query(params["q"])
    is_library = base is None
    base = Resource.objects.published() if base is None else base
    matched = base.filter(query_filter(parsed)) if not parsed.is_empty else base
    selections = {name: params[name] for name in FACET_NAMES if params.get(name)}

    results = matched
    for name, selection in selections.items():
        results = results.filter(facet_filter(name, selection))

    can_rank = bool(parsed.positive)
    sort = params["sort"] or default_sort or (Sort.RELEVANCE if can_rank else Sort.NEWEST)
    notices = []
    if sort == Sort.RELEVANCE and not can_rank:
        sort = Sort.NEWEST
    # Only the public library's searches are cached: another `base` has other counts.
    version = cache.current_version() if is_library else None
    key = cache.search_key(version, parsed, selections) if version else None
    # One statement counts every facet and the results; the page then needs no COUNT.
    counted = cache.get(key) if key else None
    if counted is None:
        counted = count_facets(matched, selections)
        if key:
            cache.put(key, counted)
    facets, total = counted
    if sort == Sort.RELEVANCE:
        ids = cache.get(key + ":ranked") if key else None
        if ids is None:
            ids = ranked_ids(results, parsed)
            if key and len(ids) <= cache.MAX_CACHED_IDS:
                cache.put(key + ":ranked", ids)
        object_list = RankedPage(ids, Resource.objects.for_listing())
    else:
        object_list = CountedQuerySet(results.newest_first().for_listing(), total)

    try:
        page = paginate(object_list, data.get("page"), per_page=per_page)
    except InvalidPage as exc:
        raise SearchError(str(exc)) from exc

    if parsed.dropped:
        notices.append(
            _("Nicht gesucht wurde nach: %(words)s (zu häufig oder ohne Buchstaben).")
            % {"words": ", ".join(f"„{w}“" for w in parsed.dropped[:10])}
        )
    if params["q"] and parsed.is_empty:
        notices.append(_("Ihre Eingabe enthält keine Suchwörter; gezeigt werden alle Materialien."))

    if not parsed.is_empty:
        for resource in page.object_list:
            resource.title_html = highlight(resource.title, parsed)
            resource.snippet_html = snippet(resource.description, parsed) or snippet(
                resource.subtitle, parsed
            )

    result = SearchResult(
        query=parsed,
        q=params["q"],
        page=page,
        facets=facets,
        chips=_chips(data, params["q"], facets),
        sort=sort,
        sort_options=[(key, str(label)) for key, label in Sort.CHOICES] if can_rank else [],
        notices=notices,
        query_string=_without(data, "page"),
    )
    if page.paginator.count == 0 and parsed.positive:
        result.suggestion = _suggestion(data, parsed, base, selections)
    return result


def _suggestion(data, parsed, base, selections) -> Suggestion | None:
    found = suggest(parsed)
    if found is None:
        return None
    corrected, text = found
    results = base.filter(query_filter(corrected))
    for name, selection in selections.items():
        results = results.filter(facet_filter(name, selection))
    count = results.count()
    if not count:
        return None
    params = data.copy()
    params.pop("page", None)
    params["q"] = text
    return Suggestion(text=text, query=params.urlencode(), count=count)


__all__ = ["FACET_LABELS", "SearchError", "SearchResult", "search_resources"]
