"""schema.org metadata for resources, so search engines and other sites can read them."""

from django.conf import settings

from .models import Resource, ResourceType

SCHEMA_TYPES = {
    ResourceType.VIDEO: "VideoObject",
    ResourceType.STUDY: "ScholarlyArticle",
    ResourceType.REPORT: "Report",
    ResourceType.LAW: "Legislation",
    ResourceType.TOPIC_PAGE: "WebPage",
    ResourceType.ADDRESS: "Organization",
}


def resource_jsonld(resource: Resource, *, base_url: str | None = None) -> dict:
    base_url = base_url or settings.SITE_URL
    links = [link for link in resource.links.all() if link.url]
    publishers = list(resource.publishers.all())
    data = {
        "@context": "https://schema.org",
        "@type": SCHEMA_TYPES.get(resource.resource_type, "CreativeWork"),
        "name": resource.title,
        "url": base_url + resource.get_absolute_url(),
        "inLanguage": resource.languages() or ["de"],
        "genre": resource.get_resource_type_display(),
        "about": [topic.name for topic in resource.topics.all()],
    }
    if resource.description:
        data["description"] = resource.description
    if resource.publication_date:
        data["datePublished"] = resource.publication_date.iso()
    if publishers:
        data["publisher"] = [
            {
                "@type": "Organization",
                "name": org.name,
                **({"url": org.website} if org.website else {}),
            }
            for org in publishers
        ]
    if links:
        data["sameAs" if data["@type"] == "Organization" else "encoding"] = (
            [link.url for link in links]
            if data["@type"] == "Organization"
            else [
                {
                    "@type": "MediaObject",
                    "contentUrl": link.url,
                    "inLanguage": link.language,
                    "encodingFormat": link.get_format_display(),
                }
                for link in links
            ]
        )
    audiences = [aud.name for aud in resource.audiences.all()]
    if audiences:
        data["audience"] = [{"@type": "Audience", "audienceType": name} for name in audiences]
    return data
