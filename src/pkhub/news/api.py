"""The news API: published news, events and ITS update issues (read-only)."""

import datetime

from django.urls import reverse
from ninja import Router, Schema
from ninja.pagination import LimitOffsetPagination, paginate

from pkhub.news import selectors

router = Router(tags=["news"])


class NewsOut(Schema):
    slug: str
    title: str
    summary: str
    published_at: datetime.datetime | None
    url: str

    @staticmethod
    def resolve_url(obj):
        return obj.get_absolute_url()


class EventOut(Schema):
    slug: str
    title: str
    start_date: datetime.date
    end_date: datetime.date
    city: str
    country: str | None
    co_hosts: list[str]
    url: str

    @staticmethod
    def resolve_country(obj):
        return obj.country.iso3 if obj.country else None

    @staticmethod
    def resolve_co_hosts(obj):
        return [state.iso3 for state in obj.co_hosts.all()]

    @staticmethod
    def resolve_url(obj):
        return obj.get_absolute_url()


class IssueOut(Schema):
    number: int
    date: datetime.date
    title: str
    url: str

    @staticmethod
    def resolve_title(obj):
        return str(obj)

    @staticmethod
    def resolve_url(obj):
        return reverse("news:issue", kwargs={"number": obj.number})


@router.get("/news", response=list[NewsOut], summary="Published news, newest first")
@paginate(LimitOffsetPagination)
def news_list(request):
    return selectors.news_visible().order_by("-published_at", "-id")


@router.get("/events", response=list[EventOut], summary="Published events, by date")
@paginate(LimitOffsetPagination)
def event_list(request):
    return selectors.events_visible().order_by("start_date")


@router.get("/newsletter-issues", response=list[IssueOut], summary="Published ITS update issues")
@paginate(LimitOffsetPagination)
def issue_list(request):
    return selectors.issues_visible().order_by("-number")
