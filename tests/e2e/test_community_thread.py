"""A trainer asks her community of practice a question in the browser, and another training centre answers."""

from playwright.sync_api import expect


def test_a_trainer_posts_a_thread_and_another_centre_replies(page, login, transactional_db):
    """Post a thread with the form, then sign in as another member and reply; both show on the thread page."""
    from pkhub.community.tests.factories import CommunityFactory, MembershipFactory

    community = CommunityFactory(slug="training", name_en="Training Community of Practice")
    asker = MembershipFactory(community=community, display_name="CAECOPAZ training team", handle="caecopaz")
    answerer = MembershipFactory(community=community, display_name="KAIPTC training team", handle="kaiptc")

    login(asker.user)
    page.goto("/en/communities/training/")
    page.get_by_label("Subject").fill("How do you run the CPTM lesson on conduct and discipline?")
    page.get_by_label("Message").fill("How much time do you give it, and do you use scenarios? @kaiptc")
    page.get_by_role("button", name="Post the thread").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("How do you run the CPTM lesson on conduct and discipline?")
    thread_url = page.url

    page.context.clear_cookies()
    login(answerer.user)
    page.goto(thread_url)
    page.get_by_label("Your reply").fill("Half a day, three scenarios in small groups, then a plenary on reporting.")
    page.get_by_role("button", name="Post the reply").click()
    posts = page.locator("ol.posts > li")
    expect(posts).to_have_count(2)
    expect(posts.nth(1)).to_contain_text("KAIPTC training team")
    expect(posts.nth(1)).to_contain_text("three scenarios")
    expect(page.locator("main")).not_to_contain_text(answerer.user.email)  # the header shows one's own address
    expect(page.locator("main")).not_to_contain_text(asker.user.email)


def test_a_non_member_cannot_open_the_thread_in_the_browser(page, login, transactional_db):
    """Someone signed in who is not a member gets the not-found page for a private thread."""
    from pkhub.community.tests.factories import MembershipFactory, UserFactory, thread_with_post

    thread = thread_with_post(MembershipFactory(), title="Members only question")
    login(UserFactory())
    response = page.goto(thread.get_absolute_url())
    assert response.status == 404
    expect(page.locator("body")).not_to_contain_text("Members only question")
