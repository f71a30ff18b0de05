"""docs/permissions.md cannot go stale: it must be what `manage.py permission_table` writes now."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_the_permissions_page_is_what_the_rules_say_now():
    """The committed table equals the command's output for the rules as they are: regenerate it after a change."""
    call_command("permission_table", "--check", output=Path(settings.BASE_DIR) / "docs" / "permissions.md")


def test_the_table_leaves_nothing_behind(tmp_path):
    """The command's users, pledges and nominees exist only while the table is written."""
    from pkhub.accounts.models import User
    from pkhub.pledges.models import Pledge

    call_command("permission_table", output=tmp_path / "permissions.md")
    assert "| view | draft pledge of state B | `pledges.view_pledge` |" in (tmp_path / "permissions.md").read_text()
    assert not User.objects.exists() and not Pledge.objects.exists()
