"""An editor assembles and publishes an ITS update in the browser; subscribers get it by e-mail."""

from playwright.sync_api import expect


def test_an_editor_proposes_edits_previews_and_publishes_an_issue(page, login, transactional_db, settings):
    """Propose from what changed, add an item, preview in French, publish; the issue is public and mailed."""
    from django.core import mail

    from pkhub.news.tests.factories import EditorFactory, NewsItemFactory, SubscriptionFactory

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    NewsItemFactory(title_en="Survey underway on Member State peacekeeping capacity-building activities")
    subscriber = SubscriptionFactory()
    login(EditorFactory())

    page.goto("/en/news/its-update/")
    page.get_by_role("button", name="Propose the next issue from what changed").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Edit ITS update no. 1")
    enhancing = page.locator("fieldset", has=page.get_by_text("Enhancing peacekeeping", exact=True))
    expect(enhancing.locator("input[id$='-title']").first).to_have_value("Survey underway on Member State peacekeeping capacity-building activities")
    training = page.locator("fieldset", has=page.get_by_text("Training update", exact=True))
    training.get_by_text("Add an item").click()
    training.get_by_label("Heading").last.fill("OPLOG RTP training of trainers, Lima")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messages")).to_contain_text("Saved")

    page.goto("/fr/news/its-update/1/")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.locator("body")).to_contain_text("OPLOG RTP training of trainers, Lima")

    page.goto("/en/news/its-update/1/edit/")
    page.get_by_role("button", name="Publish and send to subscribers").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("ITS update no. 1")
    expect(page.locator("body")).not_to_contain_text("Preview of a draft")

    page.context.clear_cookies()
    page.goto("/en/news/its-update/1/")
    expect(page.locator("body")).to_contain_text("OPLOG RTP training of trainers, Lima")
    assert [m.to for m in mail.outbox] == [[subscriber.email]]
