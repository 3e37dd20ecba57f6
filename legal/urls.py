from django.urls import path

from . import views

app_name = "legal"

urlpatterns = [
    path("", views.index, name="index"),
]
