"""Browser: a Member State focal point nominates a candidate and sees the outcome after an editor's review."""

import importlib

import pytest
from django.apps import apps
from playwright.sync_api import expect

from pkhub.training.models import Nomination
from pkhub.training.tests.factories import EditorFactory, SessionFactory, StateFocalPointFactory


@pytest.fixture
def reference_data(transactional_db):
    """Member States and role groups: a flushed test database loses what the migration loaded."""
    from pkhub.accounts.models import MemberState

    if not MemberState.objects.exists():
        migration = importlib.import_module("pkhub.accounts.migrations.0003_member_states_and_roles")
        migration.load_member_states(apps, None)
        migration.create_role_groups(apps, None)


def test_focal_point_nominates_and_sees_the_outcome_after_review(page, login, reference_data):
    """Nominate through the session page's form; the editor accepts; the focal point's list says Accepted."""
    session = SessionFactory(seats=2)
    focal_point = StateFocalPointFactory(email="mission.ghana@example.org")
    editor = EditorFactory()

    login(focal_point)
    page.goto(f"/en/training/sessions/{session.pk}/")
    expect(page.locator(".facts .badge.ok")).to_have_text("Open")
    page.get_by_role("link", name="Nominate a candidate").click()
    page.get_by_label("Candidate's full name").fill("Ama Owusu")
    page.get_by_label("Rank or grade").fill("Major")
    page.get_by_label("Woman").check()
    page.get_by_label("Candidate's e-mail address").fill("ama.owusu@example.org")
    page.get_by_label("Function").fill("National trainer")
    page.get_by_label("French").check()
    page.get_by_role("button", name="Submit the nomination").click()
    expect(page.locator(".messages")).to_contain_text("Ama Owusu is nominated")
    page.goto("/en/training/nominations/")
    expect(page.locator("td.outcome")).to_contain_text("Submitted")

    page.context.clear_cookies()
    login(editor)
    page.goto(f"/en/training/sessions/{session.pk}/review/")
    page.get_by_role("button", name="Accepted Ama Owusu").click()
    expect(page.locator(".messages")).to_contain_text("Ama Owusu: Accepted")

    page.context.clear_cookies()
    login(focal_point)
    page.goto("/en/training/nominations/")
    expect(page.locator("td.outcome")).to_contain_text("Accepted")
    assert Nomination.objects.get().status == "accepted"
