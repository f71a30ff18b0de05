"""`/calendar.ics`: the calendar as iCalendar, with the same filters as the calendar page."""

import datetime

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override
from django.views.decorators.http import require_safe
from icalendar import Calendar, Event

from pkhub.core.languages import CONTENT_LANGUAGES, ui_language
from pkhub.training import selectors
from pkhub.training.templatetags.training import code_labels


def _description(session) -> str:
    lines = [
        f"{_('Course type')}: {session.course.get_course_type_display()}",
        f"{_('Target regions')}: {code_labels(session.regions, 'regions')}",
        f"{_('Languages')}: {code_labels(session.languages, 'languages')}",
        f"{_('Audience')}: {code_labels(session.audiences, 'audiences')}",
        f"{_('Call for nominations')}: {session.get_call_status_display()}",
    ]
    partners = ", ".join(str(p) for p in session.partners.all())
    if partners:
        lines.append(f"{_('Partners')}: {partners}")
    if session.host:
        lines.append(f"{_('Host Member State')}: {session.host.name}")
    return "\n".join(lines)


def _location(session) -> str:
    return ", ".join(part for part in (session.venue_city, session.venue_country.name if session.venue_country else "") if part)


@require_safe
def calendar_ics(request):
    """Dated sessions as all-day events (DTEND is the day after the last day, as RFC 5545 says)."""
    lang = request.GET.get("hl") if request.GET.get("hl") in CONTENT_LANGUAGES else "en"
    with override(ui_language(lang)):
        found = selectors.session_list(params=request.GET)
        if not found.is_valid():
            return HttpResponse(str(found.errors.as_text()), status=400, content_type="text/plain; charset=utf-8")
        cal = Calendar()
        cal.add("prodid", "-//United Nations//Peacekeeping Resource Hub training calendar//EN")
        cal.add("version", "2.0")
        cal.add("x-wr-calname", _("Peacekeeping training calendar"))
        stamp = timezone.now()
        host = settings.SITE_URL.split("//")[-1].split("/")[0] or "pkhub"
        for session in found.qs:
            if not (session.start_date and session.end_date):
                continue
            event = Event()
            event.add("uid", f"training-session-{session.pk}@{host}")
            event.add("dtstamp", stamp)
            event.add("summary", str(session.course.title))
            event.add("dtstart", session.start_date)
            event.add("dtend", session.end_date + datetime.timedelta(days=1))
            event.add("location", _location(session))
            event.add("description", _description(session))
            event.add("url", request.build_absolute_uri(session.get_absolute_url()))
            event.add("status", "CANCELLED" if session.status == "cancelled" else "CONFIRMED" if session.status != "planned" else "TENTATIVE")
            cal.add_component(event)
    response = HttpResponse(cal.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="peacekeeping-training.ics"'
    return response
