from django.urls import path
from django.views.generic import RedirectView

from . import views

app_name = "legal"

urlpatterns = [
    path("", views.index, name="index"),
    # The staff page moved into the admin; old bookmarks still arrive there.
    path(
        "redaktion/fussnoten-einlesen/",
        RedirectView.as_view(pattern_name="admin:legal_statute_footnote_import", query_string=True),
    ),
    path("aenderungsgesetz/<int:pk>/", views.act_detail, name="act"),
    path("<slug:slug>/", views.statute_detail, name="statute"),
    path("<slug:slug>/stand/", views.point_in_time, name="point_in_time"),
    path("<slug:slug>/vorschrift/<text:key>/", views.provision_detail, name="provision"),
]
