from django.urls import path

from . import views

app_name = "counselling"

urlpatterns = [
    path("", views.index, name="index"),
]
