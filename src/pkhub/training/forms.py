"""Forms of the training pages: they parse and label input; the services hold the rules."""

from django import forms
from django.utils.translation import gettext_lazy as _

from pkhub.core.languages import LANGUAGE_CHOICES
from pkhub.training.models import Decision, Gender, Institution
from pkhub.training.services import INSTITUTION_FIELDS, REVIEW_OUTCOMES


class NominationForm(forms.Form):
    candidate_name = forms.CharField(label=_("Candidate's full name"), max_length=200)
    rank = forms.CharField(label=_("Rank or grade"), max_length=100, required=False)
    gender = forms.ChoiceField(label=_("Gender"), choices=Gender.choices, widget=forms.RadioSelect)
    email = forms.EmailField(label=_("Candidate's e-mail address"), max_length=254)
    function = forms.CharField(label=_("Function"), max_length=200, required=False)
    languages = forms.MultipleChoiceField(
        label=_("Languages spoken"), choices=LANGUAGE_CHOICES, widget=forms.CheckboxSelectMultiple, required=False
    )


class ReviewForm(forms.Form):
    outcome = forms.ChoiceField(label=_("Outcome"), choices=[(key, key) for key in REVIEW_OUTCOMES])
    note = forms.CharField(label=_("Note to the focal point"), max_length=500, required=False)


class InstitutionForm(forms.ModelForm):
    class Meta:
        model = Institution
        fields = INSTITUTION_FIELDS


class RecognitionApplyForm(forms.Form):
    course_title = forms.CharField(label=_("Your course's title"), max_length=300)
    package = forms.ChoiceField(label=_("UN training package it delivers"))

    def __init__(self, *args, packages=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.packages = {p.slug: p for p in packages}
        self.fields["package"].choices = [("", "—")] + [(p.slug, str(p)) for p in packages]

    def clean_package(self):
        return self.packages[self.cleaned_data["package"]]


class RecognitionDecideForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"), choices=[(Decision.RECOGNISED, Decision.RECOGNISED.label), (Decision.NOT_RECOGNISED, Decision.NOT_RECOGNISED.label)]
    )
    decided_on = forms.DateField(label=_("Decided on"), widget=forms.DateInput(attrs={"type": "date"}))
    note = forms.CharField(label=_("Note"), max_length=500, required=False)
