from modeltranslation.translator import TranslationOptions, register

from pkhub.library.models import Audience, Office, Series, ThematicArea


@register(ThematicArea)
@register(Audience)
@register(Series)
@register(Office)
class NameTranslation(TranslationOptions):
    fields = ("name",)
