"""Training: courses and their sessions, nominations, training institutions (PKTIs), recognition."""

import datetime

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pkhub.accounts.models import MemberState
from pkhub.training.fields import CodeSetField


class CourseType(models.TextChoices):
    TOT = "tot", _("Training of trainers (ToT)")
    PILOT = "pilot", _("Pilot course")
    SPECIALISED = "specialised", _("Specialised course")
    WORKSHOP = "workshop", _("Workshop")
    SML = "sml", _("Senior Mission Leaders course (SML)")
    SLP = "slp", _("Senior Leadership Programme (SLP)")
    SMART = "smart", _("Senior Mission Administration and Resources Training (SMART)")
    MAST = "mast", _("Mission Advanced Staff Training (MAST)")
    CPT = "cpt", _("Civilian Pre-Deployment Training (CPT)")
    MOBILE = "mobile", _("Mobile Training Support Team")


class PartnerKind(models.TextChoices):
    UN = "un", _("United Nations office or entity")
    GOVERNMENT = "government", _("Government")
    OTHER = "other", _("Other organisation")


class Partner(models.Model):
    """Who delivers a session with ITS: a UN office or entity, a government, another organisation."""

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=200)
    acronym = models.CharField(_("acronym"), max_length=20, blank=True)
    kind = models.CharField(_("kind"), max_length=12, choices=PartnerKind.choices, default=PartnerKind.UN)

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["name"]

    def __str__(self):
        return self.acronym or self.name


