from django.urls import path

from . import views

app_name = "counselling"

urlpatterns = [
    path("", views.index, name="index"),
    path("<slug:slug>/", views.institution_detail, name="institution"),
    path("<slug:slug>/anlass/<slug:occasion>/", views.occasion_detail, name="occasion"),
    path("<slug:slug>/stellen/", views.role_directory, name="roles"),
    path("<slug:slug>/konzept/", views.concept, name="concept"),
]
