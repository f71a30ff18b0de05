"""Browser test: a new staff member reads a section, takes Module One's self-assessment, fails it,
retakes it and passes it; her best score is kept."""

import pytest
from django.core.management import call_command

from pkhub.eguide.models import Module


@pytest.fixture
def eguide_demo(transactional_db):
    call_command("loaddemo_eguide", verbosity=0)


def _answer(page, module, *, right: int):
    """Ticks the right answers of the first `right` questions and a wrong one for the others."""
    for i, question in enumerate(module.questions.order_by("order")):
        choices = list(question.choices.all())
        picked = [c for c in choices if c.is_correct] if i < right else [next(c for c in choices if not c.is_correct)]
        for choice in picked:
            page.check(f"#c{choice.pk}")


def test_fail_then_retake_and_pass_a_self_assessment(page, login, eguide_demo):
    from pkhub.eguide.tests.factories import UserFactory

    login(UserFactory())
    page.goto("/en/e-guide/1/1.2.1.1/")
    page.get_by_role("link", name="Module 2-Section 2.2.9").click()
    page.wait_for_url("**/e-guide/2/2.2.9/")
    page.get_by_role("link", name="Table of contents").first.click()
    page.goto("/en/e-guide/1/")
    page.get_by_role("link", name="Take the self-assessment").click()
    module = Module.objects.get(number=1)
    _answer(page, module, right=5)
    page.get_by_role("button", name="Submit my answers").click()
    result = page.locator("#result")
    assert "50 %" in result.inner_text() and "Not passed" in result.inner_text()
    assert page.get_by_text("Answers explained").is_visible()
    page.get_by_role("link", name="Take it again").click()
    _answer(page, module, right=9)
    page.get_by_role("button", name="Submit my answers").click()
    assert "90 %" in page.locator("#result").inner_text() and "Passed" in page.locator("#result").inner_text()
    page.goto("/en/e-guide/")
    assert "Best score: 90 %" in page.content()
