"""Repairing text that PDF extraction garbled through broken font encodings.

Two kinds of damage occur in the hub's source PDFs (see `../shared/seeds/004_*.txt`); in both,
whole runs of glyphs come out as other code points, while the rest of the page is fine:

* **Shifted by 0x60.** Lowercase letters become U+00C1-U+00DA ("ÔÈÅ" for "the", "×" for "w");
  capitals land at U+0021-U+003A after losing their high bit ("#" for "C", "4" for "T", "-" for
  "M", "'" for "G") or at U+00A1-U+00BA when they keep it; punctuation becomes letters of Latin
  Extended-B ("ȭ" for a right single quote, "Ȱ ȱ" for double quotes, "Ȣ" for a full stop,
  "ȟ" for a comma, "ɉ Ɋ" for parentheses).
* **Glyph numbers for characters.** A font subset's glyph ids came out as code points
  ("ǇŜŀŎŜ" for "peace", "¦b" for "UN", "Ω" for an apostrophe, "ά έ" for double quotes).

The damaged code points are, with few exceptions, letters of no official UN language, but
capital accented Latin letters (É, Ç, Ó) are ordinary in French and Spanish. So only a word that
is clearly damaged is repaired: one with a run of at least two shifted letters that is not part
of an all-capitals word ("SÉCURITÉ", "CRÉÉ" stay), or one holding a damaged punctuation mark; a
word made only of damaged letters is repaired too when it stands beside a damaged word ("Á" for
"a"). Capitals, being ordinary ASCII, are decoded only inside a damaged word and only where they
sit (before a damaged lowercase letter, or between damaged punctuation and word edges).
"""

import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class _Encoding:
    """One kind of font damage: which code points stand for which characters."""

    lower: dict[str, str]
    upper: dict[str, str]
    punct: dict[str, str]
    # Whether a damaged punctuation mark alone marks a word as damaged. True when the marks are
    # letters of no UN language (Latin Extended-B); False for Greek letters, which could be real.
    punct_alone: bool
    chars: frozenset = field(init=False)
    # The characters without which a word cannot show this damage (capitals are ordinary ASCII).
    triggers: frozenset = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, "chars", frozenset(self.lower) | frozenset(self.upper) | frozenset(self.punct))
        object.__setattr__(self, "triggers", frozenset(self.lower) | frozenset(self.punct))


_SHIFTED = _Encoding(
    lower={chr(0xC1 + i): chr(ord("a") + i) for i in range(26)},
    upper={
        **{chr(0x21 + i): chr(ord("A") + i) for i in range(26)},
        **{chr(0xA1 + i): chr(ord("A") + i) for i in range(26)},
    },
    punct={
        "\u021f": ",",
        "\u0220": ";",
        "\u0222": ".",
        "\u022c": "'",  # left single quotation mark
        "\u022d": "'",  # right single quotation mark, mostly an apostrophe ("Charter's")
        "\u0230": '"',  # left double quotation mark
        "\u0231": '"',  # right double quotation mark
        "\u023e": "/",
        "\u0240": "\u2013",  # en dash
        "\u0249": "(",
        "\u024a": ")",
    },
    punct_alone=True,
)

_GLYPH_IDS = _Encoding(
    # Only the glyphs seen in the source documents: the font's glyph order is not public.
    lower={
        "\u0140": "a", "\u014e": "c", "\u0158": "d", "\u015c": "e", "\u0166": "f", "\u018e": "g",
        "\u0198": "h", "\u019b": "i", "\u01aa": "k", "\u01ad": "l", "\u01b3": "m", "\u01b4": "n",
        "\u01bb": "o", "\u01c7": "p", "\u01ca": "r", "\u01ce": "s", "\u01d8": "t", "\u01f3": "u",
        "\u01fe": "v", "\u01ff": "w",
    },  # fmt: skip
    upper={"D": "G", "\u00a6": "U", "b": "N", "t": "P", "5": "D"},
    punct={"\u03a6": ".", "\u03a3": ",", "\u03a9": "'", "\u03ac": '"', "\u03ad": '"'},
    punct_alone=False,
)

_ENCODINGS = (_SHIFTED, _GLYPH_IDS)
_WORDS = re.compile(r"(\s+)")


def _is_ascii_upper(ch: str) -> bool:
    return "A" <= ch <= "Z"


