"""The one search used by the listing page, the JSON API and the Atom feed."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.core.paginator import Page
from django.db.models import QuerySet
from django.db.models.functions import Lower
from django.http import QueryDict
from django.utils.translation import gettext as _

from common.pagination import InvalidPage, paginate

from ..models import Resource
from . import cache, memory, synonyms
from .engine import query_filter
from .facets import Facet, count_facets, facets_from_rows
from .filters import SearchFilterSet
from .forms import WITH_LINK, Sort
from .highlight import highlight, snippet
from .query import ParsedQuery, parse_query
from .ranking import CountedQuerySet, IdsPage, RankedPage
from .suggest import closest_topics, relax, suggest
from .vocabulary import VOCABULARY


class SearchError(ValueError):
    """The request's parameters cannot be searched; the message is for the visitor."""


@dataclass
class Chip:
    name: str
    value: str
    label: str
    facet_label: str
    remove_query: str
    label_lang: str = ""  # "de": a German label on a page in another language


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
    # Zero results: the results shown are those of this corrected query instead.
    corrected_from: str = ""
    left_out: list[str] = field(default_factory=list)  # words the corrected query is without
    closest_topics: list = field(default_factory=list)
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


def _chips(data: QueryDict, q: str, facets: list[Facet], *, with_link: bool) -> list[Chip]:
    chips = []
    if q:
        chips.append(Chip("q", q, q, _("Suche"), _without(data, "q")))
    if with_link:
        chips.append(Chip("link", WITH_LINK, _("nur mit Link"), _("Link"), _without(data, "link")))
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
                            v.label_lang,
                        )
                    )
    return chips


def search_resources(
    data: QueryDict,
    *,
    base: QuerySet | None = None,
    default_sort: str | None = None,
    per_page: int = 20,
    _corrected: bool = False,
    _state: tuple | None = None,
) -> SearchResult:
    """Validates `data` (the request's GET parameters), searches, counts the facets and
    returns one page. Raises SearchError with a readable message for bad parameters."""
    if not isinstance(data, QueryDict):
        query_dict = QueryDict(mutable=True)
        for key, value in data.items():
            query_dict.setlist(key, value if isinstance(value, list) else [value])
        data = query_dict
    filterset = SearchFilterSet(data, queryset=Resource.objects.none())
    if not filterset.is_valid():
        raise SearchError(filterset.error_message())
    params = filterset.form.cleaned_data
    # A search instead of one that found nothing reads the state that one read.
    state = _state or cache.current_state_and_changes()
    version, vocabulary_stamp, changes, synonyms_token = state
    VOCABULARY.ensure(vocabulary_stamp)
    # Synonyms are re-read when an editor changed one (their own token), not per data version.
    groups = synonyms.groups(f"synonyms:{synonyms_token}" if version else None)
    parsed = synonyms.expand(parse_query(params["q"]), groups)
    is_library = base is None
    base = Resource.objects.published() if base is None else base
    with_link = params.get("link") == WITH_LINK
    selections = filterset.selections()
    # The public library is searched in memory (`memory`), other bases in SQL; both give the
    # same counts and order.
    in_memory = is_library and version is not None and memory.supported()

    def matched_queryset():
        matched = base.filter(query_filter(parsed)) if not parsed.is_empty else base
        if with_link:
            # A restriction of the searched set, not a facet: the facets count within it.
            matched = matched.with_link()
        return matched

    can_rank = bool(parsed.positive)
    sort = params["sort"] or default_sort or (Sort.RELEVANCE if can_rank else Sort.NEWEST)
    notices = []
    if sort == Sort.RELEVANCE and not can_rank:
        sort = Sort.NEWEST
    # Only the public library's searches are cached: another `base` has other counts.
    version = version if is_library else None
    key_parts = {**selections, "link": [WITH_LINK]} if with_link else selections
    key = cache.search_key(version, parsed, key_parts) if version else None
    snapshot = memory.current(vocabulary_stamp, changes) if in_memory else None
    evaluated = []

    def evaluation():
        if not evaluated:
            evaluated.append(
                memory.evaluate(
                    snapshot,
                    parsed,
                    selections,
                    with_link=with_link,
                    rank=sort == Sort.RELEVANCE,
                )
            )
        return evaluated[0]

    # One statement (or one pass in memory) counts every facet and the results; the page
    # then needs no COUNT.
    counted = cache.get(key) if key else None
    if counted is None:
        if in_memory:
            found = evaluation()
            counted = facets_from_rows(
                found.total,
                found.rows,
                selections,
                version=version,
                topics=snapshot.topics_for(selections.get("topic")),
            )
        else:
            counted = count_facets(matched_queryset(), selections, version=version)
        if key:
            cache.put(key, counted)
    facets, total = counted
    if in_memory and sort in (Sort.RELEVANCE, Sort.NEWEST):
        object_list = IdsPage(
            lambda start, stop: evaluation().page(start, stop),
            total,
            Resource.objects.for_listing(),
            (lambda page: [_highlight(r, parsed) for r in page]) if not parsed.is_empty else None,
            # Pages of another size (the feed's) are other entries, whatever the total.
            f"{key}:{sort}:{per_page}" if key else None,
        )
    else:
        # Every selection applied; the facets are counted from `matched` (disjunctive).
        results = filterset.filter_queryset(matched_queryset())
        if sort == Sort.RELEVANCE:
            object_list = RankedPage(results, parsed, total, Resource.objects.for_listing(), key)
        elif sort == Sort.TITLE:
            ordered = results.order_by(Lower("title"), "id")
            object_list = CountedQuerySet(ordered.for_listing(), total)
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
            if not hasattr(resource, "title_html"):  # (a cached page is highlighted already)
                _highlight(resource, parsed)

    result = SearchResult(
        query=parsed,
        q=params["q"],
        page=page,
        facets=facets,
        chips=_chips(data, params["q"], facets, with_link=with_link),
        sort=sort,
        # Sorting is always offered; relevance only when there are words to rank by.
        sort_options=_sort_options(can_rank),
        notices=notices,
        query_string=_without(data, "page"),
    )
    if page.paginator.count == 0 and parsed.positive and not _corrected:
        return _zero_results(
            result,
            data,
            parsed,
            base=None if is_library else base,
            default_sort=default_sort,
            per_page=per_page,
            topics=snapshot.topics if snapshot is not None else None,
            _state=state,
        )
    return result


