from django.urls import path

from . import api

app_name = "legal_api"

urlpatterns = [
    path("", api.index, name="index"),
]
