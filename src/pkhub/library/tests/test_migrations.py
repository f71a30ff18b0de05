"""The library's data migrations: 0003 gives every resource already there its sort key."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = pytest.mark.django_db(transaction=True)


def _migrate(target: str):
    """Migrates the library to `target`; returns the models as they are at that step."""
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate([("library", target)])
    return MigrationExecutor(connection).loader.project_state([("library", target)]).apps


@pytest.fixture(autouse=True)
def _back_to_the_latest():
    yield
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes("library"))


def test_resources_made_before_0003_get_the_sort_key_of_their_shown_title():
    apps = _migrate("0002_resource_published_index")
    Resource, LanguageVersion = apps.get_model("library", "Resource"), apps.get_model("library", "LanguageVersion")
    french = Resource.objects.create(slug="fr-original", kind="stm", original_language="fr")
    LanguageVersion.objects.create(resource=french, lang="en", title="Zone guide")
    LanguageVersion.objects.create(resource=french, lang="fr", title="École de la paix")
    orphan = Resource.objects.create(slug="translated-only", kind="stm", original_language="ar")
    LanguageVersion.objects.create(resource=orphan, lang="es", title="Guía")
    LanguageVersion.objects.create(resource=orphan, lang="zh", title="维和指南")
    empty = Resource.objects.create(slug="No-Versions", kind="stm")

    apps = _migrate("0003_resource_sort_title")
    keys = dict(apps.get_model("library", "Resource").objects.values_list("pk", "sort_title"))
    # The original's title; without it the first in the order listed resources show (zh before es); the slug.
    assert keys == {french.pk: "ecole de la paix", orphan.pk: "维和指南", empty.pk: "no-versions"}
