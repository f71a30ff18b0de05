"""The interface every search backend implements (see DESIGN.md, "Search").

The index holds one entry per *language version*. A search returns *resources*: the versions that
match are grouped under their resource, so a hit in any language finds the work.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pkhub.search.query import Query


@dataclass(frozen=True, slots=True)
class IndexEntry:
    """What the index needs to know of one language version."""

    version_id: int
    resource_id: int
    lang: str  # content language: ar zh en fr ru es
    kind: str
    themes: tuple[str, ...] = ()  # slugs
    audiences: tuple[str, ...] = ()  # slugs
    public: bool = True
    title: str = ""
    body: str = ""  # summary and the full text of the version's files


@dataclass(frozen=True, slots=True)
class Filters:
    """Facet filters; each is a value or None (no filter)."""

    kind: str | None = None
    lang: str | None = None
    theme: str | None = None
    audience: str | None = None


@dataclass(slots=True)
class VersionHit:
    version_id: int
    lang: str
    score: float
    snippet: str = ""  # HTML-escaped text with the matched words in <mark>…</mark>
    title_html: str = ""  # the title, escaped, with matches in <mark>


@dataclass(slots=True)
class ResourceHit:
    resource_id: int
    score: float
    versions: list[VersionHit] = field(default_factory=list)  # the versions that matched, best first


@dataclass(slots=True)
class SearchResults:
    count: int  # matching resources
    hits: list[ResourceHit]
    facets: dict[str, dict[str, int]]  # {"kind": {value: resources}, "lang": …, "theme": …, "audience": …}


class SearchBackend:
    """Base class; subclasses say what they support in commented flags."""

    name = "base"
    # Phrase queries ("a b") match words in order.
    supports_phrases = True
    # `word*` matches every indexed term starting with `word`.
    supports_prefix = True

    def __init__(self, connection_alias: str = "default"):
        self.alias = connection_alias

    def index(self, entry: IndexEntry) -> None:
        self.index_many([entry])

    def index_many(self, entries: Iterable[IndexEntry]) -> int:
        raise NotImplementedError

    def delete(self, version_ids: Iterable[int]) -> None:
        raise NotImplementedError

    def rebuild(self, entries: Iterable[IndexEntry]) -> int:
        raise NotImplementedError

    def search(
        self,
        query: str | Query,
        *,
        filters: Filters | None = None,
        public_only: bool = True,
        prefer_lang: str | None = None,
        offset: int = 0,
        limit: int = 10,
        with_facets: bool = True,
        with_snippets: bool = True,
    ) -> SearchResults:
        raise NotImplementedError

    def add_snippets(self, query: str | Query, versions: list[VersionHit], *, prefer_lang: str | None = None) -> None:
        """Fills `snippet` and `title_html` of these hits of `query` (a string is parsed with
        `prefer_lang` as `search` parses it; a parsed query is taken as it is): for the versions a
        page shows, when `search` ran without snippets."""
        raise NotImplementedError

    def facets(self, query: str, *, filters: Filters | None = None, public_only: bool = True) -> dict[str, dict[str, int]]:
        return self.search(query, filters=filters, public_only=public_only, limit=0, with_snippets=False).facets
