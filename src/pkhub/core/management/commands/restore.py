"""`manage.py restore SRC`: restores a backup archive into an empty instance and checks the result."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from pkhub.core.backup import BackupError
from pkhub.core.restore import backup_restore


class Command(BaseCommand):
    help = (
        "Restores a backup archive made by `manage.py backup` into this instance: the database must be empty "
        "(a new SQLite file, or a new PostgreSQL database) and the hub stopped. Rebuilds the search index and "
        "compares row counts and file checksums with the archive's manifest."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", help="the backup .tar file")
        parser.add_argument("--force", action="store_true", help="restore even if the database holds rows")

    def handle(self, *args, source, force=False, verbosity=1, **options):
        try:
            manifest = backup_restore(source=Path(source), force=force)
        except BackupError as error:
            raise CommandError(str(error)) from error
        if verbosity:
            self.stdout.write(self.style.SUCCESS(
                f"Restored {manifest.engine} backup of {manifest.created}: {len(manifest.tables)} tables and "
                f"{len(manifest.files)} media files match the manifest; search index rebuilt."
            ))
