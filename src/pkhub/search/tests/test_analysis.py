"""Language analysis: the same words meet however they are written."""

import unicodedata

from hypothesis import example, given
from hypothesis import strategies as st

from pkhub.search import analysis
from pkhub.search.analysis import analyse_document, fold, nfkc, query_word_forms


def test_fold_removes_diacritics_but_keeps_russian_short_i():
    """é→e and ё→е, while й stays a letter of its own."""
    assert fold("Sécurité ÉLÈVE ёлка") == "securite eleve елка"
    assert fold("Бой") == "бой"


def test_fold_normalises_arabic():
    """Tashkeel and tatweel go; alef forms, ta marbuta and alef maqsura are unified."""
    assert fold("المُدَرِّبِين") == "المدربين"
    assert fold("إدارة") == "اداره"
    assert fold("مـــدرب") == "مدرب"
    assert fold("مستشفى") == "مستشفي"


def test_fullwidth_chinese_punctuation_and_letters_fold_as_nfkc_does():
    """Chinese text's fullwidth commas and letters become ASCII, as NFKC makes them."""
    assert fold("维持和平，ＭＩＮＵＳＣＡ：（安全）\u3000理事会") == "维持和平,minusca:(安全) 理事会"
    assert fold("Ａ\u0301") == "a"  # a fullwidth letter and an accent combine once the letter is ASCII


# Fullwidth forms, combining marks, Latin, Cyrillic, Arabic and CJK, mixed.
_MIXED = st.text(st.sampled_from(
    "aZé\u0301\u0306иЙёأإةىَُّـ安全。、，：（）\u3000ＡＭｚ０！～\uff5f\u2460ﬁ\u1e9b\u0323 \n"), max_size=60)


@given(st.one_of(st.text(max_size=60), _MIXED))
@example("Ａ\u0301")
@example("ﬁ，ﬂ")
def test_nfkc_and_fold_equal_unicodedata_on_any_text(text):
    """The shortcuts (ASCII, text already NFKC, fullwidth forms mapped first) give what
    unicodedata.normalize gives, so the index and the snippets fold every text the same way."""
    normal = unicodedata.normalize("NFKC", text)
    assert nfkc(text) == normal
    assert fold(text) == analysis._FOLD_RE.sub(analysis._fold_run, normal.casefold())


def test_document_is_stemmed_in_its_language():
    """French plural and singular give one token; Russian cases give one token."""
    assert analyse_document("formateurs", "fr") == analyse_document("formateur", "fr")
    assert analyse_document("обучения", "ru") == analyse_document("обучение", "ru")


def test_chinese_becomes_bigrams():
    """A run of Chinese characters is indexed as overlapping bigrams plus its last character."""
    assert analyse_document("安全理事会", "zh") == "安全 全理 理事 事会 会"


def test_query_word_gets_the_stems_of_its_candidate_languages():
    """A Latin word is tried as English, French and Spanish; a Cyrillic word as Russian."""
    assert len(query_word_forms("formateurs")) >= 1
    assert query_word_forms("обучение") == (("обучен",),)
