from django import forms
from django.utils.translation import gettext_lazy as _

from pkhub.news.models import NewsletterItem


class SubscribeForm(forms.Form):
    email = forms.EmailField(label=_("Your e-mail address"), max_length=254)


class NewsletterItemForm(forms.Form):
    title = forms.CharField(label=_("Heading"), max_length=300, required=False)
    body = forms.CharField(label=_("Text"), widget=forms.Textarea(attrs={"rows": 4}), required=False, max_length=20_000)
    link = forms.CharField(label=_("Link"), max_length=300, required=False)

    @classmethod
    def for_item(cls, item: NewsletterItem, lang: str, **kwargs):
        suffix = lang.replace("-", "_")
        initial = {"title": getattr(item, f"title_{suffix}") or "", "body": getattr(item, f"body_{suffix}") or "", "link": item.link}
        return cls(initial=initial, prefix=f"item-{item.pk}", **kwargs)
