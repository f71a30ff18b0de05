"""Language analysis shared by every search backend: the same text gives the same tokens everywhere.

A text is normalised (NFKC, casefold), its diacritics folded (é→e, ё→е; Arabic tashkeel, tatweel,
alef forms, ta marbuta and alef maqsura), cut into words, and each word stemmed with Snowball.
Folding comes first, so "securite" and "sécurité" meet. Chinese has no spaces: a run of CJK
characters becomes overlapping bigrams (plus its last character alone, so that a one-character
query finds the end of a run too).

Documents are analysed in their own language; a word in another script is stemmed by the language
of that script (a French document quoting Russian stems the quote as Russian). A query word is
analysed for every language it could be in (`query_languages`), giving the OR of its stems.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

# Bump when the analysis changes: the index must then be rebuilt.
ANALYSIS_VERSION = 1

STEMMED_LANGUAGES = {"en": "english", "fr": "french", "es": "spanish", "ru": "russian", "ar": "arabic"}
LATIN_LANGUAGES = ("en", "fr", "es")

# CJK ideographs (unified, extension A, compatibility), kana and hangul are written without spaces.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_CJK_RE = re.compile(f"[{_CJK}]")
# A word: a run of CJK characters, or a run of other letters and digits (underscore splits).
WORD_RE = re.compile(f"[{_CJK}]+|[^\\W_{_CJK}]+")
# What an analysed token may contain; anything else never reaches an engine's query syntax.
SAFE_TOKEN_RE = re.compile(r"^[^\W_]+$")


def _fold_table() -> dict[int, str | None]:
    """Maps each character with a diacritic to its base letters; marks map to nothing."""
    table: dict[int, str | None] = {}
    ranges = [(0x00C0, 0x024F), (0x1E00, 0x1EFF), (0x0370, 0x03FF), (0x0400, 0x04FF)]
    for start, end in ranges:
        for code in range(start, end + 1):
            char = chr(code)
            base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
            if base and base != char:
                table[code] = base
    # й is a letter of its own in Russian (the stemmer's endings need it), not и with a mark.
    for keep in "йЙ":
        table.pop(ord(keep), None)
    table.update({ord("œ"): "oe", ord("æ"): "ae", ord("ø"): "o", ord("đ"): "d", ord("ł"): "l", ord("ı"): "i"})
    # Combining marks left alone after NFKC, and Arabic tashkeel, superscript alef and tatweel.
    for code in [*range(0x0300, 0x0370), *range(0x064B, 0x0660), 0x0670, 0x0640, *range(0x06D6, 0x06EE)]:
        table[code] = None
    # Arabic: hamza-carrying alef forms to bare alef; ta marbuta to ha; alef maqsura to ya.
    table.update({ord(c): "ا" for c in "أإآٱ"})
    table.update({ord("ة"): "ه", ord("ى"): "ي", ord("ؤ"): "و", ord("ئ"): "ي"})
    # Arabic-Indic and Persian digits to ASCII digits.
    table.update({0x0660 + i: str(i) for i in range(10)})
    table.update({0x06F0 + i: str(i) for i in range(10)})
    return table


FOLD_TABLE = _fold_table()
# str.translate with a dict looks up every character; substituting only the runs that need it is
# several times faster on real text, where few characters carry a diacritic.
_FOLD_RE = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(FOLD_TABLE)) + "]+")
# A word before folding: letters, digits and the marks folding removes (Arabic tashkeel…).
_MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
RAW_WORD_RE = re.compile(f"[{_CJK}]+|[\\w{_MARKS}]+")


def _fold_run(found: re.Match) -> str:
    return found.group().translate(FOLD_TABLE)


# The fullwidth forms of ASCII (，：（Ａ…) and the ideographic space: NFKC maps each to its ASCII
# character. In Chinese text they are most of what is not NFKC already (its commas), and
# normalize() of a whole text costs ~130 ns a character there against ~5 for ASCII: they are mapped
# first, and the text is normalised only when something else still needs it.
_WIDE = {0xFF01 + i: chr(0x21 + i) for i in range(0x5E)} | {0x3000: " "}
_WIDE_RE = re.compile("[\uff01-\uff5e\u3000]+")


def _wide_run(found: re.Match) -> str:
    return found.group().translate(_WIDE)


def nfkc(text: str) -> str:
    """unicodedata.normalize("NFKC", text), without normalising text that is NFKC already."""
    if text.isascii() or unicodedata.is_normalized("NFKC", text):
        return text
    text = _WIDE_RE.sub(_wide_run, text)
    return text if unicodedata.is_normalized("NFKC", text) else unicodedata.normalize("NFKC", text)


def fold(text: str) -> str:
    """NFKC, casefold and diacritics folded: the form every comparison uses."""
    if text.isascii():  # NFKC leaves ASCII as it is, casefold is lower(), and nothing is folded
        return text.lower()
    return _FOLD_RE.sub(_fold_run, nfkc(text).casefold())


def script_language(word: str) -> str | None:
    """The language a (folded) word's script implies by default: None for Latin, digits and CJK."""
    code = ord(word[0])
    if 0x0400 <= code <= 0x04FF:
        return "ru"
    if 0x0600 <= code <= 0x06FF:
        return "ar"
    return None


