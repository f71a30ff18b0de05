from modeltranslation.translator import TranslationOptions, register

from pkhub.news.models import Event, NewsItem, NewsletterIssue, NewsletterItem, NewsletterSection


@register(NewsItem)
class NewsItemTranslation(TranslationOptions):
    fields = ("title", "summary", "body")


@register(Event)
class EventTranslation(TranslationOptions):
    fields = ("title", "body", "city")


@register(NewsletterIssue)
class NewsletterIssueTranslation(TranslationOptions):
    fields = ("intro",)


@register(NewsletterSection)
class NewsletterSectionTranslation(TranslationOptions):
    fields = ("note",)


@register(NewsletterItem)
class NewsletterItemTranslation(TranslationOptions):
    fields = ("title", "body")
