"""The library's public API: resources and translation gaps (DESIGN.md, "The public API")."""

from django.conf import settings
from django.core.cache import caches
from django.http import Http404
from ninja import Field, Query, Router, Schema
from pydantic import BaseModel

from pkhub.core import freshness
from pkhub.core.languages import CONTENT_LANGUAGES
from pkhub.library import selectors
from pkhub.library.models import PUBLIC_STATUSES, Kind, Resource
from pkhub.search.backends import Filters

router = Router(tags=["library"])

LISTINGS = selectors.LISTINGS  # the cache of resources' entries (settings.CACHES)
MAX_PAGE = 10_000
PER_PAGE = 20
MAX_PER_PAGE = 100
GAPS_PER_PAGE = selectors.GAPS_PER_PAGE
MAX_GAPS_PER_PAGE = 500


class Out(BaseModel):
    """An answer's shape. Plain pydantic: the answers are built as dicts, and ninja's Schema wraps
    every nested value for attribute access when it validates them (a search page of ten results
    and 29 versions: 0.45 ms against 0.08)."""


class VersionOut(Out):
    lang: str
    title: str
    download_url: str | None = Field(None, description="The first file of the version, if any.")
    size: int | None = Field(None, description="Its size in bytes.")
    files: list[dict] = Field(default_factory=list, description="Every file: label, format, size, download_url.")


class ResourceOut(Out):
    slug: str
    title: str
    kind: str
    status: str
    themes: list[str]
    audiences: list[str]
    languages: list[str]
    missing_languages: list[str]
    url: str
    snippet: str | None = None
    versions: list[VersionOut]


class ResourceList(Out):
    count: int
    page: int
    results: list[ResourceOut]
    facets: dict[str, dict[str, int]]


class ResourceFilters(Schema):
    q: str = Field("", max_length=10_000, description="Words to search for; without it, the list is browsed.")
    lang: str | None = Field(None, description="A content language: ar zh en fr ru es.")
    kind: str | None = None
    theme: str | None = Field(None, max_length=120)
    audience: str | None = Field(None, max_length=120)
    page: int = Field(1, ge=1, le=MAX_PAGE)
    per_page: int = Field(PER_PAGE, ge=1, le=MAX_PER_PAGE, description="Results per page, 1 to 100.")


class Error(Schema):
    detail: str


class Gap(Out):
    slug: str
    title: str
    kind: str
    languages: list[str]
    missing: list[str]


class GapFilters(Schema):
    page: int = Field(1, ge=1, le=MAX_PAGE)
    per_page: int = Field(GAPS_PER_PAGE, ge=1, le=MAX_GAPS_PER_PAGE, description="Resources per page, 1 to 500.")


class Gaps(Out):
    count: int
    page: int
    held: dict[str, int]
    missing: dict[str, int]
    results: list[Gap]


def _absolute(request, path: str) -> str:
    return request.build_absolute_uri(path)


def _resource_out(request, resource: Resource, *, lang: str | None = None, snippet: str | None = None) -> dict:
    shown = resource.version_in(lang)
    versions = []
    for version in resource.versions.all():
        files = [
            {
                "label": f.label,
                "format": f.document.format,
                "size": f.document.size,
                "download_url": _absolute(request, f.get_absolute_url()),
            }
            for f in version.files.all()
        ]
        first = files[0] if files else {}
        versions.append(
            {"lang": version.lang, "title": version.title, "download_url": first.get("download_url"), "size": first.get("size"), "files": files}
        )
    return {
        "slug": resource.slug,
        "title": shown.title if shown else resource.slug,
        "kind": resource.kind,
        "status": resource.status,
        "themes": [t.slug for t in resource.themes.all()],
        "audiences": [a.slug for a in resource.audiences.all()],
        "languages": resource.languages,
        "missing_languages": resource.missing_languages,
        "url": _absolute(request, resource.get_absolute_url()),
        "snippet": snippet,
        "versions": versions,
    }


