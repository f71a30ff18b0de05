"""Downloads live outside the language prefix: a file is the same file in every language."""

from django.urls import path

from pkhub.library import views

app_name = "library-files"
urlpatterns = [
    path("files/<int:pk>/<str:filename>", views.download, name="download"),
]
