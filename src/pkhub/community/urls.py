from django.urls import path

from pkhub.community import lcm_views, views

app_name = "community"
urlpatterns = [
    path("", views.index, name="index"),
    # The Light Coordination Mechanism ("lcm" is reserved: no community may take that slug).
    path("lcm/", lcm_views.index, name="lcm"),
    path("lcm/activities/", lcm_views.activities, name="lcm-activities"),
    path("lcm/survey/", lcm_views.survey, name="lcm-survey"),
    path("lcm/survey/<int:pk>/results/", lcm_views.survey_results, name="lcm-survey-results"),
    path("lcm/roster/", lcm_views.roster, name="lcm-roster"),
    path("lcm/requests/", lcm_views.requests, name="lcm-requests"),
    path("lcm/requests/<int:pk>/", lcm_views.request_detail, name="lcm-request"),
    path("lcm/lessons/", lcm_views.lessons, name="lcm-lessons"),
    path("<slug:slug>/", views.community, name="community"),
    path("<slug:slug>/join/", views.join, name="join"),
    path("<slug:slug>/moderate/", views.moderate, name="moderate"),
    path("<slug:slug>/threads/new/", views.thread_new, name="thread-new"),
    path("<slug:slug>/threads/<int:pk>/", views.thread, name="thread"),
    path("<slug:slug>/threads/<int:pk>/reply/", views.reply, name="reply"),
    path("<slug:slug>/files/<int:pk>/", views.attachment, name="attachment"),
    path("<slug:slug>/drafts/open/", views.review_open, name="review-open"),
    path("<slug:slug>/drafts/<int:pk>/", views.review, name="review"),
]
