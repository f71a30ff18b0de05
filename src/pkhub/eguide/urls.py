from django.urls import path, re_path

from pkhub.eguide import views

app_name = "eguide"
urlpatterns = [
    path("", views.home, name="home"),
    path("search/", views.search, name="search"),
    path("directory/", views.directory, name="directory"),
    path("directory/<slug:slug>/", views.unit_detail, name="unit"),
    path("certificate/", views.certificate, name="certificate"),
    path("certificate/download/", views.certificate_download, name="certificate-download"),
    path("verify/", views.verify, name="verify-form"),
    re_path(r"^verify/(?P<code>[A-Za-z0-9_-]{1,40})/$", views.verify, name="verify"),
    path("references/", views.reference_report, name="references"),
    path("attempts/<int:pk>/", views.attempt_detail, name="attempt"),
    path("<int:number>/", views.module_detail, name="module"),
    path("<int:number>/assessment/", views.assessment, name="assessment"),
    re_path(r"^(?P<number>[1-9])/(?P<section>[1-9][0-9]*(?:\.[0-9]+){0,8})/$", views.section_detail, name="section"),
]
