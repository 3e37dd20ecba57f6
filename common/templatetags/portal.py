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


@register.simple_tag(takes_context=True)
def query_replace(context, **changes) -> str:
    """The current query string with some parameters replaced (None removes one); keeps
    repeated parameters such as `topic=a&topic=b`. Changing anything but `page` resets paging."""
    params = context["request"].GET.copy()
    if "page" not in changes:
        params.pop("page", None)
    for key, value in changes.items():
        if value is None or value == "":
            params.pop(key, None)
        else:
            params[key] = value
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"
