"""Every page of news, communities and the LCM answers in the six languages on the demo data."""

import pytest
from django.core.management import call_command

from pkhub.community.models import Thread
from pkhub.community.tests.factories import LcmStaffFactory, StateFocalPointFactory

pytestmark = pytest.mark.django_db
LANGS = ("ar", "zh-hans", "en", "fr", "ru", "es")


@pytest.fixture
def demo_data():
    call_command("loaddemo_news", verbosity=0)
    call_command("loaddemo_community", verbosity=0)


@pytest.mark.parametrize("lang", LANGS)
def test_public_pages_answer_in_each_language(client, demo_data, lang):
    """News, events, the demo issue, communities and the LCM's public pages: 200, in the page's language."""
    for path in ("news/", "news/events/", "news/events/berlin-2025-prep-jakarta/", "news/its-update/", "news/its-update/1/",
                 "news/items/lcm-survey-2023-4/", "news/subscribe/", "communities/", "communities/training/",
                 "communities/lcm/", "communities/lcm/activities/", "communities/lcm/roster/"):
        response = client.get(f"/{lang}/{path}")
        assert response.status_code == 200, path
        assert f'lang="{lang}"'.encode() in response.content


def test_demo_events_are_the_three_preparatory_meetings_with_their_co_hosts(client, demo_data):
    """Montevideo, Jakarta and Islamabad with the co-hosts and dates of the pledging guide."""
    page = client.get("/en/news/events/berlin-2025-prep-montevideo/").content.decode()
    assert "Montevideo" in page and "Japan" in page and "Uruguay" in page and "2024-12-10" in page
    events = {e["slug"]: e for e in client.get("/api/v1/events").json()["items"]}
    assert set(events["berlin-2025-prep-jakarta"]["co_hosts"]) == {"BGD", "IDN", "NLD", "USA"}
    assert set(events["berlin-2025-prep-islamabad"]["co_hosts"]) == {"PAK", "KOR"}
    assert events["berlin-2025-prep-islamabad"]["start_date"] == "2025-04-15"


@pytest.mark.parametrize("user_factory", [LcmStaffFactory, StateFocalPointFactory])
def test_signed_in_lcm_pages_answer(client, demo_data, user_factory):
    """Survey, requests and lessons pages open for LCM staff and focal points."""
    client.force_login(user_factory())
    for path in ("survey/", "requests/", "lessons/"):
        assert client.get(f"/en/communities/lcm/{path}").status_code == 200


def test_the_demo_thread_is_for_members_only(client, demo_data):
    """The Training Community of Practice is private: its demo thread is a 404 for visitors."""
    thread = Thread.objects.get(community__slug="training")
    assert client.get(thread.get_absolute_url()).status_code == 404
