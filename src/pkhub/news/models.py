"""News, events, the "ITS update" newsletter (issues, sections, items) and its subscribers."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from pkhub.accounts.models import MemberState


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


class NewsItem(models.Model):
    """A piece of news, shown on the news page, the home page and the feeds once published."""

    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    title = models.CharField(_("title"), max_length=300)
    summary = models.TextField(_("summary"), blank=True)
    body = models.TextField(_("text"), blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True, db_index=True)
    link = models.CharField(_("further reading"), max_length=300, blank=True, help_text=_("An address on the hub or elsewhere."))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")
        ordering = ["-published_at", "-id"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("news:item", kwargs={"slug": self.slug})


class Event(models.Model):
    """A meeting or conference: when, where, who co-hosts it."""

    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    title = models.CharField(_("title"), max_length=300)
    body = models.TextField(_("description"), blank=True)
    start_date = models.DateField(_("start date"), db_index=True)
    end_date = models.DateField(_("end date"))
    city = models.CharField(_("city"), max_length=120, blank=True)
    country = models.ForeignKey(
        MemberState, verbose_name=_("country"), null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    co_hosts = models.ManyToManyField(MemberState, verbose_name=_("co-hosts"), blank=True, related_name="co_hosted_events")
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PUBLISHED, db_index=True)
    link = models.CharField(_("further reading"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["start_date", "id"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("news:event", kwargs={"slug": self.slug})


class SectionKind(models.TextChoices):
    """The sections of an ITS update, in the order the newsletter prints them."""

    GUIDANCE = "guidance", _("Guidance update")
    ENHANCING = "enhancing", _("Enhancing peacekeeping")
    TRAINING = "training", _("Training update")
    CALENDAR = "calendar", _("ITS training calendar")
    MATERIALS = "materials", _("Pre-deployment training materials")


SECTION_ORDER = [kind for kind, _label in SectionKind.choices]


class NewsletterIssue(models.Model):
    """One "ITS update" (three a year): a draft the editors work on, then a page and an e-mail."""

    number = models.PositiveIntegerField(_("number"), unique=True)
    date = models.DateField(_("date of issue"))
    intro = models.TextField(_("introduction"), blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    proposed_since = models.DateTimeField(
        _("changes proposed since"), null=True, blank=True, help_text=_("The draft was proposed from what changed after this moment.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("ITS update issue")
        verbose_name_plural = _("ITS update issues")
        ordering = ["-date", "-number"]

    def __str__(self):
        return _("ITS update no. %(number)s") % {"number": self.number}

    def get_absolute_url(self):
        return reverse("news:issue", kwargs={"number": self.number})


class NewsletterSection(models.Model):
    issue = models.ForeignKey(NewsletterIssue, verbose_name=_("issue"), on_delete=models.CASCADE, related_name="sections")
    kind = models.CharField(_("section"), max_length=12, choices=SectionKind.choices)
    note = models.TextField(_("note"), blank=True, help_text=_("Text printed under the section heading."))

    class Meta:
        verbose_name = _("section")
        verbose_name_plural = _("sections")
        constraints = [models.UniqueConstraint(fields=["issue", "kind"], name="one_section_of_a_kind_per_issue")]

    def __str__(self):
        return self.get_kind_display()

    @property
    def position(self) -> int:
        return SECTION_ORDER.index(self.kind)


class NewsletterItem(models.Model):
    """One entry of a section: a heading, its text, and a link (never an attachment)."""

    section = models.ForeignKey(NewsletterSection, verbose_name=_("section"), on_delete=models.CASCADE, related_name="items")
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    title = models.CharField(_("heading"), max_length=300)
    body = models.TextField(_("text"), blank=True)
    link = models.CharField(_("link"), max_length=300, blank=True, help_text=_("A page of the hub (/en/…) or a full address."))
    languages = models.JSONField(_("languages available"), default=list, blank=True)
    # What the hub proposed this item from ("resource", "version", "session", "news", "event"), if anything.
    source_kind = models.CharField(_("proposed from"), max_length=12, blank=True)
    source_id = models.PositiveBigIntegerField(_("source id"), null=True, blank=True)

    class Meta:
        verbose_name = _("item")
        verbose_name_plural = _("items")
        ordering = ["section", "position", "id"]

    def __str__(self):
        return self.title


class SubscriptionStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for confirmation")
    ACTIVE = "active", _("Subscribed")
    UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")


class Subscription(models.Model):
    """An address that asked for the ITS update; it receives it only once it confirms (double opt-in)."""

    email = models.EmailField(_("e-mail address"), unique=True)
    language = models.CharField(_("language"), max_length=7, default="en")
    status = models.CharField(
        _("status"), max_length=14, choices=SubscriptionStatus.choices, default=SubscriptionStatus.PENDING, db_index=True
    )
    created_at = models.DateTimeField(_("asked"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed"), null=True, blank=True)

    class Meta:
        verbose_name = _("subscription")
        verbose_name_plural = _("subscriptions")
        ordering = ["id"]

    def __str__(self):
        return _("Subscription %(id)s") % {"id": self.pk}


class Delivery(models.Model):
    """An issue sent to one subscriber: makes sending resumable and never twice."""

    issue = models.ForeignKey(NewsletterIssue, on_delete=models.CASCADE, related_name="deliveries")
    subscription = models.ForeignKey(Subscription, on_delete=models.CASCADE, related_name="deliveries")
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    error = models.CharField(_("error"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [models.UniqueConstraint(fields=["issue", "subscription"], name="one_delivery_per_subscriber")]
