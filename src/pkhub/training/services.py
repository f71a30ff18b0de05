"""Writes: sessions, nominations, institutions, recognition. Each validates, saves in one transaction, audits, notifies after commit."""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from pkhub.accounts.models import MemberState
from pkhub.core.audit import audit_record
from pkhub.training.models import (
    SEAT_HOLDING,
    Decision,
    Institution,
    Nomination,
    NominationStatus,
    Recognition,
    Session,
)
from pkhub.training.notifications import nomination_outcome_notify

SESSION_FIELDS = (
    "course", "start_date", "end_date", "planned_year", "venue_city", "venue_country", "host", "partners_note",
    "regions", "languages", "audiences", "participants", "seats", "call_status", "call_opens", "call_closes",
    "call_note", "status",
)


class SessionFull(ValidationError):
    """Accepting one more nominee would exceed the session's seats."""


def _session_check_dates(session: Session) -> None:
    errors = {}
    if session.start_date and session.end_date and session.end_date < session.start_date:
        errors["end_date"] = _("The session ends before it starts: the end date must be on or after the start date.")
    if bool(session.start_date) != bool(session.end_date):
        errors["end_date" if session.start_date else "start_date"] = _("Give both the start and the end date, or neither.")
    if session.call_opens and session.call_closes and session.call_closes < session.call_opens:
        errors["call_closes"] = _("The call closes before it opens: the closing date must be on or after the opening date.")
    if session.call_closes and session.start_date and session.call_closes >= session.start_date:
        errors["call_closes"] = _("The call for nominations must close before the session starts.")
    if errors:
        raise ValidationError(errors)


def _session_save(session: Session, *, partners) -> Session:
    _session_check_dates(session)
    session.full_clean()
    session.save()
    if partners is not None:
        session.partners.set(partners)
    return session


def session_create(*, actor, partners=None, **fields) -> Session:
    """A new session of a course; dates must be in order (end after start, call closes before the start)."""
    unknown = set(fields) - set(SESSION_FIELDS)
    if unknown:
        raise TypeError(f"Unknown session fields: {', '.join(sorted(unknown))}")
    with transaction.atomic():
        session = _session_save(Session(**fields), partners=partners)
        audit_record(actor=actor, action="session.create", obj=session, changes={"start_date": str(session.start_date)})
    return session


def session_update(*, actor, session: Session, partners=None, **fields) -> Session:
    """Changes a session; refused as a whole (nothing saved) when the dates are out of order."""
    unknown = set(fields) - set(SESSION_FIELDS)
    if unknown:
        raise TypeError(f"Unknown session fields: {', '.join(sorted(unknown))}")
    with transaction.atomic():
        current = Session.objects.select_for_update().get(pk=session.pk)
        changes = {name: [str(getattr(current, name)), str(value)] for name, value in fields.items() if getattr(current, name) != value}
        for name, value in fields.items():
            setattr(current, name, value)
        _session_save(current, partners=partners)
        audit_record(actor=actor, action="session.update", obj=current, changes=changes)
    return current


def _closed_message(session: Session) -> str:
    if session.call_closes:
        return _("The call for nominations to this session closed on %(date)s.") % {
            "date": date_format(session.call_closes, "DATE_FORMAT")
        }
    if session.start_date and session.start_date <= timezone.localdate():
        return _("The call for nominations to this session closed when the session started on %(date)s.") % {
            "date": date_format(session.start_date, "DATE_FORMAT")
        }
    return _("The call for nominations to this session is not open (%(status)s).") % {
        "status": session.get_call_status_display()
    }


