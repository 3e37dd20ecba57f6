from django import forms
from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from common.translation_admin import TranslationAdminMixin

from .models import SitePage, sanitise_html


class SitePageForm(forms.ModelForm):
    class Meta:
        model = SitePage
        fields = ["slug", "title", "body", "version"]
        widgets = {"body": forms.Textarea(attrs={"rows": 30, "cols": 100})}

    def clean_body(self):
        return sanitise_html(self.cleaned_data["body"])


@admin.register(SitePage)
class SitePageAdmin(TranslationAdminMixin, SimpleHistoryAdmin):
    form = SitePageForm
    list_display = ["title", "slug", "version", "updated_at"]
