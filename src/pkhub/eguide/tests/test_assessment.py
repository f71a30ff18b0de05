"""Self-assessments: the page never tells which answer is right; grading, pass mark, best score,
unlimited attempts and privacy, all through HTTP."""

import re

import pytest
from django.urls import reverse
from django.utils.html import escape

from pkhub.eguide import services
from pkhub.eguide.models import Attempt, Choice, Module, Question
from pkhub.eguide.tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _answers(module, right: int):
    """Form data answering the first `right` questions correctly and the others wrongly."""
    data = {}
    for i, question in enumerate(Question.objects.filter(module=module).order_by("order")):
        choices = list(question.choices.all())
        pick = [c for c in choices if c.is_correct] if i < right else [c for c in choices if not c.is_correct][:1]
        data[f"q{question.pk}"] = [str(c.pk) for c in pick]
    return data


def test_the_assessment_page_does_not_reveal_the_right_answers(eguide, client):
    """No correct-choice marker in the HTML; right and wrong choices are written identically."""
    client.force_login(UserFactory())
    module = Module.objects.get(number=1)
    html = client.get(reverse("eguide:assessment", args=[1])).content.decode()
    assert "is_correct" not in html and "correct" not in html.lower().replace("incorrect", "")
    for question in Question.objects.filter(module=module):
        for choice in question.choices.all():
            assert f'value="{choice.pk}"' in html
        tags = {
            c.is_correct: re.sub(r"\d+", "N", re.search(rf'<li><input[^>]*value="{c.pk}"[^>]*> <label[^>]*>', html).group(0))
            for c in question.choices.all()
        }
        assert tags[True] == tags[False]  # the markup of a right choice equals that of a wrong one
    # The explanations are not sent before submission either.
    assert escape(Question.objects.filter(module=module).first().explanation_en) not in html


def test_answers_are_graded_on_the_server_with_the_pass_mark(eguide, client):
    """Seven of ten is 70 %: not passed; eight of ten is 80 %: passed."""
    user = UserFactory()
    client.force_login(user)
    module = Module.objects.get(number=1)
    url = reverse("eguide:assessment", args=[1])
    response = client.post(url, _answers(module, 7))
    first = Attempt.objects.get(user=user)
    assert response["Location"] == first.get_absolute_url()
    assert (first.score, first.passed) == (70, False)
    client.post(url, _answers(module, 8))
    assert Attempt.objects.filter(user=user).latest("pk").passed
    page = client.get(first.get_absolute_url()).content.decode()
    assert "70 %" in page and "Not passed" in page
    assert escape(Question.objects.filter(module=module).first().explanation_en) in page  # explained after submission


def test_a_multiple_choice_question_needs_every_right_answer(eguide):
    """Half the right answers of a multiple-choice question count as wrong."""
    user = UserFactory()
    question = Question.objects.filter(module__number=1, kind="multiple").first()
    right = list(question.choices.filter(is_correct=True).values_list("pk", flat=True))
    attempt = services.attempt_submit(actor=user, module=question.module, answers={question.pk: right[:1]})
    assert attempt.correct == 0
    attempt = services.attempt_submit(actor=user, module=question.module, answers={question.pk: right})
    assert attempt.correct == 1


def test_the_best_score_is_kept_across_unlimited_attempts(eguide, client):
    """A worse retake does not lower the best score, and the module stays passed."""
    user = UserFactory()
    client.force_login(user)
    module = Module.objects.get(number=2)
    url = reverse("eguide:assessment", args=[2])
    for right in (3, 10, 5, 0):
        client.post(url, _answers(module, right))
    assert Attempt.objects.filter(user=user).count() == 4
    home = client.get(reverse("eguide:home")).content.decode()
    assert "Best score: 100 %" in home


@pytest.mark.parametrize(
    "data",
    [
        {},  # nothing answered
        {"qx": "1"},  # unknown field
        {"q1": ["abc", "-1", "99999999"]},  # wrong types and ids
        {"q1": ["1"] * 900},  # huge (past Django's field limit the request is refused with a 400)
    ],
)
def test_bad_answers_score_zero_without_error(eguide, client, data):
    """Empty, foreign, malformed or huge answers are graded as wrong, never a server error."""
    client.force_login(UserFactory())
    response = client.post(reverse("eguide:assessment", args=[3]), data)
    assert response.status_code == 302
    assert Attempt.objects.latest("pk").score == 0


def test_a_choice_of_another_module_does_not_count(eguide):
    """Answering with a right choice of another question is ignored."""
    user = UserFactory()
    other = Choice.objects.filter(question__module__number=2, is_correct=True).first()
    question = Question.objects.filter(module__number=1).first()
    attempt = services.attempt_submit(actor=user, module=question.module, answers={question.pk: [other.pk]})
    assert attempt.correct == 0


def test_visitors_must_sign_in_to_submit(eguide, client):
    """An anonymous post is sent to sign in and records nothing."""
    response = client.post(reverse("eguide:assessment", args=[1]), {})
    assert response.status_code == 302 and "login" in response["Location"]
    assert not Attempt.objects.exists()


def test_attempts_are_private_to_their_user(eguide, client):
    """Another user, signed in or not, cannot open someone's attempt."""
    owner = UserFactory()
    attempt = services.attempt_submit(actor=owner, module=Module.objects.get(number=1), answers={})
    url = attempt.get_absolute_url()
    assert client.get(url).status_code == 302  # to sign in
    client.force_login(UserFactory())
    assert client.get(url).status_code == 404
    client.force_login(owner)
    assert client.get(url).status_code == 200


def test_unknown_module_or_attempt_is_not_found(eguide, client):
    client.force_login(UserFactory())
    assert client.get("/en/e-guide/9/assessment/").status_code == 404
    assert client.get("/en/e-guide/attempts/999999/").status_code == 404
