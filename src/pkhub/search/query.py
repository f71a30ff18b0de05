"""The user's search string, parsed once into a small tree that each backend compiles.

Syntax a user may know: words (all must match), "a phrase", `a OR b`, `-word` (must not match),
`prefix*`. Anything else (unbalanced quotes, brackets, colons, SQL, emoji, control characters,
10,000 characters) is read as words or dropped: parsing never fails, and nothing the user typed
reaches an engine's query syntax except analysed tokens made only of letters and digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pkhub.search import analysis

MAX_QUERY_CHARS = 1000  # longer input is cut: nobody types more, and it bounds the work
MAX_TERMS = 32  # words and phrases taken from a query
MAX_PHRASE_WORDS = 16
MAX_WORD_CHARS = 64

_CHUNK_RE = re.compile(r'-?"[^"]*"?|[^\s"]+')
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class Term:
    """One folded word; `prefix` when typed as `word*`."""

    word: str
    prefix: bool = False


@dataclass(frozen=True, slots=True)
class Phrase:
    """Folded words that must appear in this order."""

    words: tuple[str, ...]


Node = Term | Phrase


@dataclass(frozen=True, slots=True)
class Query:
    """All `must` groups match (each an OR of nodes) and none of `must_not` does."""

    must: tuple[tuple[Node, ...], ...] = ()
    must_not: tuple[Node, ...] = ()
    ui_lang: str | None = field(default=None, compare=False)

    @property
    def is_empty(self) -> bool:
        """True when nothing positive is asked: such a query matches nothing."""
        return not self.must

    def positive_nodes(self) -> list[Node]:
        return [node for group in self.must for node in group]


def _node(text: str, *, prefix: bool = False, quoted: bool = False) -> Node | None:
    found = [w[:MAX_WORD_CHARS] for w in analysis.words(text)][:MAX_PHRASE_WORDS]
    if not found:
        return None
    if len(found) == 1:
        return Term(found[0], prefix=prefix and not quoted)
    return Phrase(tuple(found))


def parse(raw: object, ui_lang: str | None = None) -> Query:
    """Parses whatever the user typed; never raises."""
    if not isinstance(raw, str):
        raw = "" if raw is None else str(raw)
    text = _CONTROL_RE.sub(" ", raw[:MAX_QUERY_CHARS])
    must: list[list[Node]] = []
    must_not: list[Node] = []
    join_next = False
    taken = 0
    for chunk in _CHUNK_RE.findall(text):
        if taken >= MAX_TERMS:
            break
        if chunk in ("OR", "|", "||"):
            join_next = bool(must)
            continue
        negative = chunk.startswith("-") and len(chunk) > 1
        if negative:
            chunk = chunk.lstrip("-")
        quoted = chunk.startswith('"')
        prefix = chunk.endswith("*") and not quoted
        node = _node(chunk.strip('"').rstrip("*"), prefix=prefix, quoted=quoted)
        if node is None:
            continue
        taken += 1
        if negative:
            must_not.append(node)
        elif join_next:
            must[-1].append(node)
        else:
            must.append([node])
        join_next = False
    must = _without_stopwords(must, ui_lang)
    return Query(
        must=tuple(tuple(dict.fromkeys(group)) for group in must),
        must_not=tuple(dict.fromkeys(must_not)),
        ui_lang=ui_lang,
    )


def _is_stopword_group(group: list[Node], ui_lang: str | None) -> bool:
    node = group[0]
    return len(group) == 1 and isinstance(node, Term) and not node.prefix and analysis.is_stopword(node.word, ui_lang)


def _without_stopwords(must: list[list[Node]], ui_lang: str | None) -> list[list[Node]]:
    """Drops lone unquoted function words ("des", "the") when the query asks for something else too.

    They match nearly every document of their language, so requiring them costs much and finds
    nothing more; a phrase keeps them, and a query of function words alone is left as it is.
    """
    kept = [group for group in must if not _is_stopword_group(group, ui_lang)]
    return kept or must


@dataclass(frozen=True, slots=True)
class Alternative:
    """One way a node can appear in the index: a token sequence (a phrase when longer than one)."""

    tokens: tuple[str, ...]
    prefix: bool = False


def alternatives(node: Node, ui_lang: str | None) -> list[Alternative]:
    """The index forms of a node, for every candidate language, without duplicates.

    Every token is checked to be letters and digits only, so compiled queries cannot carry syntax.
    """
    if isinstance(node, Term) and len(node.word) == 1 and analysis.is_cjk(node.word):
        # One Chinese character: every bigram starting with it (and a run's last character).
        found = [Alternative((node.word,), prefix=True)]
    elif isinstance(node, Term) and node.prefix:
        found = [Alternative((form,), prefix=True) for form in analysis.prefix_forms(node.word)]
    elif isinstance(node, Term):
        found = [Alternative(form) for form in analysis.query_word_forms(node.word, ui_lang)]
    else:
        found = [Alternative(form) for form in analysis.phrase_forms(node.words, ui_lang)]
    safe = []
    for alt in found:
        tokens = tuple(t for t in alt.tokens if analysis.SAFE_TOKEN_RE.match(t))
        if tokens and Alternative(tokens, alt.prefix) not in safe:
            safe.append(Alternative(tokens, alt.prefix))
    return safe


def compile_boolean(query: Query, *, term, any_of: str, all_of: str, but_not: str) -> str | None:
    """A boolean expression for a parsed query in an engine's syntax; None when nothing positive is left.

    `term` renders one alternative; `any_of`/`all_of` join alternatives/groups; `but_not` joins the
    positive expression and the negative alternatives. Each backend supplies only its syntax.
    """
    groups = []
    for group in query.must:
        alts = [term(alt) for node in group for alt in alternatives(node, query.ui_lang)]
        if alts:
            groups.append("(" + any_of.join(dict.fromkeys(alts)) + ")")
    if not groups:
        return None
    expression = all_of.join(groups)
    negatives = [term(alt) for node in query.must_not for alt in alternatives(node, query.ui_lang)]
    if negatives:
        expression = f"({expression}){but_not}({any_of.join(dict.fromkeys(negatives))})"
    return expression