def is_cjk(word: str) -> bool:
    return bool(_CJK_RE.match(word))


def cjk_bigrams(run: str) -> list[str]:
    """Overlapping bigrams of a CJK run; a lone character stays a unigram."""
    if len(run) < 2:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]


_STEMMERS = {lang: snowballstemmer.stemmer(algorithm) for lang, algorithm in STEMMED_LANGUAGES.items()}


def _make_word_analyser(lang: str):
    """A cached function turning one folded word into its index form, for documents in `lang`."""
    own = _STEMMERS.get(lang)

    @lru_cache(maxsize=200_000)
    def analyse_word(word: str) -> str:
        if is_cjk(word):
            grams = cjk_bigrams(word)
            if len(word) > 1:
                grams.append(word[-1])  # the run's last character, for one-character queries
            return " ".join(grams)
        other = script_language(word)
        stemmer = _STEMMERS[other] if other and other != lang else own
        if other is None and lang in ("ru", "ar", "zh"):
            stemmer = _STEMMERS["en"]  # Latin words in a non-Latin document
        if stemmer is None or word.isdigit():
            return word
        return stemmer.stemWord(word)

    return analyse_word


_WORD_ANALYSERS = {lang: _make_word_analyser(lang) for lang in ("en", "fr", "es", "ru", "ar", "zh", "")}


def word_analyser(lang: str):
    return _WORD_ANALYSERS.get(lang) or _WORD_ANALYSERS[""]


def _make_raw_word_analyser(lang: str):
    analyse_word = word_analyser(lang)

    @lru_cache(maxsize=200_000)
    def analyse_raw_word(raw: str) -> str:
        """A casefolded word as written (diacritics, tashkeel) to its index tokens."""
        return " ".join(map(analyse_word, WORD_RE.findall(raw.translate(FOLD_TABLE))))

    return analyse_raw_word


_RAW_WORD_ANALYSERS = {lang: _make_raw_word_analyser(lang) for lang in _WORD_ANALYSERS}


def analyse_document(text: str, lang: str) -> str:
    """The index form of a document's text: analysed tokens separated by spaces.

    Folding and stemming are cached per word as written, so a long text costs one NFKC, one
    casefold, one regex scan and a dictionary look-up per word.
    """
    if not text:
        return ""
    analyse = _RAW_WORD_ANALYSERS.get(lang) or _RAW_WORD_ANALYSERS[""]
    words = RAW_WORD_RE.findall(nfkc(text).casefold())
    return " ".join(filter(None, map(analyse, words)))


