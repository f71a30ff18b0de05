"""Certificates: issued after all five modules pass, PDF with the name in any script, a code that
checks out on the public page."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from pypdf import PdfReader

from pkhub.eguide import services
from pkhub.eguide.models import Certificate, Module, Question
from pkhub.eguide.tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _pass_all(user, modules=(1, 2, 3, 4, 5)):
    for number in modules:
        module = Module.objects.get(number=number)
        answers = {q.pk: [c.pk for c in q.choices.all() if c.is_correct] for q in Question.objects.filter(module=module)}
        services.attempt_submit(actor=user, module=module, answers=answers)


def _pdf_text(client) -> str:
    response = client.get(reverse("eguide:certificate-download"))
    assert response["Content-Type"] == "application/pdf"
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)


def test_no_certificate_before_all_five_modules_pass(eguide, client):
    """Four modules passed: the certificate is refused."""
    user = UserFactory()
    _pass_all(user, (1, 2, 3, 4))
    with pytest.raises(ValidationError):
        services.certificate_issue(actor=user)
    client.force_login(user)
    client.post(reverse("eguide:certificate"), {"name": "X"})
    assert not Certificate.objects.exists()
    assert client.get(reverse("eguide:certificate-download")).status_code == 404


@pytest.mark.parametrize(
    "name",
    ["فاطمة الزهراء بن علي", "王小明", "Наталья Иванова", "José Ñúñez-Éluard"],
)
def test_the_pdf_holds_the_name_in_any_script_and_the_code(eguide, client, name):
    """Arabic, Chinese, Cyrillic and accented Latin names come out of the PDF as typed."""
    user = UserFactory()
    _pass_all(user)
    client.force_login(user)
    client.post(reverse("eguide:certificate"), {"name": name})
    certificate = Certificate.objects.get(user=user)
    text = _pdf_text(client)
    assert name in text or name.replace(" ", "") in text.replace(" ", "").replace("\u202b", "").replace("\u202c", "")
    assert certificate.code in text


def test_the_certificate_in_arabic_is_laid_out_right_to_left(eguide, client):
    """The Arabic interface gives an Arabic certificate with the Arabic name intact."""
    user = UserFactory(first_name="فاطمة", last_name="الزهراء")
    _pass_all(user)
    client.force_login(user)
    client.post("/ar/e-guide/certificate/", {"name": "فاطمة الزهراء"})
    response = client.get("/ar/e-guide/certificate/download/")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages)
    assert "فاطمة الزهراء" in text


def test_the_code_checks_out_on_the_public_page_and_a_wrong_code_does_not(eguide, client):
    """Anyone sees name, date and validity for a real code; nothing for a wrong one."""
    user = UserFactory()
    _pass_all(user)
    certificate = services.certificate_issue(actor=user, name="Amina Diallo")
    assert len(certificate.code) >= 16
    page = client.get(reverse("eguide:verify", args=[certificate.code]))
    assert page.status_code == 200
    html = page.content.decode()
    assert "Amina Diallo" in html and "Valid" in html
    wrong = client.get(reverse("eguide:verify", args=[certificate.code[:-1] + ("A" if certificate.code[-1] != "A" else "B")]))
    assert wrong.status_code == 404 and "Amina Diallo" not in wrong.content.decode()
    form = client.get(reverse("eguide:verify-form"), {"code": certificate.code})
    assert "Amina Diallo" in form.content.decode()
    assert client.get(reverse("eguide:verify-form"), {"code": "x" * 10_000}).status_code == 404


def test_issuing_twice_keeps_one_certificate(eguide):
    """A second request returns the same certificate and code."""
    user = UserFactory()
    _pass_all(user)
    first = services.certificate_issue(actor=user)
    assert services.certificate_issue(actor=user) == first
    assert Certificate.objects.count() == 1


def test_codes_are_unguessable_and_unique(eguide):
    """Codes are random: two users never share one and none follows a pattern."""
    codes = set()
    for _ in range(3):
        user = UserFactory()
        _pass_all(user)
        codes.add(services.certificate_issue(actor=user).code)
    assert len(codes) == 3 and all(len(c) == 16 for c in codes)
