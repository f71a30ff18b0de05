"""Reads for training, each applying what the user may see (a visitor sees no nominee, ever)."""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, F, Prefetch, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from pkhub.accounts.rules import is_editor
from pkhub.training.filters import InstitutionFilter, SessionFilter
from pkhub.training.models import (
    SEAT_HOLDING,
    CallStatus,
    Decision,
    Gender,
    Institution,
    Nomination,
    NominationStatus,
    Recognition,
    Session,
    SessionStatus,
)

# The pledging guide's words (seed 003, "Peacekeeping training and capacity building").
GENDER_TARGET_WORDING = (
    "Across all training activities, Member States should aim to increase the share of women nominated for UN "
    "training programs by 10-20%, with the goal of achieving gender parity (50/50 men and women)."
)
TARGET_RISE_MIN, TARGET_RISE_MAX, PARITY = 10.0, 20.0, 50.0


def _sessions() -> QuerySet[Session]:
    return Session.objects.select_related("course__package", "host", "venue_country").prefetch_related("partners")


def session_list(*, params=None) -> SessionFilter:
    """The calendar: every session matching the filters (FilterSet: `.qs` the sessions, `.form` the form)."""
    return SessionFilter(params if params is not None else {}, queryset=_sessions())


def sessions_with_open_call(*, limit: int = 5, today: datetime.date | None = None) -> list[Session]:
    """Sessions taking nominations today (as `Session.call_is_open` says), the closing date nearest first."""
    today = today or timezone.localdate()
    sessions = (
        _sessions()
        .filter(call_status=CallStatus.OPEN)
        .exclude(status=SessionStatus.CANCELLED)
        .filter(Q(call_opens__isnull=True) | Q(call_opens__lte=today))
        .filter(Q(call_closes__isnull=True) | Q(call_closes__gte=today))
        .filter(Q(start_date__isnull=True) | Q(start_date__gt=today))
        .order_by(F("call_closes").asc(nulls_last=True), F("start_date").asc(nulls_last=True), "pk")
    )
    return list(sessions[: max(0, int(limit))])


def courses_without_sessions() -> QuerySet:
    """Programmes ITS offers that have no session on the calendar (SML, SLP, SMART, CPT, mobile teams…)."""
    from pkhub.training.models import Course

    return Course.objects.filter(sessions__isnull=True).order_by("course_type", "slug")


def session_get(*, pk) -> Session:
    try:
        return _sessions().get(pk=int(pk))
    except (Session.DoesNotExist, ValueError, TypeError, OverflowError):
        raise Http404("No such session") from None


def session_seats_taken(*, session: Session) -> int:
    return session.nominations.filter(status__in=SEAT_HOLDING).count()


def nominations_visible(*, user) -> QuerySet[Nomination]:
    """Editors: all; a Member State focal point: their state's only; anyone else: none."""
    queryset = Nomination.objects.select_related("session__course", "member_state", "nominated_by")
    if user is None or not user.is_authenticated:
        return queryset.none()
    if is_editor(user):
        return queryset
    if user.has_perm("training.view_own_nominations"):
        return queryset.filter(member_state_id=user.member_state_id)
    return queryset.none()


def nominations_for_state(*, user, session: Session | None = None) -> QuerySet[Nomination]:
    """The nominations of the user's own Member State (none for anyone who is not its focal point)."""
    if user is None or not user.has_perm("training.view_own_nominations"):
        return Nomination.objects.none()
    queryset = nominations_visible(user=user).filter(member_state_id=user.member_state_id)
    if session is not None:
        queryset = queryset.filter(session=session)
    return queryset.order_by("-session__start_date", "candidate_name")


def nominations_for_session(*, user, session: Session) -> QuerySet[Nomination]:
    return nominations_visible(user=user).filter(session=session).order_by("member_state__name", "candidate_name")


def nomination_get(*, user, pk) -> Nomination:
    """One nomination the user may see; 404 otherwise (another state's nominee does not exist for them)."""
    try:
        return nominations_visible(user=user).get(pk=int(pk))
    except (Nomination.DoesNotExist, ValueError, TypeError, OverflowError):
        raise Http404("No such nomination") from None


def participants(*, session: Session) -> QuerySet[Nomination]:
    """Who holds a seat (accepted, attended or completed), for the participant list."""
    return session.nominations.filter(status__in=SEAT_HOLDING).select_related("member_state").order_by(
        "member_state__name", "candidate_name"
    )


