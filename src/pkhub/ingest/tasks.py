"""Background tasks of the ingest app (django-tasks)."""

from django_tasks import task

from pkhub.ingest.services import document_text_extract


@task()
def extract_document_text(document_id: int) -> None:
    """Extract the text of a pending document; safe to run twice or after being killed midway."""
    document_text_extract(document_id=document_id)
