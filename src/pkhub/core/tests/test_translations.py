"""Every UI string is translated into the five other UN languages, and the catalogues are current."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

SRC = Path(__file__).resolve().parents[2]  # src/pkhub
LOCALES = ["ar", "zh_Hans", "fr", "ru", "es"]
CATALOGUES = sorted(SRC.glob("*/locale/*/LC_MESSAGES/django.po"))


APPS = sorted(path.parent for path in SRC.glob("*/apps.py"))

# Python and brace placeholders, and HTML tags and entities: a translation must keep each of them.
PLACEHOLDER = re.compile(r"%\([^)]+\)[-#0 +]*\d*(?:\.\d+)?[sdifrxXeEgGc]|%[sdif]|\{[^{}]*\}")
MARKUP = re.compile(r"<[^>]+>|&[a-zA-Z#0-9]+;")


def test_every_app_has_a_catalogue_for_each_language():
    """Each app that has UI strings ships a catalogue for Arabic, Chinese, French, Russian and Spanish."""
    missing = [
        f"{app.name}/{loc}" for app in APPS for loc in LOCALES
        if not (app / "locale" / loc / "LC_MESSAGES" / "django.po").exists()
    ]
    assert APPS, "no catalogues found"
    assert missing == []


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda p: str(p.relative_to(SRC)))
def test_catalogue_is_complete_and_compiled(po_path):
    """No entry is untranslated or fuzzy, and the compiled .mo holds the same translations."""
    catalogue = polib.pofile(str(po_path))
    untranslated = [e.msgid for e in catalogue.untranslated_entries()]
    fuzzy = [e.msgid for e in catalogue.fuzzy_entries()]
    assert (untranslated, fuzzy) == ([], [])
    compiled = {(e.msgctxt, e.msgid): e.msgstr or e.msgstr_plural for e in polib.mofile(str(po_path.with_suffix(".mo")))}
    expected = {
        (e.msgctxt, e.msgid): e.msgstr or {int(k): v for k, v in e.msgstr_plural.items()}
        for e in catalogue.translated_entries()
    }
    stale = {key for key, value in expected.items() if compiled.get(key) != value}
    assert stale == set(), "run `make messages` to recompile"


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda p: str(p.relative_to(SRC)))
def test_catalogue_header_names_its_language_and_plural_forms(po_path):
    """A fuzzy header is left out of the .mo: Django would then count Arabic or Russian plurals as
    English ones ("2 files" with the singular form)."""
    catalogue = polib.pofile(str(po_path))
    language = po_path.parts[-3]
    assert not catalogue.metadata_is_fuzzy
    assert catalogue.metadata["Language"] == language.replace("_", "-")
    compiled = polib.mofile(str(po_path.with_suffix(".mo")))
    assert "nplurals=" in compiled.metadata.get("Plural-Forms", "")


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda p: str(p.relative_to(SRC)))
def test_translations_keep_the_placeholders_and_markup_of_the_english(po_path):
    """A lost %(name)s breaks the page (KeyError at render); a lost tag breaks its markup."""
    wrong = []
    for entry in polib.pofile(str(po_path)).translated_entries():
        forms = [entry.msgstr] if not entry.msgid_plural else list(entry.msgstr_plural.values())
        sources = {entry.msgid} | ({entry.msgid_plural} if entry.msgid_plural else set())
        for form in forms:
            for pattern in (PLACEHOLDER, MARKUP):
                found = sorted(set(pattern.findall(form)))
                # A plural form may drop the count ("one file" for "%(n)s files") but never add a name.
                if not any(found == sorted(set(pattern.findall(s))) for s in sources) and not (
                    entry.msgid_plural and set(found) < set().union(*(pattern.findall(s) for s in sources))
                ):
                    wrong.append((entry.msgid[:60], form[:60]))
    assert wrong == []


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="GNU gettext (xgettext) is not installed")
def test_catalogues_hold_every_string_of_the_code(tmp_path):
    """Running makemessages on a copy of the code adds no new string to any catalogue."""
    copy = tmp_path / "pkhub"
    shutil.copytree(SRC, copy, ignore=shutil.ignore_patterns("__pycache__", "tests", "*.mo"))
    for app in APPS:
        (copy / app.name / "locale").mkdir(exist_ok=True)
        # -P: the app's own rules.py must not shadow the `rules` package (cwd is not put on sys.path).
        subprocess.run(
            [sys.executable, "-P", "-m", "django", "makemessages", "-l", "fr", "--no-location", "--ignore", "static/*"],
            cwd=copy / app.name, check=True, capture_output=True,
            env={"DJANGO_SETTINGS_MODULE": "pkhub.settings", "PYTHONPATH": str(SRC.parent), "PATH": "/usr/bin:/bin",
                 "PKHUB_TESTING": "1"},
        )
        fresh = {e.msgid for e in polib.pofile(str(copy / app.name / "locale/fr/LC_MESSAGES/django.po")) if not e.obsolete}
        held_po = app / "locale/fr/LC_MESSAGES/django.po"
        held = set() if not held_po.exists() else {e.msgid for e in polib.pofile(str(held_po)) if not e.obsolete}
        assert fresh - held == set(), f"{app.name}: strings missing from the catalogues; run `make messages`"
