"""Reads of news, events and ITS update issues, each applying what the user may see."""

from django.db.models import Prefetch, QuerySet
from django.http import Http404
from django.utils import timezone

from pkhub.news.models import (
    Event,
    NewsItem,
    NewsletterIssue,
    NewsletterItem,
    NewsletterSection,
    Status,
)


def _can_see_drafts(user) -> bool:
    return user is not None and user.has_perm("news.view_draft")


def news_visible(*, user=None) -> QuerySet[NewsItem]:
    """Published news (as of now); editors also see drafts."""
    if _can_see_drafts(user):
        return NewsItem.objects.all()
    return NewsItem.objects.filter(status=Status.PUBLISHED, published_at__lte=timezone.now())


def news_latest(limit: int = 5) -> list[NewsItem]:
    """The latest published news items, newest first (for the home page)."""
    return list(news_visible().order_by("-published_at", "-id")[: max(0, int(limit))])


def news_get(*, slug: str, user=None) -> NewsItem:
    try:
        return news_visible(user=user).get(slug=slug)
    except NewsItem.DoesNotExist:
        raise Http404("No such news item") from None


def events_visible(*, user=None) -> QuerySet[Event]:
    queryset = Event.objects.select_related("country").prefetch_related("co_hosts")
    return queryset if _can_see_drafts(user) else queryset.filter(status=Status.PUBLISHED)


def events_upcoming(*, limit: int = 5) -> list[Event]:
    """Published events that have not ended, soonest first (for the home page)."""
    return list(events_visible().filter(end_date__gte=timezone.localdate()).order_by("start_date")[: max(0, int(limit))])


def event_get(*, slug: str, user=None) -> Event:
    try:
        return events_visible(user=user).get(slug=slug)
    except Event.DoesNotExist:
        raise Http404("No such event") from None


def issues_visible(*, user=None) -> QuerySet[NewsletterIssue]:
    queryset = NewsletterIssue.objects.all()
    return queryset if _can_see_drafts(user) else queryset.filter(status=Status.PUBLISHED)


def issue_get(*, number, user=None) -> NewsletterIssue:
    """One issue with its sections (in the newsletter's order) and their items; 404 if not visible."""
    items = NewsletterItem.objects.order_by("position", "id")
    sections = NewsletterSection.objects.prefetch_related(Prefetch("items", queryset=items))
    try:
        issue = issues_visible(user=user).prefetch_related(Prefetch("sections", queryset=sections)).get(number=int(number))
    except (NewsletterIssue.DoesNotExist, ValueError, TypeError, OverflowError):
        raise Http404("No such issue") from None
    return issue


def issue_sections(issue: NewsletterIssue) -> list[NewsletterSection]:
    """The issue's sections in the order the newsletter prints them."""
    return sorted(issue.sections.all(), key=lambda section: section.position)


def issue_previous(*, before: NewsletterIssue | None = None) -> NewsletterIssue | None:
    """The last published issue (before `before`, if given)."""
    queryset = NewsletterIssue.objects.filter(status=Status.PUBLISHED)
    if before is not None and before.pk:
        queryset = queryset.exclude(pk=before.pk).filter(number__lt=before.number)
    return queryset.order_by("-number").first()
