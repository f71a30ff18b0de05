"""Reads: browse with facets, one resource, search hydration, translation gaps."""

import pytest
from django.http import Http404

from pkhub.library import selectors, services
from pkhub.library.models import Kind
from pkhub.library.tests.factories import AudienceFactory, EditorFactory, ThematicAreaFactory, VersionFileFactory
from pkhub.search.backends import Filters

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue():
    theme = ThematicAreaFactory(slug="poc")
    audience = AudienceFactory(slug="police")
    made = []
    for n, kind in enumerate([Kind.STM, Kind.STM, Kind.POLICY, Kind.CPTM]):
        resource = services.resource_create(slug=f"r{n}", kind=kind, themes=[theme] if n < 2 else [], audiences=[audience] if n == 0 else [])
        en = services.version_upsert(resource=resource, lang="en", title=f"Protection of civilians {n}")
        VersionFileFactory(version=en)
        if n % 2 == 0:
            services.version_upsert(resource=resource, lang="fr", title=f"Protection des civils {n}")
        services.resource_publish(resource=resource)
        made.append(resource)
    draft = services.resource_create(slug="draft", kind=Kind.STM)
    services.version_upsert(resource=draft, lang="en", title="Protection of civilians draft")
    return made


def test_list_counts_facets_over_the_visible_resources(catalogue, django_user_model):
    """Browse facets count public resources per kind, language, theme and audience."""
    page = selectors.resource_list(user=None)
    assert page.count == 4
    assert page.facets["kind"] == {"stm": 2, "policy": 1, "cptm": 1}
    assert page.facets["lang"] == {"en": 4, "fr": 2}
    assert page.facets["theme"] == {"poc": 2} and page.facets["audience"] == {"police": 1}


def test_list_filters_by_group_and_language(catalogue):
    """group=guidance keeps guidance kinds; lang keeps resources held in that language."""
    assert [r.slug for r in selectors.resource_list(user=None, group="guidance").resources] == ["r2"]
    assert {r.slug for r in selectors.resource_list(user=None, lang="fr").resources} == {"r0", "r2"}


def test_editors_see_drafts_in_lists(catalogue):
    """An editor's browse includes drafts."""
    assert selectors.resource_list(user=EditorFactory()).count == 5


def test_list_is_a_fixed_number_of_queries(catalogue, django_assert_max_num_queries):
    """Browsing costs the same few queries however many resources the page shows."""
    with django_assert_max_num_queries(12):
        page = selectors.resource_list(user=None)
        for resource in page.resources:
            [f.document.size for v in resource.versions.all() for f in v.files.all()]
            list(resource.themes.all())


def test_get_hides_drafts_from_visitors(catalogue):
    """A draft is a 404 for a visitor and found for an editor."""
    with pytest.raises(Http404):
        selectors.resource_get(slug="draft", user=None)
    assert selectors.resource_get(slug="draft", user=EditorFactory()).slug == "draft"


def test_loaded_resources_hold_their_own_versions_themes_and_audiences(catalogue, django_assert_num_queries):
    """Each resource gets its versions in the UN order of languages, its files and its own taxa only."""
    services.version_upsert(resource=catalogue[0], lang="ar", title="حماية المدنيين")
    page = selectors.resource_list(user=None)
    by_slug = {r.slug: r for r in page.resources}
    with django_assert_num_queries(0):
        assert [v.lang for v in by_slug["r0"].versions.all()] == ["ar", "en", "fr"]
        assert [v.lang for v in by_slug["r1"].versions.all()] == ["en"]
        assert all(v.resource is by_slug["r0"] for v in by_slug["r0"].versions.all())
        assert [len(v.files.all()) for v in by_slug["r0"].versions.all()] == [0, 1, 0]
        assert [t.slug for t in by_slug["r1"].themes.all()] == ["poc"] and not by_slug["r2"].themes.all()
        assert [a.slug for a in by_slug["r0"].audiences.all()] == ["police"] and not by_slug["r1"].audiences.all()
        assert by_slug["r0"].languages == ["ar", "en", "fr"]


def test_a_query_from_loaded_rows_stays_within_the_resource(catalogue):
    """Filtering a loaded resource's versions, or setting its themes, reaches that resource only."""
    resource = selectors.resource_get(slug="r0", user=None)
    assert [v.resource_id for v in resource.versions.filter(lang="en")] == [resource.pk]
    assert list(resource.versions.exclude(lang="en").values_list("lang", flat=True)) == ["fr"]
    resource.themes.set([])
    assert selectors.resource_get(slug="r1", user=None).themes.all()[0].slug == "poc"
    assert not selectors.resource_get(slug="r0", user=None).themes.all()


