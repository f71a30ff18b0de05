"""Factories for the library's tests."""

import datetime
import hashlib

import factory
from django.core.files.base import ContentFile
from django.contrib.auth.models import Group

from pkhub.accounts import roles
from pkhub.accounts.models import User
from pkhub.accounts.tests.factories import with_authenticator
from pkhub.ingest.models import Document, DocumentText, TextStatus
from pkhub.library.models import (
    Audience,
    Kind,
    LanguageVersion,
    Office,
    Resource,
    Series,
    Status,
    ThematicArea,
    VersionFile,
)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"user{n}@example.org")
    password = factory.django.Password("a long test password")


class EditorFactory(UserFactory):
    is_staff = True

    class Meta:
        skip_postgeneration_save = True

    @factory.post_generation
    def editor_group(self, create, extracted, **kwargs):
        if create:
            self.groups.add(Group.objects.get_or_create(name=roles.EDITOR)[0])
            # Editors must have two-factor authentication (pkhub.accounts.middleware).
            with_authenticator(self)


class ThematicAreaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ThematicArea
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"theme-{n}")
    name = factory.Sequence(lambda n: f"Theme {n}")


class AudienceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Audience
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"audience-{n}")
    name = factory.Sequence(lambda n: f"Audience {n}")


class SeriesFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Series
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"series-{n}")
    name = factory.Sequence(lambda n: f"Series {n}")


class OfficeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Office
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"office-{n}")
    name = factory.Sequence(lambda n: f"Office {n}")
    acronym = "ITS"


class ResourceFactory(factory.django.DjangoModelFactory):
    """A published resource (no versions unless asked)."""

    class Meta:
        model = Resource

    slug = factory.Sequence(lambda n: f"resource-{n}")
    kind = Kind.STM
    status = Status.PUBLISHED
    original_language = "en"


class LanguageVersionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LanguageVersion

    resource = factory.SubFactory(ResourceFactory)
    lang = "en"
    title = factory.Sequence(lambda n: f"Protection of civilians {n}")
    summary = "A training package on the protection of civilians."
    edition_date = datetime.date(2020, 1, 1)


class DocumentFactory(factory.django.DjangoModelFactory):
    """A stored document with the given bytes (`content`) and its extracted text."""

    class Meta:
        model = Document
        exclude = ("content",)
        skip_postgeneration_save = True

    content = factory.Sequence(lambda n: (f"document {n} " * 400).encode())
    sha256 = factory.LazyAttribute(lambda o: hashlib.sha256(o.content).hexdigest())
    file = factory.LazyAttribute(lambda o: ContentFile(o.content, name="module.pdf"))
    original_name = "module.pdf"
    format = "pdf"
    content_type = "application/pdf"
    size = factory.LazyAttribute(lambda o: len(o.content))
    text_status = TextStatus.READY

    @factory.post_generation
    def text(self, create, extracted, **kwargs):
        if create and extracted:
            DocumentText.objects.create(document=self, text=extracted)


class VersionFileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = VersionFile

    version = factory.SubFactory(LanguageVersionFactory)
    document = factory.SubFactory(DocumentFactory)
