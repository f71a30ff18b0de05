"""The public API: /api/v1/resources, /api/v1/resources/{slug}, /api/v1/translation-gaps."""

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from pkhub.library import selectors, services
from pkhub.library.api import LISTINGS
from pkhub.library.models import Kind, Resource
from pkhub.library.tests.factories import DocumentFactory, EditorFactory, ThematicAreaFactory, VersionFileFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue():
    theme = ThematicAreaFactory(slug="poc", name="Protection of civilians")
    stm = services.resource_create(slug="cpoc", kind=Kind.STM, themes=[theme])
    en = services.version_upsert(resource=stm, lang="en", title="Comprehensive Protection of Civilians")
    services.version_upsert(resource=stm, lang="fr", title="Protection globale des civils", summary="protection des civils")
    VersionFileFactory(version=en, document=DocumentFactory(content=b"%PDF" + b"0" * 996))
    services.resource_publish(resource=stm)
    policy = services.resource_create(slug="policy-poc", kind=Kind.POLICY)
    services.version_upsert(resource=policy, lang="en", title="Policy on the protection of civilians")
    services.resource_publish(resource=policy)
    draft = services.resource_create(slug="draft", kind=Kind.STM)
    services.version_upsert(resource=draft, lang="en", title="Draft civilians package")
    return stm


def test_browse_lists_public_resources_with_versions_and_facets(client, catalogue):
    """Without q the API browses: public resources, their versions with download URL and size, facets."""
    data = client.get("/api/v1/resources").json()
    assert data["count"] == 2
    assert {r["slug"] for r in data["results"]} == {"cpoc", "policy-poc"}
    cpoc = next(r for r in data["results"] if r["slug"] == "cpoc")
    assert cpoc["languages"] == ["en", "fr"] and cpoc["themes"] == ["poc"]
    en = next(v for v in cpoc["versions"] if v["lang"] == "en")
    assert en["size"] == 1000 and en["download_url"].startswith("http://testserver/files/")
    assert data["facets"]["kind"] == {"stm": 1, "policy": 1}
    assert data["facets"]["lang"] == {"en": 2, "fr": 1}


def test_filters_narrow_the_list(client, catalogue):
    """kind, lang and theme filter the browse list."""
    assert [r["slug"] for r in client.get("/api/v1/resources?kind=policy").json()["results"]] == ["policy-poc"]
    assert [r["slug"] for r in client.get("/api/v1/resources?lang=fr").json()["results"]] == ["cpoc"]
    assert [r["slug"] for r in client.get("/api/v1/resources?theme=poc").json()["results"]] == ["cpoc"]


def test_lang_puts_that_title_first(client, catalogue):
    """With lang=fr the French title is the resource's title."""
    data = client.get("/api/v1/resources?lang=fr").json()
    assert data["results"][0]["title"] == "Protection globale des civils"


def test_search_carries_snippets_and_hides_drafts(client, catalogue):
    """With q the API searches; results carry a snippet; drafts never appear."""
    data = client.get("/api/v1/resources?q=civilians").json()
    slugs = {r["slug"] for r in data["results"]}
    assert "draft" not in slugs and "cpoc" in slugs
    assert all("snippet" in r for r in data["results"])


def test_one_resource_with_all_versions(client, catalogue):
    """GET /resources/{slug} returns the resource with every version."""
    data = client.get("/api/v1/resources/cpoc").json()
    assert [v["lang"] for v in data["versions"]] == ["en", "fr"]


@pytest.mark.parametrize("slug", ["draft", "nope", "x" * 500])
def test_unknown_or_unpublished_resource_is_a_json_404(client, catalogue, slug):
    """Drafts and unknown slugs are a 404 with a JSON body."""
    response = client.get(f"/api/v1/resources/{slug}")
    assert response.status_code == 404 and response.json()["detail"]


@pytest.mark.parametrize(
    "params",
    ["page=abc", "page=-1", "page=0", f"page={10**9}", "page=1.5", "kind=unknown", "lang=xx", "q=" + "a" * 10_001],
)
def test_bad_parameters_get_a_4xx_json_answer(client, catalogue, params):
    """Wrong types, out-of-range pages, unknown kinds and languages are refused in JSON, never a 500."""
    response = client.get(f"/api/v1/resources?{params}")
    assert 400 <= response.status_code < 500
    assert response.json()


