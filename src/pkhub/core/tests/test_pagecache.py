"""Whole pages kept for anonymous visitors (core.pagecache): served again until a record changes."""

import pytest
from django.core.cache import caches

from pkhub.core.pagecache import HIT_HEADER, PAGE_CACHE
from pkhub.library.models import Status
from pkhub.library.tests.factories import LanguageVersionFactory, ResourceFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 60
    caches[PAGE_CACHE].clear()
    yield
    caches[PAGE_CACHE].clear()


def _hit(response) -> bool:
    return response.get(HIT_HEADER) == "hit"


def test_second_anonymous_visit_gets_the_kept_page(client):
    LanguageVersionFactory(title="Protection of civilians handbook")
    first = client.get("/en/resources/")
    second = client.get("/en/resources/")
    assert not _hit(first) and _hit(second)
    assert second.status_code == 200
    assert second.content == first.content
    assert "Protection of civilians handbook" in second.content.decode()
    # The headers the inner middleware set (security policy, language) are kept with the page.
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert second["Content-Language"] == "en"
    # Browsers are not told to keep it: a reader who signs in must not see the anonymous page again.
    assert "max-age" not in second.get("Cache-Control", "")


def test_a_publication_shows_on_the_next_request(client):
    client.get("/en/resources/")
    assert _hit(client.get("/en/resources/"))
    version = LanguageVersionFactory(title="Gender and peacekeeping", resource=ResourceFactory(status=Status.DRAFT))
    assert "Gender and peacekeeping" not in client.get("/en/resources/").content.decode()
    version.resource.status = Status.PUBLISHED
    version.resource.save()
    after = client.get("/en/resources/")
    assert not _hit(after)
    assert "Gender and peacekeeping" in after.content.decode()


def test_an_edit_saved_by_the_library_service_shows_on_the_next_request(client):
    """resource_update writes with one UPDATE (optimistic locking), which sends no post_save: the
    service ends the kept pages itself. Publishing a draft that way shows it at once."""
    from pkhub.library.services import resource_update

    version = LanguageVersionFactory(title="Gender and peacekeeping", resource=ResourceFactory(status=Status.DRAFT))
    client.get("/en/resources/")
    assert _hit(client.get("/en/resources/"))
    resource_update(resource=version.resource, revision=version.resource.revision, status=Status.PUBLISHED)
    after = client.get("/en/resources/")
    assert not _hit(after)
    assert "Gender and peacekeeping" in after.content.decode()


def test_each_language_and_query_string_is_its_own_page(client):
    client.get("/en/search/?q=police")
    french = client.get("/fr/search/?q=police")
    other = client.get("/en/search/?q=military")
    assert not _hit(french) and not _hit(other)
    assert french["Content-Language"] == "fr"
    assert 'lang="fr"' in french.content.decode()
    assert _hit(client.get("/fr/search/?q=police"))


def test_a_signed_in_reader_is_never_served_a_kept_page(client):
    client.get("/en/")
    assert _hit(client.get("/en/"))
    client.force_login(UserFactory())
    for _ in range(2):
        page = client.get("/en/")
        assert not _hit(page)
        assert "Sign out" in page.content.decode()


def test_the_page_a_signed_in_reader_sees_is_not_kept_for_others(client):
    reader = UserFactory()
    client.force_login(reader)
    client.get("/en/")
    client.logout()
    anonymous = client.get("/en/")
    assert not _hit(anonymous)
    assert "Sign out" not in anonymous.content.decode()


def test_a_page_with_a_form_token_is_not_kept(client):
    """The subscription form carries a CSRF token, which is the visitor's own."""
    first = client.get("/en/news/subscribe/")
    assert first.status_code == 200 and "csrfmiddlewaretoken" in first.content.decode()
    second = client.get("/en/news/subscribe/")
    assert not _hit(second)


def test_errors_and_other_methods_are_not_kept(client):
    client.get("/en/resources/no-such-resource/")
    missing = client.get("/en/resources/no-such-resource/")
    assert missing.status_code == 404 and not _hit(missing)
    client.get("/en/resources/")
    head = client.head("/en/resources/")
    assert not _hit(head) and head.content == b""


def test_the_page_cache_can_be_turned_off(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get("/en/")
    assert not _hit(client.get("/en/"))


def test_pages_outside_a_language_prefix_are_not_kept(client):
    client.get("/api/v1/resources")
    assert not _hit(client.get("/api/v1/resources"))


def test_a_sign_in_elsewhere_does_not_end_the_kept_pages(client):
    """Stamping last_login changes nothing a page shows; changing the user's name still counts."""
    from django.contrib.auth.models import update_last_login

    from pkhub.core import freshness

    user = UserFactory()
    client.get("/en/resources/")
    before = freshness.generation()
    update_last_login(None, user)
    assert freshness.generation() == before
    assert _hit(client.get("/en/resources/"))
    user.save(update_fields=["last_login", "email"])
    assert freshness.generation() != before


def test_a_visitor_with_a_message_waiting_is_not_served_a_kept_page(client):
    """A message kept in its cookie (Django's default storage) must reach its reader, not a copy."""
    from django.contrib.messages.storage.cookie import CookieStorage

    client.get("/en/resources/")
    assert _hit(client.get("/en/resources/"))
    client.cookies[CookieStorage.cookie_name] = "waiting"
    assert not _hit(client.get("/en/resources/"))
