from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.utils.translation import gettext_lazy as _


class Region(models.TextChoices):
    """The regions the Integrated Training Service plans its courses for."""

    AFRICA = "africa", _("Africa")
    AMERICAS = "americas", _("Americas")
    ASIA_PACIFIC = "asia-pacific", _("Asia and Pacific")
    EUROPE = "europe", _("Europe")
    MIDDLE_EAST = "middle-east", _("Middle East")


class MemberState(models.Model):
    """A Member State of the United Nations."""

    iso3 = models.CharField(_("ISO code"), max_length=3, unique=True)
    name = models.CharField(_("name"), max_length=120)
    region = models.CharField(_("region"), max_length=20, choices=Region.choices, db_index=True)

    class Meta:
        verbose_name = _("Member State")
        verbose_name_plural = _("Member States")
        ordering = ["name"]

    def __str__(self):
        return self.name


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra):
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra)

    def create_superuser(self, email, password=None, **extra):
        extra.update(is_staff=True, is_superuser=True)
        return self._create_user(email, password, **extra)


class User(AbstractUser):
    """A person with an account. Signs in with an e-mail address; roles are groups (see roles.py)."""

    username = None
    email = models.EmailField(_("e-mail address"), unique=True)
    member_state = models.ForeignKey(
        MemberState,
        verbose_name=_("Member State represented"),
        help_text=_("For focal points of a Permanent Mission: the one state they act for."),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="focal_points",
    )
    preferred_language = models.CharField(_("preferred language"), max_length=7, blank=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self):
        return self.get_full_name() or self.email
