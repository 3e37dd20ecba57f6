from django.urls import path

from . import views

app_name = "newsletter"

urlpatterns = [
    path("", views.index, name="index"),
    path("angemeldet/", views.signup_done, name="signup_done"),
    path("bestaetigen/<token:token>/", views.confirm, name="confirm"),
    path("abmelden/<token:token>/", views.unsubscribe, name="unsubscribe"),
    path("einstellungen/<token:token>/", views.preferences, name="preferences"),
    path("einstellungen/<token:token>/daten/", views.data_link_request, name="data_link"),
    path("daten/<token:token>/", views.data, name="data"),
    path("daten/<token:token>/meine-daten.json", views.data_export, name="data_export"),
    path("daten/<token:token>/loeschen/", views.erase, name="erase"),
    path("verwalten/", views.manage, name="manage"),
    path("archiv/", views.archive, name="archive"),
    path("archiv/<slug:slug>/", views.archive_detail, name="archive_detail"),
]
