"""Optimistic locking: of two editors who opened the same revision, one wins."""

import pytest

from pkhub.core import freshness
from pkhub.core.locking import update_at_revision
from pkhub.library import services
from pkhub.library.models import Kind, Resource

pytestmark = pytest.mark.django_db


def test_the_second_write_from_the_same_revision_changes_nothing():
    resource = services.resource_create(slug="sop-convoys", kind=Kind.SOP)
    rows = Resource.objects.filter(pk=resource.pk)
    before = freshness.generation()
    assert update_at_revision(rows, resource.revision, edition="2024") is True
    after_first = freshness.generation()
    assert update_at_revision(rows, resource.revision, edition="2025") is False
    stored = Resource.objects.get(pk=resource.pk)
    assert (stored.edition, stored.revision) == ("2024", resource.revision + 1)
    assert after_first > before  # the kept pages end with the change ...
    assert freshness.generation() == after_first  # ... and not with a write that did not happen


def test_without_a_revision_the_allowed_states_alone_decide():
    resource = services.resource_create(slug="sop-escorts", kind=Kind.SOP)
    assert update_at_revision(Resource.objects.filter(pk=resource.pk, status="draft"), None, edition="1") is True
    assert update_at_revision(Resource.objects.filter(pk=resource.pk, status="archived"), None, edition="2") is False
    assert Resource.objects.get(pk=resource.pk).revision == resource.revision + 1
