"""Private community content exists only for members: pages, search and API."""

import pytest

from pkhub.community import services
from pkhub.community.models import MemberStatus
from pkhub.community.tests.factories import CommunityFactory, MembershipFactory, UserFactory, thread_with_post
from pkhub.core.models import AuditEntry

pytestmark = pytest.mark.django_db
SECRET = "Zanzibarquokka"  # a word found nowhere else


@pytest.fixture
def private_thread():
    member = MembershipFactory()
    thread = thread_with_post(member, title=f"{SECRET} exercise", body=f"Our {SECRET} scenario for the lesson.")
    return member, thread


def test_a_member_reads_the_private_thread(client, private_thread):
    """The member sees the thread in the list and its message."""
    member, thread = private_thread
    client.force_login(member.user)
    assert SECRET.encode() in client.get(member.community.get_absolute_url()).content
    assert SECRET.encode() in client.get(thread.get_absolute_url()).content


@pytest.mark.parametrize("who", ["visitor", "signed-in", "pending", "banned", "other-community"])
def test_private_thread_is_invisible_to_non_members_on_pages(client, private_thread, who):
    """Visitors, other users, applicants, banned members and other communities' members get a 404 and no title."""
    member, thread = private_thread
    if who != "visitor":
        user = UserFactory()
        if who in ("pending", "banned"):
            MembershipFactory(community=member.community, user=user, status=MemberStatus.PENDING if who == "pending" else MemberStatus.BANNED)
        if who == "other-community":
            MembershipFactory(user=user)
        client.force_login(user)
    assert client.get(thread.get_absolute_url()).status_code == 404
    page = client.get(member.community.get_absolute_url())
    assert page.status_code == 200 and SECRET.encode() not in page.content
    assert client.post(f"{thread.get_absolute_url()}reply/", {"body": "hello"}).status_code in (302, 404)
    assert thread.posts.count() == 1


def test_private_thread_is_invisible_to_non_members_through_the_api(client, private_thread):
    """The threads API lists it and opens it for the member only."""
    member, thread = private_thread
    assert SECRET not in client.get("/api/v1/communities/threads").content.decode()
    assert client.get(f"/api/v1/communities/threads/{thread.pk}").status_code == 404
    client.force_login(UserFactory())
    assert SECRET not in client.get("/api/v1/communities/threads").content.decode()
    assert client.get(f"/api/v1/communities/threads/{thread.pk}").status_code == 404
    client.force_login(member.user)
    listed = client.get("/api/v1/communities/threads").json()
    assert [t["id"] for t in listed] == [thread.pk]
    detail = client.get(f"/api/v1/communities/threads/{thread.pk}").json()
    assert SECRET in detail["posts"][0]["body"] and "@" not in detail["author"]


def test_private_thread_is_not_found_by_the_hubs_search(client, private_thread):
    """Community threads are not indexed: the search page and the resources API never return them."""
    member, _thread = private_thread
    for user in (None, UserFactory(), member.user):
        if user:
            client.force_login(user)
        page = client.get("/en/search/", {"q": SECRET})
        assert page.status_code == 200 and SECRET.encode() not in page.content.split(b"</h1>", 1)[-1].replace(f'value="{SECRET}"'.encode(), b"")
        api = client.get("/api/v1/resources", {"q": SECRET}).json()
        assert api["count"] == 0


def test_public_community_is_readable_by_visitors_but_only_members_post(client):
    """Public content is open to read; posting still needs membership."""
    member = MembershipFactory(community=CommunityFactory(visibility="public"))
    thread = thread_with_post(member, title="Open question")
    assert client.get(thread.get_absolute_url()).status_code == 200
    client.force_login(UserFactory())
    client.post(f"{thread.get_absolute_url()}reply/", {"body": "Me too"})
    assert thread.posts.count() == 1


def test_moderators_hide_lock_and_ban_with_an_audit_trail(client):
    """Hidden posts vanish for members, a locked thread takes no reply, a banned member loses access; all audited."""
    moderator = MembershipFactory(role="moderator")
    member = MembershipFactory(community=moderator.community)
    thread = thread_with_post(member)
    post = services.reply_create(actor=member.user, thread=thread, body="Off-topic advertisement")
    services.post_hide(actor=moderator.user, post=post, reason="spam")
    services.thread_lock(actor=moderator.user, thread=thread)
    client.force_login(member.user)
    page = client.get(thread.get_absolute_url()).content
    assert b"Off-topic advertisement" not in page and b"locked" in page
    client.post(f"{thread.get_absolute_url()}reply/", {"body": "Still here"})
    assert thread.posts.count() == 2
    services.member_ban(actor=moderator.user, membership=member, reason="spam")
    assert client.get(thread.get_absolute_url()).status_code == 404
    actions = set(AuditEntry.objects.values_list("action", flat=True))
    assert {"community.post_hide", "community.thread_lock", "community.member_ban"} <= actions


def test_a_member_cannot_moderate(client):
    """The moderation endpoint is a 404 for ordinary members."""
    member = MembershipFactory()
    other = MembershipFactory(community=member.community)
    client.force_login(member.user)
    response = client.post(f"{member.community.get_absolute_url()}moderate/", {"action": "ban", "target": other.pk})
    assert response.status_code == 404
    other.refresh_from_db()
    assert other.status == MemberStatus.ACTIVE
