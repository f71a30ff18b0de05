"""Factories for the training tests."""

import datetime

import factory
from django.contrib.auth.models import Group
from django.utils import timezone

from pkhub.accounts import roles
from pkhub.accounts.models import MemberState, User
from pkhub.training.models import CallStatus, Course, Institution, Nomination, Session, SessionStatus


def member_state(iso3: str) -> MemberState:
    return MemberState.objects.get(iso3=iso3)


def _in_group(name):
    @factory.post_generation
    def add(self, create, extracted, **kwargs):
        if create:
            self.groups.add(Group.objects.get_or_create(name=name)[0])

    return add


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"user{n}@example.org")
    password = factory.django.Password("a long test password")


class EditorFactory(UserFactory):
    """An ITS editor with an authenticator app set up (the hub requires one for editors)."""

    is_staff = True
    role = _in_group(roles.EDITOR)

    @factory.post_generation
    def second_factor(self, create, extracted, **kwargs):
        if create:
            from pkhub.accounts.tests.factories import with_authenticator

            with_authenticator(self)


class StateFocalPointFactory(UserFactory):
    """A Permanent Mission's focal point; Ghana unless told otherwise."""

    member_state = factory.LazyFunction(lambda: member_state("GHA"))
    role = _in_group(roles.STATE_FOCAL_POINT)


class InstitutionFocalPointFactory(UserFactory):
    role = _in_group(roles.INSTITUTION_FOCAL_POINT)


class CourseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Course

    slug = factory.Sequence(lambda n: f"course-{n}")
    title_en = factory.Sequence(lambda n: f"Training of trainers {n}")
    course_type = "tot"


def _today():
    return timezone.localdate()


class SessionFactory(factory.django.DjangoModelFactory):
    """A session two months ahead whose call is open now, with ten seats."""

    class Meta:
        model = Session

    course = factory.SubFactory(CourseFactory)
    start_date = factory.LazyFunction(lambda: _today() + datetime.timedelta(days=60))
    end_date = factory.LazyAttribute(lambda s: s.start_date + datetime.timedelta(days=11))
    venue_city = "Entebbe"
    venue_country = factory.LazyFunction(lambda: member_state("UGA"))
    regions = ["africa"]
    languages = ["en"]
    audiences = ["military"]
    seats = 10
    call_status = CallStatus.OPEN
    call_closes = factory.LazyFunction(lambda: _today() + datetime.timedelta(days=30))
    status = SessionStatus.CONFIRMED


class NominationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Nomination

    session = factory.SubFactory(SessionFactory)
    member_state = factory.LazyFunction(lambda: member_state("GHA"))
    candidate_name = factory.Sequence(lambda n: f"Candidate {n}")
    rank = "Major"
    gender = "female"
    email = factory.Sequence(lambda n: f"candidate{n}@example.org")
    function = "National trainer"
    languages = ["en"]


class InstitutionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Institution

    slug = factory.Sequence(lambda n: f"institution-{n}")
    name = factory.Sequence(lambda n: f"Peace Support Training Centre {n}")
    country = factory.LazyFunction(lambda: member_state("KEN"))
    kind = "integrated"
    languages = ["en"]
