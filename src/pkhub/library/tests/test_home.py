"""The home page points to what is happening now: calls for nominations open and the latest news."""

import datetime

import pytest
from django.utils import timezone, translation
from django.utils.formats import date_format

from pkhub.news.models import Status
from pkhub.news.tests.factories import NewsItemFactory
from pkhub.training.models import CallStatus, SessionStatus
from pkhub.training.selectors import sessions_with_open_call
from pkhub.training.tests.factories import CourseFactory, SessionFactory

pytestmark = pytest.mark.django_db


def _days(n):
    return timezone.localdate() + datetime.timedelta(days=n)


def _session(title, **fields):
    return SessionFactory(course=CourseFactory(title_en=title), **fields)


def test_home_lists_open_calls_nearest_deadline_first_and_no_closed_call(client):
    """Open calls appear with their closing date, soonest first; closed, future, cancelled or begun ones do not."""
    later = _session("Protection of Civilians ToT", call_closes=_days(40), start_date=_days(60))
    sooner = _session("UN Staff Officers Course", call_closes=_days(5), start_date=_days(50))
    _session("Closed call course", call_status=CallStatus.CLOSED)
    _session("Call not yet open course", call_opens=_days(3))
    _session("Cancelled course", status=SessionStatus.CANCELLED)
    _session("Deadline passed course", call_closes=_days(-1))
    _session("Already begun course", call_closes=None, start_date=_days(-2), end_date=_days(5))

    page = client.get("/en/").content.decode()

    assert "Calls for nominations open now" in page
    assert page.index(sooner.course.title) < page.index(later.course.title)
    with translation.override("en"):
        assert f"Nominations close on {date_format(sooner.call_closes)}" in page
    for title in ("Closed call", "not yet open", "Cancelled course", "Deadline passed", "Already begun"):
        assert title not in page


def test_open_calls_agree_with_the_sessions_own_rule():
    """The home page's list is exactly the sessions whose `call_is_open()` is true."""
    sessions = [
        _session("a"), _session("b", call_status=CallStatus.TO_BE_SENT), _session("c", call_opens=_days(1)),
        _session("d", call_closes=None, start_date=None, end_date=None, planned_year=2027),
        _session("e", call_closes=_days(0)), _session("f", start_date=_days(0), end_date=_days(3)),
    ]
    listed = set(sessions_with_open_call(limit=100))
    assert listed == {session for session in sessions if session.call_is_open()}
    assert len(listed) == 3


def test_home_shows_latest_published_news_never_drafts_or_future(client):
    """The three newest published items are on the home page; a draft or a scheduled item is not."""
    items = [NewsItemFactory(title_en=f"Published item {n}", published_at=timezone.now() - datetime.timedelta(days=n))
             for n in range(1, 5)]
    NewsItemFactory(title_en="Draft item", status=Status.DRAFT)
    NewsItemFactory(title_en="Scheduled item", published_at=timezone.now() + datetime.timedelta(days=2))

    page = client.get("/en/").content.decode()

    assert "Latest news" in page
    assert [item.title_en in page for item in items] == [True, True, True, False]
    assert "Draft item" not in page and "Scheduled item" not in page


def test_home_without_calls_or_news_has_neither_heading(client):
    page = client.get("/en/").content.decode()
    assert "Latest news" not in page and "Calls for nominations open now" not in page


def test_recently_added_lists_the_newest_published_first_and_no_draft(client):
    """"Recently added" is by publication date, newest first (not by title), and shows no draft."""
    from pkhub.library.models import Status as ResourceStatus
    from pkhub.library.tests.factories import LanguageVersionFactory, ResourceFactory

    now = timezone.now()
    for title, days_ago in (("Aardvark handbook", 30), ("Zebra manual", 1), ("Middle guidelines", 10)):
        resource = ResourceFactory(status=ResourceStatus.PUBLISHED, published_at=now - datetime.timedelta(days=days_ago))
        LanguageVersionFactory(resource=resource, lang="en", title=title)
    LanguageVersionFactory(resource=ResourceFactory(status=ResourceStatus.DRAFT), lang="en", title="Secret draft")

    page = client.get("/en/").content.decode()

    assert "Secret draft" not in page
    assert page.index("Zebra manual") < page.index("Middle guidelines") < page.index("Aardvark handbook")


