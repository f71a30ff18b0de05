"""Posting: threads, replies, attachments through the ingest checks, mentions, digests, drafts' comments."""

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from pkhub.community import selectors, services
from pkhub.community.models import Attachment, Community, Membership, Mention, Post, ResourceComment, Thread
from pkhub.community.tests.factories import EditorFactory, MembershipFactory, UserFactory, thread_with_post
from pkhub.library import services as library_services

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.STORAGES = {**settings.STORAGES, "default": {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": str(tmp_path)}}}


def test_a_member_posts_a_thread_with_a_file_and_another_replies(client):
    """The thread, its text file and the reply show on the thread page."""
    asker = MembershipFactory(display_name="CAECOPAZ training team")
    answerer = MembershipFactory(community=asker.community, display_name="KAIPTC training team")
    client.force_login(asker.user)
    upload = SimpleUploadedFile("scenarios.txt", b"Scenario one: a report of misconduct.\n", content_type="text/plain")
    response = client.post(f"/en/communities/{asker.community.slug}/threads/new/", {"title": "CPTM conduct and discipline", "body": "How long do you teach it?", "files": [upload]})
    thread = Thread.objects.get()
    assert response.status_code == 302 and response.url == thread.get_absolute_url()
    assert Attachment.objects.get().name == "scenarios.txt"
    client.force_login(answerer.user)
    client.post(f"{thread.get_absolute_url()}reply/", {"body": "Half a day, with scenarios."})
    page = client.get(thread.get_absolute_url()).content.decode()
    assert "Half a day, with scenarios." in page and "scenarios.txt" in page
    assert "CAECOPAZ training team" in page and asker.user.email not in page
    file_url = f"/en/communities/{asker.community.slug}/files/{Attachment.objects.get().pk}/"
    download = client.get(file_url)
    assert download.status_code == 200 and b"".join(download.streaming_content).startswith(b"Scenario one")
    client.force_login(UserFactory())
    assert client.get(file_url).status_code == 404
    client.logout()
    assert client.get(file_url).status_code == 404


@pytest.mark.parametrize("name,content", [("empty.pdf", b""), ("notes.exe", b"MZ\x90\x00binary"), ("fake.pdf", b"plain words, not a PDF")])
def test_a_file_the_ingest_checks_refuse_leaves_no_thread(client, name, content):
    """Empty, unsupported or mislabelled files: a 400 naming the file; nothing is stored."""
    member = MembershipFactory()
    client.force_login(member.user)
    response = client.post(f"/en/communities/{member.community.slug}/threads/new/", {"title": "T", "body": "B", "files": [SimpleUploadedFile(name, content)]})
    assert response.status_code == 400
    assert name.encode() in response.content or b"is empty" in response.content  # Django's form refuses an empty file first
    assert not Thread.objects.exists() and not Attachment.objects.exists()


@pytest.mark.parametrize("data", [{"title": "", "body": "x"}, {"title": "x", "body": ""}, {"title": "x" * 201, "body": "x"}, {"title": "x", "body": "y" * 20_001}])
def test_empty_or_huge_posts_are_refused(client, data):
    """Missing or oversize subject or message: the form comes back with a 400."""
    member = MembershipFactory()
    client.force_login(member.user)
    assert client.post(f"/en/communities/{member.community.slug}/threads/new/", data).status_code == 400
    assert not Thread.objects.exists()


def test_mentions_are_told_in_one_digest_per_member_and_only_once():
    """@handle records a mention; the digest sends each member one message of what is new, then nothing."""
    asker = MembershipFactory(handle="caecopaz")
    kaiptc = MembershipFactory(community=asker.community, handle="kaiptc")
    other = Community.objects.create(slug="other", name_en="Other", visibility="private")
    MembershipFactory(community=other, user=kaiptc.user, handle="k2")
    Membership.objects.update(digest_sent_at=None)
    thread = services.thread_create(actor=asker.user, community=asker.community, title="Question", body="@kaiptc @nobody what do you think?")
    assert list(Mention.objects.values_list("member__handle", flat=True)) == ["kaiptc"]
    call_command("community_digest", verbosity=0)
    assert [m.to for m in mail.outbox] == [[kaiptc.user.email]]
    assert "mentioned" in mail.outbox[0].subject and thread.get_absolute_url() in mail.outbox[0].body
    assert mail.outbox[0].alternatives[0][1] == "text/html"
    call_command("community_digest", verbosity=0)
    assert len(mail.outbox) == 1


def test_a_draft_is_opened_to_a_community_members_comment_and_editors_read_them(client):
    """Editors open a draft for comments; members comment; non-members see nothing; editors see the comments."""
    editor = EditorFactory()
    draft = library_services.resource_create(slug="draft-sop", kind="sop", actor=editor)
    library_services.version_upsert(resource=draft, lang="en", title="Draft SOP on mobile training teams", actor=editor)
    member = MembershipFactory()
    review = services.draft_review_open(actor=editor, community=member.community, resource=draft, note="Comments by Friday")
    client.force_login(UserFactory())
    assert client.get(review.get_absolute_url()).status_code == 404
    client.force_login(member.user)
    client.post(review.get_absolute_url(), {"body": "Section 3 needs a checklist."})
    assert ResourceComment.objects.get().body == "Section 3 needs a checklist."
    client.force_login(editor)
    assert b"Section 3 needs a checklist." in client.get(review.get_absolute_url()).content
    assert [c.body for c in selectors.draft_comments_for_resource(resource_id=draft.pk)] == ["Section 3 needs a checklist."]


def test_a_published_resource_cannot_be_opened_for_comments():
    """Only drafts take community comments."""
    editor = EditorFactory()
    published = library_services.resource_create(slug="pub-sop", kind="sop", status="published", actor=editor)
    with pytest.raises(Exception, match="draft"):
        services.draft_review_open(actor=editor, community=MembershipFactory().community, resource=published)


def test_joining_an_approved_community_waits_for_a_moderator(client):
    """The request is pending until a moderator approves it; then the member reads the threads."""
    moderator = MembershipFactory(role="moderator")
    thread = thread_with_post(moderator, title="Welcome thread")
    applicant = UserFactory()
    client.force_login(applicant)
    client.post(f"/en/communities/{moderator.community.slug}/join/", {"display_name": "IPSTC training team"})
    membership = Membership.objects.get(user=applicant)
    assert membership.status == "pending"
    assert client.get(thread.get_absolute_url()).status_code == 404
    client.force_login(moderator.user)
    client.post(f"/en/communities/{moderator.community.slug}/moderate/", {"action": "approve", "target": membership.pk})
    client.force_login(applicant)
    assert client.get(thread.get_absolute_url()).status_code == 200


def test_loaddemo_community_makes_the_training_cop_thread_with_two_answers_and_is_idempotent():
    """The demo thread on the CPTM conduct and discipline lesson has replies from two other centres; run twice, same rows."""
    call_command("loaddemo_community", verbosity=0)
    call_command("loaddemo_community", verbosity=0)
    thread = Thread.objects.get(community__slug="training")
    authors = list(Post.objects.filter(thread=thread).values_list("author__display_name", flat=True))
    assert len(authors) == 3 and len(set(authors[1:]) - {authors[0]}) == 2
    assert "conduct and discipline" in thread.title
    assert not any("@" in name for name in authors)


def test_an_editor_opens_a_draft_from_the_community_page_and_members_find_it(client):
    """The editor's form takes the draft's slug; the draft is then listed for members; a published slug is refused."""
    editor = EditorFactory()
    draft = library_services.resource_create(slug="draft-handbook", kind="handbook", actor=editor)
    library_services.version_upsert(resource=draft, lang="en", title="Draft handbook for trainers", actor=editor)
    member = MembershipFactory()
    client.force_login(editor)
    response = client.post(f"/en/communities/{member.community.slug}/drafts/open/", {"resource": "draft-handbook", "note": "Your views?"})
    assert response.status_code == 302
    client.post(f"/en/communities/{member.community.slug}/drafts/open/", {"resource": "no-such-thing"})
    client.force_login(member.user)
    assert b"Draft handbook for trainers" in client.get(member.community.get_absolute_url()).content
    client.force_login(member.user)
    assert client.post(f"/en/communities/{member.community.slug}/drafts/open/", {"resource": "draft-handbook"}).status_code == 404
