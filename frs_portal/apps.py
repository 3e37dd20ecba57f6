from django.apps import AppConfig


class FrsPortalConfig(AppConfig):
    name = "frs_portal"
    verbose_name = "FRS Portal"
