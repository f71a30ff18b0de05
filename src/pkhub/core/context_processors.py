from django.conf import settings
from django.urls import translate_url

from pkhub.core.languages import NATIVE_NAMES, content_language, is_rtl, ui_language


def hub(request):
    """What every page needs: the content language, its direction and the language switch.

    Each entry of the switch points at the page being read, in the other language.
    """
    lang = content_language()
    path = request.get_full_path()
    return {
        "content_lang": lang,
        "text_dir": "rtl" if is_rtl(lang) else "ltr",
        "language_switch": [
            {
                "code": ui_language(code),
                "lang": code,
                "name": NATIVE_NAMES[code],
                "url": translate_url(path, ui_language(code)),
                "current": code == lang,
            }
            for code in NATIVE_NAMES
        ],
        "site_url": settings.SITE_URL,
    }
