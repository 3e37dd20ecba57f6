from pathlib import Path

from common.translations import add_missing_translations

from .models import SitePage

DEFAULTS = Path(__file__).resolve().parent / "page_defaults"

# Translations of the default pages: the body is page_defaults/<language>/<slug>.html. Written
# by the development team, machine-assisted; all need review by a native speaker (and, being
# legal texts, by whoever answers for the German ones). They translate exactly what the German
# page says; names of laws and institutions stay German, links stay as they are.
TITLES = {
    "en": {
        SitePage.Slug.IMPRINT: "Legal notice",
        SitePage.Slug.PRIVACY: "Privacy policy",
        SitePage.Slug.ACCESSIBILITY: "Accessibility statement",
    },
    "ar": {
        SitePage.Slug.IMPRINT: "بيانات الناشر",
        SitePage.Slug.PRIVACY: "سياسة الخصوصية",
        SitePage.Slug.ACCESSIBILITY: "بيان إمكانية الوصول",
    },
    "fa": {
        SitePage.Slug.IMPRINT: "اطلاعات ناشر",
        SitePage.Slug.PRIVACY: "اطلاعیهٔ حفاظت از داده‌ها",
        SitePage.Slug.ACCESSIBILITY: "بیانیهٔ دسترس‌پذیری",
    },
    "uk": {
        SitePage.Slug.IMPRINT: "Вихідні дані",
        SitePage.Slug.PRIVACY: "Політика конфіденційності",
        SitePage.Slug.ACCESSIBILITY: "Заява про доступність",
    },
}


def default_body(slug: str, language: str | None = None) -> str:
    folder = DEFAULTS / language if language else DEFAULTS
    return (folder / f"{slug}.html").read_text(encoding="utf-8")


def load(*, stdout) -> None:
    """Creates the site pages from page_defaults/ unless staff already have them, and adds the
    translations of the default pages."""
    created = 0
    for slug, title in SitePage.Slug.choices:
        _, was_created = SitePage.objects.get_or_create(
            slug=slug,
            defaults={"title": str(title), "body": default_body(slug), "version": "2026-11"},
        )
        created += was_created
    stdout.write(f"Site pages: {created} created, {len(SitePage.Slug.choices) - created} kept")
    translated = add_page_translations()
    if translated:
        stdout.write(f"Site pages: {translated} translated (to be reviewed by native speakers)")


def add_page_translations() -> int:
    """Translations of the pages whose German text is still the default one (a page staff have
    rewritten would no longer match them); languages editors have written are left alone."""
    changed = 0
    for page in SitePage.objects.all():
        if page.body != default_body(page.slug):
            continue
        by_language = {
            language: {"title": titles[page.slug], "body": default_body(page.slug, language)}
            for language, titles in TITLES.items()
            if (DEFAULTS / language / f"{page.slug}.html").exists()
        }
        if add_missing_translations(page, by_language):
            page.save(update_fields=["translations", "translation_review"])
            changed += 1
    return changed