@dataclass
class Share:
    """Women among the nominated (not withdrawn) and among those given a seat."""

    nominated: int = 0
    women_nominated: int = 0
    accepted: int = 0
    women_accepted: int = 0
    target_low: float | None = None  # for years: the share the target asks for, given the year before
    target_high: float | None = None

    @property
    def nominated_share(self) -> float | None:
        return round(100 * self.women_nominated / self.nominated, 1) if self.nominated else None

    @property
    def accepted_share(self) -> float | None:
        return round(100 * self.women_accepted / self.accepted, 1) if self.accepted else None

    @property
    def meets_target(self) -> bool | None:
        share = self.nominated_share
        if share is None:
            return None
        if share >= PARITY:
            return True
        return None if self.target_low is None else share >= self.target_low


@dataclass
class GenderReport:
    by_session: list[tuple[Session, Share]] = field(default_factory=list)
    by_state: list[tuple[object, dict[int, Share]]] = field(default_factory=list)
    by_year: list[tuple[int, Share]] = field(default_factory=list)
    years: list[int] = field(default_factory=list)


def gender_report(*, user) -> GenderReport:
    """Women's share per session, per Member State and per year, against the pledging guide's target.

    The target is read as a rise of 10 to 20 percentage points over the year before, up to parity.
    A focal point sees their own state's figures (and the sessions' totals are theirs only too).
    """
    rows = nominations_visible(user=user).exclude(status=NominationStatus.WITHDRAWN).select_related("session")
    by_session: dict[int, Share] = defaultdict(Share)
    by_state: dict[int, dict[int, Share]] = defaultdict(lambda: defaultdict(Share))
    by_year: dict[int, Share] = defaultdict(Share)
    sessions, states = {}, {}
    for nomination in rows.select_related("member_state"):
        session = nomination.session
        year = session.start_date.year if session.start_date else session.planned_year
        sessions[session.pk], states[nomination.member_state_id] = session, nomination.member_state
        shares = [by_session[session.pk]]
        if year:
            shares += [by_state[nomination.member_state_id][year], by_year[year]]
        woman = nomination.gender == Gender.FEMALE
        seated = nomination.status in SEAT_HOLDING
        for share in shares:
            share.nominated += 1
            share.women_nominated += woman
            share.accepted += seated
            share.women_accepted += woman and seated
    years = sorted(by_year)
    previous = None
    for year in years:
        if previous is not None and previous.nominated_share is not None:
            by_year[year].target_low = min(PARITY, previous.nominated_share + TARGET_RISE_MIN)
            by_year[year].target_high = min(PARITY, previous.nominated_share + TARGET_RISE_MAX)
        previous = by_year[year]
    session_rows = sorted(((sessions[pk], share) for pk, share in by_session.items()), key=lambda r: (r[0].start_date is None, r[0].start_date or 0, r[0].pk))
    state_rows = sorted(((states[pk], dict(per_year)) for pk, per_year in by_state.items()), key=lambda r: str(r[0].name))
    return GenderReport(by_session=session_rows, by_state=state_rows, by_year=[(y, by_year[y]) for y in years], years=years)


def _institutions() -> QuerySet[Institution]:
    recognised = Recognition.objects.filter(decision=Decision.RECOGNISED).select_related("package").order_by("course_title")
    return Institution.objects.select_related("country").prefetch_related(
        Prefetch("recognitions", queryset=recognised, to_attr="recognised_courses")
    )


def institution_list(*, params=None) -> InstitutionFilter:
    return InstitutionFilter(params if params is not None else {}, queryset=_institutions())


def institution_get(*, slug: str) -> Institution:
    try:
        return _institutions().get(slug=slug)
    except Institution.DoesNotExist:
        raise Http404("No such institution") from None


def institution_recognitions(*, institution: Institution) -> QuerySet[Recognition]:
    """Every application of the institution, decided or not (for its focal point and editors)."""
    return institution.recognitions.select_related("package").order_by("-applied_on", "course_title")


def recognitions_pending() -> QuerySet[Recognition]:
    return Recognition.objects.filter(decision=Decision.PENDING).select_related("institution__country", "package")


def institutions_by_region(*, institutions) -> dict[str, list[Institution]]:
    grouped: dict[str, list[Institution]] = defaultdict(list)
    for institution in institutions:
        grouped[institution.country.region].append(institution)
    return dict(grouped)


def package_training(*, package) -> dict:
    """What the hub offers around one training package: its sessions and the courses recognised against it."""
    return {
        "sessions": list(_sessions().filter(course__package=package)),
        "recognitions": list(
            Recognition.objects.filter(package=package, decision=Decision.RECOGNISED).select_related("institution__country")
        ),
    }


def institution_counts_by_region() -> dict[str, int]:
    rows = Institution.objects.values("country__region").annotate(n=Count("pk")).order_by()
    return {row["country__region"]: row["n"] for row in rows}