def _is_damaged(word: str, enc: _Encoding) -> bool:
    """Whether `word` itself shows damage of kind `enc` (without looking at its neighbours)."""
    n = len(word)
    i = 0
    while i < n:
        ch = word[i]
        if ch in enc.punct:
            if enc.punct_alone:
                return True
            around = word[max(i - 1, 0) : i + 2]
            if any(c in enc.lower for c in around):
                return True
        if ch in enc.lower:
            j = i
            while j < n and word[j] in enc.lower:
                j += 1
            # A run of two damaged lowercase letters, unless the word is in capitals: a capital
            # right after it ("DÉÇU") or two capitals before it ("CRÉÉ") mean real accented text.
            if j - i >= 2:
                after_capital = j < n and _is_ascii_upper(word[j])
                before_capitals = i >= 2 and _is_ascii_upper(word[i - 1]) and word[i - 2].isalpha()
                if not after_capital and not before_capitals:
                    return True
            i = j
            continue
        i += 1
    return False


def _only_damage_chars(word: str, enc: _Encoding) -> bool:
    """A word made only of damaged letters (or, with a real letter, damaged capitals: "t5")."""
    if not word or not all(c in enc.chars or c == "-" for c in word):
        return False
    if any(c in enc.lower or c in enc.punct for c in word):
        return True
    return len(word) >= 2 and any(c.isalpha() for c in word)


def _decode(word: str, enc: _Encoding) -> str:
    out = list(word)
    n = len(word)
    for i, ch in enumerate(word):
        if ch in enc.lower:
            out[i] = enc.lower[ch]
        elif ch in enc.punct:
            out[i] = enc.punct[ch]
    i = 0
    while i < n:
        if word[i] not in enc.upper:
            i += 1
            continue
        j = i
        while j < n and word[j] in enc.upper:
            j += 1
        _decode_capitals(word, out, i, j, enc)
        i = j
    return "".join(out)


def _decode_capitals(word: str, out: list, i: int, j: int, enc: _Encoding) -> None:
    """Decode the run word[i:j] of characters that may be damaged capitals."""
    prev = word[i - 1] if i > 0 else ""
    # A hyphen after a letter is a real hyphen ("field-based", "e-Guide"); elsewhere in a damaged
    # word it is an "M" (0xAD, a soft hyphen, with its high bit lost).
    if word[i] == "-" and (prev.isalpha() and not (i == 1 and _is_ascii_upper(prev))):
        i += 1
        prev = "-"
    if i >= j:
        return
    nxt = word[j] if j < len(word) else ""
    prev_ok = prev in ("", "-") or prev in enc.punct or (i == 1 and _is_ascii_upper(prev))
    next_ok = nxt == "" or nxt in enc.punct or nxt in enc.lower
    if prev_ok and next_ok:
        for k in range(i, j):
            out[k] = enc.upper[word[k]]
    elif nxt in enc.lower and word[j - 1] != "-":
        # A capital right before damaged lowercase letters: "#ÈÁÒÔÅÒ" is "Charter".
        out[j - 1] = enc.upper[word[j - 1]]


def _damaged_words(parts: list[str]) -> list[_Encoding | None]:
    """For each item of `parts` (words at even indexes), the damage found in it, if any."""
    words = parts[0::2]
    found: list[_Encoding | None] = [None] * len(words)
    for idx, word in enumerate(words):
        for enc in _ENCODINGS:
            # isdisjoint() runs in C: most words of most documents hold no trigger at all.
            if not enc.triggers.isdisjoint(word) and _is_damaged(word, enc):
                found[idx] = enc
                break
    # A word made only of damaged characters is damaged when a neighbour is ("promoting Á Ȱ×ÈÏÌÅ").
    for idx, word in enumerate(words):
        if found[idx] is not None:
            continue
        for neighbour in (idx - 1, idx + 1):
            enc = found[neighbour] if 0 <= neighbour < len(words) else None
            if enc is not None and _only_damage_chars(word, enc):
                found[idx] = enc
                break
    return found


def repair_text(text: str) -> tuple[str, bool]:
    """The text with damaged runs decoded, and whether anything was repaired."""
    if all(enc.triggers.isdisjoint(text) for enc in _ENCODINGS):
        return text, False  # English, Russian, Arabic, Chinese: no word can be damaged
    parts = _WORDS.split(text)
    found = _damaged_words(parts)
    if not any(found):
        return text, False
    for idx, enc in enumerate(found):
        if enc is not None:
            parts[2 * idx] = _decode(parts[2 * idx], enc)
    return "".join(parts), True


def damage_ratio(text: str) -> float:
    """The share of the letters of `text` that stand in damaged words (0.0 when there is none)."""
    parts = _WORDS.split(text)
    letters = damaged = 0
    for word, enc in zip(parts[0::2], _damaged_words(parts)):
        count = sum(1 for c in word if c.isalpha() or (enc is not None and c in enc.chars))
        letters += count
        if enc is not None:
            damaged += count
    return damaged / letters if letters else 0.0
