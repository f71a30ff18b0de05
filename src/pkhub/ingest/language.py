"""Guessing the language of a document's text among the six official UN languages."""

from functools import lru_cache

from pkhub.core.languages import CONTENT_LANGUAGES

# Below this many letters a guess is noise (a title page, a table of numbers).
MIN_LETTERS = 20
# langid's features saturate long before this; a sample keeps a 500-page PDF fast to classify.
SAMPLE_CHARS = 20_000


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(CONTENT_LANGUAGES))
    return identifier


def guess_language(text: str) -> tuple[str, float]:
    """The likeliest of `ar zh en fr ru es` for `text` with its probability, or ("", 0.0) if too short."""
    sample = _sample(text)
    if _letter_weight(sample) < MIN_LETTERS:
        return "", 0.0
    code, probability = _identifier().classify(sample)
    return code, round(float(probability), 4)


def _letter_weight(text: str) -> int:
    # A Chinese character carries about as much as a short word: it counts for two letters.
    return sum(2 if "\u3400" <= ch <= "\u9fff" else 1 for ch in text if ch.isalpha())


def _sample(text: str) -> str:
    if len(text) <= SAMPLE_CHARS:
        return text
    # Beginning, middle and end: front matter is often in another language than the body.
    third = SAMPLE_CHARS // 3
    middle = len(text) // 2
    return "\n".join((text[:third], text[middle - third // 2 : middle + third // 2], text[-third:]))
