"""RSS and Atom feeds of the published news and ITS update issues (django.contrib.syndication)."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from pkhub.news import selectors

FEED_SIZE = 30


class NewsRss(Feed):
    title = _("Peacekeeping Resource Hub: news")
    description = _("News, events and ITS update issues of the Peacekeeping Resource Hub.")

    def link(self):
        return reverse("news:index")

    def items(self):
        news = list(selectors.news_visible().order_by("-published_at")[:FEED_SIZE])
        issues = list(selectors.issues_visible().order_by("-published_at")[:FEED_SIZE])
        return sorted(news + issues, key=lambda obj: obj.published_at, reverse=True)[:FEED_SIZE]

    def item_title(self, item):
        return str(item) if not hasattr(item, "title") else item.title

    def item_description(self, item):
        return getattr(item, "summary", "") or getattr(item, "intro", "") or ""

    def item_pubdate(self, item):
        return item.published_at

    def item_guid(self, item):
        return f"{item._meta.label_lower}:{item.pk}"

    item_guid_is_permalink = False


class NewsAtom(NewsRss):
    feed_type = Atom1Feed
    subtitle = NewsRss.description