def _highlight(resource, parsed: ParsedQuery) -> None:
    resource.title_html = highlight(resource.title, parsed)
    resource.snippet_html = snippet(resource.description, parsed) or snippet(
        resource.subtitle, parsed
    )


def _sort_options(can_rank: bool) -> list[tuple[str, str]]:
    """Sorting is always offered; relevance only when there are words to rank by. Without
    words the default (newest) has the empty value, so the search form does not carry it
    into the next search, where relevance becomes the default."""
    if can_rank:
        return [(key, str(label)) for key, label in Sort.CHOICES]
    return [
        ("" if key == Sort.NEWEST else key, str(label))
        for key, label in Sort.CHOICES
        if key != Sort.RELEVANCE
    ]


def _zero_results(result, data, parsed, *, topics, **kwargs) -> SearchResult:
    """Nothing found: the results of the best correction instead, if it finds anything, else
    of the query without the words that kept it from finding anything; and the topics
    closest to what was typed."""
    result.closest_topics = closest_topics(parsed, topics)
    found = suggest(parsed)
    if found is not None:
        corrected = _instead(result, data, found[1], **kwargs)
        if corrected is not None:
            return corrected
    for text, left_out in relax(parsed):
        corrected = _instead(result, data, text, **kwargs)
        if corrected is not None:
            corrected.left_out = left_out
            return corrected
    return result


def _instead(result, data, text: str, **kwargs) -> SearchResult | None:
    """The search for `text` in place of the visitor's, if it finds anything."""
    params = data.copy()
    params.pop("page", None)
    params["q"] = text
    corrected = search_resources(params, _corrected=True, **kwargs)
    if not corrected.total:
        return None
    corrected.corrected_from = result.q
    corrected.suggestion = Suggestion(text=text, query=params.urlencode(), count=corrected.total)
    corrected.closest_topics = result.closest_topics
    return corrected


__all__ = ["SearchError", "SearchResult", "search_resources"]
