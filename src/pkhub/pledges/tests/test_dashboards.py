"""Dashboards: coverage, gender against the guide's 2025 targets, priority translations."""

from django.urls import reverse

from pkhub.pledges.choices import PledgeStatus, RequirementKind, UnitType
from pkhub.pledges.dashboards import gender_by_state
from pkhub.pledges.tests.factories import PledgeFactory, RequirementFactory, UnitFactory, state


def test_gender_rows_compare_each_state_with_the_target_of_its_personnel(db):
    """Contingent troops against 12 %, formed police units against 15 %, engagement platoons against 50 %."""
    units = [
        UnitFactory(state=state("FRA"), unit_type=UnitType.INFANTRY_BATTALION, strength=800, women=104),  # 13 %
        UnitFactory(state=state("FRA"), unit_type=UnitType.FORMED_POLICE_UNIT, strength=140, women=14),  # 10 %
        UnitFactory(state=state("GHA"), unit_type=UnitType.ENGAGEMENT_PLATOON, strength=30, women=15),  # 50 %
    ]
    rows = {row.label: (round(row.share, 2), float(row.target), row.meets) for row in gender_by_state(units)}
    assert rows == {
        "France · Contingent troops": (0.13, 0.12, True),
        "France · Formed police units": (0.1, 0.15, False),
        "Ghana · Engagement platoons": (0.5, 0.5, True),
    }


def test_the_dashboard_draws_charts_as_svg_without_script(client, officer, ministerial, requirement):
    """Coverage and gender charts are inline SVG with a title, next to tables with the same figures."""
    PledgeFactory(ministerial=ministerial, status=PledgeStatus.VALIDATED, requirements=[requirement])
    UnitFactory(state=state("FRA"), strength=100, women=5, name="1st Battalion")
    client.force_login(officer)
    page = client.get(reverse("pledges:dashboard", args=[ministerial.slug])).content.decode()
    assert page.count("<svg") == 4 and "<script" not in page and 'style="' not in page
    assert "Women in each unit against the 2025 target" in page
    assert "5% / 12%" in page  # the unit's share against the contingent troops target


def test_visitors_see_coverage_but_no_units(client, ministerial):
    """Units are not public: a visitor is told to sign in."""
    UnitFactory(name="Hidden battalion")
    page = client.get(reverse("pledges:dashboard", args=[ministerial.slug])).content.decode()
    assert "Hidden battalion" not in page and "sign in" in page


def test_priority_translations_show_what_the_library_still_lacks(client, ministerial):
    """A priority translation linked to a library resource lists its missing languages; others say so."""
    from pkhub.library.tests.factories import LanguageVersionFactory, ResourceFactory

    resource = ResourceFactory(slug="rtp-engagement-platoon", status="published")
    LanguageVersionFactory(resource=resource, lang="fr", title="RTP Section d'engagement")
    RequirementFactory(ministerial=ministerial, section="training", kind=RequirementKind.TRANSLATION,
                       title="RTP Engagement Platoon – All Official UN Languages", library_slug="rtp-engagement-platoon",
                       languages=["ar", "zh", "en", "fr", "ru", "es"])
    RequirementFactory(ministerial=ministerial, section="training", kind=RequirementKind.TRANSLATION,
                       title="UN Senior National Planners Programme – French", languages=["fr"])
    page = client.get(reverse("pledges:dashboard", args=[ministerial.slug])).content.decode()
    assert "Arabic, Chinese, English, Russian, Spanish" in page
    assert "not in the library" in page
