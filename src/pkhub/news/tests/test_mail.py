"""Sending the ITS update: one message per subscriber, both parts, unsubscribe headers; over locmem and real SMTP."""

import email
import socket
from email import policy

import pytest
from aiosmtpd.controller import Controller
from django.core import mail

from pkhub.news import services
from pkhub.news.models import Delivery, SubscriptionStatus
from pkhub.news.tasks import newsletter_send_enqueue
from pkhub.news.tests.factories import EditorFactory, SubscriptionFactory, draft_issue

pytestmark = pytest.mark.django_db(transaction=True)


def _publish():
    issue = draft_issue()
    services.newsletter_publish(actor=EditorFactory(), issue=issue)
    return issue


def test_published_issue_goes_to_each_confirmed_subscriber_alone_with_text_and_html_parts(settings):
    """Each subscriber gets their own message: only their address, a plain-text and an HTML part, links not files."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    first, second = SubscriptionFactory(), SubscriptionFactory(language="fr")
    SubscriptionFactory(status=SubscriptionStatus.PENDING)
    SubscriptionFactory(status=SubscriptionStatus.UNSUBSCRIBED)
    issue = _publish()
    assert sorted(m.to[0] for m in mail.outbox) == sorted([first.email, second.email])
    for message in mail.outbox:
        assert len(message.to) == 1 and not message.cc and not message.bcc
        assert message.attachments == []
        assert message.alternatives[0][1] == "text/html"
        assert "/news/its-update/7/" in message.body and "Course 0" in message.body
        assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        assert "/news/unsubscribe/" in message.extra_headers["List-Unsubscribe"]
    french = next(m for m in mail.outbox if m.to == [second.email])
    assert "/fr/news/unsubscribe/" in french.extra_headers["List-Unsubscribe"]
    assert Delivery.objects.filter(issue=issue, sent_at__isnull=False).count() == 2


def test_sending_twice_never_sends_a_subscriber_the_same_issue_again(settings):
    """A batch run again (a retried task) sends nothing more."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    SubscriptionFactory()
    issue = _publish()
    assert len(mail.outbox) == 1
    assert newsletter_send_enqueue(issue_id=issue.pk) == 0
    assert len(mail.outbox) == 1


def test_subscribers_are_sent_in_batches(settings, monkeypatch):
    """Many subscribers are split into several tasks of BATCH_SIZE."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    monkeypatch.setattr("pkhub.news.tasks.BATCH_SIZE", 2)
    for _i in range(5):
        SubscriptionFactory()
    _publish()
    assert len(mail.outbox) == 5


class _Collector:
    def __init__(self):
        self.envelopes = []

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def smtp_server(settings):
    collector = _Collector()
    controller = Controller(collector, hostname="127.0.0.1", port=_free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", controller.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    yield collector
    controller.stop()


def test_issue_reaches_a_real_smtp_server_one_recipient_per_message_with_both_parts_and_unsubscribe_headers(smtp_server):
    """Over SMTP: one envelope per subscriber, multipart/alternative, List-Unsubscribe headers, nobody else's address."""
    first, second = SubscriptionFactory(), SubscriptionFactory()
    _publish()
    assert len(smtp_server.envelopes) == 2
    for envelope in smtp_server.envelopes:
        assert len(envelope.rcpt_tos) == 1
        own = envelope.rcpt_tos[0]
        other = second.email if own == first.email else first.email
        raw = envelope.content.decode()
        assert other not in raw
        message = email.message_from_string(raw, policy=policy.default)
        assert message["To"] == own and message["Cc"] is None
        assert message.get_content_type() == "multipart/alternative"
        assert [part.get_content_type() for part in message.iter_parts()] == ["text/plain", "text/html"]
        unsubscribe = str(message["List-Unsubscribe"]).strip()  # a long header may be folded
        assert unsubscribe.startswith("<http") and "/news/unsubscribe/" in unsubscribe
        assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        assert "Course 1" in message.get_body(("html",)).get_content()
