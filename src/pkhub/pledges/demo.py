"""Demo data of pledging: the Accra 2023 and Berlin 2025 ministerials, the Berlin requirements catalogue.

Berlin's timeline is the pledging guide's (preparatory meetings, deadline 6 May 2025, an implementation
meeting about six months after the Ministerial of 13-14 May 2025). Accra 2023 (5-6 December 2023,
hosted by Ghana) is there as the earlier ministerial, with a few announced demo pledges, so a
capability pledged again at Berlin is flagged.
"""

import datetime
from dataclasses import dataclass, field

from django.db import transaction

from pkhub.accounts.models import MemberState
from pkhub.pledges.catalogue import BERLIN_2025
from pkhub.pledges.catalogue.i18n import translated_fields
from pkhub.pledges.choices import SECTION_CATEGORY, Category, PledgeStatus, RequirementKind, Section, UnitType
from pkhub.pledges.models import Ministerial, Pledge, PledgeEvent, PreparatoryMeeting, Requirement

D = datetime.date

BERLIN = dict(
    slug="berlin-2025", name="UN Peacekeeping Ministerial 2025, Berlin", city="Berlin", host="DEU",
    starts_on=D(2025, 5, 13), ends_on=D(2025, 5, 14), submission_deadline=D(2025, 5, 6),
    implementation_meeting_on=D(2025, 11, 14), implementation_meeting_approximate=True,
)
ACCRA = dict(
    slug="accra-2023", name="UN Peacekeeping Ministerial 2023, Accra", city="Accra", host="GHA",
    starts_on=D(2023, 12, 5), ends_on=D(2023, 12, 6), submission_deadline=None,
    implementation_meeting_on=None, implementation_meeting_approximate=True,
)
# The pledging guide's timeline: city, dates, theme, co-hosts.
BERLIN_MEETINGS = [
    ("Montevideo", D(2024, 12, 10), D(2024, 12, 11),
     "Capacity-building, Partnerships and the Future of Peacekeeping", ("JPN", "GBR", "URY")),
    ("Jakarta", D(2025, 2, 4), D(2025, 2, 5),
     "The Future of Peacekeeping, New Models and Related Capabilities", ("BGD", "IDN", "NLD", "USA")),
    ("Islamabad", D(2025, 4, 15), D(2025, 4, 16),
     "Towards a safer and more effective peacekeeping: Use of technology and Integrated approach", ("PAK", "KOR")),
]
# Accra's catalogue is not transcribed here: a few requirements, enough for earlier pledges to point at.
ACCRA_REQUIREMENTS = [
    ("A-01", Section.UNIFORMED, "Medium utility helicopter units", RequirementKind.UNIT,
     UnitType.MEDIUM_UTILITY_HELICOPTER),
    ("A-02", Section.UNIFORMED, "Quick reaction force companies", RequirementKind.UNIT, UnitType.QRF_COMPANY),
    ("A-03", Section.TRAINING, "Mobile training teams for pre-deployment training", RequirementKind.TRAINING, ""),
]
ACCRA_PLEDGES = [
    ("BRA", "A-01", "Medium utility helicopter unit", UnitType.MEDIUM_UTILITY_HELICOPTER, PledgeStatus.IN_IMPLEMENTATION),
    ("RWA", "A-02", "Quick reaction force company", UnitType.QRF_COMPANY, PledgeStatus.FULFILLED),
    ("NOR", "A-03", "Mobile training team for convoy operations", "", PledgeStatus.ANNOUNCED),
]


# Announced Berlin pledges and PCRS units, so the public list and the dashboards have something to show.
BERLIN_PLEDGES = [
    ("BRA", "UC-04", "Medium utility helicopter unit", UnitType.MEDIUM_UTILITY_HELICOPTER, Category.UNIFORMED,
     "A medium utility helicopter unit of three aircraft, deployable from 2026."),
    ("IDN", "WPS-15", "Engagement platoon with 50% women", UnitType.ENGAGEMENT_PLATOON, Category.WPS,
     "An engagement platoon of 30, half of them women, for a mission with a protection of civilians mandate."),
    ("JPN", "TR-33", "Translation of the STM for UN Infantry Battalions", "", Category.TRAINING,
     "Translation of the STM for UN Infantry Battalions into Arabic and Russian, with professional proofreading."),
]
BERLIN_UNITS = [
    ("BRA", "Brazilian medium utility helicopter unit", UnitType.MEDIUM_UTILITY_HELICOPTER, 120, 14, "2"),
    ("IDN", "Indonesian engagement platoon", UnitType.ENGAGEMENT_PLATOON, 30, 15, "1"),
    ("RWA", "Rwandan infantry battalion", UnitType.INFANTRY_BATTALION, 850, 94, "rdl"),
    ("URY", "Uruguayan individual police officers", UnitType.INDIVIDUAL_POLICE, 20, 6, "registered"),
]


@dataclass
class DemoReport:
    ministerials: int = 0
    meetings: int = 0
    requirements: int = 0
    pledges: int = 0
    translated: int = 0  # requirements given a translation they lacked
    notes: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.ministerials or self.meetings or self.requirements or self.pledges or self.translated)


def _ministerial(spec: dict, report: DemoReport) -> Ministerial:
    values = {**spec, "host": MemberState.objects.get(iso3=spec["host"])}
    slug = values.pop("slug")
    ministerial, created = Ministerial.objects.get_or_create(slug=slug, defaults=values)
    report.ministerials += created
    return ministerial


