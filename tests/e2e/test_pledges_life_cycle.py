"""A pledge from draft to the public list, in the browser: a state drafts and submits, the SFGC validates and
announces, a visitor finds it."""

import importlib

import pytest
from django.apps import apps


@pytest.fixture
def reference_data(transactional_db):
    """Member States and role groups: a flushed test database loses what the migration loaded."""
    from pkhub.accounts.models import MemberState

    if not MemberState.objects.exists():
        migration = importlib.import_module("pkhub.accounts.migrations.0003_member_states_and_roles")
        migration.load_member_states(apps, None)
        migration.create_role_groups(apps, None)


@pytest.fixture
def pledging(reference_data):
    from pkhub.pledges.tests.factories import MinisterialFactory, RequirementFactory, capability_officer, focal_point

    ministerial = MinisterialFactory(slug="summit-2026", name="Peacekeeping Ministerial 2026")
    RequirementFactory(ministerial=ministerial, code="UC-02", title="Medium utility helicopter units")
    return {
        "ministerial": ministerial,
        "focal_point": focal_point("URY", email="fp-ury@example.org"),
        "officer": capability_officer(email="sfgc@example.org"),
    }


def test_a_pledge_is_drafted_submitted_validated_announced_and_found_on_the_public_list(page, login, pledging):
    """Uruguay's focal point drafts and submits; the SFGC validates and announces; a visitor sees it."""
    login(pledging["focal_point"])
    page.goto("/en/pledging/summit-2026/requirements/")
    page.get_by_role("link", name="Medium utility helicopter units").click()
    page.get_by_role("link", name="Pledge against this requirement").click()
    page.get_by_label("Contribution category").select_option("uniformed")
    page.get_by_label("Title").fill("Medium utility helicopter unit for MONUSCO")
    page.get_by_label("Pledge description").fill("Three Bell 212 helicopters with crews, deployable in 2026.")
    page.get_by_label("Quantity").fill("3")
    page.get_by_role("button", name="Save draft").click()
    page.get_by_text("Draft saved").wait_for()
    assert page.get_by_text("UC-02 Medium utility helicopter units").is_visible()
    page.get_by_role("button", name="Submit to the Strategic Force Generation Cell").click()
    page.get_by_text("Pledge submitted").wait_for()
    pledge_url = page.url

    page.context.clear_cookies()
    page.goto("/en/pledging/summit-2026/pledges/")
    assert page.get_by_text("Medium utility helicopter unit for MONUSCO").count() == 0  # not public yet

    login(pledging["officer"])
    page.goto(pledge_url)
    page.get_by_role("button", name="Validate").click()
    page.get_by_text("Pledge validated").wait_for()
    page.get_by_role("button", name="Announce").click()
    page.get_by_text("Pledge announced").wait_for()

    page.context.clear_cookies()
    page.goto("/en/pledging/summit-2026/pledges/")
    public = page.get_by_role("region", name="Announced pledges")
    public.get_by_role("link", name="Medium utility helicopter unit for MONUSCO").click()
    assert page.get_by_text("Announced", exact=True).first.is_visible()
    assert page.get_by_text("Uruguay").first.is_visible()
