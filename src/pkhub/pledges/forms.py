"""Forms of the pledging pages: they parse input; the services decide."""

from django import forms
from django.utils.translation import gettext_lazy as _

from pkhub.accounts.models import MemberState
from pkhub.pledges.choices import Category, Level, RequirementKind, UnitType
from pkhub.pledges.models import Requirement
from pkhub.pledges.services import GUIDE_FINANCIAL_REASON


class RequirementChoice(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.code} · {obj.title}"


class PledgeForm(forms.Form):
    """The Member State pledge form: one contribution category, what is pledged, and the requirements it answers."""

    lead_state = forms.ModelChoiceField(MemberState.objects.all(), label=_("Lead Member State"), required=False)
    category = forms.ChoiceField(
        label=_("Contribution category"), choices=Category.choices,
        help_text=_("Financial requests are not pledges: %(reason)s") % {"reason": GUIDE_FINANCIAL_REASON},
    )
    title = forms.CharField(label=_("Title"), max_length=200)
    description = forms.CharField(label=_("Pledge description"), widget=forms.Textarea(attrs={"rows": 6}),
                                  max_length=20000)
    quantity = forms.IntegerField(label=_("Quantity"), min_value=0, max_value=1_000_000, required=False)
    unit_type = forms.ChoiceField(label=_("Capability pledged"), choices=[("", "—"), *UnitType.choices],
                                  required=False)
    timeline = forms.CharField(label=_("Timeline"), max_length=200, required=False,
                               help_text=_("When it will be delivered, e.g. 'deployable from January 2026'."))
    partners = forms.ModelMultipleChoiceField(
        MemberState.objects.all(), label=_("Partner Member States (bilateral or triangular pledge)"), required=False,
        widget=forms.SelectMultiple(attrs={"size": 6}),
    )
    requirements = RequirementChoice(Requirement.objects.none(), label=_("Requirements addressed"), required=False,
                                     widget=forms.SelectMultiple(attrs={"size": 12}))
    revision = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, ministerial, officer: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["requirements"].queryset = Requirement.objects.filter(ministerial=ministerial).order_by("position")
        if officer:
            self.fields["lead_state"].required = True
        else:
            del self.fields["lead_state"]


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 3}), max_length=5000)


class NoteForm(forms.Form):
    note = forms.CharField(label=_("Note"), widget=forms.Textarea(attrs={"rows": 3}), max_length=5000,
                           required=False)


class ProgressForm(forms.Form):
    text = forms.CharField(label=_("Progress"), widget=forms.Textarea(attrs={"rows": 4}), max_length=20000)
    percent_done = forms.IntegerField(label=_("Per cent done"), min_value=0, max_value=100)
    fulfilled = forms.BooleanField(label=_("The pledge is fulfilled"), required=False)


class RequirementForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=300)
    subsection = forms.CharField(label=_("Subsection"), max_length=200, required=False)
    description = forms.CharField(label=_("Description"), widget=forms.Textarea(attrs={"rows": 6}), required=False,
                                  max_length=20000)
    kind = forms.ChoiceField(label=_("Kind"), choices=RequirementKind.choices)
    category = forms.ChoiceField(label=_("Contribution category"), choices=Category.choices)
    missions = forms.CharField(label=_("Missions"), required=False, max_length=300,
                               help_text=_("Separated by commas, e.g. MINUSCA, UNMISS."))
    quantity = forms.IntegerField(label=_("Quantity needed"), min_value=0, max_value=1_000_000, required=False)
    target = forms.CharField(label=_("Target"), max_length=200, required=False)

    def clean_missions(self):
        names = [name.strip().upper() for name in self.cleaned_data["missions"].split(",")]
        return [name for name in names if name]


class UnitForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200)
    unit_type = forms.ChoiceField(label=_("Unit type"), choices=UnitType.choices)
    strength = forms.IntegerField(label=_("Strength"), min_value=1, max_value=10_000)
    women = forms.IntegerField(label=_("Women in the unit"), min_value=0, max_value=10_000)
    state = forms.ModelChoiceField(MemberState.objects.all(), label=_("Member State"), required=False)
    revision = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, officer: bool, editing: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if editing:
            del self.fields["unit_type"]
            del self.fields["state"]
        elif officer:
            self.fields["state"].required = True
        else:
            del self.fields["state"]


class LevelForm(forms.Form):
    level = forms.ChoiceField(label=_("New PCRS level"), choices=Level.choices)
    assessment_visit_on = forms.DateField(label=_("Date of the assessment and advisory visit"), required=False,
                                          widget=forms.DateInput(attrs={"type": "date"}))
    load_list_checked = forms.BooleanField(label=_("Equipment checked against the load list"), required=False)
    note = forms.CharField(label=_("Note"), widget=forms.Textarea(attrs={"rows": 2}), max_length=5000, required=False)
    revision = forms.IntegerField(widget=forms.HiddenInput, required=False)
