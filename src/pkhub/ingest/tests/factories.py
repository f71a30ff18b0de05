import hashlib

import factory
from django.core.files.base import ContentFile

from pkhub.ingest.models import Document, DocumentText, TextStatus


class DocumentFactory(factory.django.DjangoModelFactory):
    """A stored plain-text document whose text is extracted (pass `extracted_text` to choose it)."""

    class Meta:
        model = Document
        skip_postgeneration_save = True

    class Params:
        content = factory.Sequence(lambda n: f"Peacekeeping guidance number {n}.".encode())

    original_name = factory.Sequence(lambda n: f"document-{n}.txt")
    format = "txt"
    content_type = "text/plain"
    sha256 = factory.LazyAttribute(lambda o: hashlib.sha256(o.content).hexdigest())
    size = factory.LazyAttribute(lambda o: len(o.content))
    file = factory.LazyAttribute(lambda o: ContentFile(o.content, name=f"{o.sha256}.txt"))
    text_status = TextStatus.READY
    detected_language = "en"
    language_confidence = 0.99

    @factory.post_generation
    def extracted_text(obj, create, extracted, **kwargs):
        if create and obj.text_status == TextStatus.READY:
            DocumentText.objects.create(document=obj, text=extracted or obj.file.read().decode())
