"""Factories for the e-Guide's tests."""

import factory
from django.contrib.auth.models import Group

from pkhub.accounts import roles
from pkhub.accounts.models import User
from pkhub.eguide.models import Choice, Module, Question, Section, Unit


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"eguide-user{n}@example.org")
    first_name = "Amina"
    last_name = "Diallo"
    password = factory.django.Password("a long test password")


class EditorFactory(UserFactory):
    is_staff = True

    @factory.post_generation
    def editor_group(self, create, extracted, **kwargs):
        if create:
            self.groups.add(Group.objects.get_or_create(name=roles.EDITOR)[0])
            try:
                from pkhub.accounts.tests.factories import with_authenticator
            except ImportError:  # before the second-factor requirement landed
                return
            with_authenticator(self)  # editors must have a second factor before any page opens


class ModuleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Module
        django_get_or_create = ("number",)

    number = 1
    title_en = factory.LazyAttribute(lambda o: f"Module {o.number} title")


class SectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Section

    module = factory.SubFactory(ModuleFactory)
    number = factory.Sequence(lambda n: f"1.{n + 1}")
    order = factory.Sequence(lambda n: n)
    title_en = factory.Sequence(lambda n: f"Section {n}")
    body_en = "Some text."


class UnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Unit

    slug = factory.Sequence(lambda n: f"unit-{n}")
    kind = "team"
    name_en = factory.Sequence(lambda n: f"Team {n}")


class QuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Question

    module = factory.SubFactory(ModuleFactory)
    text_en = factory.Sequence(lambda n: f"Question {n}?")
    kind = "single"
    explanation_en = "Because the text says so."


class ChoiceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Choice

    question = factory.SubFactory(QuestionFactory)
    text_en = factory.Sequence(lambda n: f"Answer {n}")
    is_correct = False
