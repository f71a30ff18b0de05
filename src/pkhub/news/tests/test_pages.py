"""News pages, feeds, the home-page selector and the editors' newsletter pages."""

import pytest
from django.utils import timezone

from pkhub.news import selectors
from pkhub.news.models import NewsletterIssue, Status
from pkhub.news.tests.factories import EditorFactory, NewsItemFactory, UserFactory, draft_issue

pytestmark = pytest.mark.django_db


def test_news_latest_gives_published_items_newest_first_and_never_drafts():
    """The home page's selector: published news only, newest first, limited."""
    old = NewsItemFactory(published_at=timezone.now() - timezone.timedelta(days=3))
    new = NewsItemFactory()
    NewsItemFactory(status=Status.DRAFT, published_at=None)
    assert selectors.news_latest(5) == [new, old]
    assert selectors.news_latest(1) == [new]


def test_rss_and_atom_feeds_list_published_news(client):
    """/news.rss and /news.atom carry published news, not drafts."""
    NewsItemFactory(title_en="Hub in six languages")
    NewsItemFactory(title_en="Secret draft", status=Status.DRAFT, published_at=None)
    rss = client.get("/news.rss")
    atom = client.get("/news.atom")
    assert rss.status_code == atom.status_code == 200
    assert b"Hub in six languages" in rss.content and b"Secret draft" not in rss.content
    assert b"<feed" in atom.content and b"Hub in six languages" in atom.content


def test_news_item_in_another_language_says_it_falls_back_to_english(client):
    """A French reader of an English-only item is told so."""
    item = NewsItemFactory(title_en="Only in English")
    response = client.get(f"/fr/news/items/{item.slug}/")
    assert response.status_code == 200 and b"Only in English" in response.content
    assert b'class="note"' in response.content


def test_a_draft_issue_is_invisible_to_visitors_and_previewed_by_editors_in_each_language(client):
    """Visitors get 404; an editor previews the draft under every language prefix."""
    issue = draft_issue()
    assert client.get(f"/en/news/its-update/{issue.number}/").status_code == 404
    client.force_login(EditorFactory())
    for lang in ("ar", "zh-hans", "en", "fr", "ru", "es"):
        response = client.get(f"/{lang}/news/its-update/{issue.number}/")
        assert response.status_code == 200 and b"Course 1" in response.content


def test_an_editor_edits_one_language_and_publishes(client):
    """Saving French text leaves English as it was; publishing makes the issue public."""
    issue = draft_issue()
    editor = EditorFactory()
    client.force_login(editor)
    item = issue.sections.get(kind="training").items.first()
    response = client.post(f"/en/news/its-update/{issue.number}/edit/?lang=fr", {
        "lang": "fr", "intro": "Bienvenue dans l'ITS update.", f"item-{item.pk}-title": "Cours 0", f"item-{item.pk}-body": "Texte.", f"item-{item.pk}-link": item.link})
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.title_fr == "Cours 0" and item.title_en == "Course 0"
    issue.refresh_from_db()
    assert issue.intro_fr == "Bienvenue dans l'ITS update." and issue.intro_en == "Welcome to the ITS update."
    client.post(f"/en/news/its-update/{issue.number}/publish/")
    issue.refresh_from_db()
    assert issue.status == Status.PUBLISHED and issue.published_at
    client.logout()
    assert b"Cours 0" in client.get(f"/fr/news/its-update/{issue.number}/").content


def test_someone_who_is_not_an_editor_cannot_propose_edit_or_publish(client):
    """A signed-in reader is refused every editing action."""
    issue = draft_issue()
    client.force_login(UserFactory())
    assert client.post("/en/news/its-update/propose/").status_code == 403
    assert client.get(f"/en/news/its-update/{issue.number}/edit/").status_code == 403
    assert client.post(f"/en/news/its-update/{issue.number}/publish/").status_code == 403
    issue.refresh_from_db()
    assert issue.status == Status.DRAFT and NewsletterIssue.objects.count() == 1


def test_the_news_api_lists_published_news_and_issues():
    """/api/v1/news and /api/v1/newsletter-issues hold only what is published."""
    from django.test import Client

    NewsItemFactory(title_en="Public news")
    draft_issue()
    client = Client()
    news = client.get("/api/v1/news").json()
    issues = client.get("/api/v1/newsletter-issues").json()
    assert [n["title"] for n in news["items"]] == ["Public news"]
    assert issues["items"] == []
