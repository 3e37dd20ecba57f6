"""The admin side of content translations (`common.translations`).

`TranslationAdminMixin` adds, for every content language and every translatable field, a form
field beside the German one, plus the checkbox "needs review by a native speaker" per language;
each language is one collapsible fieldset after the German fields. The German fields and the
admin's permissions stay as they are: whoever may change the record may change its
translations. Rich-text translations are sanitised by the model's sanitiser, as the German text.
"""

from __future__ import annotations

from django import forms
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from .translations import REVIEW_LABEL, content_languages


def field_name(language: str, field: str) -> str:
    return f"translation_{language}_{field}"


def review_field_name(language: str) -> str:
    return f"translation_{language}_review"


def language_name(code: str) -> str:
    """The language's name in the admin's language (German): "Englisch", "Arabisch" …"""
    try:
        return str(get_language_info(code)["name_translated"])
    except KeyError:
        return code


def translation_field_names(model) -> list[str]:
    names = []
    for language, _name in content_languages():
        names += [field_name(language, f) for f in model.translatable_fields]
        names.append(review_field_name(language))
    return names


class TranslationFormMixin:
    """Reads the generated fields into `instance.translations` / `translation_review`."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        instance = self.instance
        for language, _name in content_languages():
            for field in instance.translatable_fields:
                name = field_name(language, field)
                if name in self.fields:
                    self.initial.setdefault(name, instance.translated_value(field, language))
            name = review_field_name(language)
            if name in self.fields:
                # A new translation needs review until someone says otherwise.
                has_text = language in (instance.translations or {})
                self.initial.setdefault(
                    name, instance.needs_translation_review(language) if has_text else True
                )

    def clean(self):
        cleaned = super().clean()
        instance = self.instance
        for language, _name in content_languages():
            names = {f: field_name(language, f) for f in instance.translatable_fields}
            if not any(name in self.fields for name in names.values()):
                continue
            values = {f: cleaned.get(name) or "" for f, name in names.items()}
            instance.set_translation(
                language, values, needs_review=bool(cleaned.get(review_field_name(language)))
            )
        return cleaned


def translation_form(base_form, model):
    """`base_form` with one field per content language and translatable field."""
    attrs = {}
    base_fields = getattr(base_form, "base_fields", {})
    for language, _name in content_languages():
        name_of_language = language_name(language)
        for field in model.translatable_fields:
            model_field = model._meta.get_field(field)
            form_field = model_field.formfield(required=False)
            german = base_fields.get(field)
            if german is not None and isinstance(german.widget, forms.Textarea):
                form_field.widget = forms.Textarea(attrs=dict(german.widget.attrs))
            form_field.label = f"{model_field.verbose_name} ({name_of_language})"
            form_field.help_text = _("Leer lassen: die Seite zeigt den deutschen Text.")
            widget_attrs = {"lang": language, "dir": "rtl" if _is_rtl(language) else "ltr"}
            form_field.widget.attrs.update(widget_attrs)
            attrs[field_name(language, field)] = form_field
        attrs[review_field_name(language)] = forms.BooleanField(label=REVIEW_LABEL, required=False)
    return type(f"{base_form.__name__}WithTranslations", (TranslationFormMixin, base_form), attrs)


def _is_rtl(code: str) -> bool:
    try:
        return bool(get_language_info(code)["bidi"])
    except KeyError:
        return False


class TranslationAdminMixin:
    """Put before `admin.ModelAdmin` in the bases of an admin of a `TranslatableModel`."""

    def get_form(self, request, obj=None, change=False, **kwargs):
        kwargs.setdefault("form", translation_form(self.form, self.model))
        return super().get_form(request, obj, change, **kwargs)

    def get_fieldsets(self, request, obj=None):
        generated = set(translation_field_names(self.model))
        fieldsets = []
        for title, options in super().get_fieldsets(request, obj):
            fields = [f for f in options.get("fields", []) if f not in generated]
            fieldsets.append((title, {**options, "fields": fields}))
        for language, _name in content_languages():
            fieldsets.append(
                (
                    _("Übersetzung: %(language)s") % {"language": language_name(language)},
                    {
                        "classes": ["collapse"],
                        "fields": [
                            *(field_name(language, f) for f in self.model.translatable_fields),
                            review_field_name(language),
                        ],
                        "description": _(
                            "Übersetzung neben dem deutschen Text. Leere Felder zeigen auf der "
                            "Seite den deutschen Text (als Deutsch ausgezeichnet)."
                        ),
                    },
                )
            )
        return fieldsets


class TranslationInlineMixin(TranslationAdminMixin):
    """The same for stacked inlines (one collapsible fieldset per language in each form)."""

    def get_formset(self, request, obj=None, **kwargs):
        kwargs.setdefault("form", translation_form(self.form, self.model))
        return super().get_formset(request, obj, **kwargs)
