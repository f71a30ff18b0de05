"""Reads from the library, each applying what the user may see."""

import hashlib
import math
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import caches
from django.core.paginator import Page, Paginator
from django.db.models import Count, Prefetch, QuerySet
from django.http import Http404

from pkhub.core import freshness
from pkhub.core.languages import CONTENT_LANGUAGES
from pkhub.library.models import (
    GUIDANCE_KINDS,
    PUBLIC_STATUSES,
    TRAINING_KINDS,
    Kind,
    LanguageVersion,
    Resource,
    VersionFile,
)
from pkhub.library.rules import is_editor
from pkhub.search.backends import Filters, VersionHit, get_search_backend
from pkhub.search.query import parse

GROUPS = {"guidance": GUIDANCE_KINDS, "training": TRAINING_KINDS}
PER_PAGE = 20
SEARCH_PER_PAGE = 10
GAPS_PER_PAGE = 100  # rows of the translations table a page
MAX_QUERY_LENGTH = 1000  # longer queries are cut: nobody types more, and it bounds the work


@dataclass
class ResourcePage:
    """One page of a browse or search: the resources, how many in all, and facet counts."""

    page: Page
    count: int
    facets: dict[str, dict[str, int]]
    hits: dict[int, list[VersionHit]] = field(default_factory=dict)  # search only: matched versions by resource

    @property
    def resources(self) -> list[Resource]:
        return list(self.page.object_list)


LISTINGS = "listings"  # the cache of what listings show the same to every reader (settings.CACHES)


def resource_visible(*, user) -> QuerySet[Resource]:
    """The resources `user` may see: public ones, or all for editors."""
    if user is not None and is_editor(user):
        return Resource.objects.all()
    return Resource.objects.filter(status__in=PUBLIC_STATUSES)


class _Held(QuerySet):
    """One instance's share of rows fetched for many instances at once, kept as prefetch_related
    keeps them: iterated, counted and tested from memory. A query made from it (`filter()`, or
    the manager's `set()`) is the instance's own relation queried afresh, as Django's would be."""

    def _chain(self):
        cache = self._held_by.__dict__["_prefetched_objects_cache"]
        rows = cache.pop(self._held_as)
        try:
            return getattr(self._held_by, self._held_as).all()._chain()
        finally:
            cache[self._held_as] = rows


def _hold(instance, name: str, model, rows: list) -> None:
    held = _Held(model=model)
    held._result_cache, held._prefetch_done = rows, True
    held._held_by, held._held_as = instance, name
    instance.__dict__.setdefault("_prefetched_objects_cache", {})[name] = held


def resources_with_versions(queryset: QuerySet[Resource]) -> list[Resource]:
    """The resources of `queryset`, in its order, each with its series and office, its versions in
    the UN order of the languages (Arabic, Chinese, English, French, Russian, Spanish) with their
    files and documents, its themes and its audiences: seven queries in all.

    Django's prefetch_related builds a filtered queryset for each resource and each version
    (about 50 for a page of ten results): 13 of the 16 ms of loading a search page's resources at
    100,000 versions (bench/README.md, "Search"). The rows are grouped here by their keys instead.
    """
    resources = list(queryset.select_related("series", "office"))
    if not resources:
        return resources
    by_id = {r.pk: r for r in resources}
    position = {code: i for i, code in enumerate(CONTENT_LANGUAGES)}
    versions = sorted(LanguageVersion.objects.filter(resource_id__in=by_id), key=lambda v: (position.get(v.lang, 99), v.pk))
    files: dict[int, list[VersionFile]] = {v.pk: [] for v in versions}
    for file in VersionFile.objects.filter(version_id__in=files).select_related("document").order_by("position", "id"):
        files[file.version_id].append(file)
    grouped: dict[int, list[LanguageVersion]] = {pk: [] for pk in by_id}
    for version in versions:
        version._state.fields_cache["resource"] = by_id[version.resource_id]
        for file in files[version.pk]:
            file._state.fields_cache["version"] = version
        _hold(version, "files", VersionFile, files[version.pk])
        grouped[version.resource_id].append(version)
    for resource in resources:
        _hold(resource, "versions", LanguageVersion, grouped[resource.pk])
    for name in ("themes", "audiences"):
        field = Resource._meta.get_field(name)
        through, target = field.remote_field.through, field.related_model
        links = list(through.objects.filter(resource_id__in=by_id).values_list("resource_id", field.m2m_reverse_name()))
        # Each theme once, in the model's order, however many of the resources hold it.
        ordered = list(target.objects.filter(pk__in={taxon for _, taxon in links}))
        rank = {taxon.pk: i for i, taxon in enumerate(ordered)}
        taxa: dict[int, list] = {pk: [] for pk in by_id}
        held = [link for link in links if link[1] in rank]  # a theme deleted between the two queries: gone
        for resource_id, taxon in sorted(held, key=lambda link: rank[link[1]]):
            taxa[resource_id].append(ordered[rank[taxon]])
        for resource in resources:
            _hold(resource, name, target, taxa[resource.pk])
    return resources


