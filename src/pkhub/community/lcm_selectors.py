"""Reads of the Light Coordination Mechanism, each applying what the user may see."""

import datetime
from collections import Counter

from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils import timezone

from pkhub.community.lcm_models import (
    Activity,
    LessonsLearned,
    LessonsStatus,
    RosterEntry,
    SurveyAnswer,
    SurveyRound,
    TrainingRequest,
)


def activity_list(*, area: str | None = None, state=None) -> QuerySet[Activity]:
    """Capacity-building activities (shared with everyone: the LCM Online System's purpose)."""
    queryset = Activity.objects.select_related("provider", "recipient")
    if area:
        queryset = queryset.filter(area=area)
    if state is not None:
        queryset = queryset.filter(Q(provider=state) | Q(recipient=state))
    return queryset


def survey_round_current() -> SurveyRound | None:
    return SurveyRound.objects.filter(is_open=True).order_by("-year", "-number").first() or SurveyRound.objects.first()


def survey_answers_visible(*, user) -> QuerySet[SurveyAnswer]:
    """LCM staff: every answer; a state's focal point: their own state's; anyone else: none."""
    queryset = SurveyAnswer.objects.select_related("round", "member_state")
    if not getattr(user, "is_authenticated", False):
        return queryset.none()
    if user.has_perm("community.view_survey_results"):
        return queryset
    if user.has_perm("community.answer_survey") and user.member_state_id:
        return queryset.filter(member_state_id=user.member_state_id)
    return queryset.none()


def survey_results(*, user, round: SurveyRound) -> dict:
    """Counts for LCM staff: answers, providers, recipients, areas provided and needed."""
    if not user.has_perm("community.view_survey_results"):
        raise Http404
    answers = list(survey_answers_visible(user=user).filter(round=round))
    provided = Counter(a for answer in answers for a in answer.provided_areas)
    needed = Counter(a for answer in answers for a in answer.needed_areas)
    return {"answers": answers, "count": len(answers), "providers": sum(a.provides for a in answers),
            "recipients": sum(a.receives for a in answers), "provided": dict(provided), "needed": dict(needed)}


def roster_list(*, area: str | None = None, available_on: datetime.date | None = None) -> QuerySet[RosterEntry]:
    queryset = RosterEntry.objects.filter(active=True).select_related("member_state")
    if area:
        queryset = queryset.filter(pk__in=[e.pk for e in queryset if area in e.areas])
    if available_on:
        queryset = queryset.filter(available_from__lte=available_on, available_until__gte=available_on)
    return queryset


def roster_matches(*, request: TrainingRequest) -> list[RosterEntry]:
    """Roster entries covering the request's area and available for part of its window, longest overlap first."""
    candidates = RosterEntry.objects.filter(active=True, available_from__lte=request.wanted_until,
                                            available_until__gte=request.wanted_from).select_related("member_state")
    matches = [entry for entry in candidates if request.area in entry.areas]

    def overlap(entry):
        return (min(entry.available_until, request.wanted_until) - max(entry.available_from, request.wanted_from)).days

    return sorted(matches, key=overlap, reverse=True)


def training_requests_visible(*, user) -> QuerySet[TrainingRequest]:
    queryset = TrainingRequest.objects.select_related("member_state", "matched_entry")
    if not getattr(user, "is_authenticated", False):
        return queryset.none()
    if user.has_perm("community.view_survey_results"):
        return queryset
    if user.member_state_id and user.has_perm("community.request_training"):
        return queryset.filter(member_state_id=user.member_state_id)
    return queryset.none()


def training_request_get(*, user, pk) -> TrainingRequest:
    try:
        return training_requests_visible(user=user).get(pk=int(pk))
    except (TrainingRequest.DoesNotExist, ValueError, TypeError, OverflowError):
        raise Http404 from None


def lessons_visible(*, user) -> QuerySet[LessonsLearned]:
    """Shared lessons for anyone signed in; LCM staff see all; submitters see their own."""
    queryset = LessonsLearned.objects.select_related("member_state")
    if not getattr(user, "is_authenticated", False):
        return queryset.none()
    if user.has_perm("community.view_all_lessons"):
        return queryset
    return queryset.filter(Q(status=LessonsStatus.SHARED) | Q(submitted_by=user))


def today() -> datetime.date:
    return timezone.localdate()
