"""The proposed draft of the next ITS update, built from a demo database."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from pkhub.library import services as library_services
from pkhub.library.models import Resource
from pkhub.news import services
from pkhub.news.models import NewsletterIssue, NewsletterItem, Status
from pkhub.news.tests.factories import EditorFactory, NewsItemFactory
from pkhub.training import services as training_services
from pkhub.training.models import CallStatus, Session

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_db(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {**settings.STORAGES, "default": {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": str(tmp_path / "media")}}}
    for command in ("loaddemo", "loaddemo_training", "loaddemo_news"):
        call_command(command, verbosity=0)
    # The last issue went out after the demo catalogue was in place: only what follows is new.
    NewsletterIssue.objects.filter(number=1).update(published_at=timezone.now())


def _sources(issue, kind):
    return {(item.source_kind, item.source_id) for item in NewsletterItem.objects.filter(section__issue=issue, section__kind=kind)}


def test_draft_holds_the_materials_added_and_the_sessions_opened_since_the_previous_issue_and_only_those(demo_db):
    """New and newly translated materials and newly opened calls appear, in their sections; nothing older does."""
    editor = EditorFactory()
    new = library_services.resource_create(slug="sop-new-demo", kind="sop", status="published", actor=editor)
    library_services.version_upsert(resource=new, lang="en", title="SOP on something new", actor=editor)
    stm = Resource.objects.get(slug="stm-military-staff-officers")
    assert "ru" not in stm.languages
    library_services.version_upsert(resource=stm, lang="ru", title="УМСП для штабных офицеров", actor=editor)
    session = Session.objects.filter(call_status=CallStatus.TO_BE_SENT).first()
    training_services.session_update(actor=editor, session=session, call_status=CallStatus.OPEN, call_opens=timezone.localdate())
    news = NewsItemFactory()

    issue = services.newsletter_draft_propose(actor=editor)

    assert issue.number == 2 and issue.status == Status.DRAFT
    assert _sources(issue, "guidance") == {("resource", new.pk)}
    assert _sources(issue, "materials") == {("version", stm.pk)}
    assert _sources(issue, "training") == {("session", session.pk)}
    assert ("news", news.pk) in _sources(issue, "enhancing")
    translated = NewsletterItem.objects.get(section__issue=issue, source_kind="version")
    assert "Russian" in translated.title_en and translated.title_ru.startswith("УМСП")


def test_calendar_section_lists_sessions_starting_in_the_next_months_only(demo_db):
    """Upcoming sessions (within half a year) fill the calendar section; past and far ones do not."""
    editor = EditorFactory()
    today = timezone.localdate()
    soon, late = Session.objects.filter(start_date__isnull=False)[:2]
    soon.start_date, soon.end_date = today + datetime.timedelta(days=30), today + datetime.timedelta(days=40)
    late.start_date, late.end_date = today + datetime.timedelta(days=400), today + datetime.timedelta(days=410)
    Session.objects.bulk_update([soon, late], ["start_date", "end_date"])
    issue = services.newsletter_draft_propose(actor=editor)
    assert _sources(issue, "calendar") == {("upcoming", soon.pk)}


def test_demo_issue_has_the_five_sections_of_the_source_with_their_items(demo_db):
    """The ITS update of the source is a published issue: its sections in order, with the source's items."""
    issue = NewsletterIssue.objects.get(number=1)
    kinds = {s.kind: s.items.count() for s in issue.sections.all()}
    assert set(kinds) == {"guidance", "enhancing", "training", "calendar", "materials"}
    assert kinds["guidance"] == 3 and kinds["training"] == 6
    titles = set(NewsletterItem.objects.filter(section__issue=issue).values_list("title_en", flat=True))
    assert "Survey underway on Member State peacekeeping capacity-building activities" in titles
    assert "STM on UN Civil-Military Coordination" in titles


def test_loaddemo_news_twice_changes_nothing(demo_db):
    """Running the demo command again leaves the same rows."""
    before = NewsletterItem.objects.count(), NewsletterIssue.objects.count()
    call_command("loaddemo_news", verbosity=0)
    assert (NewsletterItem.objects.count(), NewsletterIssue.objects.count()) == before
