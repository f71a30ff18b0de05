"""The library: works (resources), their language versions and the files of each version."""

import unicodedata

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from pkhub.core.languages import CONTENT_LANGUAGES, LANGUAGE_CHOICES


class Kind(models.TextChoices):
    POLICY = "policy", _("Policy")
    SOP = "sop", _("Standard operating procedure")
    GUIDELINES = "guidelines", _("Guidelines")
    MANUAL = "manual", _("Manual")
    HANDBOOK = "handbook", _("Handbook")
    CPTM = "cptm", _("Core pre-deployment training materials")
    STM = "stm", _("Specialised training materials")
    RTP = "rtp", _("Reinforcement training package")
    ELEARNING = "elearning", _("E-learning course")
    TNA = "tna", _("Training needs assessment")
    NEWSLETTER = "newsletter", _("Newsletter")
    OTHER = "other", _("Other")


GUIDANCE_KINDS = (Kind.POLICY, Kind.SOP, Kind.GUIDELINES, Kind.MANUAL, Kind.HANDBOOK)
TRAINING_KINDS = (Kind.CPTM, Kind.STM, Kind.RTP, Kind.ELEARNING, Kind.TNA)


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")
    SUPERSEDED = "superseded", _("Superseded")
    ARCHIVED = "archived", _("Archived")


# Superseded editions stay readable (people need to know what replaced them); drafts and
# archived works do not.
PUBLIC_STATUSES = (Status.PUBLISHED, Status.SUPERSEDED)


class Compliance(models.TextChoices):
    """How binding a piece of guidance is (policies and SOPs are mandatory)."""

    MANDATORY = "mandatory", _("Mandatory")
    RECOMMENDED = "recommended", _("Strongly recommended")
    NOT_APPLICABLE = "", _("Not applicable")


DEFAULT_COMPLIANCE = {
    Kind.POLICY: Compliance.MANDATORY,
    Kind.SOP: Compliance.MANDATORY,
    Kind.GUIDELINES: Compliance.RECOMMENDED,
    Kind.MANUAL: Compliance.RECOMMENDED,
    Kind.HANDBOOK: Compliance.RECOMMENDED,
}


class Taxon(models.Model):
    """A term of one of the library's vocabularies; its name is held in the six languages."""

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=200)

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


class ThematicArea(Taxon):
    class Meta(Taxon.Meta):
        verbose_name = _("thematic area")
        verbose_name_plural = _("thematic areas")


