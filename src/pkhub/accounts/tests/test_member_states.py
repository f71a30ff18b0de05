"""The Member States every install has: the 193, with their region and names in six languages."""

import pycountry
import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.utils import translation

from pkhub.accounts import roles
from pkhub.accounts.member_states import MEMBER_STATES, member_state_rows
from pkhub.accounts.models import MemberState, Region

pytestmark = pytest.mark.django_db

NAME_FIELDS = ("name_en", "name_fr", "name_ar", "name_zh_hans", "name_ru", "name_es")


def test_there_are_exactly_193_member_states():
    """The migration loads all 193 UN Member States, once each."""
    assert MemberState.objects.count() == 193
    assert MemberState.objects.values("iso3").distinct().count() == 193


def test_every_member_state_has_a_valid_region_and_iso_code():
    """Each state sits in one of the five ITS regions and has a real ISO 3166-1 alpha-3 code."""
    valid = {value for value, _label in Region.choices}
    for state in MemberState.objects.all():
        assert state.region in valid, state.iso3
        assert pycountry.countries.get(alpha_3=state.iso3) is not None, state.iso3
    assert set(MemberState.objects.values_list("region", flat=True)) == valid


@pytest.mark.parametrize(
    ("iso3", "region"),
    [("EGY", "africa"), ("MAR", "africa"), ("SAU", "middle-east"), ("IRN", "middle-east"), ("KAZ", "asia-pacific"),
     ("TUR", "europe"), ("GEO", "europe"), ("BRA", "americas"), ("FJI", "asia-pacific"), ("ISR", "middle-east")],
)
def test_regions_follow_the_stated_rule(iso3, region):
    """North Africa is in Africa, the Gulf and Iran in the Middle East, Central Asia in Asia and Pacific."""
    assert MemberState.objects.get(iso3=iso3).region == region


@pytest.mark.parametrize("iso3", ["VAT", "PSE", "TWN", "XKX", "ESH", "HKG"])
def test_non_members_are_absent(iso3):
    """Observer States and territories that are not Member States are not listed."""
    assert not MemberState.objects.filter(iso3=iso3).exists()


@pytest.mark.parametrize(
    ("iso3", "field", "name"),
    [
        ("DEU", "name_fr", "Allemagne"),
        ("KOR", "name_fr", "République de Corée"),
        ("EGY", "name_ar", "مصر"),
        ("SAU", "name_ar", "المملكة العربية السعودية"),
        ("CHN", "name_zh_hans", "中国"),
        ("JPN", "name_zh_hans", "日本"),
        ("RUS", "name_ru", "Российская Федерация"),
        ("DEU", "name_ru", "Германия"),
        ("MEX", "name_es", "México"),
        ("BOL", "name_es", "Bolivia (Estado Plurinacional de)"),
        ("TUR", "name_en", "Türkiye"),
        ("NLD", "name_en", "Netherlands (Kingdom of the)"),
    ],
)
def test_known_names_in_the_six_languages(iso3, field, name):
    """Names are the UN's in each language (from pycountry's catalogues, corrected where the UN differs)."""
    assert getattr(MemberState.objects.get(iso3=iso3), field) == name


def test_every_name_is_filled_in_all_six_languages():
    """No Member State falls back to English for want of a translation field."""
    for state in MemberState.objects.all():
        for field in NAME_FIELDS:
            assert getattr(state, field), (state.iso3, field)


def test_name_follows_the_active_language():
    """The translated `name` shows the French name on a French page."""
    with translation.override("fr"):
        assert str(MemberState.objects.get(iso3="DEU")) == "Allemagne"
    with translation.override("zh-hans"):
        assert MemberState.objects.get(iso3="FRA").name == "法国"


def test_loading_again_changes_nothing():
    """The data migration is idempotent: re-running it neither duplicates nor alters the states."""
    migration = __import__("pkhub.accounts.migrations.0003_member_states_and_roles", fromlist=["load_member_states"])
    before = list(MemberState.objects.order_by("iso3").values("iso3", "region", *NAME_FIELDS))
    migration.load_member_states(apps, None)
    migration.create_role_groups(apps, None)
    after = list(MemberState.objects.order_by("iso3").values("iso3", "region", *NAME_FIELDS))
    assert before == after
    assert Group.objects.filter(name=roles.EDITOR).count() == 1


def test_role_groups_exist():
    """The migration creates one group per role named in roles.py."""
    assert set(Group.objects.values_list("name", flat=True)) >= set(roles.ROLE_LABELS)


def test_data_module_lists_193_distinct_codes():
    """The data module itself holds 193 distinct codes (the migration cannot hide a duplicate)."""
    codes = [iso3 for iso3, _name, _region in MEMBER_STATES]
    assert len(codes) == len(set(codes)) == 193
    assert len(member_state_rows()) == 193
