from django.urls import path

from pkhub.library import views

app_name = "library"
urlpatterns = [
    path("", views.home, name="home"),
    path("resources/", views.browse, name="browse"),
    path("search/", views.search, name="search"),
    path("resources/<slug:slug>/", views.resource_detail, name="resource"),
    path("translations/", views.translation_gaps, name="translation-gaps"),
]
