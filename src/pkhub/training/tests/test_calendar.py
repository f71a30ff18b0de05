"""The calendar page, the iCalendar feed and the API show the same sessions for the same filters."""

import re

import pytest
from django.core.management import call_command
from icalendar import Calendar

from pkhub.training.models import Session
from pkhub.training.tests.factories import SessionFactory

pytestmark = pytest.mark.django_db

FILTERS = [
    "",
    "region=africa",
    "region=africa&lang=fr",
    "region=africa&lang=fr&audience=police",
    "lang=en&audience=military",
    "state=NPL",
    "state=UGA&region=asia-pacific",
    "package=rtp-operational-logistics",
    "from=2024-01-01",
    "region=americas&from=2023-11-01",
    "call=open",
]


def _page_ids(client, query):
    html = client.get(f"/en/training/?{query}").content.decode()
    return {int(pk) for pk in re.findall(r'href="/en/training/sessions/(\d+)/"', html)}


def _feed_ids(client, query):
    response = client.get(f"/calendar.ics?{query}")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    return {int(str(event["UID"]).split("-")[2].split("@")[0]) for event in calendar.walk("VEVENT")}


def _api_ids(client, query):
    return {row["id"] for row in client.get(f"/api/v1/courses?{query}").json()["results"]}


@pytest.fixture
def demo_calendar(settings, tmp_path):
    settings.STORAGES = {**settings.STORAGES, "default": {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": str(tmp_path)}}}
    call_command("loaddemo", verbosity=0)
    call_command("loaddemo_training", verbosity=0)
    # One session of our own whose call is open today, so that "call open now" has something to find.
    return SessionFactory(regions=["africa"], languages=["fr"], audiences=["police"])


@pytest.mark.parametrize("query", FILTERS)
def test_page_feed_and_api_agree_for_each_filter(client, demo_calendar, query):
    """For the same filters, the page lists exactly the dated sessions the feed holds and the API returns."""
    page, feed, api = _page_ids(client, query), _feed_ids(client, query), _api_ids(client, query)
    dated = set(Session.objects.filter(pk__in=api, start_date__isnull=False).values_list("pk", flat=True))
    assert page == api
    assert feed == dated


def test_africa_french_police_finds_the_brindisi_pilot(client, demo_calendar):
    """The issue's trainer: Africa + French + police shows the FPU Command Staff pilot and nothing military."""
    ids = _api_ids(client, "region=africa&lang=fr&audience=police")
    slugs = set(Session.objects.filter(pk__in=ids).values_list("course__slug", flat=True))
    assert "fpu-command-staff-pilot" in slugs
    assert "wmpoc" not in slugs  # the Senegal WMPOC is French and African, but for the military


def test_call_open_now_shows_only_sessions_taking_nominations_today(client, demo_calendar):
    """The 2023 calls announced as open are over by now; only the session open today is listed."""
    assert _api_ids(client, "call=open") == {demo_calendar.pk}


def test_feed_events_carry_dates_location_and_call_status(client, demo_calendar):
    """An all-day event per session: DTEND the day after the last day, the venue, the call in the description."""
    calendar = Calendar.from_ical(client.get("/calendar.ics?state=ITA").content)
    (event,) = calendar.walk("VEVENT")
    assert event.decoded("DTSTART").isoformat() == "2023-11-27"
    assert event.decoded("DTEND").isoformat() == "2023-12-21"
    assert "Brindisi, Italy" in str(event["LOCATION"])
    assert "Call for nominations: Open" in str(event["DESCRIPTION"])


def test_feed_and_api_refuse_a_malformed_filter_clearly(client, demo_calendar):
    """A region that does not exist is a 400 with the reason, not a 500 or a silently wider list."""
    assert client.get("/calendar.ics?region=atlantis").status_code == 400
    response = client.get("/api/v1/courses?region=atlantis")
    assert response.status_code == 400 and "region" in response.json()["detail"]
    assert client.get("/api/v1/courses?from=yesterday").status_code in (400, 422)
    assert client.get("/en/training/?from=" + "9" * 5000).status_code == 200


def test_month_view_shows_the_sessions_of_that_month(client, demo_calendar):
    """November 2023 holds the OPLOG ToTs, the Senegal WMPOC and the Brindisi pilot; filters narrow it."""
    html = client.get("/en/training/month/?month=2023-11").content.decode()
    assert "Formed Police Unit Command Staff course (pilot)" in html and "Operational Logistics" in html
    narrowed = client.get("/en/training/month/?month=2023-11&audience=police").content.decode()
    assert "Operational Logistics" in narrowed and "Women&#x27;s Military" not in narrowed
    assert client.get("/en/training/month/?month=banana").status_code == 200


def test_institutions_api_filters_by_country_and_region(client, demo_calendar):
    """/api/v1/institutions?country=GHA gives KAIPTC; region=americas gives the Argentine and Brazilian centres."""
    assert [i["slug"] for i in client.get("/api/v1/institutions?country=GHA").json()["results"]] == ["kaiptc"]
    americas = {i["slug"] for i in client.get("/api/v1/institutions?region=americas").json()["results"]}
    assert americas == {"caecopaz", "ccopab"}
    assert client.get("/api/v1/institutions?region=mars").status_code == 400


def test_calendar_is_served_in_all_six_languages(client, demo_calendar):
    for prefix in ("ar", "zh-hans", "en", "fr", "ru", "es"):
        assert client.get(f"/{prefix}/training/?region=africa").status_code == 200
