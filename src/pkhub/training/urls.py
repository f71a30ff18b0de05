from django.urls import path

from pkhub.training import institution_views, nomination_views, views

app_name = "training"
urlpatterns = [
    path("", views.calendar_list, name="calendar"),
    path("month/", views.calendar_month, name="month"),
    path("sessions/<int:pk>/", views.session_detail, name="session"),
    path("sessions/<int:pk>/nominate/", nomination_views.nominate, name="nominate"),
    path("sessions/<int:pk>/review/", nomination_views.review, name="review"),
    path("sessions/<int:pk>/participants.xlsx", nomination_views.export_participants, name="participants-xlsx"),
    path("nominations/", nomination_views.my_nominations, name="my-nominations"),
    path("nominations/<int:pk>/withdraw/", nomination_views.withdraw, name="withdraw"),
    path("women-share/", nomination_views.gender_report, name="gender-report"),
    path("packages/<slug:slug>/", views.package_detail, name="package"),
    path("institutions/", institution_views.institution_list, name="institutions"),
    path("institutions/<slug:slug>/", institution_views.institution_detail, name="institution"),
    path("institutions/<slug:slug>/edit/", institution_views.institution_edit, name="institution-edit"),
    path("institutions/<slug:slug>/recognition/", institution_views.recognition_apply, name="recognition-apply"),
    path("recognition/", institution_views.recognitions, name="recognitions"),
]
