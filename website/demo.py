from pathlib import Path

from .models import SitePage

DEFAULTS = Path(__file__).resolve().parent / "page_defaults"


def load(*, stdout) -> None:
    """Creates the site pages from page_defaults/ unless staff already have them."""
    created = 0
    for slug, title in SitePage.Slug.choices:
        _, was_created = SitePage.objects.get_or_create(
            slug=slug,
            defaults={
                "title": str(title),
                "body": (DEFAULTS / f"{slug}.html").read_text(encoding="utf-8"),
                "version": "2026-11",
            },
        )
        created += was_created
    stdout.write(f"Site pages: {created} created, {len(SitePage.Slug.choices) - created} kept")
