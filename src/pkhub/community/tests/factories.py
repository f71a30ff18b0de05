"""Factories for the community and LCM tests."""

import datetime

import factory
from django.contrib.auth.models import Group

from pkhub.accounts import roles
from pkhub.accounts.models import MemberState, User
from pkhub.community.models import Community, Membership, MemberStatus, Post, Thread
from pkhub.community.rules import LCM_STAFF


def _group(user, name):
    user.groups.add(Group.objects.get_or_create(name=name)[0])


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"cop-user{n}@example.org")
    password = factory.django.Password("a long test password")


class EditorFactory(UserFactory):
    is_staff = True

    @factory.post_generation
    def role(self, create, extracted, **kwargs):
        if create:
            from pkhub.accounts.tests.factories import with_authenticator

            _group(self, roles.EDITOR)
            with_authenticator(self)


class StateFocalPointFactory(UserFactory):
    """A Permanent Mission's focal point; Ghana unless told otherwise."""

    member_state = factory.LazyFunction(lambda: MemberState.objects.get(iso3="GHA"))

    @factory.post_generation
    def role(self, create, extracted, **kwargs):
        if create:
            _group(self, roles.STATE_FOCAL_POINT)


class LcmStaffFactory(UserFactory):
    @factory.post_generation
    def role(self, create, extracted, **kwargs):
        if create:
            _group(self, LCM_STAFF)


class CommunityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Community

    slug = factory.Sequence(lambda n: f"cop-{n}")
    name_en = factory.Sequence(lambda n: f"Community {n}")
    joining = "approved"
    visibility = "private"


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    community = factory.SubFactory(CommunityFactory)
    user = factory.SubFactory(UserFactory)
    display_name = factory.Sequence(lambda n: f"Training centre {n}")
    handle = factory.Sequence(lambda n: f"centre{n}")
    status = MemberStatus.ACTIVE


def thread_with_post(membership: Membership, *, title="Conduct and discipline", body="How do you teach it?") -> Thread:
    thread = Thread.objects.create(community=membership.community, title=title, author=membership,
                                   last_post_at=datetime.datetime.now(datetime.UTC))
    Post.objects.create(thread=thread, author=membership, body=body)
    return thread
