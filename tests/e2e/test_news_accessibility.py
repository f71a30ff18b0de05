"""News, the ITS update, communities and the LCM pass axe-core's WCAG 2.1 AA rules in English and Arabic."""

import pytest

from tests.e2e.test_accessibility_and_weight import _axe_violations

PAGES = ["news/", "news/its-update/1/", "news/events/berlin-2025-prep-islamabad/", "communities/", "communities/training/",
         "communities/lcm/", "communities/lcm/roster/"]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_news_and_community_pages_have_no_axe_violations(page, login, transactional_db, lang):
    """Public pages and a member's thread page (with its reply form) have no violations."""
    from django.core.management import call_command

    from pkhub.community.models import Membership, Thread

    call_command("loaddemo_news", verbosity=0)
    call_command("loaddemo_community", verbosity=0)
    problems = {}
    for path in PAGES:
        page.goto(f"/{lang}/{path}")
        problems[path] = _axe_violations(page)
    thread = Thread.objects.get(community__slug="training")
    login(Membership.objects.get(handle="kaiptc").user)
    page.goto(f"/{lang}{thread.get_absolute_url()[3:]}")
    problems["thread"] = _axe_violations(page)
    assert {path: found for path, found in problems.items() if found} == {}
