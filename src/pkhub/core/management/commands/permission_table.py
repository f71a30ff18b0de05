"""`manage.py permission_table [--output docs/permissions.md] [--check]`: the permission matrix as Markdown.

Builds the matrix's representative objects in a transaction that is rolled back (files in memory),
asks every rule, and writes the tables. With `--check` it writes nothing and fails when the file
differs from what the rules say now.
"""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test.utils import override_settings

from pkhub.core.permission_matrix import markdown
from pkhub.core.permission_world import build_world

DEFAULT_OUTPUT = Path(settings.BASE_DIR) / "docs" / "permissions.md"
IN_MEMORY = {"BACKEND": "django.core.files.storage.InMemoryStorage"}


def permission_table() -> str:
    """The Markdown of docs/permissions.md, from objects that never outlive the call."""
    with override_settings(STORAGES={**settings.STORAGES, "default": IN_MEMORY}), transaction.atomic():
        text = markdown(build_world())
        transaction.set_rollback(True)
    return text


class Command(BaseCommand):
    help = "Writes the permission matrix (every role, object kind and action, as the rules decide) as Markdown."

    def add_arguments(self, parser):
        parser.add_argument("--output", "-o", type=Path, default=DEFAULT_OUTPUT, help="file to write")
        parser.add_argument("--check", action="store_true", help="fail if the file is not what would be written")

    def handle(self, *args, output: Path, check: bool = False, **options):
        text = permission_table()
        if check:
            current = output.read_text(encoding="utf-8") if output.exists() else ""
            if current != text:
                raise CommandError(f"{output} is stale: run `manage.py permission_table` and commit it.")
            self.stdout.write(f"{output} is up to date.")
            return
        output.write_text(text, encoding="utf-8")
        self.stdout.write(f"Wrote {output}.")