@lru_cache(maxsize=100_000)
def original_word_tokens(word: str, lang: str) -> tuple[tuple[str, str | None], ...]:
    """(folded word, stem) for each word inside a word of the original text; stem None for CJK."""
    analyse = word_analyser(lang)
    return tuple((w, None if is_cjk(w) else analyse(w)) for w in WORD_RE.findall(fold(word)))


def words(text: str) -> list[str]:
    """The folded words of a text, before stemming."""
    return WORD_RE.findall(fold(text))


# --- Queries ---------------------------------------------------------------------------------

# Function words a query may drop when it has other words: "protection des civils" must not ask
# every French document for "des". Kept inside quoted phrases. Written folded (no diacritics).
_STOPWORDS = {
    "en": "a an and are as at be by for from in into is it of on or that the this to was were with",
    "fr": "a au aux avec ce ces dans de des du elle en est et il la le les leur mais ou par pas pour qu que"
          " qui sa se ses son sur un une",
    "es": "a al como con de del el en es la las lo los mas o para pero por que se su sus un una y",
    "ru": "а в во да для до же за и из к ко на не но о об от по с со то у что это",
    "ar": "في من الي علي عن مع او ان ما لا هذا هذه ذلك التي الذي و ثم",
}
STOPWORDS = {lang: frozenset(fold(w) for w in words.split()) for lang, words in _STOPWORDS.items()}


@lru_cache(maxsize=20_000)
def is_stopword(word: str, ui_lang: str | None) -> bool:
    """True when the folded query word is a function word in one of the languages it could be in."""
    return any(word in STOPWORDS.get(lang, ()) for lang in query_languages(word, ui_lang))



def query_languages(word: str, ui_lang: str | None) -> tuple[str, ...]:
    """The languages a folded query word could be in: its script's languages, plus the UI's."""
    if is_cjk(word):
        return ("zh",)
    other = script_language(word)
    if other:
        return (other,)
    # Latin script: any of the Latin-script languages, the UI's first.
    if ui_lang in LATIN_LANGUAGES:
        return (ui_lang, *(lang for lang in LATIN_LANGUAGES if lang != ui_lang))
    return LATIN_LANGUAGES


def word_forms_in(word: str, lang: str) -> tuple[str, ...]:
    """The index tokens of one folded query word read as `lang` (its script may override `lang`)."""
    if is_cjk(word):
        return tuple(cjk_bigrams(word))
    if word.isdigit():
        return (word,)
    other = script_language(word)
    stemmer = _STEMMERS[other or (lang if lang in LATIN_LANGUAGES else "en")]
    return (stemmer.stemWord(word),)


@lru_cache(maxsize=50_000)
def query_word_forms(word: str, ui_lang: str | None = None) -> tuple[tuple[str, ...], ...]:
    """The index forms a folded query word may take: one token sequence per candidate language.

    A CJK run gives its bigrams (one sequence); another word gives its distinct stems.
    """
    forms: list[tuple[str, ...]] = []
    for lang in query_languages(word, ui_lang):
        form = word_forms_in(word, lang)
        if form not in forms:
            forms.append(form)
    return tuple(forms)


def phrase_forms(phrase_words: tuple[str, ...], ui_lang: str | None = None) -> tuple[tuple[str, ...], ...]:
    """The token sequences a phrase may take: each candidate language stems all its words."""
    langs: list[str] = []
    for word in phrase_words:
        langs.extend(lang for lang in query_languages(word, ui_lang) if lang not in langs)
    forms: list[tuple[str, ...]] = []
    for lang in langs:
        form = tuple(token for word in phrase_words for token in word_forms_in(word, lang))
        if form not in forms:
            forms.append(form)
    return tuple(forms)


def prefix_forms(word: str) -> tuple[str, ...]:
    """Prefixes to look up for `word*`: the folded prefix itself and its stems (a stem may be shorter)."""
    if is_cjk(word) or word.isdigit():
        return (word,)
    forms = [word]
    for (stem,) in query_word_forms(word):
        if stem and stem not in forms:
            forms.append(stem)
    return tuple(forms)