class Course(models.Model):
    """A training package delivered as a course type, e.g. the OPLOG RTP as a training of trainers."""

    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    title = models.CharField(_("title"), max_length=300)
    summary = models.TextField(_("summary"), blank=True)
    course_type = models.CharField(_("course type"), max_length=12, choices=CourseType.choices)
    package = models.ForeignKey(
        "library.Resource", verbose_name=_("training package"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="courses",
        help_text=_("The library's training materials this course teaches."),
    )

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")
        ordering = ["title"]

    def __str__(self):
        return self.title


class CallStatus(models.TextChoices):
    NOT_ANNOUNCED = "none", _("Not yet announced")
    TO_BE_SENT = "to-be-sent", _("To be sent")
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed")


class SessionStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    CONFIRMED = "confirmed", _("Confirmed")
    ONGOING = "ongoing", _("Ongoing")
    COMPLETED = "completed", _("Completed")
    CANCELLED = "cancelled", _("Cancelled")


class Session(models.Model):
    """One delivery of a course: when, where, with whom, for whom, and its call for nominations."""

    course = models.ForeignKey(Course, verbose_name=_("course"), on_delete=models.PROTECT, related_name="sessions")
    start_date = models.DateField(_("start date"), null=True, blank=True, db_index=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    planned_year = models.PositiveSmallIntegerField(
        _("planned for the year"), null=True, blank=True, help_text=_("For a session planned without dates yet.")
    )
    venue_city = models.CharField(_("venue (city)"), max_length=120, blank=True)
    venue_country = models.ForeignKey(
        MemberState, verbose_name=_("venue (country)"), null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    host = models.ForeignKey(
        MemberState, verbose_name=_("host Member State"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="hosted_sessions",
    )
    partners = models.ManyToManyField(Partner, verbose_name=_("partners"), blank=True, related_name="sessions")
    partners_note = models.CharField(_("about the partners"), max_length=300, blank=True)
    regions = CodeSetField(_("target regions"), vocabulary="regions")
    languages = CodeSetField(_("languages"), vocabulary="languages")
    audiences = CodeSetField(_("audience"), vocabulary="audiences")
    participants = models.CharField(
        _("participants"), max_length=300, blank=True, help_text=_("Who the session is for, e.g. national trainers.")
    )
    seats = models.PositiveSmallIntegerField(_("seats"), null=True, blank=True)
    call_status = models.CharField(
        _("call for nominations"), max_length=12, choices=CallStatus.choices, default=CallStatus.NOT_ANNOUNCED
    )
    call_opens = models.DateField(_("call opens"), null=True, blank=True)
    call_closes = models.DateField(_("call closes"), null=True, blank=True)
    call_note = models.CharField(_("about the call"), max_length=300, blank=True)
    status = models.CharField(_("status"), max_length=12, choices=SessionStatus.choices, default=SessionStatus.PLANNED)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        ordering = [models.F("start_date").asc(nulls_last=True), "planned_year", "id"]

    def __str__(self):
        when = self.start_date.isoformat() if self.start_date else (str(self.planned_year or "") or "?")
        return f"{self.course} ({when})"

    def get_absolute_url(self):
        return reverse("training:session", kwargs={"pk": self.pk})

    @property
    def current_status(self) -> str:
        """The status as of today: dates passed make a confirmed session ongoing, then completed."""
        if self.status == SessionStatus.CANCELLED or not (self.start_date and self.end_date):
            return self.status
        today = timezone.localdate()
        if today > self.end_date:
            return SessionStatus.COMPLETED
        if today >= self.start_date:
            return SessionStatus.ONGOING
        return self.status

    def get_current_status_display(self) -> str:
        return SessionStatus(self.current_status).label

    def call_is_open(self, today: datetime.date | None = None) -> bool:
        """Nominations are accepted today: the call is open, its window holds today, the session has not begun."""
        today = today or timezone.localdate()
        return (
            self.call_status == CallStatus.OPEN
            and self.status != SessionStatus.CANCELLED
            and (self.call_opens is None or self.call_opens <= today)
            and (self.call_closes is None or today <= self.call_closes)
            and (self.start_date is None or today < self.start_date)
        )

    @property
    def call_closed_by_dates(self) -> bool:
        """Announced as open, but its closing date (or the session's start) has passed."""
        return self.call_status == CallStatus.OPEN and not self.call_is_open() and self.status != SessionStatus.CANCELLED


class Gender(models.TextChoices):
    FEMALE = "female", _("Woman")
    MALE = "male", _("Man")


class NominationStatus(models.TextChoices):
    SUBMITTED = "submitted", _("Submitted")
    ACCEPTED = "accepted", _("Accepted")
    WAITLISTED = "waitlisted", _("Waitlisted")
    DECLINED = "declined", _("Declined")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    ATTENDED = "attended", _("Attended")
    COMPLETED = "completed", _("Completed")


# A nominee in one of these holds a seat.
SEAT_HOLDING = (NominationStatus.ACCEPTED, NominationStatus.ATTENDED, NominationStatus.COMPLETED)


class Nomination(models.Model):
    """A candidate that a Member State's focal point puts forward for a session."""

    session = models.ForeignKey(Session, verbose_name=_("session"), on_delete=models.PROTECT, related_name="nominations")
    member_state = models.ForeignKey(
        MemberState, verbose_name=_("Member State"), on_delete=models.PROTECT, related_name="nominations"
    )
    nominated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("nominated by"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    candidate_name = models.CharField(_("candidate's name"), max_length=200)
    rank = models.CharField(_("rank or grade"), max_length=100, blank=True)
    gender = models.CharField(_("gender"), max_length=8, choices=Gender.choices)
    email = models.EmailField(_("candidate's e-mail address"))
    function = models.CharField(_("function"), max_length=200, blank=True)
    languages = CodeSetField(_("languages spoken"), vocabulary="languages")
    status = models.CharField(
        _("status"), max_length=12, choices=NominationStatus.choices, default=NominationStatus.SUBMITTED, db_index=True
    )
    review_note = models.CharField(_("note to the focal point"), max_length=500, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("reviewed by"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("submitted"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)

    class Meta:
        verbose_name = _("nomination")
        verbose_name_plural = _("nominations")
        ordering = ["session", "member_state__name", "candidate_name"]
        constraints = [
            # A withdrawn nominee may be put forward again.
            models.UniqueConstraint(
                Lower("email"), "session", condition=~models.Q(status="withdrawn"), name="one_live_nomination_per_candidate"
            )
        ]

    def __str__(self):
        return f"{self.candidate_name} — {self.session}"


class InstitutionKind(models.TextChoices):
    MILITARY = "military", _("Military training centre")
    POLICE = "police", _("Police training centre")
    INTEGRATED = "integrated", _("Integrated centre (military, police and civilian)")
    CIVILIAN = "civilian", _("Civilian or academic institution")


class Institution(models.Model):
    """A peacekeeping training institution (PKTI)."""

    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    name = models.CharField(_("name"), max_length=300)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    country = models.ForeignKey(MemberState, verbose_name=_("country"), on_delete=models.PROTECT, related_name="institutions")
    kind = models.CharField(_("kind"), max_length=12, choices=InstitutionKind.choices)
    languages = CodeSetField(_("languages of instruction"), vocabulary="languages")
    website = models.URLField(_("website"), blank=True)
    contact_email = models.EmailField(
        _("contact address"), blank=True, help_text=_("A functional address of the institution, not a person's.")
    )
    description = models.TextField(_("description"), blank=True)
    focal_points = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("focal points"), blank=True, related_name="training_institutions"
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("peacekeeping training institution")
        verbose_name_plural = _("peacekeeping training institutions")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("training:institution", kwargs={"slug": self.slug})

    @property
    def region(self) -> str:
        return self.country.region


class Decision(models.TextChoices):
    PENDING = "pending", _("Pending")
    RECOGNISED = "recognised", _("Recognised")
    NOT_RECOGNISED = "not-recognised", _("Not recognised")


class Recognition(models.Model):
    """An institution's course recognised (or not) by ITS as delivering a UN training package."""

    institution = models.ForeignKey(Institution, verbose_name=_("institution"), on_delete=models.CASCADE, related_name="recognitions")
    course_title = models.CharField(_("course as the institution names it"), max_length=300)
    package = models.ForeignKey(
        "library.Resource", verbose_name=_("training package"), on_delete=models.PROTECT, related_name="recognitions"
    )
    applied_on = models.DateField(_("applied on"))
    decision = models.CharField(_("decision"), max_length=16, choices=Decision.choices, default=Decision.PENDING)
    decided_on = models.DateField(_("decided on"), null=True, blank=True)
    decision_note = models.CharField(_("note"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("training recognition")
        verbose_name_plural = _("training recognitions")
        ordering = ["institution", "-applied_on"]

    def __str__(self):
        return f"{self.course_title} — {self.institution}"
