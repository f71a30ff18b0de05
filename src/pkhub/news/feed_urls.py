"""The news feeds at the site's root (`/news.rss`, `/news.atom`), in English; /<lang>/news/feed.rss per language."""

from django.urls import path

from pkhub.news import feeds

app_name = "news-feeds"
urlpatterns = [
    path("news.rss", feeds.NewsRss(), name="rss"),
    path("news.atom", feeds.NewsAtom(), name="atom"),
]
