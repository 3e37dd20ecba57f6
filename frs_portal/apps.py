from django.apps import AppConfig


class FrsPortalConfig(AppConfig):
    name = "frs_portal"
    verbose_name = "FRS Portal"

    def ready(self):
        from . import converters

        converters.register()
