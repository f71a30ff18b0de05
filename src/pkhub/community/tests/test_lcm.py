"""The Light Coordination Mechanism: survey answers per state, roster privacy, requests matched to the roster."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command

from pkhub.accounts.models import MemberState
from pkhub.community import lcm_selectors, lcm_services
from pkhub.community.lcm_models import RosterEntry, SurveyAnswer, SurveyRound
from pkhub.community.tests.factories import LcmStaffFactory, StateFocalPointFactory, UserFactory

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.fixture
def round_():
    return SurveyRound.objects.create(year=2023, number=4, title="Fourth LCM survey of 2023", deadline=D(2023, 10, 15))


@pytest.fixture
def ghana_answer(round_):
    return lcm_services.survey_answer_submit(actor=StateFocalPointFactory(), round=round_, provides=True, provided_areas=["convoy-operations"],
                                             receives=False, activities="Ghana-only confidential plans")


def test_a_state_answers_once_per_round(round_):
    """A second answer from the same state (even another focal point) is refused."""
    lcm_services.survey_answer_submit(actor=StateFocalPointFactory(), round=round_, provides=True, receives=False)
    with pytest.raises(ValidationError, match="already answered"):
        lcm_services.survey_answer_submit(actor=StateFocalPointFactory(), round=round_, provides=False, receives=True)
    assert SurveyAnswer.objects.count() == 1


def test_one_state_cannot_read_another_states_answer(client, ghana_answer):
    """Kenya's focal point sees neither Ghana's answer on the survey page, nor in the API, nor the results."""
    kenya = StateFocalPointFactory(member_state=MemberState.objects.get(iso3="KEN"))
    client.force_login(kenya)
    page = client.get("/en/communities/lcm/survey/")
    assert page.status_code == 200 and b"Ghana-only confidential plans" not in page.content and b"Ghana" not in page.content
    assert client.get("/api/v1/lcm/survey-answers").json() == []
    assert client.get(f"/en/communities/lcm/survey/{ghana_answer.round_id}/results/").status_code == 404


def test_a_focal_point_reads_their_own_states_answer_and_lcm_staff_read_all(client, ghana_answer):
    """Ghana's other focal point sees Ghana's answer; LCM staff see the results with every answer."""
    client.force_login(StateFocalPointFactory())
    assert [a["member_state"] for a in client.get("/api/v1/lcm/survey-answers").json()] == ["GHA"]
    client.force_login(LcmStaffFactory())
    results = client.get(f"/en/communities/lcm/survey/{ghana_answer.round_id}/results/")
    assert results.status_code == 200 and b"Ghana-only confidential plans" in results.content


def test_visitors_and_other_users_cannot_answer_or_read_the_survey(client, round_, ghana_answer):
    """A visitor is sent to sign in; a signed-in user without a role gets no answer and cannot post one."""
    assert client.get("/en/communities/lcm/survey/").status_code == 302
    client.force_login(UserFactory())
    assert client.get("/api/v1/lcm/survey-answers").json() == []
    response = client.post("/en/communities/lcm/survey/", {"provides": "on"})
    assert response.status_code == 403 and SurveyAnswer.objects.count() == 1


def test_survey_answer_with_an_unknown_area_is_refused(client, round_):
    """Only the listed areas are accepted."""
    client.force_login(StateFocalPointFactory())
    response = client.post("/en/communities/lcm/survey/", {"provides": "on", "provided_areas": ["rocketry"]})
    assert response.status_code == 400 and not SurveyAnswer.objects.exists()


def test_roster_contacts_are_never_public(client):
    """The roster page and API show the team but not its contact address, except to LCM staff and its own state."""
    focal_point = StateFocalPointFactory()
    lcm_services.roster_register(actor=focal_point, kind="mtt", name="Convoy operations MTT", areas=["convoy-operations"],
                                 available_from=D(2026, 1, 1), available_until=D(2026, 12, 31), contact_email="mtt@mission.example.org")
    for user in (None, UserFactory(), StateFocalPointFactory(member_state=MemberState.objects.get(iso3="KEN"))):
        if user:
            client.force_login(user)
        page = client.get("/en/communities/lcm/roster/").content
        assert b"Convoy operations MTT" in page and b"mtt@mission.example.org" not in page
        assert b"mtt@mission.example.org" not in client.get("/api/v1/lcm/roster").content
    client.force_login(LcmStaffFactory())
    assert b"mtt@mission.example.org" in client.get("/en/communities/lcm/roster/").content


def test_a_troop_contributor_needing_convoy_training_finds_the_registered_team(client):
    """A request is matched by area and overlapping dates; other areas and other dates are not offered."""
    provider = StateFocalPointFactory(member_state=MemberState.objects.get(iso3="URY"))
    kw = {"actor": provider, "kind": "mtt"}
    good = lcm_services.roster_register(name="Convoy MTT", areas=["convoy-operations"], available_from=D(2026, 3, 1), available_until=D(2026, 6, 30), **kw)
    lcm_services.roster_register(name="First aid MTT", areas=["buddy-first-aid"], available_from=D(2026, 3, 1), available_until=D(2026, 6, 30), **kw)
    lcm_services.roster_register(name="Late convoy MTT", areas=["convoy-operations"], available_from=D(2027, 1, 1), available_until=D(2027, 3, 1), **kw)
    requester = StateFocalPointFactory()
    client.force_login(requester)
    response = client.post("/en/communities/lcm/requests/", {"area": "convoy-operations", "wanted_from": "2026-05-01", "wanted_until": "2026-05-20", "place": "Accra"})
    assert response.status_code == 302
    page = client.get(response.url).content.decode()
    assert "Convoy MTT" in page and "First aid MTT" not in page and "Late convoy MTT" not in page
    request = lcm_selectors.training_requests_visible(user=requester).get()
    assert lcm_selectors.roster_matches(request=request) == [good]
    client.force_login(StateFocalPointFactory(member_state=MemberState.objects.get(iso3="KEN")))
    assert client.get(response.url).status_code == 404


@pytest.mark.parametrize("data", [
    {"area": "convoy-operations", "wanted_from": "2026-05-20", "wanted_until": "2026-05-01"},
    {"area": "space-travel", "wanted_from": "2026-05-01", "wanted_until": "2026-05-20"},
    {"area": "convoy-operations", "wanted_from": "not a date", "wanted_until": "2026-05-20"},
    {},
])
def test_bad_training_requests_are_refused(client, data):
    """Dates backwards, unknown area, wrong type or nothing: 400."""
    client.force_login(StateFocalPointFactory())
    assert client.post("/en/communities/lcm/requests/", data).status_code == 400


def test_demo_roster_covers_the_five_priority_areas():
    """loaddemo_community registers a trainer or team for each priority area of the pledging guide."""
    call_command("loaddemo_community", verbosity=0)
    covered = {area for entry in RosterEntry.objects.all() for area in entry.areas}
    assert {"buddy-first-aid", "convoy-operations", "ammunition-management", "cas-vti", "weapons-training"} <= covered
    assert SurveyRound.objects.get(year=2023, number=4).deadline == D(2023, 10, 15)


def test_a_focal_point_records_an_activity_of_their_own_state_only(client):
    """Ghana's focal point records an activity Ghana provides; one between two other states is refused."""
    client.force_login(StateFocalPointFactory())
    ghana, kenya, nepal = (MemberState.objects.get(iso3=c) for c in ("GHA", "KEN", "NPL"))
    ok = client.post("/en/communities/lcm/activities/", {"title": "Convoy operations course", "area": "convoy-operations",
                                                         "provider": ghana.pk, "recipient": kenya.pk, "status": "planned"})
    refused = client.post("/en/communities/lcm/activities/", {"title": "Not ours", "area": "other",
                                                              "provider": nepal.pk, "recipient": kenya.pk, "status": "planned"})
    assert ok.status_code == 302 and refused.status_code == 400
    page = client.get("/en/communities/lcm/activities/").content
    assert b"Convoy operations course" in page and b"Not ours" not in page


def test_lessons_are_shared_by_lcm_staff_before_others_read_them(client):
    """A centre's submission is seen by LCM staff and its author; once shared, by every signed-in user."""
    author = StateFocalPointFactory()
    client.force_login(author)
    client.post("/en/communities/lcm/lessons/", {"title": "Lessons from MINUSMA", "centre": "A training centre", "mission": "MINUSMA", "body": "Pre-deployment convoy drills paid off."})
    reader = UserFactory()
    client.force_login(reader)
    assert b"Lessons from MINUSMA" not in client.get("/en/communities/lcm/lessons/").content
    client.force_login(LcmStaffFactory())
    submission = lcm_selectors.lessons_visible(user=author).get()
    client.post("/en/communities/lcm/lessons/", {"share": submission.pk})
    client.force_login(reader)
    assert b"Lessons from MINUSMA" in client.get("/en/communities/lcm/lessons/").content