def _entries(request, ids: list[int], *, lang: str | None) -> dict[int, dict]:
    """Each visible resource's entry (without its snippet), by id. A public resource's entry is the
    same for every reader, so it is kept in each worker's memory until the next change to the
    hub's records (`freshness.kept_many`; docs/architecture.md, "Caching"): a page of hits whose
    resources were shown since then skips the seven queries of `resources_with_versions`."""

    def build(missing: list[int]) -> dict[int, dict]:
        visible = selectors.resource_visible(user=request.user).filter(pk__in=missing)
        return {r.pk: _resource_out(request, r, lang=lang) for r in selectors.resources_with_versions(visible)}

    # The entry holds absolute URLs and the title in `lang`: both are part of the key.
    prefix = f"api-resource:{request.scheme}://{request.get_host()}:{lang or '-'}"
    return freshness.kept_many(caches[LISTINGS], prefix, ids, build, seconds=settings.PAGE_CACHE_SECONDS,
                               keep=lambda entry: entry["status"] in PUBLIC_STATUSES)


def _best_snippet(hits, lang: str | None) -> str | None:
    """The snippet of the matched version in `lang`, else of the best match."""
    if not hits:
        return None
    return next((h.snippet for h in hits if h.lang == lang), hits[0].snippet)


@router.get("/resources", response={200: ResourceList, 400: Error}, summary="Search or browse resources")
def resource_list(request, filters: Query[ResourceFilters]):
    """With `q`: a full-text search (results carry a snippet); without: the list by title.

    `lang` filters to resources held in that language and puts that version's title first.
    """
    if filters.kind and filters.kind not in Kind.values:
        return 400, {"detail": f"Unknown kind. Use one of: {', '.join(Kind.values)}."}
    if filters.lang and filters.lang not in CONTENT_LANGUAGES:
        return 400, {"detail": f"Unknown language. Use one of: {', '.join(CONTENT_LANGUAGES)}."}
    query = filters.q.strip()
    if query:
        entries: dict[int, dict] = {}

        def load(ids: list[int]) -> dict[int, dict]:
            entries.update(_entries(request, ids, lang=filters.lang))
            return entries

        found = selectors.resource_search(
            query=query, lang=filters.lang, page=filters.page, user=request.user, per_page=filters.per_page,
            filters=Filters(kind=filters.kind, lang=filters.lang, theme=filters.theme, audience=filters.audience),
            load=load,
        )
        # In the order of the hits; a hit the reader may not see (a status changed since) is gone.
        results = [
            {**entries[pk], "snippet": _best_snippet(hits, filters.lang)} for pk, hits in found.hits.items() if pk in entries
        ]
    else:
        found = selectors.resource_list(
            user=request.user, kind=filters.kind, theme=filters.theme, audience=filters.audience,
            lang=filters.lang, page=filters.page, per_page=filters.per_page,
        )
        # Past the last page is an empty page, not the last one again.
        past_end = filters.page > found.page.paginator.num_pages
        results = [] if past_end else [_resource_out(request, r, lang=filters.lang) for r in found.resources]
    return {"count": found.count, "page": filters.page, "results": results, "facets": found.facets}


@router.get("/resources/{slug}", response={200: ResourceOut, 404: Error}, summary="One resource with all its versions")
def resource_detail(request, slug: str, lang: str | None = None):
    try:
        resource = selectors.resource_get(slug=slug[:120], user=request.user)
    except Http404:
        return 404, {"detail": "No such resource."}
    return _resource_out(request, resource, lang=lang if lang in CONTENT_LANGUAGES else None)


@router.get("/translation-gaps", response=Gaps, summary="Per public resource, the official languages it lacks")
def translation_gaps(request, filters: Query[GapFilters]):
    """One page of the public resources by kind and slug, each with the languages it lacks; `held`
    and `missing` count all of them, per language."""
    gaps = selectors.translation_gaps(page=filters.page, per_page=filters.per_page)
    past_end = filters.page > gaps.page.paginator.num_pages  # an empty page, not the last one again
    rows = []
    for resource, missing in [] if past_end else gaps.rows:
        shown = resource.version_in("en")
        rows.append(
            {"slug": resource.slug, "title": shown.title if shown else resource.slug, "kind": resource.kind, "languages": resource.languages, "missing": missing}
        )
    return {"count": gaps.count, "page": filters.page, "held": gaps.held, "missing": gaps.missing, "results": rows}
