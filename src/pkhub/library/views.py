"""The library's public pages and its downloads. Views parse input, ask a selector, render."""

from urllib.parse import urlencode

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from pkhub.core import freshness
from pkhub.core.languages import CONTENT_LANGUAGES, LANGUAGE_LABELS, content_language
from pkhub.library import selectors
from pkhub.library.downloads import file_response
from pkhub.library.models import Audience, Kind, ThematicArea, VersionFile
from pkhub.library.services import download_count_increment
from pkhub.search.backends import Filters

MAX_PAGE = 10_000
FACET_PARAMS = ("kind", "lang", "theme", "audience")


def _page_number(request) -> int:
    try:
        return min(max(1, int(request.GET.get("page", 1))), MAX_PAGE)
    except (TypeError, ValueError):
        return 1


def _param(request, name: str, allowed=None) -> str | None:
    value = (request.GET.get(name) or "").strip()[:120]
    if not value or (allowed is not None and value not in allowed):
        return None
    return value


def _url_with(request, **changes) -> str:
    params = {k: v for k, v in request.GET.items() if k != "page"}
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = value
    return f"?{urlencode(params)}" if params else "?"


def _facet_groups(request, facets: dict) -> list[dict]:
    """Facet counts as links: each narrows the list (or widens it again when already chosen)."""
    names = {
        "kind": {k.value: k.label for k in Kind},
        "lang": dict(LANGUAGE_LABELS),
        "theme": dict(ThematicArea.objects.values_list("slug", "name")),
        "audience": dict(Audience.objects.values_list("slug", "name")),
    }
    headings = {"kind": _("Kind"), "lang": _("Language"), "theme": _("Thematic area"), "audience": _("Audience")}
    groups = []
    for key in FACET_PARAMS:
        counts = facets.get(key) or {}
        chosen = request.GET.get(key)
        items = [
            {
                "value": value,
                "label": names[key].get(value, value),
                "count": count,
                "current": value == chosen,
                "url": _url_with(request, **{key: None if value == chosen else value}),
            }
            for value, count in sorted(counts.items(), key=lambda item: (-item[1], str(names[key].get(item[0], item[0]))))
        ]
        if items:
            groups.append({"key": key, "heading": headings[key], "items": items})
    return groups


def _pagination(request, page) -> dict:
    return {
        "page": page,
        "previous_url": _url_with(request, page=page.previous_page_number()) if page.has_previous() else None,
        "next_url": _url_with(request, page=page.next_page_number()) if page.has_next() else None,
    }


@require_safe
def home(request):
    """The "I am looking for…" box and the hub's entry points.

    The three lists (open calls, news, recently added) are cached as one fragment per language
    and reader until any of their records changes (core.freshness) or a minute passes; the
    lists are only read when the fragment is not in the cache.
    """
    user = request.user
    reader = f"u{user.pk}" if user.is_authenticated else "anonymous"
    return render(request, "library/home.html", {
        "latest": SimpleLazyObject(lambda: selectors.resources_latest(user=user, limit=6)),
        "listings_key": f"{freshness.generation()}:{reader}:{timezone.localdate().isoformat()}",
        "listings_seconds": freshness.FRAGMENT_SECONDS,
    })


@require_safe
def search(request):
    """Search results grouped by resource, with facets."""
    query = (request.GET.get("q") or "").strip()
    lang = content_language()
    context = {"query": query, "results": None}
    if query:
        filters = Filters(
            kind=_param(request, "kind", Kind.values),
            lang=_param(request, "lang", CONTENT_LANGUAGES),
            theme=_param(request, "theme"),
            audience=_param(request, "audience"),
        )
        results = selectors.resource_search(query=query, lang=lang, filters=filters, page=_page_number(request), user=request.user)
        context.update(
            results=results,
            facet_groups=_facet_groups(request, results.facets),
            **_pagination(request, results.page),
        )
    return render(request, "library/search.html", context)


@require_safe
def browse(request):
    """Resources by group, kind, theme, audience and language."""
    group = _param(request, "group", selectors.GROUPS)
    results = selectors.resource_list(
        user=request.user,
        group=group,
        kind=_param(request, "kind", Kind.values),
        theme=_param(request, "theme"),
        audience=_param(request, "audience"),
        lang=_param(request, "lang", CONTENT_LANGUAGES),
        page=_page_number(request),
    )
    headings = {"guidance": _("Guidance"), "training": _("Training materials")}
    return render(
        request,
        "library/browse.html",
        {
            "results": results,
            "heading": headings.get(group, _("All resources")),
            "facet_groups": _facet_groups(request, results.facets),
            **_pagination(request, results.page),
        },
    )


@require_safe
def resource_detail(request, slug):
    """A resource and its language versions, with downloads."""
    resource = selectors.resource_get(slug=slug, user=request.user)
    return render(request, "library/resource.html", {"resource": resource})


@require_safe
def translation_gaps(request):
    """Which public resources lack which official languages."""
    group = _param(request, "group", selectors.GROUPS)
    gaps = selectors.translation_gaps(group=group, page=_page_number(request), per_page=selectors.GAPS_PER_PAGE)
    return render(
        request,
        "library/translation_gaps.html",
        {"gaps": gaps, "languages": CONTENT_LANGUAGES, "group": group, **_pagination(request, gaps.page)},
    )


@require_safe
def download(request, pk, filename):
    """One file, streamed with Range support; only files of resources the user may see."""
    version_file = get_object_or_404(VersionFile.objects.select_related("version__resource", "document"), pk=pk)
    if not request.user.has_perm("library.view_resource", version_file.version.resource):
        raise Http404("No such file")
    if filename != version_file.download_name:
        return redirect(version_file.get_absolute_url())
    return file_response(
        request,
        document=version_file.document,
        filename=version_file.download_name,
        on_download=lambda: download_count_increment(version_file),
    )
