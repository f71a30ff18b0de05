import pytest

from pkhub.ingest.language import guess_language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Department of Peace Operations supports peacekeeping missions around the world.", "en"),
        ("La protection des civils est au cœur du mandat des opérations de maintien de la paix.", "fr"),
        ("La protección de los civiles es una prioridad de las operaciones de paz.", "es"),
        ("Обучение миротворцев проводится до развертывания в миссии.", "ru"),
        ("حماية المدنيين في عمليات حفظ السلام التابعة للأمم المتحدة", "ar"),
        ("维持和平行动部负责规划和指导维持和平行动的工作", "zh"),
    ],
)
def test_language_is_guessed_among_the_six(text, code):
    """Each official language is recognised with high confidence."""
    guessed, confidence = guess_language(text)
    assert guessed == code
    assert confidence > 0.8


def test_too_little_text_gives_no_guess():
    """A few words are not enough to guess: the answer is empty."""
    assert guess_language("Annex 2, p. 14") == ("", 0.0)
