"""The public pages: home, search, browse, resource, translation gaps."""

import datetime

import pytest

from pkhub.library import selectors, services
from pkhub.library.models import Kind, Status
from pkhub.library.tests.factories import (
    DocumentFactory,
    EditorFactory,
    ThematicAreaFactory,
    VersionFileFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def poc():
    """The Comprehensive Protection of Civilians package in English, French and Spanish."""
    theme = ThematicAreaFactory(slug="protection-of-civilians", name="Protection of civilians")
    resource = services.resource_create(slug="cpoc", kind=Kind.STM, themes=[theme])
    en = services.version_upsert(resource=resource, lang="en", title="Comprehensive Protection of Civilians", edition_date=datetime.date(2019, 6, 1))
    fr = services.version_upsert(
        resource=resource, lang="fr", title="Protection globale des civils", summary="Formation des formateurs",
        source_date=datetime.date(2018, 1, 1),
    )
    services.version_upsert(resource=resource, lang="es", title="Protección integral de los civiles")
    VersionFileFactory(version=fr, document=DocumentFactory(content=b"x" * 2_400_000, format="pdf"))
    VersionFileFactory(version=en, document=DocumentFactory(text="protection of civilians in armed conflict"))
    services.resource_publish(resource=resource)
    services.resource_index(resource_ids=[resource.pk])
    return resource


@pytest.fixture
def draft():
    resource = services.resource_create(slug="secret-draft", kind=Kind.POLICY)
    services.version_upsert(resource=resource, lang="en", title="Unreleased civilians policy draft")
    return resource


def test_home_has_the_search_box_and_entry_points(client):
    """The home page offers the "I am looking for…" box and links to guidance and training."""
    response = client.get("/en/")
    body = response.content.decode()
    assert response.status_code == 200
    assert 'name="q"' in body and "I am looking for" in body
    assert "?group=guidance" in body and "?group=training" in body


def test_arabic_page_is_right_to_left(client):
    """An Arabic page declares lang=ar and dir=rtl."""
    body = client.get("/ar/").content.decode()
    assert '<html lang="ar" dir="rtl">' in body


def test_language_switch_keeps_the_page(client, poc):
    """The language switch on a resource page links to the same resource in each language."""
    body = client.get("/en/resources/cpoc/").content.decode()
    assert 'href="/fr/resources/cpoc/"' in body
    assert 'href="/zh-hans/resources/cpoc/"' in body


def test_resource_page_shows_size_before_the_click(client, poc):
    """Each file shows its format and size beside the download link."""
    body = client.get("/en/resources/cpoc/").content.decode()
    assert "PDF, 2.3\xa0MB" in body or "PDF, 2.3 MB" in body
    assert "/files/" in body


def test_resource_page_marks_foreign_titles_and_missing_languages(client, poc):
    """A French title on an English page carries lang="fr"; the lacking languages are listed."""
    body = client.get("/en/resources/cpoc/").content.decode()
    assert '<span lang="fr" dir="auto">Protection globale des civils</span>' in body
    assert "Not yet available in:" in body and "Arabic" in body and "Russian" in body


def test_out_of_date_translation_is_flagged(client, poc):
    """A translation made from an older source than the original's date shows as out of date."""
    body = client.get("/en/resources/cpoc/").content.decode()
    assert body.count("Out of date") == 1


def test_resource_page_in_french_shows_the_french_title(client, poc):
    """A French reader sees the French title as the page heading."""
    body = client.get("/fr/resources/cpoc/").content.decode()
    assert '<h1 dir="auto">Protection globale des civils</h1>' in body


def test_resource_in_russian_falls_back_to_original_with_a_note(client, poc):
    """A Russian reader sees the English title, marked lang="en", with a note."""
    body = client.get("/ru/resources/cpoc/").content.decode()
    assert '<h1 lang="en" dir="auto">Comprehensive Protection of Civilians</h1>' in body


def test_draft_is_invisible_to_visitors_but_not_editors(client, draft):
    """A draft's page is a 404 for a visitor and readable for an editor."""
    assert client.get("/en/resources/secret-draft/").status_code == 404
    client.force_login(EditorFactory())
    assert client.get("/en/resources/secret-draft/").status_code == 200


def test_draft_is_absent_from_browse_and_search(client, poc, draft):
    """Visitors never see a draft in lists or search results."""
    services.resource_index(resource_ids=[draft.pk])
    assert "secret-draft" not in client.get("/en/resources/").content.decode()
    assert "Unreleased" not in client.get("/en/search/?q=civilians").content.decode()


def test_archived_resource_is_gone_for_visitors(client, poc):
    """Archiving takes a resource off the public site."""
    services.resource_archive(resource=poc)
    assert client.get("/en/resources/cpoc/").status_code == 404


def test_search_groups_versions_and_lists_languages(client, poc):
    """A search finds the work once, with its languages and highlighted matches."""
    body = client.get("/fr/search/?q=civils").content.decode()
    assert body.count('href="/fr/resources/cpoc/"') == 1
    assert "<mark>" in body
    assert 'title="Espagnol"' in body or 'title="Spanish"' in body


def test_search_shows_the_match_in_the_language_the_title_is_shown_in(client):
    """A resource not held in the reader's language is shown in its original: the result's title
    and snippet are those of the original's match, marked, even when another version ranks first."""
    resource = services.resource_create(slug="minusca-report", kind=Kind.STM, original_language="fr")
    services.version_upsert(resource=resource, lang="fr", title="Rapport de la MINUSCA sur les convois de la saison",
                            summary="Les convois de la MINUSCA.")
    services.version_upsert(resource=resource, lang="es", title="MINUSCA MINUSCA", summary="MINUSCA MINUSCA MINUSCA.")
    services.resource_publish(resource=resource)
    services.resource_index(resource_ids=[resource.pk])
    found = selectors.resource_search(query="MINUSCA", lang="ru", user=None)
    assert [v.lang for v in found.hits[resource.pk]] == ["es", "fr"]  # the Spanish version ranks first
    body = client.get("/ru/search/?q=MINUSCA").content.decode()
    assert "Rapport de la <mark>MINUSCA</mark> sur les convois" in body
    assert '<p class="snippet" lang="fr" dir="auto">Les convois de la <mark>MINUSCA</mark>.</p>' in body


def test_search_facets_are_links_with_counts(client, poc):
    """Facets show counts and link to the narrowed search."""
    body = client.get("/en/search/?q=civilians").content.decode()
    assert "kind=stm" in body and "(1)" in body


def test_search_odd_inputs_never_fail(client, poc):
    """Any query string or page number gives a page, never an error."""
    for params in ["?q=" + "a" * 10_000, "?q=%22(*:-", "?q=civilians&page=abc", "?q=civilians&page=-1",
                   "?q=civilians&page=999999999", "?q=civilians&kind=nope&lang=xx", "?q=", "?q=%F0%9F%98%80"]:
        assert client.get("/en/search/" + params).status_code == 200, params


def test_browse_by_group_theme_and_odd_params(client, poc, draft):
    """Browse filters by group and theme; odd parameters give a page, not an error."""
    assert "cpoc" in client.get("/en/resources/?group=training").content.decode()
    assert "cpoc" not in client.get("/en/resources/?group=guidance").content.decode()
    assert "cpoc" in client.get("/en/resources/?theme=protection-of-civilians").content.decode()
    for params in ["?page=abc", "?page=-5", "?page=10000000000", "?kind=zzz", "?lang=xx", "?group=nope"]:
        assert client.get("/en/resources/" + params).status_code == 200, params


def test_translation_gaps_page_shows_the_matrix(client, poc, draft):
    """The gaps page lists public resources against the six languages, with totals."""
    body = client.get("/en/translations/").content.decode()
    assert "Comprehensive Protection of Civilians" in body
    assert "Unreleased" not in body
    assert body.count('class="gap"') == 3 and body.count('class="held"') == 3


def test_translation_gaps_page_goes_page_by_page_with_totals_of_all(client, poc, monkeypatch):
    """A long catalogue is a page of rows at a time; the caption and the totals count every resource."""
    monkeypatch.setattr(selectors, "GAPS_PER_PAGE", 1)
    manual = services.resource_create(slug="manual", kind=Kind.MANUAL)
    services.version_upsert(resource=manual, lang="ar", title="دليل الشرطة")
    services.resource_publish(resource=manual)
    first = client.get("/en/translations/").content.decode()
    second = client.get("/en/translations/?page=2").content.decode()
    assert "دليل الشرطة" in first and "Comprehensive Protection of Civilians" not in first  # by kind: manual, stm
    assert "Comprehensive Protection of Civilians" in second and "دليل الشرطة" not in second
    assert "2 resources" in first and "Page 1 of 2" in first and 'href="?page=2"' in first
    assert 'rel="prev"' in second and 'rel="next"' not in second
    assert client.get("/en/translations/?page=zzz").status_code == 200


def test_superseded_edition_links_to_its_successor(client, poc):
    """An old edition says it is superseded and links both ways."""
    new = services.resource_create(slug="cpoc-2025", kind=Kind.STM)
    services.version_upsert(resource=new, lang="en", title="Comprehensive Protection of Civilians (2025)")
    services.resource_publish(resource=new)
    services.resource_supersede(old=poc, new=new)
    old_page = client.get("/en/resources/cpoc/").content.decode()
    assert "superseded" in old_page and 'href="/en/resources/cpoc-2025/"' in old_page
    assert 'href="/en/resources/cpoc/"' in client.get("/en/resources/cpoc-2025/").content.decode()
    assert poc.__class__.objects.get(pk=poc.pk).status == Status.SUPERSEDED
