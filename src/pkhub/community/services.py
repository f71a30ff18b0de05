"""Writes of communities of practice: joining, posting, attachments, mentions, moderation, comments
on draft materials. Each checks the permission, validates, saves in one transaction and audits."""

import re

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from pkhub.community.models import (
    Attachment,
    Community,
    DraftReview,
    Joining,
    Membership,
    MemberStatus,
    Mention,
    Post,
    ResourceComment,
    Thread,
)
from pkhub.core.audit import audit_record
from pkhub.ingest.services import document_ingest

MENTION = re.compile(r"(?<![\w@])@([a-z0-9][a-z0-9_-]{1,39})", re.IGNORECASE)
MAX_ATTACHMENTS = 5


def _require(actor, perm: str, obj=None) -> None:
    if actor is None or not actor.has_perm(perm, obj):
        raise PermissionDenied(_("You may not do this."))


def _membership(actor, community: Community) -> Membership:
    return Membership.objects.get(community=community, user=actor)


def _unique_handle(community: Community, base: str) -> str:
    base = slugify(base)[:32] or "member"
    handle, n = base, 1
    while Membership.objects.filter(community=community, handle=handle).exists():
        n += 1
        handle = f"{base}-{n}"
    return handle


@transaction.atomic
def community_join(*, actor, community: Community, display_name: str) -> Membership:
    """Joins an open community at once, or asks to join one on approval."""
    _require(actor, "community.join_community", community)
    display_name = (display_name or "").strip()
    if not display_name:
        raise ValidationError({"display_name": _("Say how your posts should be signed, e.g. your organisation's name.")})
    status = MemberStatus.ACTIVE if community.joining == Joining.OPEN else MemberStatus.PENDING
    membership = Membership.objects.filter(community=community, user=actor).first()
    if membership is None:
        membership = Membership(community=community, user=actor, handle=_unique_handle(community, display_name))
    membership.display_name, membership.status = display_name[:120], status
    membership.full_clean()
    membership.save()
    audit_record(actor=actor, action="community.join", obj=membership, changes={"status": status})
    return membership


@transaction.atomic
def membership_decide(*, actor, membership: Membership, approve: bool) -> Membership:
    _require(actor, "community.moderate_community", membership.community)
    if membership.status != MemberStatus.PENDING:
        raise ValidationError(_("Only a request to join can be decided."))
    membership.status = MemberStatus.ACTIVE if approve else MemberStatus.LEFT
    membership.save(update_fields=["status"])
    audit_record(actor=actor, action="community.member_approve" if approve else "community.member_refuse", obj=membership)
    return membership


def _mentions(post: Post) -> list[Membership]:
    handles = {h.lower() for h in MENTION.findall(post.body)}
    if not handles:
        return []
    members = Membership.objects.filter(community=post.thread.community, handle__in=handles, status=MemberStatus.ACTIVE).exclude(pk=post.author_id)
    Mention.objects.bulk_create([Mention(post=post, member=m) for m in members], ignore_conflicts=True)
    return list(members)


def _attach(post: Post, files, actor) -> None:
    files = list(files or [])
    if len(files) > MAX_ATTACHMENTS:
        raise ValidationError(_("At most %(n)s files per message.") % {"n": MAX_ATTACHMENTS})
    for upload in files:
        name = getattr(upload, "name", "") or "file"
        document, _created = document_ingest(source=upload, filename=name, actor=actor)  # IngestError refuses
        Attachment.objects.create(post=post, document=document, name=name[:255])


def _post(*, actor, thread: Thread, body: str, files=None) -> Post:
    body = (body or "").strip()
    post = Post(thread=thread, author=_membership(actor, thread.community), body=body)
    post.full_clean()
    post.save()
    _attach(post, files, actor)
    _mentions(post)
    thread.last_post_at = post.created_at
    thread.save(update_fields=["last_post_at"])
    return post


@transaction.atomic
def thread_create(*, actor, community: Community, title: str, body: str, files=None) -> Thread:
    """Starts a thread with its first message (and files, checked by the ingest app)."""
    _require(actor, "community.post_in_community", community)
    thread = Thread(community=community, title=(title or "").strip(), author=_membership(actor, community), last_post_at=timezone.now())
    thread.full_clean()
    thread.save()
    post = _post(actor=actor, thread=thread, body=body, files=files)
    audit_record(actor=actor, action="community.thread_create", obj=thread, changes={"post": post.pk})
    return thread


@transaction.atomic
def reply_create(*, actor, thread: Thread, body: str, files=None) -> Post:
    _require(actor, "community.reply_to_thread", thread)
    post = _post(actor=actor, thread=thread, body=body, files=files)
    audit_record(actor=actor, action="community.reply", obj=post, changes={"thread": thread.pk})
    return post


@transaction.atomic
def post_hide(*, actor, post: Post, hidden: bool = True, reason: str = "") -> Post:
    _require(actor, "community.moderate_community", post.thread.community)
    post.hidden = hidden
    post.save(update_fields=["hidden"])
    audit_record(actor=actor, action="community.post_hide" if hidden else "community.post_unhide", obj=post, changes={"reason": reason})
    return post


@transaction.atomic
def thread_lock(*, actor, thread: Thread, locked: bool = True, reason: str = "") -> Thread:
    _require(actor, "community.moderate_community", thread.community)
    thread.locked = locked
    thread.save(update_fields=["locked"])
    audit_record(actor=actor, action="community.thread_lock" if locked else "community.thread_unlock", obj=thread, changes={"reason": reason})
    return thread


@transaction.atomic
def thread_hide(*, actor, thread: Thread, hidden: bool = True, reason: str = "") -> Thread:
    _require(actor, "community.moderate_community", thread.community)
    thread.hidden = hidden
    thread.save(update_fields=["hidden"])
    audit_record(actor=actor, action="community.thread_hide" if hidden else "community.thread_unhide", obj=thread, changes={"reason": reason})
    return thread


@transaction.atomic
def member_ban(*, actor, membership: Membership, reason: str = "") -> Membership:
    """Bans a member: they can no longer read a private community, post or rejoin."""
    _require(actor, "community.moderate_community", membership.community)
    if membership.user_id == actor.pk:
        raise ValidationError(_("You cannot ban yourself."))
    membership.status = MemberStatus.BANNED
    membership.save(update_fields=["status"])
    audit_record(actor=actor, action="community.member_ban", obj=membership, changes={"reason": reason})
    return membership


@transaction.atomic
def draft_review_open(*, actor, community: Community, resource, note: str = "") -> DraftReview:
    """Opens a draft library resource to a community's comments (editors only; drafts only)."""
    _require(actor, "community.open_draft_review")
    if resource.status != "draft":
        raise ValidationError(_("Only a draft can be opened for comments."))
    review, _created = DraftReview.objects.update_or_create(community=community, resource=resource, defaults={"note": note, "open": True})
    audit_record(actor=actor, action="community.review_open", obj=review)
    return review


@transaction.atomic
def resource_comment_add(*, actor, review: DraftReview, body: str) -> ResourceComment:
    _require(actor, "community.comment_on_draft", review)
    if not review.open or review.resource.status != "draft":
        raise ValidationError(_("This material is no longer open for comments."))
    comment = ResourceComment(review=review, author=_membership(actor, review.community), body=(body or "").strip())
    comment.full_clean()
    comment.save()
    audit_record(actor=actor, action="community.comment", obj=comment, changes={"resource": review.resource_id})
    return comment
