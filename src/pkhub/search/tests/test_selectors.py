"""The search app's public functions, through whichever backend the database selects."""

from io import StringIO

import pytest
from django.core.management import call_command

from pkhub.search import services
from pkhub.search.backends import Filters
from pkhub.search.selectors import search_resources, search_stats
from pkhub.search.tests.factories import IndexEntryFactory as Entry

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_index():
    services.rebuild([])


def test_indexed_entries_are_found_and_deleted_ones_are_not():
    """What services index, selectors find; what they delete is gone."""
    services.index_entries([Entry(version_id=1, resource_id=1, lang="fr", title="Manuel des formateurs")])
    results = search_resources(query="formateur", filters=Filters(lang="fr"), prefer_lang="fr")
    assert [hit.resource_id for hit in results.hits] == [1]
    services.delete_versions([1])
    assert search_resources(query="formateur").count == 0


def test_limit_zero_gives_count_and_facets_only():
    """Asking for no hits still counts and gives facets."""
    services.index_entries([Entry(resource_id=1, kind="stm", title="Gender")])
    results = search_resources(query="gender", limit=0)
    assert results.count == 1 and results.hits == []
    assert results.facets["kind"] == {"stm": 1}


def test_out_of_range_paging_is_harmless():
    """Negative or huge offsets and limits give a page or an empty page, never an error."""
    services.index_entries([Entry(resource_id=1, title="Gender")])
    assert search_resources(query="gender", offset=-5, limit=-1).count == 1
    assert search_resources(query="gender", offset=10**9, limit=10**9).hits == []


def test_search_stats_command():
    """`manage.py search_stats` reports what the index holds."""
    services.index_entries([Entry(version_id=1, resource_id=1), Entry(version_id=2, resource_id=1)])
    assert search_stats() == {"versions": 2, "resources": 1}
    out = StringIO()
    call_command("search_stats", stdout=out)
    assert "versions: 2" in out.getvalue()
