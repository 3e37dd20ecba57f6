"""Site pages (Impressum, Datenschutz, Barrierefreiheit)."""

from .models import SitePage


def privacy_notice_version() -> str:
    """Version label of the privacy notice in force, recorded with every newsletter consent."""
    version = (
        SitePage.objects.filter(slug=SitePage.Slug.PRIVACY)
        .values_list("version", flat=True)
        .first()
    )
    return version or "unveröffentlicht"
