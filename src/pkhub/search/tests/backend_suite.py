"""The behaviour every search backend must show: one suite, run against each backend in turn.

A backend's test module subclasses `SearchBackendSuite` and names the backend; the class is skipped
when the test database is not the backend's engine (the PostgreSQL run happens when DATABASE_URL
points at PostgreSQL, e.g. through `tests/pgcluster.py`).
"""

import pytest
from django.utils.module_loading import import_string

from pkhub.search.backends import Filters
from pkhub.search.tests.backend_suite_facets import FacetBitsSuite
from pkhub.search.tests.factories import IndexEntryFactory as Entry

ODD_QUERIES = [
    '"',
    '"unbalanced quote',
    '""',
    "*",
    "civ*",
    "**",
    ":",
    "title:civilians",
    "(",
    "(civilians",
    ")",
    "-",
    "--",
    "' OR 1=1 --",
    "'; DROP TABLE search_doc; --",
    "NEAR(",
    "NEAR(civilians protection, 2)",
    "AND OR NOT",
    "civilians AND",
    "^",
    "{}[]\\",
    "%_%",
    "x" * 10_000,
    "civilians " * 2_000,
    "😀",
    "😀 civilians 🇺🇳",
    "\x00",
    "civ\x00ilians",
    "\x01\x1f\x7f",
    "\ud800",
    "",
    "   ",
    "-civilians",
    "-x",
    "OR",
    "civilians OR",
    "' \" ( ) * : - OR NOT",
]


