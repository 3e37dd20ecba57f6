from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from website import views

from . import health

admin.site.site_header = _("FRS Portal – Redaktion")
admin.site.site_title = _("FRS Portal")
admin.site.index_title = _("Inhalte pflegen")

urlpatterns = [
    path("", views.home, name="home"),
    path("robots.txt", views.robots_txt, name="robots"),
    path("healthz/", health.healthz, name="healthz"),
    path("readyz/", health.readyz, name="readyz"),
    path("ressourcen/", include("resources.urls")),
    path("api/ressourcen/", include("resources.api_urls")),
    path("recht/", include("legal.urls")),
    path("api/recht/", include("legal.api_urls")),
    path("beratung/", include("counselling.urls")),
    path("newsletter/", include("newsletter.urls")),
    path("impressum/", views.site_page, {"slug": "impressum"}, name="imprint"),
    path("datenschutz/", views.site_page, {"slug": "datenschutz"}, name="privacy"),
    path("barrierefreiheit/", views.site_page, {"slug": "barrierefreiheit"}, name="accessibility"),
    path("admin/", admin.site.urls),
]

handler400 = "common.errors.bad_request"
handler404 = "common.errors.page_not_found"
handler500 = "common.errors.server_error"
