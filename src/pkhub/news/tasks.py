"""Sending an ITS update: one message per subscriber, in batches, from background tasks."""

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task

from pkhub.news import selectors
from pkhub.news.models import Delivery, NewsletterIssue, Subscription, SubscriptionStatus
from pkhub.news.subscriptions import absolute, unsubscribe_url

logger = logging.getLogger(__name__)
BATCH_SIZE = 50


def newsletter_message(*, issue: NewsletterIssue, subscription: Subscription) -> EmailMultiAlternatives:
    """The issue for one subscriber: a plain-text and an HTML part, links only, their address alone in To."""
    with translation.override(subscription.language):
        unsubscribe = unsubscribe_url(subscription)
        context = {
            "issue": issue,
            "sections": selectors.issue_sections(issue),
            "page_url": absolute(issue.get_absolute_url()),
            "site_url": settings.SITE_URL.rstrip("/"),
            "unsubscribe_url": unsubscribe,
            "lang": translation.get_language(),
        }
        message = EmailMultiAlternatives(
            subject=str(issue),
            body=render_to_string("news/email/issue.txt", context),
            to=[subscription.email],
            headers={
                # RFC 2369 and RFC 8058: mail clients show an "Unsubscribe" button that POSTs here.
                "List-Unsubscribe": f"<{unsubscribe}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                "List-Id": _("ITS update") + " <its-update.peacekeeping-resource-hub>",
            },
        )
        message.attach_alternative(render_to_string("news/email/issue.html", context), "text/html")
    return message


def _send_batch(issue_id: int, subscription_ids: list[int]) -> int:
    issue = selectors.issue_get(number=NewsletterIssue.objects.get(pk=issue_id).number)
    sent = 0
    subscriptions = Subscription.objects.filter(pk__in=subscription_ids, status=SubscriptionStatus.ACTIVE)
    with get_connection(fail_silently=False) as connection:
        for subscription in subscriptions:
            try:
                with transaction.atomic():
                    delivery = Delivery.objects.create(issue=issue, subscription=subscription)
            except IntegrityError:
                continue  # already sent (a task run twice): never send twice
            try:
                connection.send_messages([newsletter_message(issue=issue, subscription=subscription)])
                delivery.sent_at = timezone.now()
                sent += 1
            except Exception as exc:  # one bad address must not stop the batch
                logger.warning("ITS update %s to subscription %s failed: %s", issue.number, subscription.pk, exc)
                delivery.error = str(exc)[:300]
            delivery.save(update_fields=["sent_at", "error"])
    return sent


@task()
def newsletter_send_batch(issue_id: int, subscription_ids: list[int]) -> int:
    """Sends the issue to these subscribers (those still active, not yet sent to)."""
    return _send_batch(issue_id, subscription_ids)


def newsletter_send_enqueue(*, issue_id: int) -> int:
    """Queues one task per batch of confirmed subscribers; returns how many batches."""
    ids = list(Subscription.objects.filter(status=SubscriptionStatus.ACTIVE).exclude(deliveries__issue_id=issue_id).order_by("pk").values_list("pk", flat=True))
    batches = [ids[i : i + BATCH_SIZE] for i in range(0, len(ids), BATCH_SIZE)]
    for batch in batches:
        newsletter_send_batch.enqueue(issue_id, batch)
    return len(batches)
