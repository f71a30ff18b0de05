"""Loading the demo catalogue through the library's services, idempotently.

A work already present (by slug) is completed, never duplicated: missing versions are added,
versions whose title or summary differ are updated, versions without a file get one, and a
work not yet published is published. Loading twice therefore changes nothing the second time.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import transaction

from pkhub.core.languages import CONTENT_LANGUAGES
from pkhub.ingest.models import Document
from pkhub.library import services
from pkhub.library.demo import taxonomy
from pkhub.library.demo.catalogue import DemoResource, demo_catalogue
from pkhub.library.demo.documents import stand_in_docx
from pkhub.library.demo.sources import SOURCE_DIR
from pkhub.library.models import Audience, Office, Resource, Series, Status, ThematicArea


def _name_field(lang: str) -> str:
    # Content code → modeltranslation field (Chinese is `zh-hans` in the UI, hence `name_zh_hans`).
    return "name_zh_hans" if lang == "zh" else f"name_{lang}"


@dataclass
class DemoReport:
    """What one run of the loader did."""

    terms: int = 0
    resources: list[str] = field(default_factory=list)
    versions: int = 0
    files: int = 0
    published: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.terms or self.resources or self.versions or self.files or self.published)


def _term_upsert(model, slug: str, names: dict[str, str], *, acronym: str | None = None) -> tuple[object, bool]:
    """A vocabulary term with its six names; saved only when something differs."""
    term = model.objects.filter(slug=slug).first() or model(slug=slug)
    wanted = {_name_field(lang): names[lang] for lang in CONTENT_LANGUAGES}
    wanted["name"] = names["en"]
    if acronym is not None:
        wanted["acronym"] = acronym
    stale = term.pk is None or any(getattr(term, key) != value for key, value in wanted.items())
    if stale:
        for key, value in wanted.items():
            setattr(term, key, value)
        term.full_clean()
        term.save()
    return term, stale


def taxonomy_load(report: DemoReport) -> dict[str, dict[str, object]]:
    """Themes, audiences, series and offices, by slug."""
    loaded: dict[str, dict[str, object]] = {}
    for key, model, terms in (
        ("themes", ThematicArea, taxonomy.THEMES),
        ("audiences", Audience, taxonomy.AUDIENCES),
        ("series", Series, taxonomy.SERIES),
    ):
        loaded[key] = {}
        for slug, names in terms.items():
            loaded[key][slug], changed = _term_upsert(model, slug, names)
            report.terms += changed
    loaded["offices"] = {}
    for slug, (acronym, names) in taxonomy.OFFICES.items():
        loaded["offices"][slug], changed = _term_upsert(Office, slug, names, acronym=acronym)
        report.terms += changed
    return loaded


def _file_for(item: DemoResource, lang: str, title: str, summary: str) -> tuple[bytes, str] | None:
    """The bytes and file name to attach to one version (None: this version gets no file)."""
    if item.source_file:
        # A source document is attached once, as the text it is, to its English version.
        return ((SOURCE_DIR / item.source_file).read_bytes(), f"{item.slug}.txt") if lang == "en" else None
    data = stand_in_docx(lang=lang, title=title, summary=summary, extra_lines=item.extra_lines)
    return data, f"{item.slug}-{lang}.docx"


def resource_load(item: DemoResource, terms: dict, report: DemoReport, *, actor=None) -> Resource:
    """One work with its versions and files, published."""
    resource = Resource.objects.filter(slug=item.slug).first()
    if resource is None:
        resource = services.resource_create(
            slug=item.slug,
            kind=item.kind,
            actor=actor,
            series=terms["series"].get(item.series) if item.series else None,
            themes=[terms["themes"][slug] for slug in item.themes],
            audiences=[terms["audiences"][slug] for slug in item.audiences],
            office=terms["offices"].get(item.office) if item.office else None,
            original_language="en",
            edition=item.edition,
        )
        report.resources.append(f"{item.slug} [{' '.join(lang for lang in CONTENT_LANGUAGES if lang in item.versions)}]")
    held = {version.lang: version for version in resource.versions.all()}
    for lang in CONTENT_LANGUAGES:
        if lang not in item.versions:
            continue
        title, summary = item.versions[lang]
        version = held.get(lang)
        if version is None or version.title != title or version.summary != summary:
            version = services.version_upsert(resource=resource, lang=lang, title=title, summary=summary, actor=actor)
            report.versions += 1
        if not version.files.exists():
            attachment = _file_for(item, lang, title, summary)
            if attachment is not None:
                data, filename = attachment
                services.version_file_attach(version=version, source=data, filename=filename, actor=actor)
                report.files += 1
    if resource.status != Status.PUBLISHED:
        services.resource_publish(resource=resource, actor=actor)
        report.published += 1
    return resource


def demo_load(*, actor=None, progress: Callable[[str], None] | None = None) -> DemoReport:
    """Loads (or completes) the whole demo catalogue and refreshes the search index."""
    report = DemoReport()
    with transaction.atomic():
        terms = taxonomy_load(report)
    for item in demo_catalogue():
        created_before = len(report.resources)
        # One transaction per work: a failure leaves the works before it loaded and this one absent.
        with transaction.atomic():
            resource_load(item, terms, report, actor=actor)
        if progress and len(report.resources) > created_before:
            progress(report.resources[-1])
    services.library_reindex_all()
    return report


def demo_reset() -> int:
    """Removes the demo catalogue's works and the stored files only they used; returns how many works."""
    slugs = [item.slug for item in demo_catalogue()]
    resources = Resource.objects.filter(slug__in=slugs)
    document_ids = list(resources.values_list("versions__files__document_id", flat=True).distinct())
    with transaction.atomic():
        count = resources.count()
        # Deleting the works cascades to their versions and file links; the library's receivers
        # drop their search entries.
        resources.delete()
        orphans = Document.objects.filter(pk__in=[pk for pk in document_ids if pk], uses__isnull=True)
        stored = [(document.file.storage, document.file.name) for document in orphans if document.file]
        orphans.delete()
        # Files go only once the rows are gone for good (a rollback must not lose them).
        transaction.on_commit(lambda: [storage.delete(name) for storage, name in stored])
    return count
