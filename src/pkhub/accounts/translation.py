from modeltranslation.translator import TranslationOptions, register

from pkhub.accounts.models import MemberState


@register(MemberState)
class MemberStateTranslation(TranslationOptions):
    fields = ("name",)
