from modeltranslation.translator import TranslationOptions, register

from pkhub.pledges.models import Ministerial, Requirement


@register(Ministerial)
class MinisterialTranslation(TranslationOptions):
    fields = ("name",)


@register(Requirement)
class RequirementTranslation(TranslationOptions):
    fields = ("title", "description", "subsection")
