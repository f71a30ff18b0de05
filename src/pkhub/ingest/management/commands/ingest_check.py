"""`manage.py ingest_check PATH…`: validate and extract files without storing anything."""

import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from pkhub.ingest.extract import ExtractionError, check_pdf, extract
from pkhub.ingest.language import guess_language
from pkhub.ingest.repair import repair_text
from pkhub.ingest.services import IngestError, _decide_format
from pkhub.ingest.spool import TooLarge, spooled


class Command(BaseCommand):
    help = "Check that files would be accepted, and show their text length, pages and language. Stores nothing."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path)

    def handle(self, *args, paths, **options):
        from django.conf import settings

        failures = 0
        for path in paths:
            try:
                line = self._check(path, settings.UPLOAD_MAX_BYTES)
            except (IngestError, OSError) as exc:
                failures += 1
                self.stderr.write(self.style.ERROR(f"{path}: {exc}"))
            else:
                self.stdout.write(f"{path}: {line}")
        if failures:
            raise CommandError(f"{failures} of {len(paths)} files would be refused.")

    def _check(self, path: Path, limit: int) -> str:
        started = time.perf_counter()
        try:
            with spooled(path, limit=limit) as upload:
                if upload.size == 0:
                    raise IngestError("empty", filename=path.name)
                fmt, _type = _decide_format(upload.path, path.name)
                try:
                    if fmt == "pdf":
                        check_pdf(upload.path)
                    text, pages = extract(upload.path, fmt)
                except ExtractionError as exc:
                    raise IngestError(exc.code, filename=path.name, reason=exc.reason) from exc
        except TooLarge as exc:
            raise IngestError("too_large", filename=path.name, limit=f"{limit} bytes") from exc
        text, repaired = repair_text(text)
        language, confidence = guess_language(text)
        return (
            f"{fmt}, {len(text)} characters, {pages if pages is not None else '-'} pages, "
            f"language {language or '?'} ({confidence:.2f}){', repaired' if repaired else ''}, "
            f"sha256 {upload.sha256[:12]}…, {time.perf_counter() - started:.2f} s"
        )