@pytest.mark.parametrize(
    "params", ["q=" + "a" * 10_000, "q=%22(*:-", "q=%F0%9F%98%80", "q=DROP%20TABLE", "page=500", "q=civilians&page=500", "theme=nope", "audience=" + "z" * 100]
)
def test_odd_but_valid_parameters_give_empty_or_real_results(client, catalogue, params):
    """Odd queries and pages past the end give a 200 with a (possibly empty) list."""
    response = client.get(f"/api/v1/resources?{params}")
    assert response.status_code == 200
    assert isinstance(response.json()["results"], list)


def test_page_past_the_end_is_empty(client, catalogue):
    """Asking for page 500 of two resources gives no results rather than the last page again."""
    assert client.get("/api/v1/resources?page=500").json()["results"] == []


def test_translation_gaps_lists_missing_languages(client, catalogue):
    """The gaps endpoint says which official languages each public resource lacks."""
    data = client.get("/api/v1/translation-gaps").json()
    cpoc = next(r for r in data["results"] if r["slug"] == "cpoc")
    assert cpoc["missing"] == ["ar", "zh", "ru", "es"]
    assert data["held"]["en"] == 2 and data["missing"]["fr"] == 1
    assert "draft" not in {r["slug"] for r in data["results"]}


def test_translation_gaps_come_a_page_at_a_time_with_totals_over_all(client, catalogue):
    """per_page cuts the list; the totals still count every public resource; past the end is empty."""
    first = client.get("/api/v1/translation-gaps?per_page=1").json()
    second = client.get("/api/v1/translation-gaps?per_page=1&page=2").json()
    assert first["count"] == second["count"] == 2 and first["page"] == 1 and second["page"] == 2
    assert len(first["results"]) == len(second["results"]) == 1
    assert {first["results"][0]["slug"], second["results"][0]["slug"]} == {"cpoc", "policy-poc"}
    assert second["held"] == first["held"] and first["held"]["en"] == 2 and first["missing"]["ar"] == 2
    assert client.get("/api/v1/translation-gaps?per_page=1&page=3").json()["results"] == []
    for params in ("per_page=0", "per_page=501", "page=0", "page=abc", "per_page=1e9"):
        response = client.get(f"/api/v1/translation-gaps?{params}")
        assert response.status_code in (400, 422) and response.json()["detail"], params


def test_openapi_describes_the_library_endpoints(client):
    """The OpenAPI document lists the three library paths."""
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert {"/api/v1/resources", "/api/v1/resources/{slug}", "/api/v1/translation-gaps"} <= set(paths)


def test_per_page_sets_the_page_size_and_keeps_the_count(client, catalogue):
    """per_page=1 gives one result a page, the same total, and page 2 holds the other resource."""
    first = client.get("/api/v1/resources?per_page=1").json()
    second = client.get("/api/v1/resources?per_page=1&page=2").json()
    assert first["count"] == second["count"] == 2
    assert len(first["results"]) == len(second["results"]) == 1
    assert first["results"][0]["slug"] != second["results"][0]["slug"]
    searched = client.get("/api/v1/resources?q=civilians&per_page=1").json()
    assert searched["count"] == 2 and len(searched["results"]) == 1


@pytest.mark.parametrize("value", ["0", "-3", "101", "999999999999999999999", "ten", ""])
def test_a_bad_per_page_is_refused_with_a_clear_error(client, catalogue, value):
    response = client.get(f"/api/v1/resources?per_page={value}")
    assert response.status_code in (400, 422)
    assert "per_page" in response.content.decode()


# --- Kept entries (api._entries): each public resource's entry, until the next change -------------


@pytest.fixture
def kept(settings):
    """The listing cache on, as in production (the suite runs with PAGE_CACHE_SECONDS=0)."""
    settings.PAGE_CACHE_SECONDS = 60
    settings.ALLOWED_HOSTS = ["testserver", "mirror.example"]
    caches[LISTINGS].clear()
    yield caches[LISTINGS]
    caches[LISTINGS].clear()


def _queries(client, url: str, **extra) -> tuple[dict, int]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **extra)
    assert response.status_code == 200
    return response.json(), len(queries)


def test_a_repeated_search_answers_the_same_with_fewer_queries(client, catalogue, kept):
    first, cold = _queries(client, "/api/v1/resources?q=civilians")
    second, warm = _queries(client, "/api/v1/resources?q=civilians")
    assert second == first
    assert {r["slug"] for r in second["results"]} == {"cpoc", "policy-poc"}
    # The seven queries that load the page's resources are skipped; the counter costs one.
    assert warm <= cold - 6


