"""`manage.py loaddemo`: the demo catalogue, checked against the source documents themselves.

The expected materials and languages are read here from the seed texts (the newsletter's
"Name - English | French" lines, the training page's course list), not from the loader's data,
so a material or a language left out of the loader shows up as a failure.
"""

import io
import re

import pytest
from django.core.management import call_command
from django.db.models import Max
from django.test import override_settings

from pkhub.core.models import AuditEntry
from pkhub.ingest.models import Document, TextStatus
from pkhub.library.demo.loader import demo_reset
from pkhub.library.demo.sources import SOURCE_DIR
from pkhub.library.demo.taxonomy import AUDIENCES, OFFICES, SERIES, THEMES
from pkhub.library.models import (
    Audience,
    Kind,
    LanguageVersion,
    Office,
    Resource,
    Series,
    Status,
    ThematicArea,
    VersionFile,
)
from pkhub.library.selectors import resource_search

LANGUAGE_NAMES = {"Arabic": "ar", "Chinese": "zh", "English": "en", "French": "fr", "Russian": "ru", "Spanish": "es"}
_LANG = "(?:" + "|".join(LANGUAGE_NAMES) + ")"
_LANG_LIST = rf"{_LANG}(?:\s*\|\s*{_LANG})*"


def _seed(name: str) -> str:
    return (SOURCE_DIR / name).read_text(encoding="utf-8")


def _languages(text: str) -> set[str]:
    return {LANGUAGE_NAMES[name] for name in re.findall(_LANG, text)}


def newsletter_materials() -> dict[str, set[str]]:
    """The seed newsletter's "Pre-Deployment Training Materials" list: name → language codes."""
    text = _seed("000_e8cd033566115415.txt")
    start = re.search(r"^Pre-Deployment Training Materials\s*$", text, re.M).start()
    section = text[start : text.index("Deployment Review Digital Toolkit")]
    line = re.compile(rf"^(?P<name>\S.*?)\s+[-–]\s*(?P<langs>{_LANG_LIST})\s*$")
    return {m["name"]: _languages(m["langs"]) for m in map(line.match, section.splitlines()) if m}


def guidance_update() -> dict[str, set[str]]:
    """The two works of the newsletter's Guidance Update with the language line that follows each."""
    text = _seed("000_e8cd033566115415.txt")
    found = {}
    for name in (
        "Standard Operating Procedure (SOP) on Member State-provided Military Mobile Training Teams",
        "Guidelines for Conducting Peacekeeping Training Needs Assessments",
    ):
        after = text[text.index(name) :]
        found[name] = _languages(re.search(rf"^{_LANG_LIST}\s*$", after, re.M).group(0))
    return found


def training_page_courses() -> list[str]:
    """The e-learning courses of the seed training page (its bullet list after the e-Guide)."""
    text = _seed("001_576660b1c988fcae.txt")
    section = text[text.index("recommend downloading the PDF") : text.index("The 2010 Policy")]
    return [line.strip(" •\u00a0") for line in section.splitlines() if line.strip().startswith("•")]


def training_page_assessments() -> dict[str, str]:
    """The training needs assessments of the seed training page: title → years conducted."""
    text = _seed("001_576660b1c988fcae.txt")
    pattern = re.compile(r"^(?P<title>[^\n]*Training Needs Assessment)\s*\n+Conducted in (?P<years>[\d-]+)", re.M)
    return {m["title"].strip(): m["years"] for m in pattern.finditer(text)}


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo catalogue loaded once for this module (committed, so text extraction runs), then removed."""
    media = tmp_path_factory.mktemp("demo-media")
    storages = {"default": {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": str(media)}}}
    with django_db_blocker.unblock(), override_settings(STORAGES=storages):
        last_audit = AuditEntry.objects.aggregate(top=Max("pk"))["top"] or 0
        output = io.StringIO()
        call_command("loaddemo", stdout=output)
        yield output.getvalue()
        demo_reset()
        for model, slugs in ((ThematicArea, THEMES), (Audience, AUDIENCES), (Series, SERIES), (Office, OFFICES)):
            model.objects.filter(slug__in=list(slugs)).delete()
        AuditEntry.objects.filter(pk__gt=last_audit).delete()


def _counts() -> dict[str, int]:
    return {
        model.__name__: model.objects.count()
        for model in (Resource, LanguageVersion, VersionFile, Document, AuditEntry, ThematicArea, Audience, Series, Office)
    }


def _english(title: str) -> Resource:
    return LanguageVersion.objects.select_related("resource").get(lang="en", title=title).resource


pytestmark = pytest.mark.django_db


def test_the_seed_lists_are_read_completely():
    """The test's own reading of the seeds finds the 23 packages, 7 courses and 3 assessments."""
    assert len(newsletter_materials()) == 23
    assert len(training_page_courses()) == 7
    assert len(training_page_assessments()) == 3


def test_loading_twice_changes_nothing(demo):
    """A second run creates no duplicates, writes nothing and says there was nothing to do."""
    before = _counts()
    stamps = list(Resource.objects.order_by("pk").values_list("updated_at", "revision"))
    output = io.StringIO()
    call_command("loaddemo", stdout=output)
    assert "nothing to do" in output.getvalue()
    assert _counts() == before
    assert list(Resource.objects.order_by("pk").values_list("updated_at", "revision")) == stamps


def test_the_command_prints_what_it_created(demo):
    """The first run lists each work with its languages and a total."""
    assert "+ rtp-cpoc-military [en fr es]" in demo
    assert "created 40 works" in demo


