"""Services: bad input gets a clear error and changes nothing; outcomes reach the focal point by e-mail."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from pkhub.core.models import AuditEntry
from pkhub.training import services
from pkhub.training.models import CallStatus, Nomination, NominationStatus, Session
from pkhub.training.tests.factories import (
    CourseFactory,
    EditorFactory,
    NominationFactory,
    SessionFactory,
    StateFocalPointFactory,
    member_state,
)

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate


def _nominate(actor, session, **overrides):
    fields = {"member_state": actor.member_state, "candidate_name": "Kwame Mensah", "gender": "male", "email": "kwame@example.org",
              "rank": "Captain", "function": "Instructor", "languages": ["en", "fr"]}
    return services.nomination_submit(actor=actor, session=session, **{**fields, **overrides})


def test_session_create_refuses_dates_in_the_wrong_order_and_saves_nothing():
    """End before start, or a call closing after the session starts: a clear error, no session stored."""
    editor, course = EditorFactory(), CourseFactory()
    start = TODAY() + datetime.timedelta(days=30)
    with pytest.raises(ValidationError) as error:
        services.session_create(actor=editor, course=course, start_date=start, end_date=start - datetime.timedelta(days=1))
    assert "ends before it starts" in str(error.value)
    with pytest.raises(ValidationError) as error:
        services.session_create(actor=editor, course=course, start_date=start, end_date=start, call_closes=start)
    assert "must close before the session starts" in str(error.value)
    assert not Session.objects.exists() and not AuditEntry.objects.exists()


def test_session_update_with_bad_dates_leaves_the_session_as_it_was():
    session = SessionFactory()
    before = (session.start_date, session.end_date)
    with pytest.raises(ValidationError):
        services.session_update(actor=EditorFactory(), session=session, end_date=session.start_date - datetime.timedelta(days=3))
    session.refresh_from_db()
    assert (session.start_date, session.end_date) == before


def test_nomination_after_the_call_closed_is_refused_with_the_closing_date():
    """The error says when the call closed; nothing is stored."""
    closed_on = TODAY() - datetime.timedelta(days=2)
    session = SessionFactory(call_opens=TODAY() - datetime.timedelta(days=20), call_closes=closed_on)
    with pytest.raises(ValidationError) as error:
        _nominate(StateFocalPointFactory(), session)
    assert "closed on" in str(error.value) and str(closed_on.year) in str(error.value)
    assert not Nomination.objects.exists()


def test_nomination_to_a_call_not_yet_sent_is_refused():
    session = SessionFactory(call_status=CallStatus.TO_BE_SENT, call_closes=None)
    with pytest.raises(ValidationError) as error:
        _nominate(StateFocalPointFactory(), session)
    assert "not open" in str(error.value)
    assert not Nomination.objects.exists()


def test_duplicate_nominee_is_refused_whatever_the_case_of_the_address():
    session, actor = SessionFactory(), StateFocalPointFactory()
    _nominate(actor, session, email="Kwame@Example.org")
    with pytest.raises(ValidationError) as error:
        _nominate(actor, session, email="kwame@example.ORG")
    assert "already nominated" in str(error.value)
    assert Nomination.objects.count() == 1


def test_withdrawn_nominee_may_be_nominated_again():
    session, actor = SessionFactory(), StateFocalPointFactory()
    first = _nominate(actor, session)
    services.nomination_withdraw(actor=actor, nomination=first)
    assert _nominate(actor, session).status == NominationStatus.SUBMITTED


def test_unknown_member_state_is_refused():
    """An ISO code that is no Member State is a clear error; nothing stored."""
    with pytest.raises(ValidationError) as error:
        _nominate(StateFocalPointFactory(), SessionFactory(), member_state="XYZ")
    assert "Unknown Member State" in str(error.value)
    assert not Nomination.objects.exists()


@pytest.mark.parametrize(
    "overrides",
    [{"candidate_name": ""}, {"email": "not-an-address"}, {"gender": "unknown"}, {"languages": ["xx"]}, {"candidate_name": "A" * 5000}],
)
def test_bad_candidate_details_are_refused(overrides):
    with pytest.raises(ValidationError):
        _nominate(StateFocalPointFactory(), SessionFactory(), **overrides)
    assert not Nomination.objects.exists()


def test_focal_point_cannot_nominate_for_another_state():
    with pytest.raises(PermissionDenied):
        _nominate(StateFocalPointFactory(), SessionFactory(), member_state=member_state("KEN"))


def test_review_outcome_is_mailed_to_the_focal_point(mailoutbox, django_capture_on_commit_callbacks):
    """Accepting a nominee e-mails whoever nominated them, after the review is committed."""
    actor = StateFocalPointFactory(email="mission.ghana@example.org")
    nomination = _nominate(actor, SessionFactory())
    with django_capture_on_commit_callbacks(execute=True):
        services.nomination_review(actor=EditorFactory(), nomination=nomination, outcome="accept", note="Welcome")
    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.to == ["mission.ghana@example.org"]
    assert "Kwame Mensah" in mail.subject and "accepted" in mail.subject.lower()
    assert "Welcome" in mail.body


def test_review_follows_the_life_cycle():
    """Attendance needs a seat, completion needs attendance; a bad outcome name is refused."""
    nomination, editor = NominationFactory(), EditorFactory()
    with pytest.raises(ValidationError):
        services.nomination_review(actor=editor, nomination=nomination, outcome="complete")
    with pytest.raises(ValidationError):
        services.nomination_review(actor=editor, nomination=nomination, outcome="promote")
    for outcome, status in (("accept", "accepted"), ("attend", "attended"), ("complete", "completed")):
        assert services.nomination_review(actor=editor, nomination=nomination, outcome=outcome).status == status


def test_accepting_past_the_seats_says_the_session_is_full():
    session, editor = SessionFactory(seats=1), EditorFactory()
    first, second = NominationFactory(session=session), NominationFactory(session=session)
    services.nomination_review(actor=editor, nomination=first, outcome="accept")
    with pytest.raises(services.SessionFull) as error:
        services.nomination_review(actor=editor, nomination=second, outcome="accept")
    assert "session is full" in str(error.value)
    second.refresh_from_db()
    assert second.status == NominationStatus.SUBMITTED
    # Waitlisting is still possible, and a withdrawal frees the seat.
    services.nomination_review(actor=editor, nomination=second, outcome="waitlist")
    services.nomination_withdraw(actor=StateFocalPointFactory(), nomination=first)
    assert services.nomination_review(actor=editor, nomination=second, outcome="accept").status == "accepted"


def test_reviews_and_submissions_are_audited():
    actor = StateFocalPointFactory()
    nomination = _nominate(actor, SessionFactory())
    services.nomination_review(actor=EditorFactory(), nomination=nomination, outcome="waitlist")
    assert list(AuditEntry.objects.order_by("id").values_list("action", flat=True)) == ["nomination.submit", "nomination.waitlist"]
