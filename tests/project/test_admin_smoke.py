"""An editor (group "Redaktion", not a superuser) can open every admin list, add form and
change form of the portal's own models with the demo content loaded: no 403, no 500."""

import io

import pytest
from django.contrib import admin
from django.core.management import call_command
from django.urls import NoReverseMatch, reverse

from website.management.commands.load_demo import PORTAL_APPS

pytestmark = pytest.mark.django_db


def portal_model_admins():
    return [
        (model, model_admin)
        for model, model_admin in admin.site._registry.items()
        if model._meta.app_label in PORTAL_APPS
    ]


def test_editor_can_open_every_admin_page_of_the_portal(editor_client):
    call_command("load_demo", stdout=io.StringIO())
    opened = 0
    for model, model_admin in portal_model_admins():
        info = (model._meta.app_label, model._meta.model_name)
        changelist = reverse("admin:{}_{}_changelist".format(*info))
        response = editor_client.get(changelist)
        assert response.status_code == 200, changelist
        response = editor_client.get(changelist, {"q": "Asyl ä ß <script>"})
        assert response.status_code == 200, changelist
        opened += 1
        try:
            add = reverse("admin:{}_{}_add".format(*info))
        except NoReverseMatch:
            add = None
        if add and model_admin.has_add_permission(_request_for(editor_client)):
            assert editor_client.get(add).status_code == 200, add
        instance = model._default_manager.first()
        if instance is not None:
            change = reverse("admin:{}_{}_change".format(*info), args=[instance.pk])
            assert editor_client.get(change).status_code == 200, change
    assert opened >= 15


def _request_for(client):
    from django.contrib.auth import get_user_model
    from django.test import RequestFactory

    request = RequestFactory().get("/admin/")
    request.user = get_user_model().objects.get(username="editor")
    return request
