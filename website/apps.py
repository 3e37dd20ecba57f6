from django.apps import AppConfig


class WebsiteConfig(AppConfig):
    """The site's own pages: home, Impressum/Datenschutz/Barrierefreiheit, robots.txt and
    `load_demo`. The one app allowed to read the domain apps (through their selectors)."""

    name = "website"
    verbose_name = "Website"
