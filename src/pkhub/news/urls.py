from django.urls import path

from pkhub.news import feeds, newsletter_views, views

app_name = "news"
urlpatterns = [
    path("", views.index, name="index"),
    path("items/<slug:slug>/", views.item, name="item"),
    path("events/", views.events, name="events"),
    path("events/<slug:slug>/", views.event, name="event"),
    path("its-update/", views.issues, name="issues"),
    path("its-update/propose/", newsletter_views.propose, name="issue-propose"),
    path("its-update/<int:number>/", views.issue, name="issue"),
    path("its-update/<int:number>/edit/", newsletter_views.issue_edit, name="issue-edit"),
    path("its-update/<int:number>/publish/", newsletter_views.issue_publish, name="issue-publish"),
    path("subscribe/", newsletter_views.subscribe, name="subscribe"),
    path("subscribe/confirm/<str:token>/", newsletter_views.confirm, name="confirm"),
    path("unsubscribe/<str:token>/", newsletter_views.unsubscribe, name="unsubscribe"),
    path("feed.rss", feeds.NewsRss(), name="feed-rss"),
    path("feed.atom", feeds.NewsAtom(), name="feed-atom"),
]
