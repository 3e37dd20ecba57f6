import json

from django import template
from django.utils.html import _json_script_escapes
from django.utils.safestring import mark_safe

from common import languages
from common.languages import page_in_languages

register = template.Library()


@register.filter
def jsonld(data) -> str:
    """Serialises schema.org data for a <script type="application/ld+json"> block, escaping
    the characters that could close the script element."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)
    return mark_safe(text.translate(_json_script_escapes))


@register.filter
def startswith(value, prefix) -> bool:
    return str(value).startswith(str(prefix))


@register.simple_tag(takes_context=True)
def page_languages(context):
    """This page in every interface language (see common.languages)."""
    request = context.get("request")
    return page_in_languages(request) if request is not None else []


@register.simple_tag
def text_direction() -> str:
    return languages.text_direction()
