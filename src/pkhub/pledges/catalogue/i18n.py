"""Requirement titles and subheadings in the other official languages.

The guide was issued in English only: its words (`description`) stay English everywhere, and the
pages say so. The short titles and subheadings are the hub's own labels, so they are translated,
one JSON file a language in `translations/` ({"titles": {code: title}, "subsections": {English
subheading: translation}}), and `loaddemo_pledges` puts them in the modeltranslation fields.
"""

import json
from functools import cache
from pathlib import Path

TRANSLATIONS = Path(__file__).with_name("translations")
# File name → the suffix modeltranslation gives the fields of that language.
LANGUAGES = {"ar": "ar", "zh_Hans": "zh_hans", "fr": "fr", "ru": "ru", "es": "es"}


@cache
def _catalogue(language: str) -> dict[str, dict[str, str]]:
    path = TRANSLATIONS / f"{language}.json"
    if not path.exists():
        return {"titles": {}, "subsections": {}}
    return json.loads(path.read_text(encoding="utf-8"))


def translated_fields(code: str, subsection: str = "") -> dict[str, str]:
    """{"title_fr": …, "subsection_fr": …, …} for every language that translates this requirement."""
    fields = {}
    for language, suffix in LANGUAGES.items():
        catalogue = _catalogue(language)
        if title := catalogue["titles"].get(code):
            fields[f"title_{suffix}"] = title
        if subsection and (heading := catalogue["subsections"].get(subsection)):
            fields[f"subsection_{suffix}"] = heading
    return fields
