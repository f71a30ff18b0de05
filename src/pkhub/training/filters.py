"""The calendar's and the PKTI list's filters: one FilterSet each, shared by pages, the feed and the API."""

import django_filters
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pkhub.accounts.models import Region
from pkhub.core.languages import LANGUAGE_CHOICES
from pkhub.training.fields import Audience, contains_code
from pkhub.training.models import CallStatus, CourseType, Institution, InstitutionKind, Session, SessionStatus


def call_open_now(queryset, today=None):
    """Sessions taking nominations today (the same rule as Session.call_is_open)."""
    today = today or timezone.localdate()
    return queryset.filter(
        Q(call_status=CallStatus.OPEN),
        ~Q(status=SessionStatus.CANCELLED),
        Q(call_opens__isnull=True) | Q(call_opens__lte=today),
        Q(call_closes__isnull=True) | Q(call_closes__gte=today),
        Q(start_date__isnull=True) | Q(start_date__gt=today),
    )


class SessionFilter(django_filters.FilterSet):
    """?region=africa&lang=fr&audience=police&state=SEN&package=rtp-operational-logistics&call=open&from=2024-01-01"""

    region = django_filters.ChoiceFilter(label=_("Region"), choices=Region.choices, method="filter_code", empty_label=_("Any region"))
    lang = django_filters.ChoiceFilter(label=_("Language"), choices=LANGUAGE_CHOICES, method="filter_code", empty_label=_("Any language"))
    audience = django_filters.ChoiceFilter(label=_("Audience"), choices=Audience.choices, method="filter_code", empty_label=_("Any audience"))
    state = django_filters.CharFilter(label=_("Member State (host or venue), ISO code"), method="filter_state", max_length=3)
    package = django_filters.CharFilter(label=_("Training package"), field_name="course__package__slug", max_length=120)
    course_type = django_filters.ChoiceFilter(label=_("Course type"), choices=CourseType.choices, field_name="course__course_type", empty_label=_("Any type"))
    call = django_filters.ChoiceFilter(label=_("Call for nominations"), choices=[("open", _("Open now"))], method="filter_call", empty_label=_("Any"))
    start_from = django_filters.DateFilter(label=_("Starting from"), method="filter_from")
    until = django_filters.DateFilter(label=_("Starting until"), field_name="start_date", lookup_expr="lte")

    class Meta:
        model = Session
        fields: list[str] = []

    def __init__(self, data=None, *args, **kwargs):
        # "from" is a Python keyword, so the field is start_from but the parameter is ?from=.
        if data is not None and "from" in data and "start_from" not in data:
            data = data.copy()
            data["start_from"] = data.get("from")
        super().__init__(data, *args, **kwargs)

    # Field names are the ones of CodeSetField columns.
    _columns = {"region": "regions", "lang": "languages", "audience": "audiences"}

    def filter_code(self, queryset, name, value):
        return queryset.filter(**{f"{self._columns[name]}__contains": contains_code(value)}) if value else queryset

    def filter_state(self, queryset, name, value):
        code = (value or "").strip().upper()
        return queryset.filter(Q(host__iso3=code) | Q(venue_country__iso3=code)) if code else queryset

    def filter_call(self, queryset, name, value):
        return call_open_now(queryset) if value == "open" else queryset

    def filter_from(self, queryset, name, value):
        if not value:
            return queryset
        # Sessions planned for a year without dates stay in the list up to the end of that year.
        return queryset.filter(Q(start_date__gte=value) | Q(start_date__isnull=True, planned_year__gte=value.year))


class InstitutionFilter(django_filters.FilterSet):
    """?q=peace&country=GHA&region=africa&kind=integrated&lang=fr"""

    q = django_filters.CharFilter(label=_("Name contains"), method="filter_name", max_length=100)
    country = django_filters.CharFilter(label=_("Country, ISO code"), method="filter_country", max_length=3)
    region = django_filters.ChoiceFilter(label=_("Region"), choices=Region.choices, field_name="country__region", empty_label=_("Any region"))
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=InstitutionKind.choices, empty_label=_("Any kind"))
    lang = django_filters.ChoiceFilter(label=_("Language"), choices=LANGUAGE_CHOICES, method="filter_lang", empty_label=_("Any language"))

    class Meta:
        model = Institution
        fields: list[str] = []

    def filter_name(self, queryset, name, value):
        # A list of a few hundred institutions: a plain contains on the name and acronym is enough.
        value = value.strip()
        return queryset.filter(Q(name__icontains=value) | Q(acronym__icontains=value)) if value else queryset

    def filter_country(self, queryset, name, value):
        code = (value or "").strip().upper()
        return queryset.filter(country__iso3=code) if code else queryset

    def filter_lang(self, queryset, name, value):
        return queryset.filter(languages__contains=contains_code(value)) if value else queryset
