"""Facet counts where the packed facet bits cannot hold the answer: part of `SearchBackendSuite`.

Facets are counted from bits on the narrow row (see `pkhub.search.backends.grouped`); these tests
cover the cases where that cannot be trusted and the counts must still be exact.
"""

from pkhub.search.tests.factories import IndexEntryFactory as Entry


class FacetBitsSuite:
    """Mixed into SearchBackendSuite, which provides `index` and `search`."""

    def test_facets_stay_exact_for_other_languages_and_twin_versions(self):
        """Facet counts stay counts of resources with an unlisted language or two versions in one language."""
        self.index(
            Entry(version_id=1, resource_id=1, lang="de", kind="stm", title="Protection handbook"),
            Entry(version_id=2, resource_id=1, lang="en", kind="stm", title="Protection handbook"),
            Entry(version_id=3, resource_id=2, lang="en", kind="stm", title="Protection guide"),
            Entry(version_id=4, resource_id=2, lang="en", kind="stm", title="Protection guide, second edition"),
        )
        results = self.search("protection")
        assert results.count == 2
        assert results.facets["lang"] == {"en": 2, "de": 1}
        assert results.facets["kind"] == {"stm": 2}

    def test_facets_stay_exact_with_more_themes_than_bits(self):
        """Fifty themes still give each theme its count of matching resources."""
        themes = tuple(f"theme-{n:02}" for n in range(50))
        self.index(
            Entry(version_id=1, resource_id=1, themes=themes, audiences=("police",), title="Protection"),
            Entry(version_id=2, resource_id=2, themes=themes[-1:], title="Protection"),
        )
        facets = self.search("protection").facets
        assert len(facets["theme"]) == 50 and facets["theme"]["theme-49"] == 2 and facets["theme"]["theme-00"] == 1
        assert facets["audience"] == {"police": 1}

    def test_facets_follow_new_themes_of_a_resource(self):
        """Re-indexing one version with new themes moves the whole resource to them in the facets."""
        self.index(Entry(version_id=1, resource_id=1, lang="en", themes=("poc",), title="Protection"))
        self.index(Entry(version_id=2, resource_id=1, lang="fr", themes=("poc",), title="Protection"))
        self.index(Entry(version_id=2, resource_id=1, lang="fr", themes=("gender",), title="Protection"))
        facets = self.search("protection").facets
        assert facets["theme"] == {"gender": 1}
        assert facets["lang"] == {"en": 1, "fr": 1}

    def test_facets_add_up_resources_that_share_themes_kinds_or_languages(self):
        """Resources alike in one facet and not in another are each counted once in every value they hold."""
        self.index(
            Entry(version_id=1, resource_id=1, lang="en", kind="stm", themes=("poc",), audiences=("military",),
                  title="Protection"),
            Entry(version_id=2, resource_id=1, lang="fr", kind="stm", themes=("poc",), audiences=("military",),
                  title="Protection"),
            Entry(version_id=3, resource_id=2, lang="en", kind="cptm", themes=("poc",), audiences=("military",),
                  title="Protection"),
            Entry(version_id=4, resource_id=3, lang="fr", kind="stm", themes=("gender", "poc"), audiences=("police",),
                  title="Protection"),
            Entry(version_id=5, resource_id=4, lang="ar", kind="stm", themes=("gender", "poc"), audiences=("police",),
                  title="Protection"),
        )
        facets = self.search("protection").facets
        assert facets["kind"] == {"stm": 3, "cptm": 1}
        assert facets["theme"] == {"poc": 4, "gender": 2}
        assert facets["audience"] == {"military": 2, "police": 2}
        assert facets["lang"] == {"en": 2, "fr": 2, "ar": 1}
