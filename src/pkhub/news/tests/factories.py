"""Factories for the news tests."""

import factory
from django.contrib.auth.models import Group
from django.utils import timezone

from pkhub.accounts import roles
from pkhub.accounts.models import User
from pkhub.news.models import NewsItem, NewsletterIssue, NewsletterItem, NewsletterSection, Status, Subscription, SubscriptionStatus


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"news-user{n}@example.org")
    password = factory.django.Password("a long test password")


class EditorFactory(UserFactory):
    """An ITS editor with an authenticator app set up (the hub requires one for editors)."""

    is_staff = True

    @factory.post_generation
    def second_factor(self, create, extracted, **kwargs):
        if create:
            from pkhub.accounts.tests.factories import with_authenticator

            with_authenticator(self)

    @factory.post_generation
    def role(self, create, extracted, **kwargs):
        if create:
            self.groups.add(Group.objects.get_or_create(name=roles.EDITOR)[0])


class NewsItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NewsItem

    slug = factory.Sequence(lambda n: f"news-{n}")
    title_en = factory.Sequence(lambda n: f"News item {n}")
    summary_en = "A summary."
    status = Status.PUBLISHED
    published_at = factory.LazyFunction(timezone.now)


class SubscriptionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Subscription

    email = factory.Sequence(lambda n: f"reader{n}@example.org")
    status = SubscriptionStatus.ACTIVE


def draft_issue(number: int = 7, *, items: int = 2) -> NewsletterIssue:
    """A draft issue with a few items in the Training update section."""
    issue = NewsletterIssue.objects.create(number=number, date=timezone.localdate(), intro_en="Welcome to the ITS update.")
    section = NewsletterSection.objects.create(issue=issue, kind="training")
    NewsletterSection.objects.create(issue=issue, kind="guidance")
    for i in range(items):
        NewsletterItem.objects.create(section=section, position=i, title_en=f"Course {i}", body_en=f"Text of course {i}.",
                                      link=f"/en/training/sessions/{i}/")
    return issue
