from modeltranslation.translator import TranslationOptions, register

from pkhub.training.models import Course, Partner


@register(Course)
class CourseTranslation(TranslationOptions):
    fields = ("title", "summary")


@register(Partner)
class PartnerTranslation(TranslationOptions):
    fields = ("name",)
