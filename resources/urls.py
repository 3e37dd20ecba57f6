from django.urls import path

from . import views

app_name = "resources"

urlpatterns = [
    path("", views.resource_list, name="list"),
    path("herausgeber/<slug:slug>/", views.publisher_detail, name="publisher"),
    path("themen/<slug:slug>/", views.topic_detail, name="topic"),
    path("<slug:slug>/", views.resource_detail, name="detail"),
]