def test_search_hydrates_resources_without_n_plus_one(catalogue, django_assert_max_num_queries):
    """Search results come with all their versions and files in a fixed number of queries."""
    with django_assert_max_num_queries(14):
        found = selectors.resource_search(query="civilians", lang="fr", user=None)
        for resource in found.resources:
            [f.document.size for v in resource.versions.all() for f in v.files.all()]
    assert found.count == 4
    assert "draft" not in {r.slug for r in found.resources}


def test_search_finds_the_work_through_any_language(catalogue):
    """A French query finds the resource and lists its English version too."""
    found = selectors.resource_search(query="civils", lang="fr", user=None)
    resource = next(r for r in found.resources if r.slug == "r0")
    assert resource.languages == ["en", "fr"]


def test_search_filters_by_kind(catalogue):
    """A kind filter narrows the search."""
    found = selectors.resource_search(query="civilians", lang="en", filters=Filters(kind="policy"), user=None)
    assert [r.slug for r in found.resources] == ["r2"]


def test_translation_gaps_per_resource_and_language(catalogue):
    """Each public resource with the languages it lacks; totals per language."""
    gaps = selectors.translation_gaps()
    assert len(gaps.rows) == 4
    assert dict((r.slug, missing) for r, missing in gaps.rows)["r1"] == ["ar", "zh", "fr", "ru", "es"]
    assert gaps.held["fr"] == 2 and gaps.missing["fr"] == 2 and gaps.missing["ar"] == 4


def test_translation_gaps_by_page_or_by_name_keep_totals_of_what_they_cover(catalogue):
    """A page holds its rows and the totals of every resource; named slugs narrow both."""
    page = selectors.translation_gaps(page=2, per_page=3)
    assert [r.slug for r, _missing in page.rows] == ["r1"] and page.count == 4  # by kind: cptm, policy, stm, stm
    assert page.held["fr"] == 2 and page.missing["ar"] == 4 and page.page.paginator.num_pages == 2
    named = selectors.translation_gaps(slugs={"r0", "draft", "nothing"})
    assert [r.slug for r, _missing in named.rows] == ["r0"] and named.count == 1 and named.held["fr"] == 1
    assert selectors.translation_gaps(slugs=set()).rows == []


# --- The browse order: each resource's sort key (indexing.sort_titles_refresh) ------------------


def _titled(slug: str, title: str, lang: str = "en", original: str = "en"):
    resource = services.resource_create(slug=slug, kind=Kind.STM, original_language=original)
    services.version_upsert(resource=resource, lang=lang, title=title)
    return services.resource_publish(resource=resource)


def _browse_slugs() -> list[str]:
    return [r.slug for r in selectors.resource_list(user=None).page.object_list]


def test_browse_sorts_by_title_whatever_its_case_and_accents():
    """"École" between "abc" and "Zone", on both engines (SQLite's lower() put it after "Zone")."""
    _titled("z", "Zone commanders' guide")
    _titled("e", "École de maintien de la paix", lang="fr", original="fr")
    _titled("a", "abc of peacekeeping")
    _titled("a2", "ABC OF PEACEKEEPING")  # same key: the slug decides
    _titled("ar", "إرشادات حفظ السلام", lang="ar", original="ar")  # hamza below: sorts with ا
    assert _browse_slugs() == ["a", "a2", "e", "z", "ar"]


def test_browse_order_follows_title_edits_original_language_and_deleted_versions():
    first = _titled("first", "Alpha handbook")
    second = _titled("second", "Beta handbook")
    assert _browse_slugs() == ["first", "second"]
    services.version_upsert(resource=first, lang="en", title="Omega handbook")  # a title edit
    assert _browse_slugs() == ["second", "first"]
    services.version_upsert(resource=first, lang="fr", title="Aardvark, manuel")
    assert _browse_slugs() == ["second", "first"]  # a translation does not move it
    first.refresh_from_db()
    services.resource_update(resource=first, revision=first.revision, original_language="fr")
    assert _browse_slugs() == ["first", "second"]  # now sorted by its French original
    services.version_delete(version=first.versions.get(lang="fr"))
    assert _browse_slugs() == ["second", "first"]  # back to the English one it still has


def test_a_draft_without_versions_sorts_by_its_slug_for_an_editor():
    _titled("m", "Middle manual")
    services.resource_create(slug="aaa-empty", kind=Kind.STM)
    services.resource_create(slug="zzz-empty", kind=Kind.STM)
    listed = selectors.resource_list(user=EditorFactory()).page.object_list
    assert [r.slug for r in listed] == ["aaa-empty", "m", "zzz-empty"]
