"""The public calendar: list and month views, one session's page, one package's training."""

import calendar
import datetime
from urllib.parse import urlencode

from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe

from pkhub.library import selectors as library_selectors
from pkhub.training import selectors
from pkhub.training.forms import NominationForm


def _filter_query(request, *, drop=("month",)) -> str:
    """The page's filters as a query string, to carry into the other view and the feed."""
    params = [(k, v) for k, v in request.GET.items() if k not in drop and v]
    return urlencode(params)


@require_safe
def calendar_list(request):
    """Every session matching the filters, by date; sessions planned without dates come last."""
    found = selectors.session_list(params=request.GET)
    sessions = list(found.qs) if found.is_valid() else []
    today = timezone.localdate()
    upcoming = [s for s in sessions if s.end_date is None or s.end_date >= today]
    past = [s for s in sessions if s.end_date is not None and s.end_date < today]
    return render(
        request,
        "training/calendar.html",
        {
            "filter": found, "upcoming": upcoming, "past": list(reversed(past)), "count": len(sessions),
            "query": _filter_query(request), "services": selectors.courses_without_sessions(),
        },
    )


def _month(value: str | None) -> datetime.date:
    try:
        year, month = (int(part) for part in (value or "").split("-"))
        return datetime.date(year, month, 1) if 1900 <= year <= 2200 else timezone.localdate().replace(day=1)
    except (ValueError, TypeError):
        return timezone.localdate().replace(day=1)


@require_safe
def calendar_month(request):
    """One month as a grid of weeks; each day lists the sessions running that day."""
    first = _month(request.GET.get("month"))
    last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    found = selectors.session_list(params=request.GET)
    sessions = [
        s for s in (found.qs if found.is_valid() else [])
        if s.start_date and s.end_date and s.start_date <= last and s.end_date >= first
    ]
    weeks = [
        [{"date": day, "in_month": day.month == first.month, "sessions": [s for s in sessions if s.start_date <= day <= s.end_date]} for day in week]
        for week in calendar.Calendar(firstweekday=0).monthdatescalendar(first.year, first.month)
    ]
    previous = (first - datetime.timedelta(days=1)).replace(day=1)
    following = last + datetime.timedelta(days=1)
    query = _filter_query(request)
    return render(
        request,
        "training/month.html",
        {
            "filter": found, "first": first, "weeks": weeks, "sessions": sessions, "query": query,
            "weekdays": [datetime.date(2024, 1, day) for day in range(1, 8)],  # a Monday to a Sunday, for the names
            "previous_month": f"{previous:%Y-%m}", "next_month": f"{following:%Y-%m}",
        },
    )


@require_safe
def session_detail(request, pk):
    """A session: dates, venue, partners, package, call, seats; the user's own nominees if any."""
    session = selectors.session_get(pk=pk)
    user = request.user
    context = {"session": session, "seats_taken": selectors.session_seats_taken(session=session)}
    if user.has_perm("training.review_nomination"):
        context["nominations"] = selectors.nominations_for_session(user=user, session=session)
        context["is_reviewer"] = True
    elif user.has_perm("training.view_own_nominations"):
        context["nominations"] = selectors.nominations_for_state(user=user, session=session)
        if user.has_perm("training.nominate_to_session", session):
            context["form"] = NominationForm()
    return render(request, "training/session.html", context)


@require_safe
def package_detail(request, slug):
    """One training package: its sessions on the calendar and the institutions' courses recognised against it."""
    package = library_selectors.resource_get(slug=slug[:120], user=request.user)
    return render(request, "training/package.html", {"package": package, **selectors.package_training(package=package)})
