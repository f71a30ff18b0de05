"""Pages: nominating through the form, reviewing, the participant list, the women's share report, PKTIs."""

import datetime
from io import BytesIO

import pytest
from django.core.management import call_command
from openpyxl import load_workbook

from pkhub.training import services
from pkhub.training.models import Decision, Institution, Nomination, NominationStatus, Recognition
from pkhub.training.tests.factories import (
    EditorFactory,
    InstitutionFocalPointFactory,
    NominationFactory,
    SessionFactory,
    StateFocalPointFactory,
    member_state,
)

pytestmark = pytest.mark.django_db


def _form(**overrides):
    return {"candidate_name": "Ama Owusu", "rank": "Major", "gender": "female", "email": "ama@example.org",
            "function": "Trainer", "languages": ["en", "fr"], **overrides}


def test_focal_point_nominates_through_the_form(client):
    session = SessionFactory()
    client.force_login(StateFocalPointFactory())
    response = client.post(f"/en/training/sessions/{session.pk}/nominate/", _form())
    assert response.status_code == 302
    nomination = Nomination.objects.get()
    assert (nomination.member_state.iso3, nomination.languages) == ("GHA", ["en", "fr"])


def test_nomination_form_shows_the_errors_and_stores_nothing(client):
    """A duplicate, a bad address and a closed call are each shown on the form (400), nothing stored."""
    session = SessionFactory()
    NominationFactory(session=session, email="ama@example.org")
    client.force_login(StateFocalPointFactory())
    duplicate = client.post(f"/en/training/sessions/{session.pk}/nominate/", _form(email="AMA@example.org"))
    assert duplicate.status_code == 400 and "already nominated" in duplicate.content.decode()
    assert client.post(f"/en/training/sessions/{session.pk}/nominate/", _form(email="nope")).status_code == 400
    closed = SessionFactory(call_closes=datetime.date.today() - datetime.timedelta(days=1), call_opens=datetime.date.today() - datetime.timedelta(days=9))
    response = client.post(f"/en/training/sessions/{closed.pk}/nominate/", _form())
    assert response.status_code == 400 and "closed on" in response.content.decode()
    assert Nomination.objects.count() == 1


def test_editor_reviews_and_the_focal_point_sees_the_outcome(client, mailoutbox, django_capture_on_commit_callbacks):
    session = SessionFactory(seats=1)
    focal_point = StateFocalPointFactory()
    nomination = NominationFactory(session=session, nominated_by=focal_point)
    other = NominationFactory(session=session, member_state=member_state("KEN"))
    client.force_login(EditorFactory())
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(f"/en/training/sessions/{session.pk}/review/", {"nomination": nomination.pk, "outcome": "accept"}).status_code == 302
    full = client.post(f"/en/training/sessions/{session.pk}/review/", {"nomination": other.pk, "outcome": "accept"})
    assert full.status_code == 409 and "session is full" in full.content.decode()
    assert client.post(f"/en/training/sessions/{session.pk}/review/", {"nomination": "x", "outcome": "accept"}).status_code == 404
    client.force_login(focal_point)
    assert "Accepted" in client.get("/en/training/nominations/").content.decode()
    assert len(mailoutbox) == 1


def test_participant_list_exports_as_xlsx_with_the_participants(client):
    """The workbook opens with openpyxl and lists who holds a seat, not the declined."""
    session, editor = SessionFactory(), EditorFactory()
    seated = NominationFactory(session=session, candidate_name="Ama Owusu")
    declined = NominationFactory(session=session, candidate_name="Kofi Boateng")
    services.nomination_review(actor=editor, nomination=seated, outcome="accept")
    services.nomination_review(actor=editor, nomination=declined, outcome="decline")
    NominationFactory(session=session, candidate_name="=HYPERLINK(\"http://evil\")", email="evil@example.org",
                      status=NominationStatus.ACCEPTED)
    client.force_login(editor)
    response = client.get(f"/en/training/sessions/{session.pk}/participants.xlsx")
    assert response.status_code == 200
    sheet = load_workbook(BytesIO(response.content)).active
    names = [row[1] for row in sheet.iter_rows(min_row=3, values_only=True)]
    assert "Ama Owusu" in names and "Kofi Boateng" not in names
    assert all(not str(name).startswith("=") for name in names)


