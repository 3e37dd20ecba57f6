from django.apps import AppConfig


class CommonConfig(AppConfig):
    """Shared helpers (pagination, errors, template tags, middleware, dates, files, reports).
    An app only so Django finds the template tags; it has no models and imports no app."""

    name = "common"
    verbose_name = "Gemeinsame Hilfsmittel"
