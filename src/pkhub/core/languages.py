"""The six official UN languages, as the hub names them.

Content (a resource's language versions, the search index, the API) uses the ISO 639-1 codes
`ar zh en fr ru es`; the user interface uses Django's language codes, where Chinese is `zh-hans`
(its URL prefix is `/zh-hans/`).
"""

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

# The UN order: alphabetical in English.
CONTENT_LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")
DEFAULT_LANGUAGE = "en"
RTL_LANGUAGES = frozenset({"ar"})

LANGUAGE_LABELS = {
    "ar": _("Arabic"),
    "zh": _("Chinese"),
    "en": _("English"),
    "fr": _("French"),
    "ru": _("Russian"),
    "es": _("Spanish"),
}
# Each language named in itself: shown in the language switch and beside downloads.
NATIVE_NAMES = {
    "ar": "العربية",
    "zh": "中文",
    "en": "English",
    "fr": "Français",
    "ru": "Русский",
    "es": "Español",
}
LANGUAGE_CHOICES = [(code, LANGUAGE_LABELS[code]) for code in CONTENT_LANGUAGES]

_UI_TO_CONTENT = {"zh-hans": "zh", "zh-hant": "zh"}
_CONTENT_TO_UI = {"zh": "zh-hans"}


def content_language(ui_code: str | None = None) -> str:
    """The content language code for a UI language code (the active one by default)."""
    code = (ui_code or get_language() or DEFAULT_LANGUAGE).lower()
    code = _UI_TO_CONTENT.get(code, code.split("-")[0])
    return code if code in CONTENT_LANGUAGES else DEFAULT_LANGUAGE


def ui_language(content_code: str) -> str:
    """The Django (UI) language code for a content language code."""
    return _CONTENT_TO_UI.get(content_code, content_code)


def is_rtl(content_code: str) -> bool:
    return content_code in RTL_LANGUAGES
