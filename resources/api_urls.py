from django.urls import path

from . import api

app_name = "resources_api"

urlpatterns = [
    path("", api.resource_list, name="list"),
]
