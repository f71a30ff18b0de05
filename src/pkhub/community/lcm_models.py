"""The Light Coordination Mechanism (LCM): capacity-building activities, the LCM survey, the roster
of trainers and mobile training teams, training requests, and lessons-learned submissions."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from pkhub.accounts.models import MemberState


class Area(models.TextChoices):
    """Capacity-building areas; the first five are the LCM roster's priority areas for 2025-2026 (seed 003)."""

    BUDDY_FIRST_AID = "buddy-first-aid", _("Buddy First Aid")
    CONVOY_OPERATIONS = "convoy-operations", _("Convoy Operations")
    AMMUNITION_MANAGEMENT = "ammunition-management", _("Ammunition Management")
    CAS_VTI = "cas-vti", _("Close Air Support/Vertical Troop Insertion")
    WEAPONS_TRAINING = "weapons-training", _("Weapons Training")
    COUNTER_IED = "counter-ied", _("Counter-IED")
    POLICE = "police", _("Job-specific police training")
    CHILD_PROTECTION = "child-protection", _("Child protection")
    PRE_DEPLOYMENT = "pre-deployment", _("Pre-deployment training")
    OTHER = "other", _("Other")


PRIORITY_AREAS = [Area.BUDDY_FIRST_AID, Area.CONVOY_OPERATIONS, Area.AMMUNITION_MANAGEMENT, Area.CAS_VTI, Area.WEAPONS_TRAINING]


class ActivityStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    ONGOING = "ongoing", _("Ongoing")
    COMPLETED = "completed", _("Completed")
    CANCELLED = "cancelled", _("Cancelled")


