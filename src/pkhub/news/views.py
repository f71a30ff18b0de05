"""News and events pages, and the published ITS update issues."""

from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe

from pkhub.news import selectors
from pkhub.news.forms import SubscribeForm


@require_safe
def index(request):
    """News, events ahead, the latest ITS update issues and the subscription form."""
    today = timezone.localdate()
    events = selectors.events_visible(user=request.user)
    return render(request, "news/index.html", {
        "news": selectors.news_visible(user=request.user).order_by("-published_at", "-id")[:20],
        "upcoming": events.filter(end_date__gte=today).order_by("start_date"),
        "past": events.filter(end_date__lt=today).order_by("-start_date")[:10],
        "issues": selectors.issues_visible(user=request.user)[:6],
        "form": SubscribeForm(),
    })


@require_safe
def item(request, slug):
    return render(request, "news/item.html", {"item": selectors.news_get(slug=slug, user=request.user)})


@require_safe
def events(request):
    today = timezone.localdate()
    visible = selectors.events_visible(user=request.user)
    return render(request, "news/events.html", {
        "upcoming": visible.filter(end_date__gte=today).order_by("start_date"),
        "past": visible.filter(end_date__lt=today).order_by("-start_date"),
    })


@require_safe
def event(request, slug):
    return render(request, "news/event.html", {"event": selectors.event_get(slug=slug, user=request.user)})


@require_safe
def issues(request):
    return render(request, "news/issues.html", {"issues": selectors.issues_visible(user=request.user), "form": SubscribeForm()})


@require_safe
def issue(request, number):
    """An issue as a web page; for a draft (editors only) this is the preview in the page's language."""
    found = selectors.issue_get(number=number, user=request.user)
    return render(request, "news/issue.html", {
        "issue": found, "sections": selectors.issue_sections(found), "can_edit": request.user.has_perm("news.edit_newsletter"),
    })