@pytest.mark.parametrize(("name", "languages"), sorted(newsletter_materials().items()))
def test_every_newsletter_package_exists_in_exactly_its_languages(demo, name, languages):
    """Each CPTM, RTP and STM of the newsletter is published in the languages it lists, no more, no fewer."""
    resource = _english(name)
    assert set(resource.languages) == languages
    assert resource.status == Status.PUBLISHED
    assert resource.kind in (Kind.CPTM, Kind.RTP, Kind.STM)


@pytest.mark.parametrize(("name", "languages"), sorted(guidance_update().items()))
def test_guidance_update_works_exist_in_their_languages(demo, name, languages):
    """The SOP (English, French) and the TNA guidelines (all six) of the Guidance Update are loaded."""
    resource = _english(name)
    assert set(resource.languages) == languages
    assert resource.compliance == ("mandatory" if resource.kind == Kind.SOP else "recommended")


def test_military_units_stm_names_its_eleven_sub_areas(demo):
    """The STMs for UN Military Units say which eleven sub-areas they cover."""
    summary = _english("STMs for UN Military Units").versions.get(lang="en").summary
    for area in ("Force HQ", "Maritime", "Aviation", "Engineers", "Riverine", "Signals", "Explosive Ordnance Disposal"):
        assert area in summary


def test_every_version_has_a_title_and_a_file_in_its_language(demo):
    """Each generated file's text is detected as the language of the version it belongs to."""
    versions = LanguageVersion.objects.prefetch_related("files__document").exclude(resource__kind__in=[Kind.NEWSLETTER, Kind.OTHER])
    assert versions.count() > 50
    for version in versions:
        (file,) = version.files.all()
        assert file.document.format == "docx"
        assert file.document.text_status == TextStatus.READY
        assert file.document.detected_language == version.lang, version
    titles = dict(_english("STM on UN Civil-Military Coordination").versions.values_list("lang", "title"))
    assert len(set(titles.values())) == 6
    assert "军民协调" in titles["zh"] and "гражданско-военной" in titles["ru"]


def test_elearning_courses_of_the_training_page_exist(demo):
    """The seven e-learning courses are loaded as e-learning, for all personnel."""
    for title in training_page_courses():
        resource = _english(title)
        assert resource.kind == Kind.ELEARNING
        assert resource.audiences.filter(slug="all-personnel").exists()
    assert "3-4 hours" in _english("United Nations Peacekeeping Operations: An Introduction").versions.get().summary


def test_training_needs_assessments_exist_with_their_years(demo):
    """The three TNAs are loaded with the years they were conducted."""
    for title, years in training_page_assessments().items():
        resource = _english(title)
        assert resource.kind == Kind.TNA
        assert resource.edition == years


@pytest.mark.parametrize(
    "seed", ["000_e8cd033566115415.txt", "001_576660b1c988fcae.txt", "002_db29e3bd3910e66d.txt",
             "003_03e5388a5358fccb.txt", "004_da9f2f4d7b16f15c.txt"],
)
def test_source_documents_are_ingested_with_their_text(demo, seed):
    """Each source document is the text file of a published resource, extracted in full."""
    lines = [" ".join(line.split()) for line in _seed(seed).splitlines() if len(line.strip()) > 60 and line.isascii()]
    texts = {
        document: " ".join(document.text.text.split())
        for document in Document.objects.filter(format="txt").select_related("text")
    }
    (document,) = [document for document, text in texts.items() if lines[0] in text]
    assert document.text_status == TextStatus.READY
    assert document.uses.filter(version__lang="en", version__resource__status=Status.PUBLISHED).exists()
    found = sum(line in texts[document] for line in lines)
    assert found >= 0.9 * len(lines), f"{found} of {len(lines)} lines"


def test_taxonomy_is_named_in_six_languages(demo):
    """Themes, audiences, series and offices carry a name in each of the six languages."""
    poc = ThematicArea.objects.get(slug="protection-of-civilians")
    assert (poc.name_fr, poc.name_es, poc.name_ru, poc.name_ar, poc.name_zh_hans) == (
        "Protection des civils", "Protección de civiles", "Защита гражданского населения", "حماية المدنيين", "保护平民",
    )
    for model in (ThematicArea, Audience, Series, Office):
        for term in model.objects.all():
            assert all(getattr(term, f"name_{code}") for code in ("en", "fr", "es", "ru", "ar", "zh_hans")), term.slug


def test_titles_are_searchable_at_once(demo):
    """A French query finds the CPOC package; an Arabic one finds child protection; body text is indexed."""
    french = resource_search(query="protection des civils", lang="fr", user=None)
    assert "rtp-cpoc-military" in [r.slug for r in french.resources]
    arabic = resource_search(query="حماية الطفل", lang="ar", user=None)
    assert "rtp-child-protection-police" in [r.slug for r in arabic.resources]
    body = resource_search(query="Islamabad", lang="en", user=None)
    assert [r.slug for r in body.resources] == ["pledging-guide-berlin-2025"]


def test_reset_removes_the_demo_and_loads_it_again(demo):
    """`--reset` removes the demo works and reloads them: same works, versions and files, no leftovers."""
    before = {model.__name__: model.objects.count() for model in (Resource, LanguageVersion, VersionFile, Document)}
    old_ids = set(Resource.objects.values_list("pk", flat=True))
    output = io.StringIO()
    call_command("loaddemo", "--reset", stdout=output)
    assert "Removed 40 demo works." in output.getvalue()
    assert {model.__name__: model.objects.count() for model in (Resource, LanguageVersion, VersionFile, Document)} == before
    assert not old_ids & set(Resource.objects.values_list("pk", flat=True))