def _requirement_values(record, position: int) -> dict:
    return dict(
        position=position, section=record.section, subsection=record.subsection, subsection_en=record.subsection,
        title=record.title, title_en=record.title, description=record.description,
        description_en=record.description, kind=record.kind,
        category=record.category or SECTION_CATEGORY[Section(record.section)],
        missions=list(record.missions), quantity=record.quantity, target=record.target,
        capability=record.capability, library_slug=record.library_slug, languages=list(record.languages),
        fundable=record.fundable, source_quote=record.quote[:200], **translated_fields(record.code, record.subsection),
    )


def _fill_missing_translations(ministerial: Ministerial, subsections: dict[str, str]) -> int:
    """Gives requirements loaded before their translation existed its title and subheading (by code →
    English subheading); a translation already there, perhaps edited, is left as it is."""
    changed, names = [], set()
    for requirement in Requirement.objects.filter(ministerial=ministerial, code__in=subsections):
        fields = {name: value for name, value in translated_fields(requirement.code, subsections[requirement.code]).items()
                  if not getattr(requirement, name)}
        for name, value in fields.items():
            setattr(requirement, name, value)
        if fields:
            changed.append(requirement)
            names |= fields.keys()
    if changed:
        Requirement.objects.bulk_update(changed, sorted(names))
    return len(changed)


@transaction.atomic
def demo_load() -> DemoReport:
    """Loads what is missing; what is already there (and may have been edited) is left as it is."""
    report = DemoReport()
    berlin = _ministerial(BERLIN, report)
    accra = _ministerial(ACCRA, report)
    for city, starts, ends, theme, hosts in BERLIN_MEETINGS:
        meeting, created = PreparatoryMeeting.objects.get_or_create(
            ministerial=berlin, city=city, defaults=dict(starts_on=starts, ends_on=ends, theme=theme))
        if created:
            meeting.co_hosts.set(MemberState.objects.filter(iso3__in=hosts))
            report.meetings += 1
    have = set(Requirement.objects.filter(ministerial=berlin).values_list("code", flat=True))
    new = [
        Requirement(ministerial=berlin, code=record.code, **_requirement_values(record, position))
        for position, record in enumerate(BERLIN_2025, start=1) if record.code not in have
    ]
    Requirement.objects.bulk_create(new)
    report.requirements += len(new)
    for position, (code, section, title, kind, capability) in enumerate(ACCRA_REQUIREMENTS, start=1):
        _, created = Requirement.objects.get_or_create(
            ministerial=accra, code=code,
            defaults=dict(position=position, section=section, title=title, title_en=title, kind=kind,
                          category=SECTION_CATEGORY[section], capability=capability, **translated_fields(code)))
        report.requirements += created
    report.translated = _fill_missing_translations(berlin, {record.code: record.subsection for record in BERLIN_2025})
    report.translated += _fill_missing_translations(accra, {code: "" for code, *_ in ACCRA_REQUIREMENTS})
    for iso3, code, title, unit_type, status in ACCRA_PLEDGES:
        reference = f"ACCRA-2023-{iso3}-001"
        if Pledge.objects.filter(reference=reference).exists():
            continue
        pledge = Pledge.objects.create(
            reference=reference, ministerial=accra, lead_state=MemberState.objects.get(iso3=iso3),
            category=Category.UNIFORMED if unit_type else Category.TRAINING, title=title,
            description=f"{title} (demo pledge of the Accra Ministerial).", unit_type=unit_type, status=status,
            announced_at=datetime.datetime(2023, 12, 6, 12, tzinfo=datetime.timezone.utc),
        )
        pledge.requirements.set(Requirement.objects.filter(ministerial=accra, code=code))
        PledgeEvent.objects.create(pledge=pledge, actor_label="demo", from_status="", to_status=status,
                                   note="Loaded as demo data.")
        report.pledges += 1
    report.pledges += _berlin_pledges(berlin)
    return report


def _berlin_pledges(berlin: Ministerial) -> int:
    from pkhub.pledges.models import LevelChange, Unit
    from pkhub.pledges.services.pledges import _find_repeat

    created = 0
    for iso3, code, title, unit_type, category, description in BERLIN_PLEDGES:
        reference = f"BERLIN-2025-{iso3}-001"
        if Pledge.objects.filter(reference=reference).exists():
            continue
        pledge = Pledge.objects.create(
            reference=reference, ministerial=berlin, lead_state=MemberState.objects.get(iso3=iso3), category=category,
            title=title, description=description, unit_type=unit_type, status=PledgeStatus.ANNOUNCED,
            timeline="2026", announced_at=datetime.datetime(2025, 5, 14, 11, tzinfo=datetime.timezone.utc))
        pledge.requirements.set(Requirement.objects.filter(ministerial=berlin, code=code))
        pledge.repeat_of = _find_repeat(pledge)
        pledge.save(update_fields=["repeat_of"])
        PledgeEvent.objects.create(pledge=pledge, actor_label="demo", from_status="", to_status=pledge.status,
                                   note="Loaded as demo data.")
        created += 1
    for iso3, name, unit_type, strength, women, level in BERLIN_UNITS:
        unit, made = Unit.objects.get_or_create(name=name, defaults=dict(
            state=MemberState.objects.get(iso3=iso3), unit_type=unit_type, strength=strength, women=women,
            level=level, level_since=datetime.date(2025, 5, 14)))
        if made:
            LevelChange.objects.create(
                unit=unit, actor_label="demo", from_level="", to_level=level, note="Loaded as demo data.",
                assessment_visit_on=datetime.date(2025, 3, 10) if level in ("2", "3", "rdl") else None,
                load_list_checked=level in ("3", "rdl"))
    return created
