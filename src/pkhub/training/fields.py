"""A set of codes from a fixed vocabulary (languages, regions, audiences) kept in one column.

Stored as ",en,fr," so that "holds French" is `field__contains=",fr,"` on SQLite and PostgreSQL
alike; a calendar has hundreds of rows, not millions, so a LIKE over this column is cheap.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from pkhub.accounts.models import Region
from pkhub.core.languages import LANGUAGE_CHOICES


class Audience(models.TextChoices):
    MILITARY = "military", _("Military")
    POLICE = "police", _("Police")
    CIVILIAN = "civilian", _("Civilian")


VOCABULARIES = {
    "languages": LANGUAGE_CHOICES,
    "regions": Region.choices,
    "audiences": Audience.choices,
}


class CodeSetField(models.CharField):
    """A list of codes from one of VOCABULARIES, in the vocabulary's order, without repeats."""

    def __init__(self, *args, vocabulary: str = "languages", **kwargs):
        self.vocabulary = vocabulary
        kwargs.setdefault("max_length", 200)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    @property
    def codes(self) -> list[tuple[str, str]]:
        return list(VOCABULARIES[self.vocabulary])

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["vocabulary"] = self.vocabulary
        return name, path, args, kwargs

    def _order(self, values) -> list[str]:
        order = [code for code, _label in self.codes]
        chosen = set(values)
        unknown = chosen - set(order)
        return [code for code in order if code in chosen] + sorted(unknown)

    def to_python(self, value):
        if value is None or value == "":
            return []
        if isinstance(value, str):
            value = [part for part in value.split(",") if part]
        return self._order(value)

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def get_prep_value(self, value):
        if isinstance(value, str):  # a lookup value such as ",fr," is passed through as it is
            return value
        codes = self.to_python(value)
        return f",{','.join(codes)}," if codes else ""

    def value_to_string(self, obj):
        return ",".join(self.value_from_object(obj))

    def validate(self, value, model_instance):
        if not value and not self.blank:
            raise ValidationError(self.error_messages["blank"], code="blank")
        allowed = {code for code, _label in self.codes}
        unknown = [code for code in value if code not in allowed]
        if unknown:
            raise ValidationError(_("Unknown value: %(values)s."), code="invalid_choice", params={"values": ", ".join(unknown)})

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=self.codes,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )


def contains_code(code: str) -> str:
    """The lookup value for "this set holds `code`"."""
    return f",{code},"
