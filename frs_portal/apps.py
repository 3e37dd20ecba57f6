from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class PortalAdminConfig(admin_apps.AdminConfig):
    """Django's admin with the portal's site class (frs_portal/admin_site.py)."""

    default = False
    default_site = "frs_portal.admin_site.PortalAdminSite"


class FrsPortalConfig(AppConfig):
    default = True
    name = "frs_portal"
    verbose_name = "FRS Portal"

    def ready(self):
        from . import converters

        converters.register()
