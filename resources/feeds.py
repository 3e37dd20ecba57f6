from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from .search.forms import Sort
from .views import search

FEED_SIZE = 50


class ResourceFeed(Feed):
    """An Atom feed for any search of the library: `/ressourcen/feed/?q=…&topic=…` follows the
    same parameters as `/ressourcen/`, newest first unless `sort` says otherwise."""

    feed_type = Atom1Feed

    def get_object(self, request, *args, **kwargs):
        # The feed instance is shared between requests: everything per request lives in the
        # returned result, never on `self`.
        return search(request.GET, default_sort=Sort.NEWEST, per_page=FEED_SIZE)

    def title(self, result):
        if not result.chips:
            return _("FRS Portal – neue Materialien")
        described = ", ".join(f"{chip.facet_label}: {chip.label}" for chip in result.chips)
        return _("FRS Portal – Materialien (%(filters)s)") % {"filters": described}

    def subtitle(self, result):
        return _("Materialien zum Thema junge Geflüchtete, passend zu Ihrer Suche")

    def link(self, result):
        return "/ressourcen/" + (f"?{result.query_string}" if result.query_string else "")

    def items(self, result):
        return result.items

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.description

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return ", ".join(o.name for o in item.publishers.all()) or None

    def item_categories(self, item):
        return [t.name for t in item.topics.all()]
