"""What changed since the last ITS update, read from the library, the calendar and the news.

`changes_since` only reads; `services.newsletter_draft_propose` turns its result into a draft.
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from pkhub.core.languages import LANGUAGE_LABELS, content_language
from pkhub.library import selectors as library_selectors
from pkhub.news.models import Event, NewsItem, SectionKind, Status
from pkhub.training import selectors as training_selectors

UPCOMING_DAYS = 183  # the calendar section looks half a year ahead (the next issue is four months away)
UI_LANGUAGES = [code for code, _name in settings.LANGUAGES]


@dataclass
class Changes:
    since: datetime.datetime
    new_resources: list = field(default_factory=list)
    translated: list = field(default_factory=list)  # (resource, [content language codes added])
    calls_opened: list = field(default_factory=list)
    upcoming: list = field(default_factory=list)
    news: list = field(default_factory=list)
    events: list = field(default_factory=list)


def _as_datetime(since) -> datetime.datetime:
    if isinstance(since, datetime.datetime):
        return since if timezone.is_aware(since) else timezone.make_aware(since)
    return timezone.make_aware(datetime.datetime.combine(since, datetime.time.min))


def changes_since(*, since, today: datetime.date | None = None) -> Changes:
    """New and newly translated public materials, calls for nominations opened, sessions ahead, news."""
    since = _as_datetime(since)
    today = today or timezone.localdate()
    public = library_selectors.resource_visible(user=None)
    new = public.filter(Q(published_at__gte=since) | Q(published_at__isnull=True, created_at__gte=since))
    new_ids = set(new.values_list("pk", flat=True))
    changes = Changes(since=since)
    changes.new_resources = list(new.prefetch_related("versions").order_by("kind", "slug"))
    for resource in public.filter(versions__created_at__gte=since).exclude(pk__in=new_ids).distinct().prefetch_related("versions").order_by("kind", "slug"):
        added = [v.lang for v in resource.versions.all() if v.created_at >= since]
        changes.translated.append((resource, [code for code in resource.languages if code in added]))
    sessions = training_selectors.session_list().qs.exclude(status="cancelled")
    changes.calls_opened = list(sessions.filter(call_opens__gte=since.date(), call_opens__lte=today).order_by("start_date"))
    horizon = today + datetime.timedelta(days=UPCOMING_DAYS)
    changes.upcoming = list(sessions.filter(start_date__gte=today, start_date__lte=horizon).order_by("start_date"))
    changes.news = list(NewsItem.objects.filter(status=Status.PUBLISHED, published_at__gte=since, published_at__lte=timezone.now()))
    changes.events = list(Event.objects.filter(status=Status.PUBLISHED, created_at__gte=since, end_date__gte=today))
    return changes


def _per_language(make) -> dict[str, str]:
    """{"title_en": …, "title_fr": …}-style values: `make(ui_code)` under each UI language."""
    values = {}
    for code in UI_LANGUAGES:
        with translation.override(code):
            values[code.replace("-", "_")] = make(code)
    return values


def _language_names(codes) -> str:
    return ", ".join(str(LANGUAGE_LABELS[c]) for c in codes)


def _resource_title(resource, ui_code):
    version = resource.version_in(content_language(ui_code))
    return version.title if version else resource.slug


def _resource_item(resource) -> dict:
    titles = _per_language(lambda code: _resource_title(resource, code))
    bodies = _per_language(lambda code: getattr(resource.version_in(content_language(code)), "summary", "") or "")
    return {"titles": titles, "bodies": bodies, "link": resource.get_absolute_url(), "languages": resource.languages,
            "source_kind": "resource", "source_id": resource.pk}


def _translation_item(resource, added) -> dict:
    titles = _per_language(lambda code: _("%(title)s: now available in %(languages)s") % {
        "title": _resource_title(resource, code), "languages": _language_names(added)})
    bodies = _per_language(lambda code: _("Available in: %(languages)s.") % {"languages": _language_names(resource.languages)})
    return {"titles": titles, "bodies": bodies, "link": resource.get_absolute_url(), "languages": resource.languages,
            "source_kind": "version", "source_id": resource.pk}


def _session_text(session) -> str:
    parts = []
    if session.start_date:
        parts.append(_("%(start)s to %(end)s") % {"start": date_format(session.start_date), "end": date_format(session.end_date or session.start_date)})
    place = ", ".join(p for p in (session.venue_city, session.venue_country.name if session.venue_country else "") if p)
    if place:
        parts.append(place)
    if session.participants:
        parts.append(session.participants)
    parts.append(_("Call for nominations: %(status)s") % {"status": session.get_call_status_display()})
    return ". ".join(parts) + "."


def _session_item(session, kind: str) -> dict:
    return {"titles": _per_language(lambda code: session.course.title), "bodies": _per_language(lambda code: _session_text(session)),
            "link": session.get_absolute_url(), "languages": list(session.languages), "source_kind": kind, "source_id": session.pk}


def _news_item(item) -> dict:
    return {"titles": _per_language(lambda code: item.title), "bodies": _per_language(lambda code: item.summary or item.body[:600]),
            "link": item.get_absolute_url(), "languages": [], "source_kind": "news", "source_id": item.pk}


def _event_item(event) -> dict:
    def body(code):
        when = _("%(start)s to %(end)s") % {"start": date_format(event.start_date), "end": date_format(event.end_date)}
        return ", ".join(p for p in (when, event.city) if p) + "."
    return {"titles": _per_language(lambda code: event.title), "bodies": _per_language(body),
            "link": event.get_absolute_url(), "languages": [], "source_kind": "event", "source_id": event.pk}


def proposed_sections(changes: Changes) -> dict[str, list[dict]]:
    """Each section's proposed items, built from `changes` (values in every UI language)."""
    guidance = set(library_selectors.GROUPS["guidance"])
    sections = {kind: [] for kind, _label in SectionKind.choices}
    with translation.override("en"):  # links are stored with /en/; pages swap the prefix for the reader's
        for resource in changes.new_resources:
            sections[SectionKind.GUIDANCE if resource.kind in guidance else SectionKind.MATERIALS].append(_resource_item(resource))
        for resource, added in changes.translated:
            sections[SectionKind.GUIDANCE if resource.kind in guidance else SectionKind.MATERIALS].append(_translation_item(resource, added))
        sections[SectionKind.TRAINING] = [_session_item(s, "session") for s in changes.calls_opened]
        sections[SectionKind.CALENDAR] = [_session_item(s, "upcoming") for s in changes.upcoming]
        sections[SectionKind.ENHANCING] = [_news_item(n) for n in changes.news] + [_event_item(e) for e in changes.events]
    return sections
