from django import forms
from django.utils.translation import gettext_lazy as _

from pkhub.accounts.models import MemberState
from pkhub.community.lcm_models import ActivityStatus, Area, RosterKind
from pkhub.core.languages import LANGUAGE_CHOICES


class SurveyForm(forms.Form):
    provides = forms.BooleanField(label=_("My country provides military or police capacity-building support"), required=False)
    provided_areas = forms.MultipleChoiceField(label=_("Areas provided"), choices=Area.choices, required=False, widget=forms.CheckboxSelectMultiple)
    receives = forms.BooleanField(label=_("My country receives capacity-building support"), required=False)
    needed_areas = forms.MultipleChoiceField(label=_("Areas where support is needed"), choices=Area.choices, required=False, widget=forms.CheckboxSelectMultiple)
    activities = forms.CharField(label=_("Activities in the period (who, for whom, when)"), widget=forms.Textarea(attrs={"rows": 4}), required=False, max_length=10_000)
    comments = forms.CharField(label=_("Comments"), widget=forms.Textarea(attrs={"rows": 3}), required=False, max_length=10_000)


class RosterForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=RosterKind.choices)
    name = forms.CharField(label=_("Name"), max_length=200, help_text=_("e.g. Convoy operations mobile training team. No personal names."))
    areas = forms.MultipleChoiceField(label=_("Areas"), choices=Area.choices, widget=forms.CheckboxSelectMultiple)
    languages = forms.MultipleChoiceField(label=_("Languages"), choices=LANGUAGE_CHOICES, required=False, widget=forms.CheckboxSelectMultiple)
    team_size = forms.IntegerField(label=_("Trainers in the team"), min_value=1, max_value=200, required=False)
    available_from = forms.DateField(label=_("Available from"), widget=forms.DateInput(attrs={"type": "date"}))
    available_until = forms.DateField(label=_("Available until"), widget=forms.DateInput(attrs={"type": "date"}))
    contact_email = forms.EmailField(label=_("Contact address (seen by LCM staff only)"), required=False)
    member_state = forms.ModelChoiceField(label=_("Member State"), queryset=MemberState.objects.all())

    def __init__(self, *args, for_any_state: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if not for_any_state:
            # A focal point registers for the state they represent; LCM staff name the state.
            del self.fields["member_state"]


class TrainingRequestForm(forms.Form):
    area = forms.ChoiceField(label=_("Area"), choices=Area.choices)
    wanted_from = forms.DateField(label=_("Wanted from"), widget=forms.DateInput(attrs={"type": "date"}))
    wanted_until = forms.DateField(label=_("Wanted until"), widget=forms.DateInput(attrs={"type": "date"}))
    place = forms.CharField(label=_("Where (a capital or a mission)"), max_length=200, required=False)
    description = forms.CharField(label=_("What is needed"), widget=forms.Textarea(attrs={"rows": 3}), required=False, max_length=5_000)


class LessonsForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=300)
    centre = forms.CharField(label=_("Training centre"), max_length=300)
    mission = forms.CharField(label=_("Mission (e.g. MINUSMA)"), max_length=40, required=False)
    body = forms.CharField(label=_("Lessons, good practices or innovations"), widget=forms.Textarea(attrs={"rows": 8}), max_length=30_000)


class ActivityForm(forms.Form):
    title = forms.CharField(label=_("Activity"), max_length=300)
    area = forms.ChoiceField(label=_("Area"), choices=Area.choices)
    provider = forms.ModelChoiceField(label=_("Provider (Member State)"), queryset=MemberState.objects.all(), required=False)
    provider_other = forms.CharField(label=_("Or provider (organisation)"), max_length=200, required=False)
    recipient = forms.ModelChoiceField(label=_("Recipient (Member State)"), queryset=MemberState.objects.all(), required=False)
    recipient_other = forms.CharField(label=_("Or recipient (mission or organisation)"), max_length=200, required=False)
    start_date = forms.DateField(label=_("Start date"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    end_date = forms.DateField(label=_("End date"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    status = forms.ChoiceField(label=_("Status"), choices=ActivityStatus.choices)
    description = forms.CharField(label=_("Description"), widget=forms.Textarea(attrs={"rows": 3}), required=False, max_length=5_000)
