"""Writes of the Light Coordination Mechanism. A focal point acts only for their own Member State."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from pkhub.community.lcm_models import (
    Activity,
    Area,
    LessonsLearned,
    LessonsStatus,
    RequestStatus,
    RosterEntry,
    SurveyAnswer,
    SurveyRound,
    TrainingRequest,
)
from pkhub.core.audit import audit_record


def _require(actor, perm: str, obj=None) -> None:
    if actor is None or not actor.has_perm(perm, obj):
        raise PermissionDenied(_("You may not do this."))


def _areas(values) -> list[str]:
    valid = set(Area.values)
    areas = list(dict.fromkeys(values or []))
    if any(a not in valid for a in areas):
        raise ValidationError({"areas": _("Unknown area.")})
    return areas


def _state_of(actor):
    if actor.member_state_id is None:
        raise PermissionDenied(_("Your account does not represent a Member State."))
    return actor.member_state


@transaction.atomic
def survey_answer_submit(*, actor, round: SurveyRound, provides: bool, provided_areas=(), receives: bool,
                         needed_areas=(), activities: str = "", comments: str = "") -> SurveyAnswer:
    """The actor's state answers the round, once; a second answer for the same state is refused."""
    _require(actor, "community.answer_survey")
    if not round.is_open:
        raise ValidationError(_("This survey is closed."))
    answer = SurveyAnswer(round=round, member_state=_state_of(actor), submitted_by=actor, provides=provides,
                          provided_areas=_areas(provided_areas), receives=receives, needed_areas=_areas(needed_areas),
                          activities=activities, comments=comments)
    answer.full_clean(validate_constraints=False)
    try:
        with transaction.atomic():
            answer.save()
    except IntegrityError:
        raise ValidationError(_("Your Member State has already answered this survey.")) from None
    audit_record(actor=actor, action="lcm.survey_answer", obj=answer)
    return answer


@transaction.atomic
def roster_register(*, actor, kind: str, name: str, areas, available_from, available_until, languages=(),
                    team_size: int | None = None, contact_email: str = "", notes: str = "", member_state=None) -> RosterEntry:
    """Registers a trainer or mobile training team for the actor's state (LCM staff may name any state)."""
    _require(actor, "community.register_on_roster")
    state = member_state if (member_state is not None and actor.has_perm("community.view_survey_results")) else _state_of(actor)
    entry = RosterEntry(kind=kind, name=name, member_state=state, areas=_areas(areas), languages=list(languages),
                        team_size=team_size, available_from=available_from, available_until=available_until,
                        contact_email=contact_email, notes=notes, registered_by=actor)
    if not entry.areas:
        raise ValidationError({"areas": _("Choose at least one area.")})
    if available_from and available_until and available_until < available_from:
        raise ValidationError({"available_until": _("The end of availability is before its start.")})
    entry.full_clean()
    entry.save()
    audit_record(actor=actor, action="lcm.roster_register", obj=entry)
    return entry


@transaction.atomic
def training_request_create(*, actor, area: str, wanted_from, wanted_until, place: str = "", description: str = "") -> TrainingRequest:
    _require(actor, "community.request_training")
    request = TrainingRequest(member_state=_state_of(actor), area=area, wanted_from=wanted_from, wanted_until=wanted_until,
                              place=place, description=description, created_by=actor)
    if wanted_from and wanted_until and wanted_until < wanted_from:
        raise ValidationError({"wanted_until": _("The end is before the start.")})
    request.full_clean()
    request.save()
    audit_record(actor=actor, action="lcm.training_request", obj=request)
    return request


@transaction.atomic
def training_request_match(*, actor, request: TrainingRequest, entry: RosterEntry) -> TrainingRequest:
    """LCM staff pair a request with a roster entry that covers its area."""
    _require(actor, "community.view_survey_results")
    if request.area not in entry.areas:
        raise ValidationError(_("This roster entry does not cover the requested area."))
    request.matched_entry, request.status = entry, RequestStatus.MATCHED
    request.save(update_fields=["matched_entry", "status"])
    audit_record(actor=actor, action="lcm.training_request_match", obj=request, changes={"entry": entry.pk})
    return request


@transaction.atomic
def activity_record(*, actor, title: str, area: str, provider=None, provider_other: str = "", recipient=None,
                    recipient_other: str = "", start_date=None, end_date=None, status: str = "planned", description: str = "") -> Activity:
    _require(actor, "community.record_activity")
    if not actor.has_perm("community.view_survey_results"):
        # A focal point records activities their own state provides or receives.
        state = _state_of(actor)
        if state not in (provider, recipient):
            raise PermissionDenied(_("Your Member State must be the provider or the recipient."))
    activity = Activity(title=title, area=area, provider=provider, provider_other=provider_other, recipient=recipient,
                        recipient_other=recipient_other, start_date=start_date, end_date=end_date, status=status,
                        description=description, created_by=actor)
    activity.full_clean()
    activity.save()
    audit_record(actor=actor, action="lcm.activity_record", obj=activity)
    return activity


@transaction.atomic
def lessons_submit(*, actor, title: str, centre: str, body: str, mission: str = "", member_state=None) -> LessonsLearned:
    _require(actor, "community.submit_lessons")
    state = actor.member_state or member_state
    if state is None:
        raise ValidationError({"member_state": _("Say which Member State the training centre belongs to.")})
    submission = LessonsLearned(title=title, centre=centre, body=body, mission=mission, member_state=state, submitted_by=actor)
    submission.full_clean()
    submission.save()
    audit_record(actor=actor, action="lcm.lessons_submit", obj=submission)
    return submission


@transaction.atomic
def lessons_share(*, actor, submission: LessonsLearned) -> LessonsLearned:
    _require(actor, "community.share_lessons")
    submission.status = LessonsStatus.SHARED
    submission.save(update_fields=["status"])
    audit_record(actor=actor, action="lcm.lessons_share", obj=submission)
    return submission
