import importlib

import pytest
from django.apps import apps


@pytest.fixture
def reference_data(transactional_db):
    """Member States and role groups: a flushed (transactional) test database loses what the migration loaded."""
    from pkhub.accounts.models import MemberState

    if not MemberState.objects.exists():
        migration = importlib.import_module("pkhub.accounts.migrations.0003_member_states_and_roles")
        migration.load_member_states(apps, None)
        migration.create_role_groups(apps, None)