class Activity(models.Model):
    """A capacity-building activity: who provides it, for whom, in what area, when."""

    title = models.CharField(_("title"), max_length=300)
    provider = models.ForeignKey(MemberState, verbose_name=_("provider"), null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    provider_other = models.CharField(_("provider (organisation)"), max_length=200, blank=True)
    recipient = models.ForeignKey(MemberState, verbose_name=_("recipient"), null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    recipient_other = models.CharField(_("recipient (mission or organisation)"), max_length=200, blank=True)
    area = models.CharField(_("area"), max_length=24, choices=Area.choices)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=ActivityStatus.choices, default=ActivityStatus.PLANNED)
    description = models.TextField(_("description"), blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("capacity-building activity")
        verbose_name_plural = _("capacity-building activities")
        ordering = [models.F("start_date").desc(nulls_last=True), "id"]

    def __str__(self):
        return self.title

    @property
    def provider_label(self) -> str:
        return self.provider.name if self.provider else self.provider_other

    @property
    def recipient_label(self) -> str:
        return self.recipient.name if self.recipient else self.recipient_other


class SurveyRound(models.Model):
    """One LCM survey sent to troop and police contributors (e.g. the fourth of 2023)."""

    year = models.PositiveSmallIntegerField(_("year"))
    number = models.PositiveSmallIntegerField(_("number in the year"))
    title = models.CharField(_("title"), max_length=300)
    deadline = models.DateField(_("deadline"))
    is_open = models.BooleanField(_("open for answers"), default=True)

    class Meta:
        verbose_name = _("LCM survey round")
        verbose_name_plural = _("LCM survey rounds")
        ordering = ["-year", "-number"]
        constraints = [models.UniqueConstraint(fields=["year", "number"], name="one_survey_round_per_number")]

    def __str__(self):
        return self.title


class SurveyAnswer(models.Model):
    """A Member State's answer to one round: once per state per round."""

    round = models.ForeignKey(SurveyRound, verbose_name=_("survey round"), on_delete=models.PROTECT, related_name="answers")
    member_state = models.ForeignKey(MemberState, verbose_name=_("Member State"), on_delete=models.PROTECT, related_name="+")
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    provides = models.BooleanField(_("provides capacity-building support"), default=False)
    provided_areas = models.JSONField(_("areas provided"), default=list, blank=True)
    receives = models.BooleanField(_("receives capacity-building support"), default=False)
    needed_areas = models.JSONField(_("areas needed"), default=list, blank=True)
    activities = models.TextField(_("activities in the period"), blank=True, max_length=10_000)
    comments = models.TextField(_("comments"), blank=True, max_length=10_000)
    submitted_at = models.DateTimeField(_("submitted"), auto_now_add=True)

    class Meta:
        verbose_name = _("LCM survey answer")
        verbose_name_plural = _("LCM survey answers")
        constraints = [models.UniqueConstraint(fields=["round", "member_state"], name="one_answer_per_state_per_round")]

    def __str__(self):
        return f"{self.round} — {self.member_state}"


class RosterKind(models.TextChoices):
    TRAINER = "trainer", _("Trainer")
    MTT = "mtt", _("Mobile training team")


class RosterEntry(models.Model):
    """A trainer or mobile training team a Member State registers on the LCM roster."""

    kind = models.CharField(_("kind"), max_length=8, choices=RosterKind.choices)
    name = models.CharField(_("name"), max_length=200, help_text=_("e.g. Convoy operations mobile training team"))
    member_state = models.ForeignKey(MemberState, verbose_name=_("provided by"), on_delete=models.PROTECT, related_name="+")
    areas = models.JSONField(_("areas"), default=list)
    languages = models.JSONField(_("languages"), default=list, blank=True)
    team_size = models.PositiveSmallIntegerField(_("trainers in the team"), null=True, blank=True)
    available_from = models.DateField(_("available from"))
    available_until = models.DateField(_("available until"))
    # Seen by LCM staff and the state that registered it; never on public pages or the API.
    contact_email = models.EmailField(_("contact address (not public)"), blank=True)
    notes = models.TextField(_("notes"), blank=True, max_length=5_000)
    active = models.BooleanField(_("on the roster"), default=True)
    registered_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(_("registered"), auto_now_add=True)

    class Meta:
        verbose_name = _("roster entry")
        verbose_name_plural = _("roster entries")
        ordering = ["available_from", "id"]

    def __str__(self):
        return self.name


class RequestStatus(models.TextChoices):
    OPEN = "open", _("Open")
    MATCHED = "matched", _("Matched")
    CLOSED = "closed", _("Closed")


class TrainingRequest(models.Model):
    """A troop or police contributor's request for training, matched against the roster."""

    member_state = models.ForeignKey(MemberState, verbose_name=_("requested by"), on_delete=models.PROTECT, related_name="+")
    area = models.CharField(_("area"), max_length=24, choices=Area.choices)
    wanted_from = models.DateField(_("wanted from"))
    wanted_until = models.DateField(_("wanted until"))
    place = models.CharField(_("where"), max_length=200, blank=True, help_text=_("A capital or a mission"))
    description = models.TextField(_("what is needed"), blank=True, max_length=5_000)
    status = models.CharField(_("status"), max_length=8, choices=RequestStatus.choices, default=RequestStatus.OPEN)
    matched_entry = models.ForeignKey(RosterEntry, verbose_name=_("matched with"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(_("requested"), auto_now_add=True)

    class Meta:
        verbose_name = _("training request")
        verbose_name_plural = _("training requests")
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"{self.get_area_display()} — {self.member_state}"


class LessonsStatus(models.TextChoices):
    SUBMITTED = "submitted", _("Submitted")
    SHARED = "shared", _("Shared with the hub's users")


class LessonsLearned(models.Model):
    """Lessons, good practices or innovations a training centre shares with the LCM."""

    title = models.CharField(_("title"), max_length=300)
    centre = models.CharField(_("training centre"), max_length=300)
    member_state = models.ForeignKey(MemberState, verbose_name=_("Member State"), on_delete=models.PROTECT, related_name="+")
    mission = models.CharField(_("mission"), max_length=40, blank=True, help_text=_("e.g. MINUSMA"))
    body = models.TextField(_("lessons, good practices or innovations"), max_length=30_000)
    status = models.CharField(_("status"), max_length=10, choices=LessonsStatus.choices, default=LessonsStatus.SUBMITTED)
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(_("submitted"), auto_now_add=True)

    class Meta:
        verbose_name = _("lessons-learned submission")
        verbose_name_plural = _("lessons-learned submissions")
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return self.title