def _filter(queryset, *, kind=None, group=None, theme=None, audience=None, lang=None):
    if group in GROUPS:
        queryset = queryset.filter(kind__in=GROUPS[group])
    if kind:
        queryset = queryset.filter(kind=kind)
    if theme:
        queryset = queryset.filter(themes__slug=theme)
    if audience:
        queryset = queryset.filter(audiences__slug=audience)
    if lang:
        queryset = queryset.filter(versions__lang=lang)
    return queryset.distinct() if (theme or audience or lang) else queryset


def _facets(queryset: QuerySet[Resource]) -> dict[str, dict[str, int]]:
    """Resources per kind, language, theme and audience within `queryset` (four GROUP BY queries)."""
    ids = queryset.values("pk")

    def count(rows, key):
        return {row[key]: row["n"] for row in rows if row[key]}

    kinds = Resource.objects.filter(pk__in=ids).values("kind").annotate(n=Count("pk")).order_by()
    langs = LanguageVersion.objects.filter(resource__in=ids).values("lang").annotate(n=Count("resource", distinct=True)).order_by()
    themes = Resource.themes.through.objects.filter(resource__in=ids).values("thematicarea__slug").annotate(n=Count("resource", distinct=True)).order_by()
    audiences = Resource.audiences.through.objects.filter(resource__in=ids).values("audience__slug").annotate(n=Count("resource", distinct=True)).order_by()
    return {
        "kind": count(kinds, "kind"),
        "lang": count(langs, "lang"),
        "theme": count(themes, "thematicarea__slug"),
        "audience": count(audiences, "audience__slug"),
    }


def _kept_facets(queryset: QuerySet[Resource], *, public: bool, filters: tuple) -> dict[str, dict[str, int]]:
    """The browse facets of `queryset`, kept until the next change when the reader sees only
    public resources: they are then the same for every such reader, and their four GROUP BYs
    over every visible resource are most of a browse request (86 of 160 ms at 28,600
    resources). An editor's, which count drafts, are counted afresh each time."""
    if not public:
        return _facets(queryset)
    return _kept_for_filters("browse-facets", filters, lambda: _facets(queryset))


def _kept_for_filters(prefix: str, filters: tuple, build):
    """`build()`, kept in the listings cache until the next change, once per set of filters (what
    every reader who sees only public resources gets the same for those filters)."""
    key = hashlib.sha256(repr(filters).encode()).hexdigest()[:32]  # filters are what a reader typed
    kept = freshness.kept_many(caches[LISTINGS], prefix, [key], lambda keys: {keys[0]: build()},
                               seconds=settings.PAGE_CACHE_SECONDS)
    return kept[key]


def resource_list(
    *, user, kind=None, group=None, theme=None, audience=None, lang=None, page: int = 1, per_page: int = PER_PAGE
) -> ResourcePage:
    """Browse: the visible resources matching the filters, by title, with facet counts."""
    public = not (user is not None and is_editor(user))  # as resource_visible decides
    queryset = _filter(resource_visible(user=user), kind=kind, group=group, theme=theme, audience=audience, lang=lang)
    ordered = queryset.order_by("sort_title", "slug")
    paginator = Paginator(ordered, per_page)
    page_obj = paginator.get_page(page)
    page_obj.object_list = resources_with_versions(page_obj.object_list)
    facets = _kept_facets(queryset, public=public, filters=(kind, group, theme, audience, lang))
    return ResourcePage(page=page_obj, count=paginator.count, facets=facets)


def resources_latest(*, user, limit: int = 6) -> list[Resource]:
    """The visible resources published last, newest first.

    The newest published_at values are read from their index alone, and their status checked
    here: asked together with the status filter, SQLite without statistics prefers the status
    index and sorts every published resource (36 ms at 28,000 resources, against 0.1 ms). Only
    when the newest rows hold too few visible ones (many archived at once) is the filter asked of
    the database.
    """
    limit = max(0, int(limit))
    everything = user is not None and is_editor(user)  # as resource_visible decides
    window = limit * 10
    newest = list(
        Resource.objects.filter(published_at__isnull=False).order_by("-published_at", "-id").values_list("pk", "status")[:window]
    )
    ids = [pk for pk, status in newest if everything or status in PUBLIC_STATUSES][:limit]
    if len(ids) < limit and len(newest) == window:
        queryset = resource_visible(user=user).filter(published_at__isnull=False).order_by("-published_at", "-id")
        ids = list(queryset.values_list("pk", flat=True)[:limit])
    by_id = {r.pk: r for r in resources_with_versions(resource_visible(user=user).filter(pk__in=ids))}  # archived since: gone
    return [by_id[pk] for pk in ids if pk in by_id]


def resource_get(*, slug: str, user) -> Resource:
    """One resource with everything its page shows; 404 when the user may not see it."""
    found = resources_with_versions(resource_visible(user=user).filter(slug=slug).select_related("replaces", "replaced_by"))
    if not found:
        raise Http404("No such resource")
    return found[0]


