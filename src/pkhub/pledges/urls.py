from django.urls import path

from pkhub.pledges import dashboards, exports, pcrs_views, views
from pkhub.pledges.feeds import AnnouncedPledgesFeed

app_name = "pledges"
urlpatterns = [
    path("", views.index, name="index"),
    path("pcrs/", pcrs_views.unit_list, name="units"),
    path("pcrs/new/", pcrs_views.unit_new, name="unit-new"),
    path("pcrs/<int:pk>/", pcrs_views.unit_detail, name="unit"),
    path("pcrs/<int:pk>/edit/", pcrs_views.unit_edit, name="unit-edit"),
    path("pledges/<str:reference>/", views.pledge_detail, name="pledge"),
    path("pledges/<str:reference>/edit/", views.pledge_edit, name="pledge-edit"),
    path("pledges/<str:reference>/slide.pptx", exports.slide_pptx, name="pledge-slide"),
    path("pledges/<str:reference>/<slug:action>/", views.pledge_action, name="pledge-action"),
    path("<slug:slug>/", views.ministerial, name="ministerial"),
    path("<slug:slug>/requirements/", views.requirements, name="requirements"),
    path("<slug:slug>/requirements/<str:code>/", views.requirement, name="requirement"),
    path("<slug:slug>/requirements/<str:code>/edit/", views.requirement_edit, name="requirement-edit"),
    path("<slug:slug>/pledges/", views.pledge_list, name="pledges"),
    path("<slug:slug>/pledges/new/", views.pledge_new, name="pledge-new"),
    path("<slug:slug>/pledges.<str:fmt>", exports.list_export, name="pledges-export"),
    path("<slug:slug>/form/<str:iso3>.docx", exports.form_docx, name="pledge-form"),
    path("<slug:slug>/feed/", AnnouncedPledgesFeed(), name="feed"),
    path("<slug:slug>/dashboard/", dashboards.dashboard, name="dashboard"),
]
