"""Template helpers for news and the ITS update."""

from django import template
from django.conf import settings
from django.utils.translation import get_language

from pkhub.core.languages import LANGUAGE_LABELS

register = template.Library()


@register.simple_tag
def latest_news(limit: int = 3):
    """The latest published news items, newest first (the home page)."""
    from pkhub.news.selectors import news_latest

    return news_latest(limit)


@register.filter
def falls_back(obj, field_name: str) -> bool:
    """The field has no text in the page's language, so English is shown instead."""
    suffix = (get_language() or "en").replace("-", "_")
    return not getattr(obj, f"{field_name}_{suffix}", None)


@register.filter
def in_language(link: str) -> str:
    """A hub link stored with /en/ pointed at the reader's language (other links unchanged)."""
    lang = get_language() or "en"
    if link.startswith("/en/") and lang != "en":
        return f"/{lang}/{link[4:]}"
    return link


@register.filter
def absolute(link: str) -> str:
    """A link usable from an e-mail: hub paths get the site's address."""
    return settings.SITE_URL.rstrip("/") + link if link.startswith("/") else link


@register.filter
def language_names(codes) -> str:
    return " | ".join(str(LANGUAGE_LABELS.get(code, code)) for code in codes or [])
