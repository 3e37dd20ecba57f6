import json

from django import template
from django.utils.html import _json_script_escapes
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter
def jsonld(data) -> str:
    """Serialises schema.org data for a <script type="application/ld+json"> block, escaping
    the characters that could close the script element."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)
    return mark_safe(text.translate(_json_script_escapes))