class SearchBackendSuite(FacetBitsSuite):
    backend_path = ""

    @pytest.fixture(autouse=True)
    def _backend(self, db):
        self.backend = import_string(self.backend_path)("default")
        self.backend.rebuild([])  # whatever other tests left behind is rolled back with this test

    def index(self, *entries):
        self.backend.index_many(entries)

    def search(self, query, **kwargs):
        return self.backend.search(query, **kwargs)

    def found(self, query, **kwargs) -> list[int]:
        return [hit.resource_id for hit in self.search(query, **kwargs).hits]

    # --- Languages ----------------------------------------------------------------------------

    def test_french_plural_finds_singular(self):
        """"formateurs" finds a French title that says "formateur", and the other way round."""
        self.index(Entry(resource_id=1, lang="fr", title="Guide du formateur"))
        self.index(Entry(resource_id=2, lang="fr", title="Manuel", body="Les formateurs enseignent."))
        assert sorted(self.found("formateurs", prefer_lang="fr")) == [1, 2]
        assert sorted(self.found("formateur", prefer_lang="fr")) == [1, 2]

    def test_russian_inflections_meet(self):
        """"обучение" finds "обучения"."""
        self.index(Entry(resource_id=1, lang="ru", title="Программа обучения миротворцев"))
        assert self.found("обучение", prefer_lang="ru") == [1]
        assert self.found("ОБУЧЕНИЮ") == [1]

    def test_arabic_with_and_without_diacritics(self):
        """Arabic words match whether the text or the query carries tashkeel, and across inflections."""
        self.index(Entry(resource_id=1, lang="ar", title="دليل", body="يجب على المُدَرِّبين حماية المدنيين"))
        self.index(Entry(resource_id=2, lang="ar", title="المدربون", body="نص"))
        assert 1 in self.found("مدربين", prefer_lang="ar")
        assert 1 in self.found("المُدَرِّبين")
        assert self.found("المدنيين") == [1]
        assert 2 in self.found("المُدَرِّبون")

    def test_arabic_letter_forms_are_normalised(self):
        """Alef with hamza and ta marbuta match their plain forms."""
        self.index(Entry(resource_id=1, lang="ar", title="إدارة عمليات حفظ السلام"))
        assert self.found("اداره") == [1]

    def test_spanish_stemming(self):
        """"capacitaciones" finds "capacitación"."""
        self.index(Entry(resource_id=1, lang="es", title="Manual de capacitación"))
        assert self.found("capacitaciones", prefer_lang="es") == [1]
        assert self.found("capacitacion") == [1]

    def test_english_stemming(self):
        """"trainers" finds "trainer" and "training" finds "trained"."""
        self.index(Entry(resource_id=1, lang="en", title="Handbook for the trainer", body="Staff are trained."))
        assert self.found("trainers") == [1]
        assert self.found("training") == [1]

    def test_diacritics_are_folded_both_ways(self):
        """"securite" finds "sécurité", and "SÉCURITÉ" finds "securite"."""
        self.index(Entry(resource_id=1, lang="fr", title="La sécurité des civils"))
        self.index(Entry(resource_id=2, lang="fr", title="Note", body="securite routiere"))
        assert sorted(self.found("securite")) == [1, 2]
        assert sorted(self.found("SÉCURITÉ")) == [1, 2]

    def test_chinese_two_characters_inside_running_text(self):
        """A two-character word is found inside Chinese text written without spaces."""
        self.index(Entry(resource_id=1, lang="zh", title="决议", body="联合国安全理事会决议要求保护平民。"))
        self.index(Entry(resource_id=2, lang="zh", title="其他", body="维持和平行动"))
        assert self.found("安全") == [1]
        assert self.found("理事") == [1]
        assert self.found("保护平民") == [1]
        assert self.found("和平") == [2]
        assert self.found("平安") == []

    def test_chinese_single_character(self):
        """One Chinese character finds the texts that contain it, even at the end of a run."""
        self.index(Entry(resource_id=1, lang="zh", title="安理会", body="联合国"))
        assert self.found("会") == [1]
        assert self.found("联") == [1]

    # --- Grouping and ranking -------------------------------------------------------------------

    def test_hit_in_one_language_returns_the_resource_with_its_matching_versions(self):
        """A resource appears once, with each matching version, the preferred language first."""
        self.index(
            Entry(version_id=11, resource_id=1, lang="en", title="Protection of civilians", body="POC"),
            Entry(version_id=12, resource_id=1, lang="fr", title="Protection des civils", body="POC"),
            Entry(version_id=13, resource_id=1, lang="es", title="Protección de civiles", body="POC"),
        )
        results = self.search("poc", prefer_lang="fr")
        assert results.count == 1
        assert [v.lang for v in results.hits[0].versions][0] == "fr"
        assert {v.lang for v in results.hits[0].versions} == {"en", "fr", "es"}
        assert [v.lang for v in self.search("POC", prefer_lang="es").hits[0].versions][0] == "es"
        french_only = self.search("civils", prefer_lang="en")
        assert [h.resource_id for h in french_only.hits] == [1]

    def test_title_match_ranks_above_body_match(self):
        """A resource with the word in its title comes before one with it only in the body."""
        self.index(Entry(resource_id=1, title="Annual report", body="logistics " * 5 + "and more text " * 40))
        self.index(Entry(resource_id=2, title="Logistics handbook", body="About supply chains. " * 40))
        assert self.found("logistics") == [2, 1]

    def test_offset_and_limit_page_over_resources(self):
        """The count is of resources, and pages do not repeat them."""
        for n in range(1, 8):
            self.index(
                Entry(resource_id=n, lang="en", title=f"Medical support {n}"),
                Entry(resource_id=n, lang="fr", title=f"Soutien medical {n}"),
            )
        first = self.search("medical", limit=3)
        second = self.search("medical", limit=3, offset=3)
        assert first.count == 7
        assert len(first.hits) == 3 and len(second.hits) == 3
        assert not {h.resource_id for h in first.hits} & {h.resource_id for h in second.hits}

    def test_pages_follow_one_ranking_and_list_every_matching_version(self):
        """Paging three at a time gives the resources of one long list in its order, each with the
        same matching versions, however their versions' scores interleave."""
        for n in range(1, 13):
            self.index(
                *(
                    Entry(resource_id=n, lang=lang, title=f"Report {n}",
                          body="convoy " * ((n * 7 + i * 5) % 11 + 1) + "other words " * 30)
                    for i, lang in enumerate(("en", "fr", "es"))
                )
            )
        whole = self.search("convoy", limit=100)
        pages = [hit for offset in range(0, 12, 3) for hit in self.search("convoy", limit=3, offset=offset).hits]
        assert whole.count == 12
        assert [h.resource_id for h in pages] == [h.resource_id for h in whole.hits]
        assert [sorted(v.version_id for v in h.versions) for h in pages] == [
            sorted(v.version_id for v in h.versions) for h in whole.hits
        ]
        assert all(len(h.versions) == 3 for h in pages)

    def test_a_resource_with_many_matching_versions_keeps_them_all_on_a_short_page(self):
        """A resource whose matching versions outnumber what a page of two usually needs to look at
        still comes with all of them, and the next resource still follows it."""
        self.index(*(Entry(version_id=100 + i, resource_id=1, title="Convoy convoy escort") for i in range(20)))
        self.index(*(Entry(version_id=200 + n, resource_id=n, title="Annual", body="convoy " + "x " * 50)
                     for n in range(2, 5)))
        results = self.search("convoy", limit=2)
        assert results.count == 4
        assert [h.resource_id for h in results.hits] == [1, 2]
        assert sorted(v.version_id for v in results.hits[0].versions) == list(range(100, 120))
        assert [h.resource_id for h in self.search("convoy", limit=2, offset=1).hits] == [2, 3]

    # --- Query syntax -----------------------------------------------------------------------------

    def test_phrase_matches_words_in_order(self):
        """A quoted phrase needs its words together and in order."""
        self.index(Entry(resource_id=1, lang="fr", title="La protection des civils"))
        self.index(Entry(resource_id=2, lang="fr", title="Les civils et la protection"))
        assert self.found('"protection des civils"', prefer_lang="fr") == [1]
        assert sorted(self.found("protection civils")) == [1, 2]

    def test_or_and_not(self):
        """`a OR b` finds either; `-word` leaves out what contains it."""
        self.index(Entry(resource_id=1, title="Aviation safety"))
        self.index(Entry(resource_id=2, title="Maritime safety"))
        assert sorted(self.found("aviation OR maritime")) == [1, 2]
        assert self.found("safety -maritime") == [1]

    def test_prefix(self):
        """`civil*` finds "civilians"."""
        self.index(Entry(resource_id=1, title="Protection of civilians"))
        assert self.found("civil*") == [1]
        assert self.found("civilia*") == [1]

    @pytest.mark.parametrize("query", ODD_QUERIES, ids=range(len(ODD_QUERIES)))
    def test_odd_queries_never_fail(self, query):
        """Any string returns results or an empty list, never an error."""
        self.index(Entry(resource_id=1, title="Protection of civilians", body="NEAR OR AND NOT x"))
        results = self.search(query)
        assert results.count == len(results.hits) <= 1

    def test_query_without_positive_term_is_empty(self):
        """Only exclusions, or nothing at all, finds nothing."""
        self.index(Entry(resource_id=1, title="Protection of civilians"))
        for query in ("", "-x", "-civilians", '""', "*"):
            results = self.search(query)
            assert results.count == 0 and results.hits == []

    def test_injection_text_is_searched_as_words(self):
        """SQL in a query is just words: it finds a text containing them and harms nothing."""
        self.index(Entry(resource_id=1, title="Drop table of contents"))
        assert self.found("'; DROP TABLE search_doc; --") == []
        assert self.found("drop table") == [1]

    # --- Facets and filters ---------------------------------------------------------------------

    def _faceted_corpus(self):
        self.index(
            Entry(version_id=1, resource_id=1, kind="stm", lang="en", themes=("poc",), audiences=("military",),
                  title="Gender and protection"),
            Entry(version_id=2, resource_id=1, kind="stm", lang="fr", themes=("poc",), audiences=("military",),
                  title="Genre et protection"),
            Entry(version_id=3, resource_id=2, kind="cptm", lang="en", themes=("poc", "gender"), audiences=(),
                  title="Protection core training"),
            Entry(version_id=4, resource_id=3, kind="policy", lang="en", themes=("gender",), audiences=("police",),
                  title="Protection policy", public=False),
        )

    def test_facets_count_matching_resources(self):
        """Each facet value counts the matching resources, not the versions."""
        self._faceted_corpus()
        facets = self.search("protection").facets
        assert facets["kind"] == {"cptm": 1, "stm": 1}
        assert facets["lang"] == {"en": 2, "fr": 1}
        assert facets["theme"] == {"poc": 2, "gender": 1}
        assert facets["audience"] == {"military": 1}

    def test_filters_narrow_results_and_facets(self):
        """A filter keeps only matching resources, and the facets follow it."""
        self._faceted_corpus()
        by_theme = self.search("protection", filters=Filters(theme="gender"))
        assert [h.resource_id for h in by_theme.hits] == [2]
        assert by_theme.facets["kind"] == {"cptm": 1}
        by_lang = self.search("protection", filters=Filters(lang="fr"))
        assert [h.resource_id for h in by_lang.hits] == [1]
        assert [v.lang for v in by_lang.hits[0].versions] == ["fr"]
        assert self.found("protection", filters=Filters(kind="stm", audience="military")) == [1]
        assert self.found("protection", filters=Filters(kind="nothing")) == []
        assert self.backend.facets("protection", filters=Filters(kind="stm"))["lang"] == {"en": 1, "fr": 1}

    def test_public_only_hides_drafts(self):
        """Drafts are found only when asked for (editors)."""
        self._faceted_corpus()
        assert 3 not in self.found("protection")
        assert 3 in self.found("protection", public_only=False)

    # --- Keeping the index in step --------------------------------------------------------------

    def test_delete_and_reindex(self):
        """A deleted version is no longer found; re-indexing replaces the old text."""
        self.index(Entry(version_id=7, resource_id=1, title="Logistics manual", themes=("logistics",)))
        self.backend.delete([7])
        assert self.found("logistics") == []
        assert self.search("logistics").facets["theme"] == {}
        self.index(Entry(version_id=7, resource_id=1, title="Logistics manual"))
        self.index(Entry(version_id=7, resource_id=1, title="Engineering manual"))
        assert self.found("logistics") == []
        assert self.found("engineering") == [1]
        self.backend.delete([7, 999_999])  # unknown ids are ignored

    def test_deleting_a_version_keeps_its_resource_filters_until_the_last_goes(self):
        """The theme of a resource still filters after one of its two versions is deleted; its
        tags go with its last version, and another resource's stay."""
        self.index(
            Entry(version_id=1, resource_id=1, lang="en", title="Convoy escort", themes=("logistics",)),
            Entry(version_id=2, resource_id=1, lang="fr", title="Escorte de convoi", themes=("logistics",)),
            Entry(version_id=3, resource_id=2, lang="en", title="Convoy planning", themes=("logistics",)),
        )
        self.backend.delete([1])
        assert sorted(self.found("convoi", filters=Filters(theme="logistics"))) == [1]
        self.backend.delete([2])
        assert self.found("convoy", filters=Filters(theme="logistics")) == [2]
        with self.backend.connection.cursor() as cursor:
            cursor.execute("SELECT resource_id FROM search_tag ORDER BY resource_id")
            assert [row[0] for row in cursor.fetchall()] == [2]

    @pytest.mark.parametrize("processes", [0, 1])
    def test_a_write_of_many_batches_is_the_same_with_or_without_the_analysis_worker(
        self, processes, settings, monkeypatch
    ):
        """Seven batches (of two) written through the pipeline: every version is found, by its own
        language's stems, with the last of two entries for one version winning, as in one batch."""
        monkeypatch.setattr("pkhub.search.backends.grouped.BATCH_SIZE", 2)
        settings.SEARCH_ANALYSIS_PROCESSES = processes
        words = {"en": "trainers", "fr": "formateurs", "es": "formadores", "ru": "инструкторы", "ar": "المدربين"}
        entries = [
            Entry(version_id=v, resource_id=v, lang=lang, title=f"{word} {v}", body=f"body {v}")
            for v, (lang, word) in enumerate(list(words.items()) * 2 + [("zh", "培训人员")] * 2, start=1)
        ]
        entries.append(Entry(version_id=1, resource_id=1, lang="en", title="engineers", body=""))
        assert self.backend.index_many(entries) == 13
        assert self.backend.stats() == {"versions": 12, "resources": 12}
        assert sorted(self.found("trainer", prefer_lang="en")) == [6]  # version 1 was written again
        assert self.found("engineer") == [1]
        assert sorted(self.found("formateur", prefer_lang="fr")) == [2, 7]
        assert sorted(self.found("инструктор")) == [4, 9]
        assert sorted(self.found("المدربين")) == [5, 10]
        assert sorted(self.found("培训")) == [11, 12]

    # --- Long and odd documents (a 300-page manual, a scanned table of codes) -----------------------

    def test_a_word_on_the_last_page_of_a_long_manual_is_found(self):
        """40,000 words before it: PostgreSQL keeps positions up to 16,383 only; the word past
        that is still found (not as part of a phrase), as PostgreSQL's own to_tsvector does."""
        body = "deployment " * 40_000 + "demining annex"
        self.index(Entry(resource_id=1, title="Generic training manual", body=body))
        assert self.found("demining") == [1]
        assert self.found("annex manual") == [1]
        assert self.found('"training manual"') == [1]

    def test_a_manual_with_a_huge_vocabulary_is_indexed_by_its_first_words(self):
        """Far more distinct words than one PostgreSQL tsvector can hold (1 MB): indexing does not
        fail, and the document is found by its title and the words of its first pages."""
        letters = "bcdfghjklmnpqrstvwxz"
        words = ("".join(letters[n // 20**k % 20] for k in range(5)) + "ao" for n in range(200_000))
        body = "ceasefire " + " ".join(words)
        self.index(Entry(resource_id=1, title="Register of call signs", body=body),
                   Entry(resource_id=2, title="Another register"))
        assert sorted(self.found("register")) == [1, 2]
        assert self.found("ceasefire") == [1]
        assert self.found("cbbbbao") == [1]  # the second word of the list

    def test_an_endless_word_does_not_stop_indexing(self):
        """A 5,000-letter 'word' (a blob pasted into a PDF) and its neighbours: indexed, found."""
        self.index(Entry(resource_id=1, title="Annex with a blob", body="q" * 5_000 + " logistics"))
        assert self.found("logistics") == [1]
        assert self.found("blob") == [1]

    def test_rebuild_replaces_everything(self):
        """A rebuild leaves only the entries it is given."""
        self.index(Entry(resource_id=1, title="Old aviation text"))
        self.backend.rebuild([Entry(resource_id=2, title="New aviation text")])
        assert self.found("aviation") == [2]

    # --- Snippets ---------------------------------------------------------------------------------

    def test_snippets_mark_matches_and_escape_html(self):
        """Snippets and titles show the matched words in <mark>, and the text's HTML escaped."""
        body = "Intro. " * 100 + "Never run <script>alert('x')</script> during a civilian evacuation. " + "End. " * 100
        self.index(Entry(resource_id=1, title="Civilian <b>evacuation</b>", body=body))
        version = self.search("civilians evacuation").hits[0].versions[0]
        assert "<mark>civilian</mark>" in version.snippet
        assert "<mark>evacuation</mark>" in version.snippet
        assert "&lt;script&gt;" in version.snippet and "<script>" not in version.snippet
        assert version.title_html == "<mark>Civilian</mark> &lt;b&gt;<mark>evacuation</mark>&lt;/b&gt;"

    def test_snippets_can_be_made_later_for_the_versions_shown(self):
        """A search without snippets leaves them empty; `add_snippets` fills the hits it is given
        and no others, in the same way `search` would have."""
        self.index(
            Entry(resource_id=1, lang="en", title="MINUSCA convoy escort", body="Escort the MINUSCA convoy at night."),
            Entry(resource_id=1, lang="fr", title="Escorte de la MINUSCA", body="Le convoi de la MINUSCA part la nuit."),
        )
        full = self.search("MINUSCA").hits[0].versions
        hits = self.search("MINUSCA", with_snippets=False).hits[0].versions
        assert len(hits) == 2 and all(v.snippet == "" and v.title_html == "" for v in hits)
        self.backend.add_snippets("MINUSCA", hits[:1])
        assert (hits[0].snippet, hits[0].title_html) == (full[0].snippet, full[0].title_html)
        assert "<mark>" in hits[0].snippet and "<mark>" in hits[0].title_html
        assert hits[1].snippet == "" and hits[1].title_html == ""
        self.backend.add_snippets("MINUSCA", [])  # nothing to read: no statement, no error

    def test_function_words_are_neither_required_nor_marked(self):
        """ "protection des civils" finds a text without "des", and never marks "des" in a snippet."""
        self.index(
            Entry(resource_id=1, lang="fr", title="Guide", body="La protection des civils dans les missions."),
            Entry(resource_id=2, lang="fr", title="Civils : protection", body="Protection, civils."),
        )
        results = self.search("protection des civils", prefer_lang="fr")
        assert sorted(h.resource_id for h in results.hits) == [1, 2]
        snippet = next(h for h in results.hits if h.resource_id == 1).versions[0].snippet
        assert "<mark>protection</mark>" in snippet and "<mark>des</mark>" not in snippet

    def test_snippet_marks_the_original_spelling(self):
        """A folded, stemmed match highlights the word as written in the text."""
        self.index(Entry(resource_id=1, lang="fr", title="Guide", body="Le rôle des Formateurs en sécurité."))
        snippet = self.search("formateur securite").hits[0].versions[0].snippet
        assert "<mark>Formateurs</mark>" in snippet and "<mark>sécurité</mark>" in snippet

    def test_chinese_snippet_marks_the_word(self):
        """In Chinese, the matched characters are marked inside the running text."""
        self.index(Entry(resource_id=1, lang="zh", title="决议", body="联合国安全理事会决议要求保护平民。"))
        assert "<mark>安全</mark>" in self.search("安全").hits[0].versions[0].snippet
