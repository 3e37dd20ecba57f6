from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class CommonConfig(AppConfig):
    """Shared helpers (pagination, errors, template tags, middleware, dates, files, reports,
    rate limits, path converters, the admin site). An app so Django finds the template tags
    and management commands; it has no models and imports no app."""

    default = True
    name = "common"
    verbose_name = "Gemeinsame Hilfsmittel"

    def ready(self):
        from . import converters

        converters.register()


class PortalAdminConfig(admin_apps.AdminConfig):
    """Django's admin with the portal's site class (common/admin_site.py)."""

    default = False
    default_site = "common.admin_site.PortalAdminSite"
