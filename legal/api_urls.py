from django.urls import path

from . import api

app_name = "legal_api"

urlpatterns = [
    path("", api.index, name="index"),
    path("aenderungsgesetz/<int:pk>/", api.act_detail, name="act"),
    path("<slug:slug>/", api.statute_detail, name="statute"),
    path("<slug:slug>/aenderungen/", api.statute_changes, name="changes"),
    path("<slug:slug>/stand/", api.point_in_time, name="point_in_time"),
    path("<slug:slug>/vorschrift/<text:key>/", api.provision_detail, name="provision"),
]
