from django.urls import path

from . import views

app_name = "legal"

urlpatterns = [
    path("", views.index, name="index"),
    path("redaktion/fussnoten-einlesen/", views.footnote_import, name="footnote_import"),
    path("aenderungsgesetz/<int:pk>/", views.act_detail, name="act"),
    path("<slug:slug>/", views.statute_detail, name="statute"),
    path("<slug:slug>/stand/", views.point_in_time, name="point_in_time"),
    path("<slug:slug>/vorschrift/<text:key>/", views.provision_detail, name="provision"),
]
