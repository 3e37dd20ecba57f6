from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from newsletter.views import ArchiveFeed
from resources.feeds import ResourceFeed
from website import views

from . import health

admin.site.site_header = _("FRS Portal – Redaktion")
admin.site.site_title = _("FRS Portal")
admin.site.index_title = _("Inhalte pflegen")

# Feeds are machine-read and their content is German: one address each, in every language.
feed_patterns = (
    [
        path("ressourcen/feed/", ResourceFeed(), name="resources"),
        path("newsletter/archiv/feed/", ArchiveFeed(), name="newsletter"),
    ],
    "feeds",
)

# Without a language prefix: machines (API, health checks, robots.txt, feeds) and the admin,
# which stays German. These come first so that "ressourcen/feed/" is not taken for a resource
# slug by the pages below.
urlpatterns = [
    path("robots.txt", views.robots_txt, name="robots"),
    path("healthz/", health.healthz, name="healthz"),
    path("readyz/", health.readyz, name="readyz"),
    path("api/ressourcen/", include("resources.api_urls")),
    path("api/recht/", include("legal.api_urls")),
    path("", include(feed_patterns)),
    path("admin/", admin.site.urls),
]

# The public pages, in every language: German without a prefix (/ressourcen/), the others with
# theirs (/en/ressourcen/, /ar/ressourcen/ …). LocaleMiddleware takes the language from the
# path alone; nothing is stored in a cookie or a session. The newsletter's one-click
# unsubscribe address stays reachable without a prefix (the List-Unsubscribe header uses it).
urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    path("ressourcen/", include("resources.urls")),
    path("recht/", include("legal.urls")),
    path("beratung/", include("counselling.urls")),
    path("newsletter/", include("newsletter.urls")),
    path("impressum/", views.site_page, {"slug": "impressum"}, name="imprint"),
    path("datenschutz/", views.site_page, {"slug": "datenschutz"}, name="privacy"),
    path("barrierefreiheit/", views.site_page, {"slug": "barrierefreiheit"}, name="accessibility"),
    prefix_default_language=False,
)

handler400 = "common.errors.bad_request"
handler404 = "common.errors.page_not_found"
handler500 = "common.errors.server_error"
