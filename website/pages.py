"""Site pages (Impressum, Datenschutz, Barrierefreiheit)."""

import html
import re

from .models import SitePage


def privacy_notice_version() -> str:
    """Version label of the privacy notice in force, recorded with every newsletter consent."""
    version = (
        SitePage.objects.filter(slug=SitePage.Slug.PRIVACY)
        .values_list("version", flat=True)
        .first()
    )
    return version or "unveröffentlicht"


def imprint_address() -> str:
    """The address block (`<address>`) of the Impressum page as plain lines, for the mail
    footer; empty when the page or the block is missing."""
    body = (
        SitePage.objects.filter(slug=SitePage.Slug.IMPRINT).values_list("body", flat=True).first()
    )
    found = re.search(r"<address[^>]*>(.*?)</address>", body or "", flags=re.S | re.I)
    if not found:
        return ""
    text = re.sub(r"<br\s*/?>", "\n", found.group(1), flags=re.I)
    text = html.unescape(re.sub(r"<[^>]+>", "", text))
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())
