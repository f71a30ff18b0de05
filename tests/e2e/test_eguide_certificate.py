"""Browser test: a staff member with an Arabic name passes all five self-assessments, downloads
her certificate, finds her name and code in the PDF and checks the code on the public page."""

import io

import pytest
from django.core.management import call_command
from pypdf import PdfReader

from pkhub.eguide.models import Certificate, Module

NAME = "فاطمة الزهراء"


@pytest.fixture
def eguide_demo(transactional_db):
    call_command("loaddemo_eguide", verbosity=0)


def test_complete_all_five_download_the_certificate_and_verify_it(page, login, eguide_demo, browser, live_server):
    from pkhub.eguide.tests.factories import UserFactory

    user = UserFactory(first_name="فاطمة", last_name="الزهراء")
    login(user)
    for module in Module.objects.order_by("number"):
        page.goto(f"/en/e-guide/{module.number}/assessment/")
        for question in module.questions.all():
            for choice in question.choices.filter(is_correct=True):
                page.check(f"#c{choice.pk}")
        page.get_by_role("button", name="Submit my answers").click()
        assert "100 %" in page.locator("#result").inner_text()
    page.get_by_role("link", name="Get your certificate").click()
    assert page.locator("#cert-name").input_value() == NAME
    page.get_by_role("button", name="Issue my certificate").click()
    code = page.locator("#code").inner_text()
    assert code == Certificate.objects.get(user=user).code
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download the certificate (PDF)").click()
    data = open(download_info.value.path(), "rb").read()
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    assert NAME in text and code in text

    # Anyone can check the code, without signing in.
    visitor = browser.new_context(base_url=live_server.url).new_page()
    visitor.goto("/en/e-guide/verify/")
    visitor.fill("#verify-code", code)
    visitor.get_by_role("button", name="Check").click()
    verdict = visitor.locator("#verdict").inner_text()
    assert "valid" in verdict.lower() and NAME in verdict
    visitor.goto("/en/e-guide/verify/")
    visitor.fill("#verify-code", code[:-2] + "zz")
    visitor.get_by_role("button", name="Check").click()
    assert "No certificate has this code" in visitor.locator("#verdict").inner_text()
    assert NAME not in visitor.content()
    visitor.context.close()
