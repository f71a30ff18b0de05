from modeltranslation.translator import TranslationOptions, register

from pkhub.eguide.models import Choice, Module, Question, Section, SectionLink, Unit


@register(Module)
class ModuleTranslation(TranslationOptions):
    fields = ("title", "intro")


@register(Section)
class SectionTranslation(TranslationOptions):
    fields = ("title", "body", "why")


@register(SectionLink)
class SectionLinkTranslation(TranslationOptions):
    fields = ("label",)


@register(Unit)
class UnitTranslation(TranslationOptions):
    fields = ("name", "function", "head_title")


@register(Question)
class QuestionTranslation(TranslationOptions):
    fields = ("text", "explanation")


@register(Choice)
class ChoiceTranslation(TranslationOptions):
    fields = ("text",)