def test_recently_added_still_finds_public_resources_behind_many_newer_archived_ones():
    """Sixty resources archived after publication are the newest; the six public ones behind them show."""
    from pkhub.library.models import Resource
    from pkhub.library.models import Status as ResourceStatus
    from pkhub.library.selectors import resources_latest
    from pkhub.library.tests.factories import ResourceFactory

    now = timezone.now()
    public = [ResourceFactory(published_at=now - datetime.timedelta(days=100 + n)) for n in range(7)]
    Resource.objects.bulk_create(
        Resource(slug=f"archived-{n}", kind="stm", status=ResourceStatus.ARCHIVED, original_language="en",
                 published_at=now - datetime.timedelta(days=n))
        for n in range(60)
    )
    assert [r.pk for r in resources_latest(user=None, limit=6)] == [r.pk for r in public[:6]]


# --- the cached lists: never older than the last change ----------------------------------------
def _published(title, days_ago=1, **fields):
    from pkhub.library.models import Status as ResourceStatus
    from pkhub.library.tests.factories import LanguageVersionFactory, ResourceFactory

    fields.setdefault("status", ResourceStatus.PUBLISHED)
    resource = ResourceFactory(published_at=timezone.now() - datetime.timedelta(days=days_ago), **fields)
    LanguageVersionFactory(resource=resource, lang="en", title=title)
    return resource


def test_a_resource_published_after_the_home_page_was_cached_shows_on_the_next_visit(client):
    _published("Older handbook", days_ago=5)
    assert "Older handbook" in client.get("/en/").content.decode()  # now cached
    _published("Brand new policy", days_ago=0)
    page = client.get("/en/").content.decode()
    assert page.index("Brand new policy") < page.index("Older handbook")


def test_a_resource_archived_after_the_home_page_was_cached_leaves_it_at_once(client):
    from pkhub.library.models import Status as ResourceStatus

    resource = _published("Withdrawn SOP")
    assert "Withdrawn SOP" in client.get("/en/").content.decode()
    resource.status = ResourceStatus.ARCHIVED
    resource.save()
    assert "Withdrawn SOP" not in client.get("/en/").content.decode()


def test_a_retitled_version_and_a_news_item_show_at_once(client):
    resource = _published("First title")
    client.get("/en/")
    version = resource.versions.get(lang="en")
    version.title = "Second title"
    version.save()
    NewsItemFactory(title_en="Fresh news item", published_at=timezone.now() - datetime.timedelta(minutes=1))
    page = client.get("/en/").content.decode()
    assert "Second title" in page and "First title" not in page
    assert "Fresh news item" in page


def test_each_language_and_each_reader_has_its_own_cached_lists(client):
    """The anonymous English lists, cached first, are not served in French nor to an editor, who sees drafts."""
    from pkhub.library.models import Status as ResourceStatus
    from pkhub.library.tests.factories import EditorFactory

    _published("Public manual")
    _published("Draft in review", status=ResourceStatus.DRAFT, days_ago=0)
    english = client.get("/en/").content.decode()
    assert "Recently added" in english and "Draft in review" not in english
    french = client.get("/fr/").content.decode()
    assert "Ajouts récents" in french and "Recently added" not in french

    client.force_login(EditorFactory())
    assert "Draft in review" in client.get("/en/").content.decode()
    client.logout()
    assert "Draft in review" not in client.get("/en/").content.decode()


def test_a_culled_counter_does_not_bring_back_lists_cached_before_a_change(client):
    """The database cache culls entries past MAX_ENTRIES; the counter may go with them. The lists
    cached before the last change must not come back when it is set again."""
    from django.core.cache import cache

    from pkhub.core import freshness

    assert "Brand new policy" not in client.get("/en/").content.decode()  # cached under the counter's first value
    _published("Brand new policy", days_ago=0)
    assert "Brand new policy" in client.get("/en/").content.decode()
    cache.delete(freshness.KEY)
    assert "Brand new policy" in client.get("/en/").content.decode()
