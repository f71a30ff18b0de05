"""Snippets: the window around the first match, found in the original text however it is written."""

from pkhub.search.highlight import SNIPPET_CHARS, Highlighter
from pkhub.search.query import parse


def snippet(query: str, body: str, lang: str) -> str:
    return Highlighter.for_query(parse(query, ui_lang=lang)).snippet(body, lang)


def test_the_first_match_deep_in_a_long_body_is_the_snippet():
    """A match after 30,000 characters of other words, in capitals with accents, is shown."""
    body = "Lorem ipsum dolor. " * 1600 + "La SÉCURITÉ des convois passe d'abord. " + "Fin. " * 200
    found = snippet("securite", body, "fr")
    assert "<mark>SÉCURITÉ</mark>" in found
    assert found.startswith("…") and found.endswith("…") and len(found) < SNIPPET_CHARS + 60


def test_arabic_with_tashkeel_and_tatweel_inside_the_word():
    """"المدربين" finds "المُدَرِّبِين" and "المـدربين" as written, and the snippet starts near it."""
    body = "نص " * 3000 + "على المُدَرِّبِين حماية المدنيين " + "نص " * 100
    found = snippet("المدربين", body, "ar")
    assert "<mark>المُدَرِّبِين</mark>" in found
    assert found.index("<mark>") < SNIPPET_CHARS // 2
    assert "<mark>المـدربين</mark>" in snippet("المدربين", "نص " * 3000 + "على المـدربين", "ar")


def test_a_ligature_or_two_letter_fold_is_still_found():
    """"oe" written as the ligature œ, "ss" as ß: the slower way, folding the text, finds them."""
    assert "<mark>sœurs</mark>" in snippet("soeurs", "Texte. " * 2000 + "Les sœurs du village.", "fr")
    assert "<mark>Straße</mark>" in snippet("strasse", "Text. " * 2000 + "Die Straße ist offen.", "en")


def test_chinese_match_without_spaces():
    """A Chinese word inside running text far into the body is marked where it stands."""
    body = "维持和平行动，" * 2000 + "联合国安全理事会决议要求保护平民。"
    found = snippet("安全", body, "zh")
    assert "<mark>安全</mark>理事会" in found


def test_no_match_gives_the_start_of_the_body():
    """A hit found by a stem the text does not spell out still gets a snippet: the body's start."""
    assert snippet("absent", "First words of the text. " * 40, "en").startswith("First words of the text.")
