"""Ministerials, the requirements catalogue, pledges and their history, PCRS units and their levels."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pkhub.pledges.choices import (
    Category,
    Level,
    PledgeStatus,
    RequirementKind,
    Section,
    UnitType,
)


class Ministerial(models.Model):
    """A UN Peacekeeping Ministerial: where Member States announce pledges."""

    slug = models.SlugField(_("slug"), unique=True)
    name = models.CharField(_("name"), max_length=200)
    city = models.CharField(_("city"), max_length=100)
    host = models.ForeignKey(
        "accounts.MemberState", verbose_name=_("host"), on_delete=models.PROTECT, related_name="+"
    )
    starts_on = models.DateField(_("first day"))
    ends_on = models.DateField(_("last day"))
    submission_deadline = models.DateField(
        _("submission deadline"), null=True, blank=True,
        help_text=_("Pledges must reach the Strategic Force Generation Cell by this day."),
    )
    implementation_meeting_on = models.DateField(_("implementation meeting"), null=True, blank=True)
    implementation_meeting_approximate = models.BooleanField(
        _("date of the implementation meeting is approximate"), default=True
    )

    class Meta:
        verbose_name = _("ministerial")
        verbose_name_plural = _("ministerials")
        ordering = ["-starts_on"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("pledges:ministerial", args=[self.slug])

    def submissions_open(self, today=None) -> bool:
        today = today or timezone.localdate()
        last_day = self.submission_deadline or self.ends_on
        return today <= last_day


class PreparatoryMeeting(models.Model):
    """A meeting held before the ministerial to discuss needs and possible pledges."""

    ministerial = models.ForeignKey(Ministerial, on_delete=models.CASCADE, related_name="preparatory_meetings")
    city = models.CharField(_("city"), max_length=100)
    starts_on = models.DateField(_("first day"))
    ends_on = models.DateField(_("last day"))
    theme = models.CharField(_("theme"), max_length=300)
    co_hosts = models.ManyToManyField("accounts.MemberState", verbose_name=_("co-hosts"), related_name="+")

    class Meta:
        verbose_name = _("preparatory meeting")
        verbose_name_plural = _("preparatory meetings")
        ordering = ["starts_on"]

    def __str__(self):
        return f"{self.city} ({self.starts_on:%Y-%m-%d})"


class Requirement(models.Model):
    """A need of UN peacekeeping that the pledging guide asks Member States to pledge against."""

    ministerial = models.ForeignKey(Ministerial, on_delete=models.CASCADE, related_name="requirements")
    code = models.CharField(_("code"), max_length=12)
    position = models.PositiveIntegerField(_("position"), default=0)
    section = models.CharField(_("section"), max_length=20, choices=Section.choices)
    subsection = models.CharField(_("subsection"), max_length=200, blank=True)
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=RequirementKind.choices)
    category = models.CharField(
        _("contribution category"), max_length=30, choices=Category.choices,
        help_text=_("The category of the pledge form this requirement belongs to."),
    )
    missions = models.JSONField(_("missions"), default=list, blank=True)
    quantity = models.PositiveIntegerField(_("quantity needed"), null=True, blank=True)
    target = models.CharField(_("target"), max_length=200, blank=True)
    capability = models.CharField(_("capability"), max_length=40, choices=UnitType.choices, blank=True)
    library_slug = models.SlugField(_("library resource to translate"), blank=True)
    languages = models.JSONField(_("languages asked for"), default=list, blank=True)
    fundable = models.BooleanField(
        _("asks for a financial contribution"), default=False,
        help_text=_("The guide asks for money here (e.g. a trust fund), so a Funding pledge may answer it."),
    )
    source_quote = models.CharField(_("where it is in the guide"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("requirement")
        verbose_name_plural = _("requirements")
        ordering = ["ministerial", "position"]
        constraints = [models.UniqueConstraint(fields=["ministerial", "code"], name="requirement_code_unique")]

    def __str__(self):
        return f"{self.code} {self.title}"

    def get_absolute_url(self):
        return reverse("pledges:requirement", args=[self.ministerial.slug, self.code])


class Pledge(models.Model):
    """A Member State's (or a partnership's) commitment announced at a ministerial."""

    reference = models.CharField(_("reference"), max_length=40, unique=True)
    ministerial = models.ForeignKey(Ministerial, on_delete=models.PROTECT, related_name="pledges")
    lead_state = models.ForeignKey(
        "accounts.MemberState", verbose_name=_("lead Member State"), on_delete=models.PROTECT,
        related_name="led_pledges",
    )
    partners = models.ManyToManyField(
        "accounts.MemberState", verbose_name=_("partner Member States"), blank=True, related_name="partner_pledges",
        help_text=_("For a bilateral or triangular partnership: the other Member States."),
    )
    category = models.CharField(_("contribution category"), max_length=30, choices=Category.choices)
    requirements = models.ManyToManyField(
        Requirement, verbose_name=_("requirements addressed"), blank=True, related_name="pledges"
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("pledge description"))
    quantity = models.PositiveIntegerField(_("quantity"), null=True, blank=True)
    unit_type = models.CharField(_("capability pledged"), max_length=40, choices=UnitType.choices, blank=True)
    timeline = models.CharField(_("timeline"), max_length=200, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=PledgeStatus.choices, default=PledgeStatus.DRAFT, db_index=True
    )
    return_reason = models.TextField(_("reason for return"), blank=True)
    repeat_of = models.ForeignKey(
        "self", verbose_name=_("pledged before as"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    revision = models.PositiveIntegerField(_("revision"), default=1)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), default=timezone.now)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    announced_at = models.DateTimeField(_("announced"), null=True, blank=True, db_index=True)

    class Meta:
        verbose_name = _("pledge")
        verbose_name_plural = _("pledges")
        ordering = ["ministerial", "lead_state__name", "reference"]

    def __str__(self):
        return f"{self.reference} {self.title}"

    def get_absolute_url(self):
        return reverse("pledges:pledge", args=[self.reference])

    @property
    def is_public(self) -> bool:
        return self.status in PledgeStatus.public()

    @property
    def partnership(self) -> str:
        """single, bilateral or triangular (three or more states)."""
        count = 1 + len(self.partners.all())
        return "single" if count == 1 else "bilateral" if count == 2 else "triangular"

    def states(self):
        return [self.lead_state, *self.partners.all()]


class PledgeEvent(models.Model):
    """One change of a pledge's status: who, when, from, to, and why."""

    pledge = models.ForeignKey(Pledge, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    actor_label = models.CharField(_("who"), max_length=254, blank=True)
    at = models.DateTimeField(_("when"), default=timezone.now)
    from_status = models.CharField(_("from"), max_length=20, choices=PledgeStatus.choices, blank=True)
    to_status = models.CharField(_("to"), max_length=20, choices=PledgeStatus.choices)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("pledge event")
        verbose_name_plural = _("pledge history")
        ordering = ["at", "id"]


class ProgressReport(models.Model):
    """What a state reports on a pledge at the implementation meeting (or any time after the announcement)."""

    pledge = models.ForeignKey(Pledge, on_delete=models.CASCADE, related_name="progress_reports")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(_("when"), default=timezone.now)
    text = models.TextField(_("progress"))
    percent_done = models.PositiveSmallIntegerField(_("per cent done"), default=0)

    class Meta:
        verbose_name = _("progress report")
        verbose_name_plural = _("progress reports")
        ordering = ["at", "id"]


class Unit(models.Model):
    """A uniformed unit, individual personnel or a training pledge registered in the PCRS."""

    state = models.ForeignKey("accounts.MemberState", verbose_name=_("Member State"), on_delete=models.PROTECT,
                              related_name="pcrs_units")
    pledge = models.ForeignKey(Pledge, verbose_name=_("pledge"), null=True, blank=True, on_delete=models.SET_NULL,
                               related_name="units")
    name = models.CharField(_("name"), max_length=200)
    unit_type = models.CharField(_("unit type"), max_length=40, choices=UnitType.choices)
    strength = models.PositiveIntegerField(_("strength"), help_text=_("Personnel in the unit."))
    women = models.PositiveIntegerField(_("women in the unit"), default=0)
    level = models.CharField(_("PCRS level"), max_length=12, choices=Level.choices, blank=True)
    level_since = models.DateField(_("at this level since"), null=True, blank=True)
    revision = models.PositiveIntegerField(_("revision"), default=1)
    created_at = models.DateTimeField(_("registered"), default=timezone.now)

    class Meta:
        verbose_name = _("PCRS unit")
        verbose_name_plural = _("PCRS units")
        ordering = ["state__name", "name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("pledges:unit", args=[self.pk])

    @property
    def women_share(self) -> float:
        return self.women / self.strength if self.strength else 0.0


class LevelChange(models.Model):
    """A unit moved from one PCRS level to another, with the evidence for it."""

    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="level_changes")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    actor_label = models.CharField(_("who"), max_length=254, blank=True)
    at = models.DateTimeField(_("when"), default=timezone.now)
    from_level = models.CharField(_("from"), max_length=12, choices=Level.choices, blank=True)
    to_level = models.CharField(_("to"), max_length=12, choices=Level.choices)
    assessment_visit_on = models.DateField(_("assessment and advisory visit"), null=True, blank=True)
    load_list_checked = models.BooleanField(_("load list checked"), default=False)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("level change")
        verbose_name_plural = _("level changes")
        ordering = ["at", "id"]
