"""`manage.py backup DEST`: database and uploaded files in one checked tar archive (hub may keep running)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from pkhub.core.backup import BackupError, backup_create


class Command(BaseCommand):
    help = "Writes a backup archive (database, media files, manifest with checksums and row counts) to DEST."

    def add_arguments(self, parser):
        parser.add_argument("destination", help="a .tar file to write, or an existing folder to write one into")

    def handle(self, *args, destination, verbosity=1, **options):
        try:
            path, manifest = backup_create(destination=Path(destination))
        except BackupError as error:
            raise CommandError(str(error)) from error
        if verbosity:
            rows = sum(manifest.tables.values())
            self.stdout.write(self.style.SUCCESS(
                f"Backup written to {path}: {manifest.engine} database ({len(manifest.tables)} tables, {rows} rows), "
                f"{len(manifest.files)} media files."
            ))
            for note in manifest.notes:
                self.stdout.write(note)
