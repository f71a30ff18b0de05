"""Subscribing (double opt-in) and unsubscribing (one click, no sign-in, nobody else)."""

import re

import pytest
from django.core import mail, signing

from pkhub.news import subscriptions
from pkhub.news.models import Subscription, SubscriptionStatus
from pkhub.news.tests.factories import SubscriptionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def locmem(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


def test_subscribing_sends_a_confirmation_link_and_nothing_else_until_it_is_followed(client, django_capture_on_commit_callbacks):
    """The address is pending after the form; the e-mailed link makes it active."""
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/news/subscribe/", {"email": "Reader@Example.org"})
    assert response.status_code == 200 and b"Check your e-mail" in response.content
    subscription = Subscription.objects.get(email="reader@example.org")
    assert subscription.status == SubscriptionStatus.PENDING
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["reader@example.org"]
    link = re.search(r"http://\S+/subscribe/confirm/\S+/", mail.outbox[0].body).group(0)
    response = client.get(link.split("8000", 1)[1])
    assert response.status_code == 200
    subscription.refresh_from_db()
    assert subscription.status == SubscriptionStatus.ACTIVE


def test_the_subscribe_page_says_the_same_for_an_address_already_subscribed(client, django_capture_on_commit_callbacks):
    """Nobody can find out whether an address is subscribed; a subscriber gets no new mail."""
    SubscriptionFactory(email="known@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/news/subscribe/", {"email": "known@example.org"})
    assert b"Check your e-mail" in response.content and mail.outbox == []


@pytest.mark.parametrize("value", ["", "not-an-address", "a" * 300 + "@example.org", "x@" + "y" * 5000])
def test_a_bad_address_is_refused_with_a_message(client, value):
    """Empty, malformed or huge: 400 with the form again, nothing stored."""
    response = client.post("/en/news/subscribe/", {"email": value})
    assert response.status_code == 400
    assert not Subscription.objects.exists()


def test_one_click_unsubscribe_works_without_signing_in(client):
    """The RFC 8058 POST to the List-Unsubscribe address unsubscribes; no session, no CSRF token."""
    subscription = SubscriptionFactory()
    token = subscriptions.token_for(subscription, purpose="unsubscribe")
    client.handler.enforce_csrf_checks = True
    response = client.post(f"/en/news/unsubscribe/{token}/", {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    subscription.refresh_from_db()
    assert subscription.status == SubscriptionStatus.UNSUBSCRIBED


def test_opening_the_unsubscribe_link_only_shows_a_button(client):
    """A GET (a link scanner, a preview) unsubscribes nobody."""
    subscription = SubscriptionFactory()
    token = subscriptions.token_for(subscription, purpose="unsubscribe")
    response = client.get(f"/en/news/unsubscribe/{token}/")
    assert response.status_code == 200 and b"Stop sending me the ITS update" in response.content
    subscription.refresh_from_db()
    assert subscription.status == SubscriptionStatus.ACTIVE


def test_a_tampered_token_cannot_unsubscribe_someone_else(client):
    """Changing the id inside a token breaks its signature: the other subscriber stays subscribed."""
    mine, theirs = SubscriptionFactory(), SubscriptionFactory()
    token = subscriptions.token_for(mine, purpose="unsubscribe")
    payload, signature = token.split(":", 1)
    forged_payload = signing.b64_encode(f'{{"s":{theirs.pk}}}'.encode()).decode()
    for forged in (f"{forged_payload}:{signature}", token[:-2] + "xx", "garbage", "a" * 600):
        response = client.post(f"/en/news/unsubscribe/{forged}/")
        assert response.status_code == 400
    theirs.refresh_from_db()
    mine.refresh_from_db()
    assert theirs.status == mine.status == SubscriptionStatus.ACTIVE


def test_a_confirmation_token_cannot_unsubscribe(client):
    """Tokens carry their purpose: the confirmation link's token is refused by unsubscribe."""
    subscription = SubscriptionFactory()
    token = subscriptions.token_for(subscription, purpose="confirm")
    assert client.post(f"/en/news/unsubscribe/{token}/").status_code == 400
    subscription.refresh_from_db()
    assert subscription.status == SubscriptionStatus.ACTIVE
