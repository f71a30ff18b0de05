"""The e-Guide: modules and their numbered sections, the organisational directory, self-assessments
and certificates. Models keep row-level rules only; writes go through `services.py`."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

SECTION_NUMBER = RegexValidator(r"^[1-9]\d*(\.\d+)*$", _("A section number looks like 1.2 or 1.2.1."))


class UnitKind(models.TextChoices):
    DEPARTMENT = "department", _("Department")
    OFFICE = "office", _("Office")
    DIVISION = "division", _("Division")
    SERVICE = "service", _("Service")
    SECTION = "section", _("Section")
    TEAM = "team", _("Team")
    UNIT = "unit", _("Unit")


class Unit(models.Model):
    """One organisational unit of the Peace and Security Pillar or of an office supporting it."""

    slug = models.SlugField(_("identifier"), max_length=80, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=UnitKind.choices)
    name = models.CharField(_("name"), max_length=200)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    other_names = models.CharField(
        _("other names"), max_length=300, blank=True, help_text=_("Former or informal names, e.g. from older pages.")
    )
    function = models.TextField(_("function"), blank=True)
    parent = models.ForeignKey(
        "self", verbose_name=_("parent unit"), null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    head_title = models.CharField(
        _("head's title"), max_length=200, blank=True, help_text=_("The post, never a person's name.")
    )
    email = models.EmailField(_("functional e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("unit")
        verbose_name_plural = _("units")
        ordering = ["order", "name"]

    def __str__(self):
        return f"{self.name} ({self.acronym})" if self.acronym else self.name

    def get_absolute_url(self):
        return reverse("eguide:unit", args=[self.slug])


class UnitMove(models.Model):
    """A unit moved to another parent: the tree's history, kept for editors and readers."""

    unit = models.ForeignKey(Unit, verbose_name=_("unit"), on_delete=models.CASCADE, related_name="moves")
    from_parent = models.ForeignKey(
        Unit, verbose_name=_("from"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    from_parent_name = models.CharField(_("from (name at the time)"), max_length=200, blank=True)
    to_parent = models.ForeignKey(
        Unit, verbose_name=_("to"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    to_parent_name = models.CharField(_("to (name at the time)"), max_length=200, blank=True)
    note = models.CharField(_("note"), max_length=300, blank=True)
    moved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("moved by"), null=True, blank=True, on_delete=models.SET_NULL
    )
    moved_at = models.DateTimeField(_("moved at"), auto_now_add=True)

    class Meta:
        verbose_name = _("unit move")
        verbose_name_plural = _("unit moves")
        ordering = ["-moved_at", "-pk"]

    def __str__(self):
        return f"{self.unit}: {self.from_parent_name or '-'} → {self.to_parent_name or '-'}"


class Module(models.Model):
    number = models.PositiveSmallIntegerField(
        _("number"), unique=True, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    title = models.CharField(_("title"), max_length=200)
    intro = models.TextField(_("introduction"), blank=True)
    content_pending = models.BooleanField(_("content to come"), default=False)

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")
        ordering = ["number"]

    def __str__(self):
        return _("Module %(number)s: %(title)s") % {"number": self.number, "title": self.title}

    def get_absolute_url(self):
        return reverse("eguide:module", args=[self.number])


class Section(models.Model):
    """A numbered section ("1.2.1"); its parent is the section whose number is its prefix."""

    module = models.ForeignKey(Module, verbose_name=_("module"), on_delete=models.CASCADE, related_name="sections")
    number = models.CharField(_("number"), max_length=30, validators=[SECTION_NUMBER])
    parent = models.ForeignKey(
        "self", verbose_name=_("parent section"), null=True, blank=True, on_delete=models.CASCADE,
        related_name="children",
    )
    order = models.PositiveIntegerField(_("reading order"), default=0)
    title = models.CharField(_("title"), max_length=300)
    body = models.TextField(
        _("text"), blank=True,
        help_text=_('Paragraphs separated by blank lines; "### " starts a sub-heading, "- " a list item, "> " a box.'),
    )
    why = models.TextField(_("why this matters to you"), blank=True)
    numbered_in_source = models.BooleanField(
        _("numbered in the source"), default=True, help_text=_("Show the number to readers.")
    )
    content_pending = models.BooleanField(_("content to come"), default=False)
    units = models.ManyToManyField(Unit, verbose_name=_("units described"), blank=True, related_name="sections")
    charts = models.ManyToManyField(
        Unit, verbose_name=_("organisation charts shown"), blank=True, related_name="charted_in"
    )

    class Meta:
        verbose_name = _("section")
        verbose_name_plural = _("sections")
        ordering = ["module__number", "order"]
        constraints = [models.UniqueConstraint(fields=["module", "number"], name="eguide_section_number_unique")]

    def __str__(self):
        return f"{self.number} {self.title}"

    @property
    def depth(self) -> int:
        return self.number.count(".")

    def get_absolute_url(self):
        return reverse("eguide:section", args=[self.module.number, self.number])


class LinkKind(models.TextChoices):
    WEBSITE = "website", _("Website")
    DOCUMENT = "document", _("Document")
    VIDEO = "video", _("Video")


class SectionLink(models.Model):
    """A link out of the e-Guide (website, document, video), shown as such beside the text."""

    section = models.ForeignKey(Section, on_delete=models.CASCADE, related_name="links")
    kind = models.CharField(_("kind"), max_length=20, choices=LinkKind.choices)
    label = models.CharField(_("label"), max_length=300, blank=True)
    url = models.URLField(_("address"), max_length=500)
    duration = models.CharField(_("duration"), max_length=20, blank=True)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("external link")
        verbose_name_plural = _("external links")
        ordering = ["order", "pk"]

    def __str__(self):
        return self.label or self.url


class CrossReference(models.Model):
    """A reference in a section's text to another section ("go to Module 2-Section 2.2.9").

    `target` is empty while the referenced section does not exist: readers then see plain text and
    editors see the reference in the report of broken references.
    """

    section = models.ForeignKey(Section, on_delete=models.CASCADE, related_name="references")
    text = models.CharField(_("text in the source"), max_length=200)
    target_module = models.PositiveSmallIntegerField(_("module referred to"))
    target_number = models.CharField(_("section referred to"), max_length=30)
    target = models.ForeignKey(
        Section, verbose_name=_("target"), null=True, blank=True, on_delete=models.SET_NULL, related_name="referred_by"
    )

    class Meta:
        verbose_name = _("cross-reference")
        verbose_name_plural = _("cross-references")
        ordering = ["section__module__number", "section__order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["section", "target_module", "target_number"], name="eguide_xref_unique")
        ]

    def __str__(self):
        return f"{self.section.number} → {self.target_module}/{self.target_number}"


class QuestionKind(models.TextChoices):
    SINGLE = "single", _("One answer")
    MULTIPLE = "multiple", _("Several answers")


class Question(models.Model):
    module = models.ForeignKey(Module, verbose_name=_("module"), on_delete=models.CASCADE, related_name="questions")
    kind = models.CharField(_("kind"), max_length=10, choices=QuestionKind.choices, default=QuestionKind.SINGLE)
    text = models.TextField(_("question"))
    explanation = models.TextField(_("explanation"), blank=True)
    source_section = models.ForeignKey(
        Section, verbose_name=_("answered in section"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="questions",
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["module__number", "order", "pk"]

    def __str__(self):
        return self.text[:80]


class Choice(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="choices")
    text = models.CharField(_("answer"), max_length=400)
    is_correct = models.BooleanField(_("correct"), default=False)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("choice")
        verbose_name_plural = _("choices")
        ordering = ["order", "pk"]

    def __str__(self):
        return self.text


class Attempt(models.Model):
    """One submitted self-assessment; private to its user."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="eguide_attempts")
    module = models.ForeignKey(Module, on_delete=models.CASCADE, related_name="attempts")
    score = models.PositiveSmallIntegerField(_("score (%)"))
    correct = models.PositiveSmallIntegerField(_("correct answers"))
    total = models.PositiveSmallIntegerField(_("questions"))
    passed = models.BooleanField(_("passed"))
    answers = models.JSONField(_("answers"), default=dict)  # {question id: [choice ids]}
    created = models.DateTimeField(_("taken"), auto_now_add=True)

    class Meta:
        verbose_name = _("attempt")
        verbose_name_plural = _("attempts")
        ordering = ["-created", "-pk"]
        indexes = [models.Index(fields=["user", "module"])]

    def __str__(self):
        return f"{self.user} · {self.module.number} · {self.score}%"

    def get_absolute_url(self):
        return reverse("eguide:attempt", args=[self.pk])


class Certificate(models.Model):
    """Issued once all five modules are passed; anyone can check its code on the public page."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="eguide_certificate")
    name = models.CharField(_("name on the certificate"), max_length=200)
    code = models.CharField(_("verification code"), max_length=40, unique=True)
    issued = models.DateField(_("issued on"))
    revoked = models.BooleanField(_("revoked"), default=False)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")

    def __str__(self):
        return f"{self.name} · {self.issued}"

    def get_absolute_url(self):
        return reverse("eguide:verify", args=[self.code])


class SectionTerm(models.Model):
    """The e-Guide's own inverted index: an analysed token of a section's text in one language.

    Built with the hub's language analysis (`pkhub.search.analysis`), so a query is a look-up of
    exact tokens on an indexed column, never a LIKE scan.
    """

    section = models.ForeignKey(Section, on_delete=models.CASCADE, related_name="terms")
    lang = models.CharField(max_length=2)
    token = models.CharField(max_length=64)
    weight = models.PositiveIntegerField(default=1)  # occurrences; a title word counts five

    class Meta:
        indexes = [models.Index(fields=["token", "lang"])]
        constraints = [models.UniqueConstraint(fields=["section", "lang", "token"], name="eguide_term_unique")]
