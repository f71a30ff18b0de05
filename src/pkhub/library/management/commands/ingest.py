"""`manage.py ingest PATH… --resource SLUG --lang fr`: attach files to a language version."""

from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from pkhub.core.languages import CONTENT_LANGUAGES
from pkhub.library import services
from pkhub.library.models import LanguageVersion, Resource


class Command(BaseCommand):
    help = (
        "Attach files (PDF, DOCX, PPTX, HTML, TXT, Markdown) to the version of a resource in one language. "
        "All files are attached or none: one refused file leaves nothing saved."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="files to attach")
        parser.add_argument("--resource", required=True, metavar="SLUG", help="the resource's slug")
        parser.add_argument("--lang", required=True, choices=CONTENT_LANGUAGES, help="the version's language")
        parser.add_argument("--label", default="", help="label of the files, e.g. 'Module 2'")
        parser.add_argument("--title", default="", help="the version's title: creates the version when it does not exist")

    def handle(self, *args, **options):
        files = [Path(p) for p in options["paths"]]
        for path in files:
            if not path.is_file():
                raise CommandError(f"{path}: no such file.")
        resource = Resource.objects.filter(slug=options["resource"]).first()
        if resource is None:
            raise CommandError(f"No resource with the slug “{options['resource']}”.")
        lang, title = options["lang"], options["title"].strip()
        try:
            with transaction.atomic():
                version = self._version(resource, lang, title)
                attached = []
                for path in files:
                    try:
                        attached.append(
                            services.version_file_attach(version=version, source=path, filename=path.name, label=options["label"])
                        )
                    except ValidationError as error:
                        raise CommandError(f"{path}: {' '.join(error.messages)} Nothing was saved.") from error
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        for version_file in attached:
            self.stdout.write(f"{version_file.document.original_name} → {resource.slug} ({lang}), file {version_file.pk}")
        self.stdout.write(self.style.SUCCESS(f"{len(attached)} file(s) attached; text extraction is queued."))

    def _version(self, resource, lang, title):
        version = LanguageVersion.objects.filter(resource=resource, lang=lang).first()
        if version is not None and not title:
            return version
        if version is None and not title:
            raise CommandError(
                f"{resource.slug} has no version in “{lang}”. Give --title to create it."
            )
        if version is not None:
            title_args = {"summary": version.summary, "edition_date": version.edition_date, "source_date": version.source_date}
        else:
            title_args = {}
        return services.version_upsert(resource=resource, lang=lang, title=title, **title_args)