def test_an_edit_shows_on_the_next_search(client, catalogue, kept):
    client.get("/api/v1/resources?q=civilians")
    services.version_upsert(resource=catalogue, lang="en", title="Comprehensive Protection of Civilians, 2027 edition")
    services.version_upsert(resource=catalogue, lang="ar", title="الحماية الشاملة للمدنيين")
    cpoc = next(r for r in client.get("/api/v1/resources?q=civilians").json()["results"] if r["slug"] == "cpoc")
    assert cpoc["title"] == "Comprehensive Protection of Civilians, 2027 edition"
    assert cpoc["languages"] == ["ar", "en", "fr"] and "ar" not in cpoc["missing_languages"]


def test_an_archived_resource_leaves_the_results_at_once(client, catalogue, kept):
    assert "cpoc" in {r["slug"] for r in client.get("/api/v1/resources?q=civilians").json()["results"]}
    services.resource_archive(resource=catalogue)
    assert "cpoc" not in {r["slug"] for r in client.get("/api/v1/resources?q=civilians").json()["results"]}


def test_entries_keep_their_language_and_host(client, catalogue, kept):
    """The title in the asked language and absolute URLs on the asked host, whatever was kept before."""
    client.get("/api/v1/resources?q=protection")
    french = client.get("/api/v1/resources?q=protection&lang=fr").json()["results"]
    assert next(r for r in french if r["slug"] == "cpoc")["title"] == "Protection globale des civils"
    mirrored = client.get("/api/v1/resources?q=civilians", HTTP_HOST="mirror.example").json()["results"]
    cpoc = next(r for r in mirrored if r["slug"] == "cpoc")
    assert cpoc["url"].startswith("http://mirror.example/")
    assert cpoc["versions"][0]["download_url"].startswith("http://mirror.example/files/")


def test_a_draft_an_editor_finds_is_never_kept_for_others(client, catalogue, kept):
    client.force_login(EditorFactory())
    found = client.get("/api/v1/resources?q=civilians").json()["results"]
    assert "draft" in {r["slug"] for r in found}
    # What was kept is what any reader may get: the two public resources' entries, not the draft's.
    draft = Resource.objects.get(slug="draft")
    assert not [key for key in kept._cache if key.endswith(f":{draft.pk}")]
    client.logout()
    assert "draft" not in {r["slug"] for r in client.get("/api/v1/resources?q=civilians").json()["results"]}


def test_browse_facets_are_kept_until_the_next_change(client, catalogue, kept):
    """Repeated, the browse answers the same without its four facet queries; a publication shows at once."""
    first, cold = _queries(client, "/api/v1/resources")
    second, warm = _queries(client, "/api/v1/resources")
    assert second == first and first["facets"]["kind"] == {"stm": 1, "policy": 1}
    assert warm <= cold - 4
    services.resource_publish(resource=Resource.objects.get(slug="draft"))
    assert client.get("/api/v1/resources").json()["facets"]["kind"] == {"stm": 2, "policy": 1}


def test_browse_facets_are_kept_apart_for_each_filter_and_never_from_an_editor(client, catalogue, kept):
    assert client.get("/api/v1/resources?kind=policy").json()["facets"]["kind"] == {"policy": 1}
    assert client.get("/api/v1/resources?lang=fr").json()["facets"]["kind"] == {"stm": 1}
    assert client.get("/api/v1/resources").json()["facets"]["kind"] == {"stm": 1, "policy": 1}
    client.force_login(EditorFactory())
    assert client.get("/api/v1/resources").json()["facets"]["kind"] == {"stm": 2, "policy": 1}  # the draft counts
    client.logout()
    assert client.get("/api/v1/resources").json()["facets"]["kind"] == {"stm": 1, "policy": 1}


def test_translation_totals_are_kept_until_the_next_change(client, catalogue, kept):
    """Repeated, the gaps answer the same without counting again; a publication shows at once."""
    first, cold = _queries(client, "/api/v1/translation-gaps?per_page=1")
    second, warm = _queries(client, "/api/v1/translation-gaps?per_page=1")
    assert second == first and first["count"] == 2 and first["held"]["en"] == 2
    assert warm <= cold - 2  # the count and the aggregate by language
    assert selectors.translation_gaps(kind=Kind.POLICY, page=1).count == 1  # kept apart for each filter
    services.resource_publish(resource=Resource.objects.get(slug="draft"))
    after = client.get("/api/v1/translation-gaps?per_page=1").json()
    assert after["count"] == 3 and after["held"]["en"] == 3
