"""`manage.py loaddemo`: the demo catalogue from the source documents (run by `make run`)."""

from django.core.management.base import BaseCommand
from django.db.models import Count

from pkhub.ingest.models import Document, TextStatus
from pkhub.library.demo.loader import demo_load, demo_reset
from pkhub.library.models import LanguageVersion, Resource, VersionFile


class Command(BaseCommand):
    help = (
        "Loads the demo catalogue: the taxonomy, every CPTM, RTP and STM of the ITS update in exactly its "
        "languages, the e-learning courses and training needs assessments, and the five source documents as "
        "full-text resources. Safe to run again: what is already there is left as it is."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset", action="store_true", help="Remove the demo works (and files only they use) before loading."
        )

    def handle(self, *args, reset=False, verbosity=1, **options):
        if reset:
            removed = demo_reset()
            self._say(verbosity, f"Removed {removed} demo works.")
        report = demo_load(progress=lambda line: self._say(verbosity, f"  + {line}"))
        if report.changed:
            self._say(
                verbosity,
                self.style.SUCCESS(
                    f"Demo catalogue: created {len(report.resources)} works, {report.versions} language versions "
                    f"added or updated, {report.files} files attached, {report.published} works published, "
                    f"{report.terms} taxonomy terms added or updated."
                ),
            )
        else:
            self._say(verbosity, "Demo catalogue already loaded: nothing to do.")
        self._say(verbosity, self._totals())

    def _totals(self) -> str:
        documents = Document.objects.filter(uses__in=VersionFile.objects.all()).distinct()
        statuses = dict(documents.order_by().values_list("text_status").annotate(n=Count("pk", distinct=True)))
        pending = statuses.get(TextStatus.PENDING, 0)
        line = (
            f"The library holds {Resource.objects.count()} works in {LanguageVersion.objects.count()} language "
            f"versions; {statuses.get(TextStatus.READY, 0)} files have their text extracted"
        )
        if pending:
            line += f", {pending} are waiting for the task worker (started by `make run`)"
        if statuses.get(TextStatus.FAILED):
            line += f", {statuses[TextStatus.FAILED]} failed (see the admin)"
        return line + "."

    def _say(self, verbosity: int, message: str) -> None:
        if verbosity >= 1:
            self.stdout.write(message)
