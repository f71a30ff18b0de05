"""Language analysis: the same words meet however they are written."""

from pkhub.search.analysis import analyse_document, fold, query_word_forms


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
