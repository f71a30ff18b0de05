"""Snippets and highlighted titles, made in Python from the original text of the hits on a page.

Both backends use this, so a hit looks the same whatever the engine. Finding a match in a long
body must be cheap: a substring search of the query's folded words in the lowered body (else in a
folded copy, a chunk at a time) proposes places, and only a small window of the original around
each is cut into words and analysed to decide what to mark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import escape

from pkhub.search import analysis
from pkhub.search.query import Query, Term, alternatives

SNIPPET_CHARS = 240
_MAX_TRIES = 12
_CHUNK_CHARS = 2000
# A word of the original text: letters, digits and the marks folding removes (Arabic tashkeel…),
# so that "مُدَرِّب" stays one word here as it is one word in the index.
ORIGINAL_WORD_RE = analysis.RAW_WORD_RE


@dataclass(frozen=True, slots=True)
class Highlighter:
    """What to mark: analysed tokens, prefixes, and CJK strings."""

    tokens: frozenset[str]
    prefixes: tuple[str, ...]
    cjk: tuple[str, ...]
    # Each word's spans once decided, by (word, language): a page's snippets repeat many words.
    _spans: dict[tuple[str, str], list[tuple[int, int]]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def for_query(cls, query: Query) -> Highlighter:
        tokens: set[str] = set()
        prefixes: list[str] = []
        cjk: list[str] = []
        for node in query.positive_nodes():
            for word in (node.word,) if isinstance(node, Term) else node.words:
                if analysis.is_cjk(word):
                    cjk.append(word)
            for alt in alternatives(node, query.ui_lang):
                if alt.prefix:
                    prefixes.extend(alt.tokens)
                else:
                    tokens.update(t for t in alt.tokens if not analysis.is_cjk(t))
        return cls(frozenset(tokens), tuple(dict.fromkeys(prefixes)), tuple(dict.fromkeys(cjk)))

    def _needles(self) -> list[str]:
        return [*self.tokens, *self.prefixes, *(w[:2] for w in self.cjk)]

    def _word_matches(self, word: str, lang: str) -> list[tuple[int, int]]:
        """Spans (in the original word) to mark."""
        spans: list[tuple[int, int]] = []
        for folded, stem in analysis.original_word_tokens(word, lang):
            if stem is None:
                for needle in self.cjk:
                    start = word.find(needle)
                    while start >= 0:
                        spans.append((start, start + len(needle)))
                        start = word.find(needle, start + len(needle))
                continue
            if stem in self.tokens or any(folded.startswith(p) or stem.startswith(p) for p in self.prefixes):
                return [(0, len(word))]
        return sorted(spans)

    def mark(self, text: str, lang: str) -> tuple[str, int]:
        """The text HTML-escaped with matches in <mark>; and how many words were marked."""
        out: list[str] = []
        done = 0
        marked = 0
        known = self._spans
        for found in ORIGINAL_WORD_RE.finditer(text):
            word = found.group()
            spans = known.get((word, lang))
            if spans is None:
                spans = known[(word, lang)] = self._word_matches(word, lang)
            if not spans:
                continue
            base = found.start()
            for start, end in spans:
                if base + start < done:
                    continue
                out.append(escape(text[done : base + start]))
                out.append(f"<mark>{escape(text[base + start : base + end])}</mark>")
                done = base + end
                marked += 1
        out.append(escape(text[done:]))
        return "".join(out), marked

    def title(self, title: str, lang: str) -> str:
        return self.mark(title, lang)[0]

    def snippet(self, body: str, lang: str) -> str:
        """About SNIPPET_CHARS characters of the body around a match, escaped and marked: the first
        written as the query's words fold (which is most), else the first found by folding."""
        if not body:
            return ""
        needles = [needle for needle in self._needles() if needle]
        # Most matches are written as their folded form is (no accent, tashkeel or capital to
        # fold but the ones lower() takes): found in the lowered body, which keeps the original's
        # positions, without folding anything.
        lowered = body.lower()
        if len(lowered) == len(body):
            for pos in sorted(pos for needle in needles for pos in _positions(lowered, needle))[:_MAX_TRIES]:
                html, marked = self._window(body, pos, lang)
                if marked:
                    return html
        # Else fold the body a chunk at a time: the first match is usually early, so most of a
        # long body is never folded.
        chunk_start = 0
        while chunk_start < len(body):
            chunk_end = body.find(" ", chunk_start + _CHUNK_CHARS)
            chunk_end = len(body) if chunk_end < 0 else chunk_end
            chunk = body[chunk_start:chunk_end]
            folded = analysis.fold(chunk)
            ratio = len(chunk) / max(1, len(folded))
            candidates = sorted({pos for needle in needles for pos in _positions(folded, needle)})[:_MAX_TRIES]
            for pos in candidates:
                html, marked = self._window(body, chunk_start + round(pos * ratio), lang)
                if marked:
                    return html
            chunk_start = chunk_end
        return self._window(body, 0, lang)[0]

    def _window(self, body: str, around: int, lang: str) -> tuple[str, int]:
        start = max(0, around - SNIPPET_CHARS // 3)
        if start:
            space = body.find(" ", start, around)
            start = space + 1 if space >= 0 else start
        end = min(len(body), start + SNIPPET_CHARS)
        if end < len(body):
            space = body.rfind(" ", start + SNIPPET_CHARS // 2, end)
            end = space if space > 0 else end
        html, marked = self.mark(" ".join(body[start:end].split()), lang)
        return ("…" if start else "") + html + ("…" if end < len(body) else ""), marked


def _positions(folded: str, needle: str, most: int = 4) -> list[int]:
    found = []
    start = folded.find(needle)
    while start >= 0 and len(found) < most:
        found.append(start)
        start = folded.find(needle, start + 1)
    return found
