from modeltranslation.translator import TranslationOptions, register

from pkhub.community.models import Community


@register(Community)
class CommunityTranslation(TranslationOptions):
    fields = ("name", "description")
