from django import forms
from django.utils.translation import gettext_lazy as _


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        if isinstance(data, (list, tuple)):
            return [super(MultipleFileField, self).clean(d, initial) for d in data]
        return [super().clean(data, initial)] if data else []


class JoinForm(forms.Form):
    display_name = forms.CharField(
        label=_("Sign your posts as"), max_length=120,
        help_text=_("Your organisation's or team's name, e.g. a training centre. Your e-mail address is never shown."),
    )


class ThreadForm(forms.Form):
    title = forms.CharField(label=_("Subject"), max_length=200)
    body = forms.CharField(label=_("Message"), widget=forms.Textarea(attrs={"rows": 6}), max_length=20_000,
                           help_text=_("Write @handle to mention a member: they are told in their e-mail digest."))
    files = MultipleFileField(label=_("Attach files (PDF, Word, PowerPoint, HTML, text)"), required=False)


class ReplyForm(forms.Form):
    body = forms.CharField(label=_("Your reply"), widget=forms.Textarea(attrs={"rows": 5}), max_length=20_000)
    files = MultipleFileField(label=_("Attach files (PDF, Word, PowerPoint, HTML, text)"), required=False)


class CommentForm(forms.Form):
    body = forms.CharField(label=_("Your comment on this draft"), widget=forms.Textarea(attrs={"rows": 5}), max_length=20_000)
