"""The permission matrix walked through HTTP: every cell, through every page, API call, list, search,
export, feed and admin page that offers its action, must do exactly what `has_perm` says.

The representative objects are built once for the module inside a transaction that is rolled back at
the end; each test runs in a savepoint of its own, so a write never reaches the next test.
"""

import pytest
from django.conf import settings
from django.db import transaction
from django.test import Client
from django.test.utils import override_settings

from pkhub.core.management.commands.permission_table import IN_MEMORY
from pkhub.core.permission_matrix import KINDS, VERBS, Cell, cells, expected
from pkhub.core.permission_world import build_world
from pkhub.core.tests import permission_channels_content, permission_channels_pledging  # noqa: F401 (register)
from pkhub.core.tests.permission_probe import CHANNELS, WATCHED, Probe

PARAMS = [
    pytest.param(cell, name, id=f"{cell.key}-{name}")
    for cell in cells() if cell.exists
    for name in CHANNELS[(cell.kind.key, cell.action.key)]
]


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), override_settings(STORAGES={**settings.STORAGES, "default": IN_MEMORY}):
        with transaction.atomic():
            yield build_world()
            transaction.set_rollback(True)


def _may_view(world, cell: Cell) -> bool:
    """Whether the role may read the cell's object (by the kind's own view rule), which a refused write may show."""
    view = next((a for a in cell.kind.actions if a.verb == "view" and cell.subject.key in a.on), None)
    return view is not None and bool(expected(world, Cell(cell.role, cell.kind, view, cell.subject)))


@pytest.mark.parametrize(("cell", "channel_name"), PARAMS)
def test_the_hub_does_what_the_rule_says(world, db, cell, channel_name):
    """One cell through one channel: allowed means done or shown; refused means refused, unchanged, unseen."""
    client = Client()
    user = world.users[cell.role.key]
    if user is not None:
        client.force_login(user)
    probe = Probe(client=client, world=world, cell=cell, allowed=expected(world, cell), channel_name=channel_name,
                  may_view=_may_view(world, cell))
    CHANNELS[(cell.kind.key, cell.action.key)][channel_name](probe)


def test_every_action_of_the_matrix_is_walked_through_http():
    """No action is left without a page or an API call that exercises it, and every kind's writes are watched."""
    missing = [f"{kind.key}:{action.key}" for kind in KINDS for action in kind.actions
               if not CHANNELS.get((kind.key, action.key))]
    assert missing == []
    assert {kind.key for kind in KINDS} <= set(WATCHED)
    assert {action.verb for kind in KINDS for action in kind.actions} == set(VERBS)


def test_every_subject_of_the_matrix_is_built(world, db):
    """The world holds an object for every subject the matrix names (and nothing it does not name)."""
    named = {subject.key for kind in KINDS for subject in kind.subjects}
    assert named == set(world.objects)

