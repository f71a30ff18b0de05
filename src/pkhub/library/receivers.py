"""Keeping the search index in step when something outside the library's services changes."""

from django.db.models.signals import post_delete
from django.dispatch import receiver

from pkhub.library.indexing import resource_index, resources_using_document, sort_titles_refresh, version_index_remove
from pkhub.library.models import LanguageVersion


@receiver(post_delete, sender=LanguageVersion, dispatch_uid="library-version-index-remove")
def remove_deleted_version(sender, instance, **kwargs):
    # Also reached through cascades (a resource deleted in the admin takes its versions along).
    version_index_remove(version_ids=[instance.pk])
    sort_titles_refresh([instance.resource_id])  # the resource is now sorted by another version's title


def reindex_document_users(sender, document, **kwargs):
    """The text of a document is ready: re-index every version that holds it."""
    resource_ids = resources_using_document(document.pk)
    if resource_ids:
        resource_index(resource_ids=resource_ids)


def connect_ingest() -> None:
    try:
        from pkhub.ingest.signals import document_text_ready
    except ImportError:  # the ingest app has not landed its signal yet
        return
    document_text_ready.connect(reindex_document_users, dispatch_uid="library-reindex-document-users")
