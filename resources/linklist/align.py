"""Link markers ↔ the URLs that survived the export.

The export keeps only some link targets, as blocks of URLs (each usually twice) after the
entries they belong to. Which marker a URL belongs to is decided by the words they share.
"""

from __future__ import annotations

import re
import urllib.parse

from django.utils.translation import gettext as _

from ..languages import LANGUAGES
from .aliases import fold
from .records import Fragment, LinkListParseResult, ParsedItem, ParsedLink
from .urls import normalise_url, strip_tracking

# --------------------------------------------------------------------------------- URLs

_URL_STOP = frozenset(
    re.findall(
        r"\S+",
        """
    http https www de com org net pdf html htm php files sites wp content uploads material
    detailansicht wissen kompakt informieren ueber uns fuer und der die das den des dem zur
    zum mit von ein eine umf fluechtlingsrat thr final verschick einzelseiten
    """,
    )
)


_URL_STOP = frozenset(fold(word) for word in _URL_STOP)


def _tokens(text: str) -> set[str]:
    return {t for t in re.split(r"[^a-z0-9]+", fold(text)) if len(t) >= 3 and not t.isdigit()}


def _similar(url_token: str, words: set[str]) -> float:
    if url_token in words:
        return 2.0
    best = 0.0
    for word in words:
        short, long_ = sorted((url_token, word), key=len)
        prefix = len(short) >= 4 and long_.startswith(short)
        if prefix or (len(short) >= 6 and short in long_):
            best = max(best, 1.5)
    return best


def _link_context(item: ParsedItem, link: ParsedLink) -> tuple[set[str], set[str]]:

    shared = _tokens(" ".join([item.title, item.subtitle, item.description]))
    for org in item.publishers:
        shared |= _tokens(f"{org.name} {org.short_name}")
    own = _tokens(link.label)
    if link.language != "de":
        own |= _tokens(str(LANGUAGES.get(link.language, "")))
    return shared, own


def url_score(url: str, item: ParsedItem, link: ParsedLink) -> float:
    """How well a URL's words fit an entry: shared words, with the link's own label counting
    more so that "Checkliste (lang)" wins "…Lange Checkliste…pdf" over "Checkliste (kurz)"."""
    tokens = _tokens(urllib.parse.unquote(strip_tracking(url))) - _URL_STOP
    shared, own = _link_context(item, link)
    score = 0.0
    for token in tokens:
        score += max(_similar(token, shared), 1.5 * _similar(token, own))
    return score


def align_urls(result: LinkListParseResult) -> None:
    """Each URL block lists the surviving targets of earlier markers, in marker order, each
    URL usually twice. Consecutive repeats collapse into one; the blocks are then aligned
    with the markers by dynamic programming (order kept, score = word similarity), so a
    missing URL shifts nothing."""
    blocks: dict[str, list[tuple[int, str]]] = {}
    for number, url in result.urls:
        blocks.setdefault(result.line_roles[number], []).append((number, url))
    links = sorted(
        ((link, item) for item in result.items for link in item.links if link.marker),
        key=lambda pair: pair[0].marker,
    )
    assigned: set[int] = set()
    for block in blocks.values():
        groups: list[tuple[list[int], str]] = []
        for number, url in block:
            if groups and strip_tracking(groups[-1][1].strip()) == strip_tracking(url.strip()):
                groups[-1][0].append(number)
            else:
                groups.append(([number], url))
        start = block[0][0]
        candidates = [
            (link, item)
            for link, item in links
            if link.line < start and id(link) not in assigned and not link.url
        ]
        matches = _best_alignment(groups, candidates)
        for index, (numbers, url) in enumerate(groups):
            target = matches.get(index)
            if target is None:
                result.unplaced.append(
                    Fragment(numbers[0], url, _("URL keinem Link [n] zuzuordnen"))
                )
                continue
            link, _item = target
            normalised = normalise_url(url)
            if normalised is None:
                result.unplaced.append(Fragment(numbers[0], url, _("ungültige URL")))
                continue
            link.url = normalised
            link.url_line = numbers[0]
            assigned.add(id(link))
            for number in numbers[1:]:
                result.line_roles[number] = f"url-repeat:{link.marker}"
            result.line_roles[numbers[0]] = f"url:{link.marker}"


MIN_URL_SCORE = 2.0


def _best_alignment(groups, candidates) -> dict[int, tuple[ParsedLink, ParsedItem]]:
    n, m = len(groups), len(candidates)
    if not n or not m:
        return {}
    scores = [[url_score(url, item, link) for link, item in candidates] for _numbers, url in groups]
    # best[i][j]: best total for the first i URLs using the first j markers.
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    choice = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(0, m + 1):
            options = [(best[i - 1][j], 1)]  # URL i left unassigned
            if j:
                options.append((best[i][j - 1], 2))  # marker j gets no URL
                score = scores[i - 1][j - 1]
                if score >= MIN_URL_SCORE:
                    options.append((best[i - 1][j - 1] + score, 3))
            best[i][j], choice[i][j] = max(options, key=lambda o: (o[0], -o[1]))
    matches = {}
    i, j = n, m
    while i > 0:
        step = choice[i][j]
        if step == 3:
            matches[i - 1] = candidates[j - 1]
            i, j = i - 1, j - 1
        elif step == 2:
            j -= 1
        else:
            i -= 1
    return matches
