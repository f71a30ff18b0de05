"""Writes of the news app: news items, events and ITS update issues (subscribers: subscriptions.py)."""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from pkhub.core.audit import audit_record
from pkhub.news.models import (
    NewsItem,
    NewsletterIssue,
    NewsletterItem,
    NewsletterSection,
    SectionKind,
    Status,
)
from pkhub.news.proposal import changes_since, proposed_sections


def _require(actor, perm: str) -> None:
    if actor is None or not actor.has_perm(perm):
        raise PermissionDenied(_("You may not do this."))


@transaction.atomic
def news_item_save(*, actor, item: NewsItem | None = None, publish: bool = False, **fields) -> NewsItem:
    """Creates or changes a news item; `publish` makes it public now (if it was not already)."""
    _require(actor, "news.edit_news")
    item = item or NewsItem()
    for name, value in fields.items():
        setattr(item, name, value)
    if publish and item.status != Status.PUBLISHED:
        item.status, item.published_at = Status.PUBLISHED, item.published_at or timezone.now()
    item.full_clean()
    item.save()
    audit_record(actor=actor, action="news.save", obj=item, changes={k: str(v) for k, v in fields.items()})
    return item


def _set_translated(obj, field: str, values: dict[str, str]) -> None:
    for suffix, value in values.items():
        setattr(obj, f"{field}_{suffix}", value)


def _fill_section(section: NewsletterSection, proposals: list[dict]) -> None:
    for position, proposal in enumerate(proposals):
        item = NewsletterItem(section=section, position=position, link=proposal["link"], languages=proposal["languages"],
                              source_kind=proposal["source_kind"], source_id=proposal["source_id"])
        _set_translated(item, "title", {k: v[:300] for k, v in proposal["titles"].items()})
        _set_translated(item, "body", proposal["bodies"])
        item.full_clean()
        item.save()


@transaction.atomic
def newsletter_draft_propose(
    *, actor, since: datetime.datetime | datetime.date | None = None, date: datetime.date | None = None
) -> NewsletterIssue:
    """A new draft issue whose sections hold what changed since `since` (default: the last published issue).

    Guidance update and Pre-deployment training materials: new and newly translated public
    materials; Training update: sessions whose call for nominations opened since; Training
    calendar: sessions starting in the next six months; Enhancing peacekeeping: news and events.
    """
    _require(actor, "news.edit_newsletter")
    if since is None:
        last = NewsletterIssue.objects.filter(status=Status.PUBLISHED).order_by("-number").first()
        since = (last.published_at or last.date) if last else datetime.date(2000, 1, 1)
    changes = changes_since(since=since)
    number = (NewsletterIssue.objects.aggregate(n=Max("number"))["n"] or 0) + 1
    issue = NewsletterIssue(number=number, date=date or timezone.localdate(), status=Status.DRAFT, proposed_since=changes.since)
    issue.full_clean(validate_unique=False)
    try:
        with transaction.atomic():
            issue.save()
    except IntegrityError:  # another editor proposed the same number a moment ago
        raise ValidationError(_("Another editor has just started issue %(n)s: open it instead.") % {"n": number}) from None
    for kind, proposals in proposed_sections(changes).items():
        section = NewsletterSection.objects.create(issue=issue, kind=kind)
        _fill_section(section, proposals)
    audit_record(actor=actor, action="newsletter.propose", obj=issue, changes={"since": changes.since.isoformat()})
    return issue


def _editable(issue: NewsletterIssue) -> None:
    if issue.status != Status.DRAFT:
        raise ValidationError(_("A published issue cannot be changed."))


@transaction.atomic
def newsletter_item_save(
    *, actor, section: NewsletterSection, item: NewsletterItem | None = None, lang: str, title: str, body: str = "", link: str = ""
) -> NewsletterItem:
    """Adds an item to a draft's section, or changes one item's text in one language (UI code)."""
    _require(actor, "news.edit_newsletter")
    _editable(section.issue)
    suffix = lang.replace("-", "_")
    if item is None:
        position = (section.items.aggregate(n=Max("position"))["n"] or 0) + 1
        item = NewsletterItem(section=section, position=position)
    if item.section_id != section.pk:
        raise ValidationError(_("This item belongs to another section."))
    setattr(item, f"title_{suffix}", title)
    setattr(item, f"body_{suffix}", body)
    if lang == "en" and not title:
        raise ValidationError({"title": _("The English heading is required.")})
    item.link = link
    item.full_clean()
    item.save()
    audit_record(actor=actor, action="newsletter.item_save", obj=item, changes={"lang": lang, "title": title})
    return item


@transaction.atomic
def newsletter_intro_save(*, actor, issue: NewsletterIssue, lang: str, intro: str) -> NewsletterIssue:
    """Changes the issue's introduction in one language (UI code)."""
    _require(actor, "news.edit_newsletter")
    _editable(issue)
    setattr(issue, f"intro_{lang.replace('-', '_')}", intro)
    issue.full_clean()
    issue.save()
    audit_record(actor=actor, action="newsletter.intro_save", obj=issue, changes={"lang": lang})
    return issue


@transaction.atomic
def newsletter_item_delete(*, actor, item: NewsletterItem) -> None:
    _require(actor, "news.edit_newsletter")
    _editable(item.section.issue)
    audit_record(actor=actor, action="newsletter.item_delete", obj=item, changes={"title": item.title_en})
    item.delete()


@transaction.atomic
def newsletter_publish(*, actor, issue: NewsletterIssue, send: bool = True) -> NewsletterIssue:
    """Publishes a draft as a page; after the commit, queues the e-mail to every confirmed subscriber."""
    _require(actor, "news.publish_newsletter")
    issue = NewsletterIssue.objects.select_for_update().get(pk=issue.pk)
    _editable(issue)
    if not NewsletterItem.objects.filter(section__issue=issue).exists():
        raise ValidationError(_("An issue without any item cannot be published."))
    issue.status, issue.published_at = Status.PUBLISHED, timezone.now()
    issue.save(update_fields=["status", "published_at", "updated_at"])
    audit_record(actor=actor, action="newsletter.publish", obj=issue, changes={"send": send})
    if send:
        from pkhub.news.tasks import newsletter_send_enqueue

        transaction.on_commit(lambda: newsletter_send_enqueue(issue_id=issue.pk))
    return issue


SECTION_KINDS = [kind for kind, _label in SectionKind.choices]
