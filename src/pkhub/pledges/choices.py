"""The fixed vocabularies of pledging, in the pledging guide's own words."""

from decimal import Decimal

from django.db import models
from django.utils.translation import gettext_lazy as _


class Category(models.TextChoices):
    """The ten contribution categories of the Member State pledge form, in the form's order."""

    UNIFORMED = "uniformed", _("Uniformed capabilities")
    TRAINING = "training", _("Peacekeeping Training, Capacity Building, and Partnerships")
    SAFETY = "safety", _("Safety and Security of Peacekeepers, including medical")
    CONDUCT = "conduct", _("Conduct")
    ENVIRONMENT = "environment", _("Environment")
    WPS = "wps", _("Women, Peace and Security")
    TECHNOLOGY = "technology", _("Technology")
    COMMUNICATIONS = "communications", _("Strategic Communications and Information integrity")
    FUNDING = "funding", _("Funding")
    OTHER = "other", _("Other")


class Section(models.TextChoices):
    """The sections of the guide's comprehensive list of potential pledges."""

    UNIFORMED = "uniformed", _("Uniformed Capabilities")
    INTEGRATION = "integration", _("Strategic and operational integration")
    SAFETY = "safety", _("Safety and security of peacekeepers")
    SUPPORT = "support", _("Effective support operations")
    CLIMATE = "climate", _("Climate adaptation")
    PERFORMANCE = "performance", _("Performance Evaluation and Enhancing Responsiveness to Local Contexts")
    CONDUCT = "conduct", _("Conduct and Discipline")
    ENVIRONMENT = "environment", _("Environment")
    COMMUNICATIONS = "communications", _("Strategic Communications")
    WPS = "wps", _("Women, Peace and Security")
    TECHNOLOGY = "technology", _("Data-driven and technology-enabled peacekeeping")
    TRAINING = "training", _("Peacekeeping Training, Capacity Building, and Partnerships")


# The form category a requirement of each section is pledged under, unless the record says otherwise.
SECTION_CATEGORY = {
    Section.UNIFORMED: Category.UNIFORMED,
    Section.INTEGRATION: Category.OTHER,
    Section.SAFETY: Category.SAFETY,
    Section.SUPPORT: Category.SAFETY,
    Section.CLIMATE: Category.ENVIRONMENT,
    Section.PERFORMANCE: Category.OTHER,
    Section.CONDUCT: Category.CONDUCT,
    Section.ENVIRONMENT: Category.ENVIRONMENT,
    Section.COMMUNICATIONS: Category.COMMUNICATIONS,
    Section.WPS: Category.WPS,
    Section.TECHNOLOGY: Category.TECHNOLOGY,
    Section.TRAINING: Category.TRAINING,
}


class RequirementKind(models.TextChoices):
    UNIT = "unit", _("Unit")
    EQUIPMENT = "equipment", _("Equipment")
    EXPERTISE = "expertise", _("Expertise")
    TRAINING = "training", _("Training")
    HOSTING = "hosting", _("Hosting")
    TRANSLATION = "translation", _("Translation")
    OTHER = "other", _("Other")


class PledgeStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    RETURNED = "returned", _("Returned")
    VALIDATED = "validated", _("Validated")
    ANNOUNCED = "announced", _("Announced")
    IN_IMPLEMENTATION = "in-implementation", _("In implementation")
    FULFILLED = "fulfilled", _("Fulfilled")
    WITHDRAWN = "withdrawn", _("Withdrawn")

    @classmethod
    def public(cls) -> tuple[str, ...]:
        """Announced pledges and what follows from them: everyone may see these."""
        return (cls.ANNOUNCED, cls.IN_IMPLEMENTATION, cls.FULFILLED)

    @classmethod
    def editable(cls) -> tuple[str, ...]:
        """A state may still change what these say."""
        return (cls.DRAFT, cls.RETURNED)

    @classmethod
    def pledged(cls) -> tuple[str, ...]:
        """Counted as pledged in the coverage of a requirement."""
        return (cls.SUBMITTED, cls.VALIDATED, *cls.public())

    @classmethod
    def validated(cls) -> tuple[str, ...]:
        return (cls.VALIDATED, *cls.public())


class Personnel(models.TextChoices):
    """The categories of the Uniformed Gender Parity Strategy targets for 2025 (pledging guide)."""

    EXPERTS_STAFF = "unmem-so", _("Military experts on mission and staff officers")
    CONTINGENT = "contingent", _("Contingent troops")
    IPO = "ipo", _("Individual police officers")
    FPU = "fpu", _("Formed police units")
    JUSTICE_CORRECTIONS = "justice-corrections", _("Justice and corrections government-provided personnel")
    ENGAGEMENT_PLATOON = "engagement-platoon", _("Engagement platoons")
    NONE = "none", _("No target")


