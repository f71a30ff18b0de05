"""Small template helpers for the training pages."""

from django import template
from django.utils.translation import get_language

from pkhub.training.fields import VOCABULARIES

register = template.Library()


@register.simple_tag
def open_calls(limit: int = 3):
    """The sessions taking nominations now, the nearest closing date first (the home page)."""
    from pkhub.training.selectors import sessions_with_open_call

    return sessions_with_open_call(limit=limit)


@register.filter
def falls_back(obj, field_name: str) -> bool:
    """The field has no text in the page's language, so English is shown instead."""
    suffix = (get_language() or "en").replace("-", "_")
    return not getattr(obj, f"{field_name}_{suffix}", None)


@register.filter
def code_labels(codes, vocabulary: str) -> str:
    """["africa", "europe"] → "Africa, Europe" in the page's language."""
    labels = dict(VOCABULARIES[vocabulary])
    return ", ".join(str(labels.get(code, code)) for code in codes or [])


@register.filter
def get_item(mapping, key):
    return mapping.get(key) if mapping else None


@register.filter
def percent(value) -> str:
    return "—" if value is None else f"{value:g} %"
