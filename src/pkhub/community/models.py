"""Communities of practice: membership, threads and replies, attachments, mentions, comments on
draft materials, and the moderation of all of it. The Light Coordination Mechanism's tables are
in lcm_models.py."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class Joining(models.TextChoices):
    OPEN = "open", _("Open: anyone signed in may join")
    APPROVED = "approved", _("On approval by a moderator")


class Visibility(models.TextChoices):
    PUBLIC = "public", _("Public: anyone may read")
    PRIVATE = "private", _("Private: members only")


class Community(models.Model):
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    joining = models.CharField(_("membership"), max_length=10, choices=Joining.choices, default=Joining.APPROVED)
    visibility = models.CharField(_("content"), max_length=10, choices=Visibility.choices, default=Visibility.PRIVATE)
    maintained_by = models.CharField(_("maintained by"), max_length=200, blank=True, help_text=_("e.g. the Integrated Training Service"))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("community of practice")
        verbose_name_plural = _("communities of practice")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("community:community", kwargs={"slug": self.slug})

    @property
    def is_private(self) -> bool:
        return self.visibility == Visibility.PRIVATE


class MemberRole(models.TextChoices):
    MEMBER = "member", _("Member")
    MODERATOR = "moderator", _("Moderator")


class MemberStatus(models.TextChoices):
    PENDING = "pending", _("Asked to join")
    ACTIVE = "active", _("Member")
    BANNED = "banned", _("Banned")
    LEFT = "left", _("Left")


class Membership(models.Model):
    community = models.ForeignKey(Community, verbose_name=_("community"), on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE, related_name="community_memberships")
    display_name = models.CharField(
        _("name shown to members"), max_length=120,
        help_text=_("How posts are signed, e.g. an organisation's name. Never the e-mail address."),
    )
    handle = models.SlugField(_("handle for @mentions"), max_length=40)
    role = models.CharField(_("role"), max_length=10, choices=MemberRole.choices, default=MemberRole.MEMBER)
    status = models.CharField(_("status"), max_length=10, choices=MemberStatus.choices, default=MemberStatus.PENDING, db_index=True)
    joined_at = models.DateTimeField(_("joined"), auto_now_add=True)
    digest_sent_at = models.DateTimeField(_("last digest"), null=True, blank=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(fields=["community", "user"], name="one_membership_per_user"),
            models.UniqueConstraint(fields=["community", "handle"], name="one_handle_per_community"),
        ]

    def __str__(self):
        return self.display_name


class Thread(models.Model):
    community = models.ForeignKey(Community, verbose_name=_("community"), on_delete=models.CASCADE, related_name="threads")
    title = models.CharField(_("title"), max_length=200)
    author = models.ForeignKey(Membership, verbose_name=_("started by"), on_delete=models.PROTECT, related_name="threads")
    locked = models.BooleanField(_("locked"), default=False, help_text=_("No new replies."))
    hidden = models.BooleanField(_("hidden by a moderator"), default=False)
    created_at = models.DateTimeField(_("started"), auto_now_add=True, db_index=True)
    last_post_at = models.DateTimeField(_("last post"), null=True, blank=True, db_index=True)

    class Meta:
        verbose_name = _("thread")
        verbose_name_plural = _("threads")
        ordering = ["-last_post_at", "-id"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("community:thread", kwargs={"slug": self.community.slug, "pk": self.pk})


class Post(models.Model):
    """The opening message of a thread or a reply to it."""

    thread = models.ForeignKey(Thread, verbose_name=_("thread"), on_delete=models.CASCADE, related_name="posts")
    author = models.ForeignKey(Membership, verbose_name=_("author"), on_delete=models.PROTECT, related_name="posts")
    body = models.TextField(_("message"), max_length=20_000)
    hidden = models.BooleanField(_("hidden by a moderator"), default=False)
    created_at = models.DateTimeField(_("posted"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("post")
        verbose_name_plural = _("posts")
        ordering = ["created_at", "id"]

    def __str__(self):
        return self.body[:60]


class Attachment(models.Model):
    """A file attached to a post, stored through the ingest app (and refused by its checks)."""

    post = models.ForeignKey(Post, verbose_name=_("post"), on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey("ingest.Document", verbose_name=_("document"), on_delete=models.PROTECT, related_name="+")
    name = models.CharField(_("file name"), max_length=255)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self):
        return self.name


class Mention(models.Model):
    """A member named with @handle in a post; told in their next digest."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="mentions")
    member = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="mentions")

    class Meta:
        verbose_name = _("mention")
        verbose_name_plural = _("mentions")
        constraints = [models.UniqueConstraint(fields=["post", "member"], name="one_mention_per_post")]


class DraftReview(models.Model):
    """A draft library resource opened to a community for comments before it is published."""

    community = models.ForeignKey(Community, verbose_name=_("community"), on_delete=models.CASCADE, related_name="reviews")
    resource = models.ForeignKey("library.Resource", verbose_name=_("draft resource"), on_delete=models.CASCADE, related_name="+")
    note = models.TextField(_("what the editors ask"), blank=True)
    open = models.BooleanField(_("open for comments"), default=True)
    created_at = models.DateTimeField(_("opened"), auto_now_add=True)

    class Meta:
        verbose_name = _("draft review")
        verbose_name_plural = _("draft reviews")
        constraints = [models.UniqueConstraint(fields=["community", "resource"], name="one_review_per_community_and_resource")]

    def __str__(self):
        return str(self.resource)

    def get_absolute_url(self):
        return reverse("community:review", kwargs={"slug": self.community.slug, "pk": self.pk})


class ResourceComment(models.Model):
    review = models.ForeignKey(DraftReview, verbose_name=_("review"), on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(Membership, verbose_name=_("author"), on_delete=models.PROTECT, related_name="resource_comments")
    body = models.TextField(_("comment"), max_length=20_000)
    hidden = models.BooleanField(_("hidden by a moderator"), default=False)
    created_at = models.DateTimeField(_("posted"), auto_now_add=True)

    class Meta:
        verbose_name = _("comment on a draft")
        verbose_name_plural = _("comments on drafts")
        ordering = ["created_at", "id"]


from pkhub.community.lcm_models import (  # noqa: E402,F401  (one models module for Django)
    Activity,
    LessonsLearned,
    RosterEntry,
    SurveyAnswer,
    SurveyRound,
    TrainingRequest,
)
