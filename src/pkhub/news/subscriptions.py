"""Subscribers of the ITS update: double opt-in, one-click unsubscribe, signed tokens.

A token carries the subscription's id and a purpose, signed with the site's secret: it cannot be
turned into another subscriber's token, and a confirmation token cannot unsubscribe.
"""

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.core.validators import validate_email
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from pkhub.core.audit import audit_record
from pkhub.news.models import Subscription, SubscriptionStatus

CONFIRM_SALT = "pkhub.news.subscription.confirm"
UNSUBSCRIBE_SALT = "pkhub.news.subscription.unsubscribe"
CONFIRM_MAX_AGE = 60 * 60 * 24 * 7  # a week to click the confirmation link


class InvalidToken(Exception):
    """The link is altered, expired, or for a subscription that no longer exists."""


def token_for(subscription: Subscription, *, purpose: str) -> str:
    salt = CONFIRM_SALT if purpose == "confirm" else UNSUBSCRIBE_SALT
    return signing.dumps({"s": subscription.pk}, salt=salt, compress=False)


def _subscription_from(token: str, *, salt: str, max_age=None) -> Subscription:
    try:
        data = signing.loads(str(token)[:500], salt=salt, max_age=max_age)
        return Subscription.objects.get(pk=int(data["s"]))
    except (signing.BadSignature, KeyError, TypeError, ValueError, Subscription.DoesNotExist) as exc:
        raise InvalidToken from exc


def absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def unsubscribe_url(subscription: Subscription) -> str:
    with translation.override(subscription.language):
        return absolute(reverse("news:unsubscribe", kwargs={"token": token_for(subscription, purpose="unsubscribe")}))


def _send_confirmation(subscription: Subscription) -> None:
    with translation.override(subscription.language):
        url = absolute(reverse("news:confirm", kwargs={"token": token_for(subscription, purpose="confirm")}))
        context = {"url": url}
        message = EmailMultiAlternatives(
            subject=_("Confirm your subscription to the ITS update"),
            body=render_to_string("news/email/confirm.txt", context),
            to=[subscription.email],
        )
        message.attach_alternative(render_to_string("news/email/confirm.html", context), "text/html")
    message.send()


@transaction.atomic
def subscription_request(*, email: str, language: str = "en", actor=None) -> Subscription:
    """Asks for the ITS update: sends a confirmation link; nothing is sent until it is followed.

    Asking again resends the link; an active subscriber is left as is (and learns nothing new:
    the page says the same whatever the address, so nobody can probe who is subscribed).
    """
    email = (email or "").strip().lower()
    validate_email(email)
    language = language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
    subscription, _created = Subscription.objects.get_or_create(email=email, defaults={"language": language})
    if subscription.status != SubscriptionStatus.ACTIVE:
        subscription.status, subscription.language = SubscriptionStatus.PENDING, language
        subscription.save(update_fields=["status", "language"])
        audit_record(actor=actor, action="subscription.request", obj=subscription)
        transaction.on_commit(lambda: _send_confirmation(subscription))
    return subscription


@transaction.atomic
def subscription_confirm(*, token: str) -> Subscription:
    subscription = _subscription_from(token, salt=CONFIRM_SALT, max_age=CONFIRM_MAX_AGE)
    if subscription.status != SubscriptionStatus.ACTIVE:
        subscription.status, subscription.confirmed_at = SubscriptionStatus.ACTIVE, timezone.now()
        subscription.save(update_fields=["status", "confirmed_at"])
        audit_record(actor=None, action="subscription.confirm", obj=subscription)
    return subscription


def subscription_for_unsubscribe(*, token: str) -> Subscription:
    """The subscription an unsubscribe token is for (InvalidToken if altered)."""
    return _subscription_from(token, salt=UNSUBSCRIBE_SALT)


@transaction.atomic
def subscription_unsubscribe(*, token: str) -> Subscription:
    """Stops the ITS update for the token's subscription only; no sign-in needed, safe to repeat."""
    subscription = _subscription_from(token, salt=UNSUBSCRIBE_SALT)
    if subscription.status != SubscriptionStatus.UNSUBSCRIBED:
        subscription.status, subscription.unsubscribed_at = SubscriptionStatus.UNSUBSCRIBED, timezone.now()
        subscription.save(update_fields=["status", "unsubscribed_at"])
        audit_record(actor=None, action="subscription.unsubscribe", obj=subscription)
    return subscription