def nomination_submit(
    *, actor, session: Session, member_state: MemberState | str, candidate_name: str, gender: str, email: str,
    rank: str = "", function: str = "", languages: list[str] | None = None,
) -> Nomination:
    """A focal point puts a candidate forward for their own state while the session's call is open."""
    if isinstance(member_state, str):
        member_state = MemberState.objects.filter(iso3=member_state.strip().upper()[:3]).first()
        if member_state is None:
            raise ValidationError({"member_state": _("Unknown Member State.")})
    if member_state is None or not isinstance(member_state, MemberState) or member_state.pk is None:
        raise ValidationError({"member_state": _("Unknown Member State.")})
    if not actor.has_perm("training.view_own_nominations") or actor.member_state_id != member_state.pk:
        raise PermissionDenied(_("You may nominate candidates only for the Member State you represent."))
    email = (email or "").strip()
    with transaction.atomic():
        # The session row is locked so that a call closed meanwhile is seen.
        session = Session.objects.select_for_update().get(pk=session.pk)
        if not session.call_is_open():
            raise ValidationError({"session": _closed_message(session)})
        nomination = Nomination(
            session=session, member_state=member_state, nominated_by=actor, candidate_name=(candidate_name or "").strip(),
            rank=(rank or "").strip(), gender=gender, email=email, function=(function or "").strip(),
            languages=languages or [],
        )
        nomination.full_clean(exclude=["session", "member_state", "nominated_by"], validate_constraints=False)
        duplicate = session.nominations.filter(email__iexact=email).exclude(status=NominationStatus.WITHDRAWN)
        if duplicate.exists():
            raise ValidationError({"email": _("This candidate (%(email)s) is already nominated to this session.") % {"email": email}})
        nomination.save()
        audit_record(actor=actor, action="nomination.submit", obj=nomination, changes={"member_state": member_state.iso3})
    return nomination


def nomination_withdraw(*, actor, nomination: Nomination) -> Nomination:
    """The nominating state takes its candidate back (which frees a seat already given)."""
    with transaction.atomic():
        nomination = Nomination.objects.select_for_update().get(pk=nomination.pk)
        if not actor.has_perm("training.withdraw_nomination", nomination):
            raise PermissionDenied(_("You may withdraw only your own state's nominees who have not yet attended."))
        before = nomination.status
        nomination.status = NominationStatus.WITHDRAWN
        nomination.save(update_fields=["status", "updated_at"])
        audit_record(actor=actor, action="nomination.withdraw", obj=nomination, changes={"status": [before, nomination.status]})
    return nomination


REVIEW_OUTCOMES = {
    "accept": NominationStatus.ACCEPTED,
    "waitlist": NominationStatus.WAITLISTED,
    "decline": NominationStatus.DECLINED,
    "attend": NominationStatus.ATTENDED,
    "complete": NominationStatus.COMPLETED,
}
# What each outcome may follow: attendance needs a seat, completion needs attendance.
ALLOWED_FROM = {
    NominationStatus.ACCEPTED: (NominationStatus.SUBMITTED, NominationStatus.WAITLISTED, NominationStatus.DECLINED),
    NominationStatus.WAITLISTED: (NominationStatus.SUBMITTED, NominationStatus.ACCEPTED, NominationStatus.DECLINED),
    NominationStatus.DECLINED: (NominationStatus.SUBMITTED, NominationStatus.WAITLISTED, NominationStatus.ACCEPTED),
    NominationStatus.ATTENDED: (NominationStatus.ACCEPTED,),
    NominationStatus.COMPLETED: (NominationStatus.ATTENDED,),
}


def nomination_review(*, actor, nomination: Nomination, outcome: str, note: str = "") -> Nomination:
    """An editor accepts, waitlists, declines, marks attended or completed; seats are never over-allocated.

    The session row is locked (PostgreSQL: SELECT … FOR UPDATE; SQLite: the IMMEDIATE transaction
    already holds the one write lock) and the seats taken are counted inside that transaction, so
    two reviewers accepting the last seat at once are served one after the other.
    """
    if not actor.has_perm("training.review_nomination", nomination):
        raise PermissionDenied(_("Only editors review nominations."))
    if outcome not in REVIEW_OUTCOMES:
        raise ValidationError({"outcome": _("Unknown outcome. Use one of: %(outcomes)s.") % {"outcomes": ", ".join(REVIEW_OUTCOMES)}})
    target = REVIEW_OUTCOMES[outcome]
    with transaction.atomic():
        session = Session.objects.select_for_update().get(pk=nomination.session_id)
        nomination = Nomination.objects.select_for_update().get(pk=nomination.pk)
        before = nomination.status
        if before == target:
            return nomination
        if before not in ALLOWED_FROM[target]:
            raise ValidationError({"outcome": _("A nomination that is %(before)s cannot be marked %(after)s.") % {
                "before": nomination.get_status_display().lower(), "after": target.label.lower()}})
        if target == NominationStatus.ACCEPTED:
            _seat_check(session)
        nomination.status = target
        nomination.review_note = (note or "")[:500]
        nomination.reviewed_by = actor
        nomination.reviewed_at = timezone.now()
        nomination.save(update_fields=["status", "review_note", "reviewed_by", "reviewed_at", "updated_at"])
        audit_record(actor=actor, action=f"nomination.{outcome}", obj=nomination, changes={"status": [before, target]})
        transaction.on_commit(lambda: nomination_outcome_notify(nomination_id=nomination.pk))
    return nomination