# Minimum share of women the guide asks for in each category by 2025.
GENDER_TARGETS = {
    Personnel.EXPERTS_STAFF: Decimal("0.22"),
    Personnel.CONTINGENT: Decimal("0.12"),
    Personnel.IPO: Decimal("0.25"),
    Personnel.FPU: Decimal("0.15"),
    Personnel.JUSTICE_CORRECTIONS: Decimal("0.30"),
    Personnel.ENGAGEMENT_PLATOON: Decimal("0.50"),
}


class UnitType(models.TextChoices):
    INFANTRY_BATTALION = "infantry-battalion", _("Infantry battalion")
    QRF_COMPANY = "qrf-company", _("Quick reaction force company")
    ATTACK_HELICOPTER = "attack-helicopter-unit", _("Attack and armed helicopter unit")
    MEDIUM_UTILITY_HELICOPTER = "medium-utility-helicopter-unit", _("Medium utility helicopter unit")
    FIXED_WING = "fixed-wing-unit", _("Fixed wing airlift unit")
    ENGINEERING_COMPANY = "engineering-company", _("Engineering company")
    LEVEL_2_HOSPITAL = "level-2-hospital", _("Level 2 hospital")
    ENGAGEMENT_PLATOON = "engagement-platoon", _("Engagement platoon")
    FORMED_POLICE_UNIT = "formed-police-unit", _("Formed police unit")
    STAFF_OFFICERS = "staff-officers", _("Staff officers")
    MILITARY_EXPERTS = "military-experts", _("Military experts on mission")
    INDIVIDUAL_POLICE = "individual-police-officers", _("Individual police officers")
    JUSTICE_CORRECTIONS = "justice-corrections", _("Justice and corrections personnel")
    TRAINING = "training", _("Training pledge (mobile training team)")


UNIT_PERSONNEL = {
    UnitType.INFANTRY_BATTALION: Personnel.CONTINGENT,
    UnitType.QRF_COMPANY: Personnel.CONTINGENT,
    UnitType.ATTACK_HELICOPTER: Personnel.CONTINGENT,
    UnitType.MEDIUM_UTILITY_HELICOPTER: Personnel.CONTINGENT,
    UnitType.FIXED_WING: Personnel.CONTINGENT,
    UnitType.ENGINEERING_COMPANY: Personnel.CONTINGENT,
    UnitType.LEVEL_2_HOSPITAL: Personnel.CONTINGENT,
    UnitType.ENGAGEMENT_PLATOON: Personnel.ENGAGEMENT_PLATOON,
    UnitType.FORMED_POLICE_UNIT: Personnel.FPU,
    UnitType.STAFF_OFFICERS: Personnel.EXPERTS_STAFF,
    UnitType.MILITARY_EXPERTS: Personnel.EXPERTS_STAFF,
    UnitType.INDIVIDUAL_POLICE: Personnel.IPO,
    UnitType.JUSTICE_CORRECTIONS: Personnel.JUSTICE_CORRECTIONS,
    UnitType.TRAINING: Personnel.NONE,
}

# "A Registered pledge (e.g. for Staff Officers, IPOs and training pledges) is one for which the
# various PCRS Levels are not relevant."
REGISTERED_ONLY = frozenset(
    {
        UnitType.STAFF_OFFICERS,
        UnitType.MILITARY_EXPERTS,
        UnitType.INDIVIDUAL_POLICE,
        UnitType.JUSTICE_CORRECTIONS,
        UnitType.TRAINING,
    }
)


class Level(models.TextChoices):
    """The PCRS levels (pledging guide, footnote 3)."""

    LEVEL_1 = "1", _("Level 1")
    LEVEL_2 = "2", _("Level 2")
    LEVEL_3 = "3", _("Level 3")
    RDL = "rdl", _("Rapid Deployment Level")
    REGISTERED = "registered", _("Registered")


LEVEL_ORDER = [Level.LEVEL_1, Level.LEVEL_2, Level.LEVEL_3, Level.RDL]

LEVEL_MEANING = {
    Level.LEVEL_1: _("A pledge of a formed unit with all the required information was accepted in the system."),
    Level.LEVEL_2: _(
        "The pledge received a successful assessment and advisory visit and the unit assessed is deemed capable "
        "for a potential deployment within 180 days from the acceptance of an invitation."
    ),
    Level.LEVEL_3: _(
        "The pledged capability has the contingent-owned equipment and personnel in alignment with the generic UN "
        "statement of unit requirement, this equipment is accurately reflected in a load list, and it is estimated "
        "ready for deployment within 120 days from the acceptance of an invitation."
    ),
    Level.RDL: _(
        "The unit has been pledged and verified as ready for deployment to any UN field mission within 60 days of "
        "a formal invitation from the Secretariat."
    ),
    Level.REGISTERED: _(
        "A pledge (e.g. for staff officers, individual police officers and training pledges) for which the "
        "various PCRS levels are not relevant."
    ),
}

# Days from the acceptance of an invitation (or a formal invitation, for the RDL) to deployment.
READINESS_DAYS = {Level.LEVEL_2: 180, Level.LEVEL_3: 120, Level.RDL: 60}