def resource_search(*, query: str, lang: str | None, filters: Filters | None = None, page: int = 1, user,
                    per_page: int = SEARCH_PER_PAGE, load=None) -> ResourcePage:
    """Full-text search through the search backend, hydrated into resources with all their versions.

    `load(ids)` may hydrate the page's resource ids otherwise: a dict by id of what the page holds,
    leaving out the resources `user` may not see (the API's kept entries, `library.api`).
    """
    query = (query or "")[:MAX_QUERY_LENGTH]
    page = max(1, page)
    editor = user is not None and is_editor(user)
    backend = get_search_backend()
    parsed = parse(query, ui_lang=lang)  # once, for the search and for its snippets
    results = backend.search(
        parsed, filters=filters or Filters(), public_only=not editor, prefer_lang=lang,
        offset=(page - 1) * per_page, limit=per_page, with_snippets=False,
    )
    ids = [hit.resource_id for hit in results.hits]
    # The index says what is public; the database has the last word (a status changed since).
    if load is None:
        by_id = {r.pk: r for r in resources_with_versions(resource_visible(user=user).filter(pk__in=ids))}
        shown_in = {pk: version.lang for pk, r in by_id.items() if (version := r.version_in(lang))}
    else:
        by_id, shown_in = load(ids), {}
    resources = [by_id[i] for i in ids if i in by_id]
    backend.add_snippets(parsed, _snippet_hits(results.hits, by_id, shown_in), prefer_lang=lang)
    num_pages = max(1, math.ceil(results.count / per_page))
    paginator = Paginator(range(results.count), per_page)
    page_obj = Page(resources, min(page, num_pages), paginator)
    hits = {hit.resource_id: hit.versions for hit in results.hits}
    return ResourcePage(page=page_obj, count=results.count, facets=results.facets, hits=hits)


def _snippet_hits(hits, shown: dict, shown_in: dict[int, str]) -> list[VersionHit]:
    """The matched versions a page of results shows: of each resource it shows, the first (in the
    reader's language if that matched, else the best) and the one in the language its title is
    shown in (`shown_in`). Snippets are made for these alone: a resource may match in six."""
    wanted: list[VersionHit] = []
    for hit in hits:
        if hit.resource_id not in shown or not hit.versions:
            continue
        wanted.append(hit.versions[0])
        lang = shown_in.get(hit.resource_id)
        wanted += [v for v in hit.versions[1:] if v.lang == lang][:1]
    return wanted


@dataclass
class TranslationGaps:
    rows: list[tuple[Resource, list[str]]]  # the page's public resources and the languages each lacks
    held: dict[str, int]  # resources held per language, over all the matching ones
    missing: dict[str, int]  # resources lacking each language, over all the matching ones
    count: int  # the matching public resources
    page: Page | None = None  # the page the rows are, when one was asked for


class _CountedPaginator(Paginator):
    """A paginator told its count (kept since the last change) instead of asking the database."""

    def __init__(self, object_list, per_page, *, count: int):
        super().__init__(object_list, per_page)
        self.count = count  # Paginator.count is a cached_property: this is its value


def _gap_totals(queryset: QuerySet[Resource]) -> tuple[int, dict[str, int]]:
    """How many resources `queryset` holds, and how many of them have each content language."""
    held = {code: 0 for code in CONTENT_LANGUAGES}
    by_lang = (
        LanguageVersion.objects.filter(resource__in=queryset.values("pk"), lang__in=CONTENT_LANGUAGES)
        .values("lang").annotate(n=Count("resource", distinct=True)).order_by()
    )
    for row in by_lang:
        held[row["lang"]] = row["n"]
    return queryset.count(), held


def translation_gaps(*, kind: str | None = None, group: str | None = None, slugs=None, page: int | None = None,
                     per_page: int = GAPS_PER_PAGE) -> TranslationGaps:
    """Which public resources lack which of the six official languages, and totals per language.

    The totals count every matching resource (a count and one aggregate query, 80 ms at 28,600
    resources) and are the same for every reader: without `slugs` they are kept until the next
    change. The rows are the resources by kind and slug, one page of them when `page` is given (a
    catalogue of 28,600 made a 21 MB table in 10 s), and only those named in `slugs` when given.
    """
    queryset = _filter(Resource.objects.filter(status__in=PUBLIC_STATUSES), kind=kind, group=group)
    if slugs is not None:
        queryset = queryset.filter(slug__in=list(slugs))
        count, held = _gap_totals(queryset)
    else:
        count, held = _kept_for_filters("gap-totals", (kind, group), lambda: _gap_totals(queryset))
    versions = LanguageVersion.objects.only("id", "resource_id", "lang", "title")
    ordered = queryset.prefetch_related(Prefetch("versions", queryset=versions)).order_by("kind", "slug")
    page_obj = None
    if page is not None:
        page_obj = _CountedPaginator(ordered, max(1, per_page), count=count).get_page(page)
        resources = list(page_obj.object_list)
    else:
        resources = list(ordered)
    rows = [(resource, resource.missing_languages) for resource in resources]
    missing = {code: count - held[code] for code in CONTENT_LANGUAGES}
    return TranslationGaps(rows=rows, held=held, missing=missing, count=count, page=page_obj)


def kind_label(value: str) -> str:
    try:
        return Kind(value).label
    except ValueError:
        return value