def _seat_check(session: Session) -> None:
    if session.seats is None:
        raise ValidationError({"outcome": _("Set the number of seats of this session before accepting nominees.")})
    taken = session.nominations.filter(status__in=SEAT_HOLDING).count()
    if taken >= session.seats:
        raise SessionFull(
            _("The session is full: all %(seats)d seats are taken. Waitlist the candidate instead.") % {"seats": session.seats},
            code="session_full",
        )



INSTITUTION_FIELDS = ("name", "acronym", "kind", "languages", "website", "contact_email", "description")


def institution_update(*, actor, institution: Institution, **fields) -> Institution:
    """The institution's focal point (or an editor) keeps its entry up to date."""
    unknown = set(fields) - set(INSTITUTION_FIELDS)
    if unknown:
        raise TypeError(f"Unknown institution fields: {', '.join(sorted(unknown))}")
    if not actor.has_perm("training.change_institution", institution):
        raise PermissionDenied(_("Only this institution's focal points and editors may change its entry."))
    with transaction.atomic():
        current = Institution.objects.select_for_update().get(pk=institution.pk)
        changes = {name: [str(getattr(current, name)), str(value)] for name, value in fields.items() if getattr(current, name) != value}
        for name, value in fields.items():
            setattr(current, name, value)
        current.full_clean()
        current.save()
        audit_record(actor=actor, action="institution.update", obj=current, changes=changes)
    return current


def recognition_apply(*, actor, institution: Institution, course_title: str, package) -> Recognition:
    """An institution applies for recognition of a course it delivers against a UN training package."""
    if not actor.has_perm("training.apply_recognition", institution):
        raise PermissionDenied(_("Only this institution's focal points and editors may apply for its recognition."))
    with transaction.atomic():
        if Recognition.objects.filter(institution=institution, package=package, decision=Decision.PENDING).exists():
            raise ValidationError({"package": _("An application for this package is already waiting for a decision.")})
        recognition = Recognition(
            institution=institution, course_title=(course_title or "").strip(), package=package, applied_on=timezone.localdate()
        )
        recognition.full_clean()
        recognition.save()
        audit_record(actor=actor, action="recognition.apply", obj=recognition, changes={"package": package.slug})
    return recognition


def recognition_decide(
    *, actor, recognition: Recognition, decision: str, decided_on: datetime.date | None = None, note: str = ""
) -> Recognition:
    """ITS records its decision on an application and the date it was taken."""
    if not actor.has_perm("training.decide_recognition", recognition):
        raise PermissionDenied(_("Only editors record recognition decisions."))
    if decision not in (Decision.RECOGNISED, Decision.NOT_RECOGNISED):
        raise ValidationError({"decision": _("Choose recognised or not recognised.")})
    decided_on = decided_on or timezone.localdate()
    with transaction.atomic():
        current = Recognition.objects.select_for_update().get(pk=recognition.pk)
        if decided_on < current.applied_on:
            raise ValidationError({"decided_on": _("The decision cannot be dated before the application (%(date)s).") % {
                "date": date_format(current.applied_on, "DATE_FORMAT")}})
        before = current.decision
        current.decision, current.decided_on, current.decision_note = decision, decided_on, (note or "")[:500]
        current.full_clean()
        current.save()
        audit_record(actor=actor, action="recognition.decide", obj=current, changes={"decision": [before, decision]})
    return current
