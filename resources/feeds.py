from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from .models import Resource


class ResourceFeed(Feed):
    """Interim feed of the newest resources; the search issue makes it follow any search URL."""

    feed_type = Atom1Feed
    title = _("FRS Portal – neue Materialien")
    subtitle = _("Neu aufgenommene Materialien zum Thema junge Geflüchtete")
    link = "/ressourcen/"

    def items(self):
        return Resource.objects.published().order_by("-published_at", "-id").for_listing()[:50]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.description

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at
