"""The e-mail digest: one message per member of what happened in their communities since the last one."""

from collections import defaultdict

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from pkhub.community.models import Membership, MemberStatus, Mention, Post


def _since(membership: Membership):
    return membership.digest_sent_at or membership.joined_at


def community_digest_send(*, now=None) -> int:
    """Sends each member (a person, across their communities) what is new since their last digest.

    Nothing new, no message. Returns how many digests were sent.
    """
    now = now or timezone.now()
    by_user = defaultdict(list)
    for membership in Membership.objects.filter(status=MemberStatus.ACTIVE).select_related("user", "community"):
        by_user[membership.user].append(membership)
    sent = 0
    with get_connection(fail_silently=False) as connection:
        for user, memberships in by_user.items():
            blocks = []
            for membership in memberships:
                since = _since(membership)
                posts = list(Post.objects.filter(thread__community=membership.community, created_at__gt=since, created_at__lte=now,
                                                 hidden=False, thread__hidden=False).exclude(author=membership)
                             .select_related("thread", "author").order_by("thread_id", "created_at"))
                mentioned = set(Mention.objects.filter(member=membership, post__in=posts).values_list("post_id", flat=True))
                if posts:
                    blocks.append({"community": membership.community, "posts": posts, "mentioned": mentioned})
            if blocks and user.email:
                connection.send_messages([_message(user, blocks)])
                sent += 1
            with transaction.atomic():
                Membership.objects.filter(pk__in=[m.pk for m in memberships]).update(digest_sent_at=now)
    return sent


def _message(user, blocks) -> EmailMultiAlternatives:
    with translation.override(user.preferred_language or settings.LANGUAGE_CODE):
        context = {"blocks": blocks, "site_url": settings.SITE_URL.rstrip("/")}
        mentions = sum(len(b["mentioned"]) for b in blocks)
        subject = _("Your communities of practice: what is new") if not mentions else _("You were mentioned in your communities of practice")
        message = EmailMultiAlternatives(subject=subject, body=render_to_string("community/email/digest.txt", context), to=[user.email])
        message.attach_alternative(render_to_string("community/email/digest.html", context), "text/html")
    return message
