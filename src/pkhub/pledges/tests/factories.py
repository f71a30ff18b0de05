"""Factories for the pledges tests."""

import datetime

import factory
from django.contrib.auth.models import Group
from django.utils import timezone

from pkhub.accounts import roles
from pkhub.accounts.models import MemberState, User
from pkhub.pledges.choices import Category, PledgeStatus, RequirementKind, Section, UnitType
from pkhub.pledges.models import Ministerial, Pledge, Requirement, Unit


def state(iso3: str) -> MemberState:
    return MemberState.objects.get(iso3=iso3)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"pledger{n}@example.org")
    password = factory.django.Password("a long test password")


def focal_point(iso3: str, **kwargs) -> User:
    """A Member State focal point of the state `iso3`."""
    user = UserFactory(member_state=state(iso3), **kwargs)
    user.groups.add(Group.objects.get(name=roles.STATE_FOCAL_POINT))
    return user


def capability_officer(**kwargs) -> User:
    """An officer of the Strategic Force Generation Cell, with the authenticator app the role requires."""
    user = UserFactory(**kwargs)
    user.groups.add(Group.objects.get(name=roles.CAPABILITY_OFFICER))
    try:
        from pkhub.accounts.tests.factories import with_authenticator
    except ImportError:  # before two-factor authentication is required of officers
        return user
    return with_authenticator(user)


class MinisterialFactory(factory.django.DjangoModelFactory):
    """A ministerial whose submission deadline is a month away."""

    class Meta:
        model = Ministerial
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"ministerial-{n}")
    name = factory.Sequence(lambda n: f"Test Ministerial {n}")
    city = "Berlin"
    host = factory.LazyFunction(lambda: state("DEU"))
    starts_on = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=40))
    ends_on = factory.LazyAttribute(lambda o: o.starts_on + datetime.timedelta(days=1))
    submission_deadline = factory.LazyAttribute(lambda o: o.starts_on - datetime.timedelta(days=7))


class RequirementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Requirement

    ministerial = factory.SubFactory(MinisterialFactory)
    code = factory.Sequence(lambda n: f"T-{n:03d}")
    position = factory.Sequence(lambda n: n)
    section = Section.UNIFORMED
    subsection = "General uniformed capability requirements"
    title = factory.Sequence(lambda n: f"Requirement {n}")
    description = "Needed by the missions."
    kind = RequirementKind.UNIT
    category = Category.UNIFORMED


class PledgeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Pledge
        skip_postgeneration_save = True

    reference = factory.Sequence(lambda n: f"TEST-{n:04d}")
    ministerial = factory.SubFactory(MinisterialFactory)
    lead_state = factory.LazyFunction(lambda: state("FRA"))
    category = Category.UNIFORMED
    title = factory.Sequence(lambda n: f"Pledge {n}")
    description = "An engineering company for MINUSCA."
    status = PledgeStatus.DRAFT

    @factory.post_generation
    def requirements(self, create, extracted, **kwargs):
        if create and extracted:
            self.requirements.set(extracted)

    @factory.post_generation
    def partners(self, create, extracted, **kwargs):
        if create and extracted:
            self.partners.set(extracted)


class UnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Unit

    state = factory.LazyFunction(lambda: state("FRA"))
    name = factory.Sequence(lambda n: f"Unit {n}")
    unit_type = UnitType.INFANTRY_BATTALION
    strength = 850
    women = 60