def test_womens_share_report_counts_against_the_target(client):
    """Per year, per state and per session; the pledging guide's wording is quoted."""
    editor = EditorFactory()
    s2023 = SessionFactory(start_date=datetime.date(2023, 10, 1), end_date=datetime.date(2023, 10, 5), call_closes=None)
    s2024 = SessionFactory(start_date=datetime.date(2024, 10, 1), end_date=datetime.date(2024, 10, 5), call_closes=None)
    for gender in ("female", "male", "male", "male"):
        NominationFactory(session=s2023, gender=gender)
    for gender in ("female", "female", "male", "male"):
        NominationFactory(session=s2024, gender=gender)
    client.force_login(editor)
    html = client.get("/en/training/women-share/").content.decode()
    assert "increase the share of women nominated for UN training programs by 10-20%" in html
    assert "25 %" in html and "50 %" in html  # 2023: 1 of 4; 2024: 2 of 4, which reaches parity
    from pkhub.training.selectors import gender_report

    report = gender_report(user=editor)
    (_y1, first), (_y2, second) = report.by_year
    assert first.nominated_share == 25.0 and second.target_low == 35.0 and second.target_high == 45.0
    assert second.meets_target is True


def test_focal_point_report_shows_only_own_state():
    from pkhub.training.selectors import gender_report

    NominationFactory(member_state=member_state("KEN"))
    NominationFactory(member_state=member_state("GHA"))
    report = gender_report(user=StateFocalPointFactory())
    assert [state.iso3 for state, _ in report.by_state] == ["GHA"]


def test_institutions_list_search_and_regions(client):
    call_command("loaddemo_training", verbosity=0)
    html = client.get("/en/training/institutions/?q=kofi").content.decode()
    assert "Kofi Annan International Peacekeeping Training Centre" in html and "SWEDINT" not in html
    regions = client.get("/en/training/institutions/?view=regions").content.decode()
    assert 'id="region-africa"' in regions and 'id="region-europe"' in regions
    assert client.get("/en/training/institutions/?region=pluto").status_code == 200
    assert client.get("/en/training/institutions/kaiptc/").status_code == 200
    assert client.get("/en/training/institutions/no-such/").status_code == 404


def test_recognition_applied_by_the_institution_and_decided_by_its_shows_on_institution_and_package(client, settings, tmp_path):
    settings.STORAGES = {**settings.STORAGES, "default": {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": str(tmp_path)}}}
    call_command("loaddemo", verbosity=0)
    call_command("loaddemo_training", verbosity=0)
    kaiptc = Institution.objects.get(slug="kaiptc")
    keeper = InstitutionFocalPointFactory()
    kaiptc.focal_points.add(keeper)
    client.force_login(keeper)
    client.post("/en/training/institutions/kaiptc/recognition/", {"course_title": "Logistics ToT", "package": "rtp-operational-logistics"})
    recognition = Recognition.objects.get()
    assert recognition.decision == Decision.PENDING
    assert client.get("/en/training/recognition/").status_code == 403
    client.force_login(EditorFactory())
    early = client.post("/en/training/recognition/", {"recognition": recognition.pk, "decision": "recognised", "decided_on": "2000-01-01"})
    assert early.status_code == 400
    decided = datetime.date.today().isoformat()
    assert client.post("/en/training/recognition/", {"recognition": recognition.pk, "decision": "recognised", "decided_on": decided}).status_code == 302
    assert "Logistics ToT" in client.get("/en/training/institutions/kaiptc/").content.decode()
    assert "Logistics ToT" in client.get("/en/training/packages/rtp-operational-logistics/").content.decode()
    api = client.get("/api/v1/institutions?country=GHA").json()["results"][0]
    assert api["recognised_courses"][0]["package"] == "rtp-operational-logistics"
