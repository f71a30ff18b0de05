"""A focal point acts only for their own state; a visitor sees no nominee at all — through pages and API."""

import pytest
from django.core.management import call_command

from pkhub.training.models import Nomination, NominationStatus
from pkhub.training.tests.factories import (
    EditorFactory,
    NominationFactory,
    SessionFactory,
    StateFocalPointFactory,
    UserFactory,
    member_state,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_states():
    session = SessionFactory()
    ghana = NominationFactory(session=session, member_state=member_state("GHA"), candidate_name="Ama Ghana-Nominee", email="ama@example.org")
    kenya = NominationFactory(session=session, member_state=member_state("KEN"), candidate_name="Wanjiru Kenya-Nominee", email="wanjiru@example.org")
    return session, ghana, kenya


def test_focal_point_sees_only_own_states_nominees_on_pages(client, two_states):
    """Ghana's focal point sees Ghana's nominee on the session page and their list, never Kenya's."""
    session, ghana, kenya = two_states
    client.force_login(StateFocalPointFactory(member_state=member_state("GHA")))
    for url in (session.get_absolute_url(), "/en/training/nominations/"):
        html = client.get(url).content.decode()
        assert ghana.candidate_name in html and kenya.candidate_name not in html and kenya.email not in html


def test_focal_point_cannot_withdraw_another_states_nominee_through_page_or_api(client, two_states):
    """Withdrawing Kenya's nominee as Ghana's focal point is "not found" and leaves it submitted."""
    _session, _ghana, kenya = two_states
    client.force_login(StateFocalPointFactory(member_state=member_state("GHA")))
    assert client.post(f"/en/training/nominations/{kenya.pk}/withdraw/").status_code == 404
    assert client.post(f"/api/v1/nominations/{kenya.pk}/withdraw").status_code == 404
    kenya.refresh_from_db()
    assert kenya.status == NominationStatus.SUBMITTED


def test_focal_point_can_withdraw_own_states_nominee(client, two_states):
    _session, ghana, _kenya = two_states
    client.force_login(StateFocalPointFactory(member_state=member_state("GHA")))
    assert client.post(f"/en/training/nominations/{ghana.pk}/withdraw/").status_code == 302
    ghana.refresh_from_db()
    assert ghana.status == NominationStatus.WITHDRAWN


def test_focal_point_api_lists_only_own_states_nominees(client, two_states):
    session, ghana, kenya = two_states
    client.force_login(StateFocalPointFactory(member_state=member_state("GHA")))
    rows = client.get(f"/api/v1/nominations?session={session.pk}").json()
    assert [row["id"] for row in rows] == [ghana.pk]


def test_focal_point_cannot_nominate_for_another_state_through_api(client, two_states):
    """Posting a nominee for Kenya as Ghana's focal point is refused and stores nothing."""
    session, *_ = two_states
    client.force_login(StateFocalPointFactory(member_state=member_state("GHA")))
    before = Nomination.objects.count()
    response = client.post(
        "/api/v1/nominations",
        {"session": session.pk, "member_state": "KEN", "candidate_name": "X", "gender": "male", "email": "x@example.org"},
        content_type="application/json",
    )
    assert response.status_code == 403 and Nomination.objects.count() == before


def test_focal_point_cannot_review_or_export(client, two_states):
    """Reviewing and the participant list are for editors: a focal point gets 403 and nothing changes."""
    session, ghana, _kenya = two_states
    client.force_login(StateFocalPointFactory(member_state=member_state("GHA")))
    assert client.post(f"/en/training/sessions/{session.pk}/review/", {"nomination": ghana.pk, "outcome": "accept"}).status_code == 403
    assert client.get(f"/en/training/sessions/{session.pk}/participants.xlsx").status_code == 403
    ghana.refresh_from_db()
    assert ghana.status == NominationStatus.SUBMITTED


def test_anonymous_visitor_sees_no_nominee_anywhere(client, two_states, settings, tmp_path):
    """Pages, month view, feed, API and exports: no candidate's name or address, ever."""
    session, ghana, kenya = two_states
    urls = [
        "/en/training/", "/en/training/month/", session.get_absolute_url(), "/calendar.ics", "/api/v1/courses",
        "/en/training/nominations/", f"/en/training/sessions/{session.pk}/review/",
        f"/en/training/sessions/{session.pk}/participants.xlsx", "/en/training/women-share/",
        f"/en/training/sessions/{session.pk}/nominate/",
    ]
    for url in urls:
        body = client.get(url).content.decode(errors="replace")
        for nominee in (ghana, kenya):
            assert nominee.candidate_name not in body and nominee.email not in body, url
    assert client.get("/api/v1/nominations").status_code == 401
    assert client.post(f"/api/v1/nominations/{ghana.pk}/withdraw").status_code == 401


def test_signed_in_user_without_a_role_sees_no_nominee(client, two_states):
    session, ghana, _kenya = two_states
    client.force_login(UserFactory())
    assert ghana.candidate_name not in client.get(session.get_absolute_url()).content.decode()
    assert client.get("/api/v1/nominations").json() == []
    assert client.get("/en/training/nominations/").status_code == 403


def test_editor_sees_every_states_nominees(client, two_states):
    session, ghana, kenya = two_states
    client.force_login(EditorFactory())
    html = client.get(f"/en/training/sessions/{session.pk}/review/").content.decode()
    assert ghana.candidate_name in html and kenya.candidate_name in html
    assert {row["id"] for row in client.get("/api/v1/nominations").json()} == {ghana.pk, kenya.pk}


def test_institution_focal_point_edits_only_own_institution(client):
    """The KAIPTC focal point may edit KAIPTC, not IPSTC; a visitor may edit nothing."""
    from pkhub.training.models import Institution
    from pkhub.training.tests.factories import InstitutionFocalPointFactory

    call_command("loaddemo_training", verbosity=0)
    kaiptc, ipstc = Institution.objects.get(slug="kaiptc"), Institution.objects.get(slug="ipstc")
    keeper = InstitutionFocalPointFactory()
    kaiptc.focal_points.add(keeper)
    client.force_login(keeper)
    data = {"name": kaiptc.name, "acronym": "KAIPTC", "kind": "integrated", "languages": ["en", "fr"], "website": "https://www.kaiptc.org",
            "contact_email": "", "description": "Regional centre of excellence."}
    assert client.post(f"/en/training/institutions/{kaiptc.slug}/edit/", data).status_code == 302
    kaiptc.refresh_from_db()
    assert kaiptc.description == "Regional centre of excellence."
    assert client.post(f"/en/training/institutions/{ipstc.slug}/edit/", {**data, "name": "Hijacked"}).status_code == 403
    ipstc.refresh_from_db()
    assert ipstc.name == "International Peace Support Training Centre"
    client.logout()
    assert client.post(f"/en/training/institutions/{kaiptc.slug}/edit/", data).status_code == 302  # to sign-in
    kaiptc.refresh_from_db()
    assert kaiptc.description == "Regional centre of excellence."
