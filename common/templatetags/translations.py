"""Template tags for content translations (`common.translations`).

    {% load translations %}
    {% translated topic "name" %}            text in the active language; German fallback
                                             wrapped in <span lang="de" dir="ltr">
    {% translated page "body" block=True %}  the same with a <div> (rich text, paragraphs)
    {% translation role "tasks" as tasks %}  the `Translated` value itself: {{ tasks }},
                                             {{ tasks.attrs }} (lang="de" on your own element),
                                             {{ tasks.lines }}
    {{ topic|translated_text:"name" }}       plain text, for <title> and attributes

Staff who may see the admin see translations that still need review by a native speaker
marked (`class="translation-review"`); visitors do not.
"""

from django import template

from ..translations import Translated

register = template.Library()


def _show_review(context) -> bool:
    request = context.get("request")
    if request is None:
        return False
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_active and user.is_staff)


def _translation(obj, field: str) -> Translated | None:
    if obj is None or obj == "":
        return None
    return obj.translation(field)


@register.simple_tag(takes_context=True)
def translated(context, obj, field, block=False):
    value = _translation(obj, field)
    if value is None:
        return ""
    # The user is only looked at for text that needs review, so public pages without such
    # text never load the session.
    show_review = value.needs_review and _show_review(context)
    return value.render(block=block, show_review=show_review)


@register.simple_tag
def translation(obj, field):
    return _translation(obj, field) or Translated("", "", False)


@register.filter
def translated_text(obj, field) -> str:
    value = _translation(obj, field)
    return value.text if value is not None else ""
