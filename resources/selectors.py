"""Reads of the resource library for other apps.

The link checker (`linkcheck`) knows resources only through these functions and
`services.resourcelink_replace_url`: which links have an address, which belong to a resource,
what kind of document a link promises, and where staff edit it. Its findings hang off each
link as `link.health` (a one-to-one row of `linkcheck.LinkHealth`); list pages prefetch
`links__health` so a broken link's notice costs one query per page, not one per link.
"""

from django.db.models import QuerySet
from django.urls import reverse

from .models import ResourceLink

# MIME types a link's declared format promises; formats not listed promise nothing checkable.
FORMAT_MIME_TYPES = {
    ResourceLink.Format.PDF: "application/pdf",
}


def links_with_url() -> QuerySet[ResourceLink]:
    """Links that have an address, with their resource's title for reports."""
    return ResourceLink.objects.exclude(url="").select_related("resource")


def links_without_url() -> QuerySet[ResourceLink]:
    """Links whose address is still missing (a worklist for the editors)."""
    return ResourceLink.objects.filter(url="").select_related("resource")


def links_of_resource(resource_id: int) -> QuerySet[ResourceLink]:
    return links_with_url().filter(resource_id=resource_id)


def expected_mime_type(link: ResourceLink) -> str:
    """The MIME type the link promises to readers ("application/pdf" for a PDF), or ""."""
    mime = FORMAT_MIME_TYPES.get(link.format)
    if mime is None and link.url.lower().split("?")[0].endswith(".pdf"):
        mime = "application/pdf"
    return mime or ""


def resource_admin_url(resource_id: int) -> str:
    return reverse("admin:resources_resource_change", args=[resource_id])
