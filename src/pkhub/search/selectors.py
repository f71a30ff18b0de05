"""Reading the search index."""

from pkhub.search.backends import Filters, SearchResults, get_search_backend


def search_resources(
    *,
    query: str,
    filters: Filters | None = None,
    public_only: bool = True,
    prefer_lang: str | None = None,
    offset: int = 0,
    limit: int = 10,
    with_facets: bool = True,
    with_snippets: bool = True,
) -> SearchResults:
    """Resources matching `query`, best first, with facets and highlighted snippets.

    `prefer_lang` (a content language code) puts that language version first within each
    resource and is the first candidate language for the query's Latin-script words.
    """
    return get_search_backend().search(
        query,
        filters=filters,
        public_only=public_only,
        prefer_lang=prefer_lang,
        offset=offset,
        limit=limit,
        with_facets=with_facets,
        with_snippets=with_snippets,
    )


def search_stats() -> dict[str, int]:
    """How many language versions and resources the index holds."""
    return get_search_backend().stats()