class Audience(Taxon):
    class Meta(Taxon.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")


class Series(Taxon):
    """A family of materials, e.g. the Reinforcement Training Packages."""

    class Meta(Taxon.Meta):
        verbose_name = _("series")
        verbose_name_plural = _("series")


class Office(Taxon):
    """The office that owns a resource, e.g. the Integrated Training Service."""

    acronym = models.CharField(_("acronym"), max_length=20, blank=True)

    class Meta(Taxon.Meta):
        verbose_name = _("office")
        verbose_name_plural = _("offices")


SORT_KEY_LENGTH = 200


def title_sort_key(title: str) -> str:
    """What the browse list sorts a title by: compatibility forms unfolded, accents and other
    combining marks dropped, case folded, so neither decides the order on either engine (SQLite's
    lower() folds ASCII only: "École" sorted after "Zone"). Scripts keep their code-point order;
    PostgreSQL compares the keys by the database's collation (C in the tests)."""
    unfolded = unicodedata.normalize("NFKD", title)
    return "".join(c for c in unfolded if not unicodedata.combining(c)).casefold().strip()[:SORT_KEY_LENGTH]


class Resource(models.Model):
    """A work: one policy, SOP, training package … whatever the languages it exists in."""

    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, db_index=True)
    series = models.ForeignKey(
        Series, verbose_name=_("series"), null=True, blank=True, on_delete=models.SET_NULL, related_name="resources"
    )
    themes = models.ManyToManyField(ThematicArea, verbose_name=_("thematic areas"), blank=True, related_name="resources")
    audiences = models.ManyToManyField(Audience, verbose_name=_("audiences"), blank=True, related_name="resources")
    office = models.ForeignKey(
        Office, verbose_name=_("owning office"), null=True, blank=True, on_delete=models.SET_NULL, related_name="resources"
    )
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.DRAFT, db_index=True)
    original_language = models.CharField(
        _("original language"), max_length=2, choices=LANGUAGE_CHOICES, default="en",
        help_text=_("The language the work was written in; the others translate it."),
    )
    edition = models.CharField(_("edition"), max_length=40, blank=True, help_text=_("e.g. 2017 or 2nd edition"))
    replaces = models.OneToOneField(
        "self",
        verbose_name=_("replaces"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="replaced_by",
        help_text=_("The earlier edition this one supersedes."),
    )
    compliance = models.CharField(
        _("compliance"), max_length=12, choices=Compliance.choices, blank=True, default=Compliance.NOT_APPLICABLE
    )
    approved_on = models.DateField(_("approved on"), null=True, blank=True)
    review_due = models.DateField(_("review due"), null=True, blank=True)
    external_url = models.URLField(
        _("external address"), blank=True, help_text=_("For e-learning courses hosted elsewhere.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    # Optimistic locking: a save that started from an older revision is refused.
    revision = models.PositiveIntegerField(_("revision"), default=1, editable=False)
    # The title the browse list sorts by (title_sort_key of the shown title: the original's, else
    # the first version's, else the slug), kept by indexing.resource_index with the search entries.
    sort_title = models.CharField(_("sort key"), max_length=SORT_KEY_LENGTH, blank=True, editable=False)

    class Meta:
        verbose_name = _("resource")
        verbose_name_plural = _("resources")
        ordering = ["slug"]
        indexes = [
            models.Index(fields=["-published_at", "-id"], name="library_resource_published"),
            models.Index(fields=["sort_title", "slug"], name="library_resource_sort"),
        ]

    def __str__(self):
        version = self.version_in()
        return version.title if version else self.slug

    def get_absolute_url(self):
        return reverse("library:resource", kwargs={"slug": self.slug})

    @property
    def is_public(self) -> bool:
        return self.status in PUBLIC_STATUSES

    def version_in(self, lang: str | None = None):
        """The version in `lang`, else the original, else any (uses prefetched versions)."""
        versions = list(self.versions.all())
        by_lang = {v.lang: v for v in versions}
        return by_lang.get(lang) or by_lang.get(self.original_language) or (versions[0] if versions else None)

    @property
    def languages(self) -> list[str]:
        held = {v.lang for v in self.versions.all()}
        return [code for code in CONTENT_LANGUAGES if code in held]

    @property
    def missing_languages(self) -> list[str]:
        held = set(self.languages)
        return [code for code in CONTENT_LANGUAGES if code not in held]


class LanguageVersion(models.Model):
    """A work in one language, with its own title, summary and files."""

    resource = models.ForeignKey(Resource, verbose_name=_("resource"), on_delete=models.CASCADE, related_name="versions")
    lang = models.CharField(_("language"), max_length=2, choices=LANGUAGE_CHOICES)
    title = models.CharField(_("title"), max_length=400)
    summary = models.TextField(_("summary"), blank=True)
    edition_date = models.DateField(
        _("date of this text"), null=True, blank=True, help_text=_("When this language version was issued.")
    )
    source_date = models.DateField(
        _("date of the source translated"),
        null=True,
        blank=True,
        help_text=_("For a translation: the date of the original text it was made from."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("language version")
        verbose_name_plural = _("language versions")
        constraints = [models.UniqueConstraint(fields=["resource", "lang"], name="one_version_per_language")]
        ordering = ["resource", "lang"]

    def __str__(self):
        return f"{self.title} ({self.lang})"

    @property
    def is_original(self) -> bool:
        return self.lang == self.resource.original_language

    def is_out_of_date(self, original: "LanguageVersion | None") -> bool:
        """A translation made from an older text than the current original."""
        if original is None or original.pk == self.pk or not original.edition_date:
            return False
        return self.source_date is not None and self.source_date < original.edition_date


class VersionFile(models.Model):
    """A file of a language version: links a stored document, counts its downloads."""

    version = models.ForeignKey(LanguageVersion, verbose_name=_("language version"), on_delete=models.CASCADE, related_name="files")
    document = models.ForeignKey("ingest.Document", verbose_name=_("document"), on_delete=models.PROTECT, related_name="uses")
    label = models.CharField(_("label"), max_length=200, blank=True, help_text=_("e.g. Module 2, or Slides"))
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    # A plain counter: a download is counted, nothing about who downloaded it is stored.
    download_count = models.PositiveBigIntegerField(_("downloads"), default=0, editable=False)

    class Meta:
        verbose_name = _("file")
        verbose_name_plural = _("files")
        ordering = ["version", "position", "id"]
        constraints = [models.UniqueConstraint(fields=["version", "document"], name="document_once_per_version")]

    def __str__(self):
        return self.label or self.document.original_name

    def get_absolute_url(self):
        return reverse("library-files:download", kwargs={"pk": self.pk, "filename": self.download_name})

    @property
    def download_name(self) -> str:
        return f"{self.version.resource.slug}-{self.version.lang}.{self.document.format}"

