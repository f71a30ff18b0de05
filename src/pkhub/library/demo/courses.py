"""The e-learning courses and training needs assessments of the hub's training page (seed 001).

The page gives them in English only, so they are loaded in English only. Summaries are the page's
own descriptions; the only duration it states is the introductory course's "3-4 hours".
"""

from pkhub.library.demo.catalogue import DemoResource
from pkhub.library.models import Kind

_MANDATORY = "part of the mandatory Mission-Specific Induction Training for UN Peacekeeping Personnel"


def _course(slug, title, summary, *, themes, audiences=("all-personnel",), extra_lines=()):
    return DemoResource(
        slug=slug, kind=Kind.ELEARNING, series="elearning", themes=themes, audiences=audiences,
        versions={"en": (title, summary)}, extra_lines=extra_lines,
    )


def _assessment(slug, title, years, summary, *, themes, audiences):
    return DemoResource(
        slug=slug, kind=Kind.TNA, series="tna", themes=themes, audiences=audiences, edition=years,
        versions={"en": (title, f"Conducted in {years}, {summary}")}, extra_lines=(f"Conducted in {years}.",),
    )


COURSES = [
    _course(
        "elearning-core-values-and-competencies",
        "United Nations Core Values and Competencies",
        f"This online training course, {_MANDATORY}, is intended for all peacekeeping personnel to enhance their "
        "knowledge of the United Nations values and competencies.",
        themes=("peacekeeping-fundamentals", "conduct-and-discipline"),
    ),
    _course(
        "elearning-mission-structures",
        "UN Mission Structures",
        f"This online training course, {_MANDATORY}, discusses the roles of components of the UN peacekeeping "
        "operations, outlines positions of authority, and explains the relationship between the support and "
        "substantive components of a peacekeeping mission.",
        themes=("peacekeeping-fundamentals",),
    ),
    _course(
        "elearning-hiv-and-aids",
        "HIV and AIDS in Peacekeeping Operations",
        f"This online training course, {_MANDATORY}, explores the transmission and means of prevention of HIV and "
        "AIDS, ways of treatment and support in missions, and ways to deal with the stigma associated with HIV and "
        "AIDS.",
        themes=("health",),
    ),
    _course(
        "elearning-aviation-safety-awareness",
        "UN Aviation Safety Awareness",
        f"This online training course, {_MANDATORY}, covers United Nations mission aviation operations, the "
        "DPKO/DFS Safety Management System and the aviation emergency process, to increase the knowledge and "
        "awareness of all peacekeeping personnel about aviation safety.",
        themes=("safety-and-security",),
    ),
    _course(
        "elearning-integrating-gender",
        "Integrating Gender into Peacekeeping Operations",
        f"This online course, {_MANDATORY}, discusses gender concepts, mandate and policies on gender, and how the "
        "United Nations mainstreams gender into peacekeeping operations.",
        themes=("gender",),
    ),
    _course(
        "elearning-landmines-and-erw",
        "Landmines and Explosives Remnants of War",
        f"This online course on Landmines and Explosive Remnants of War (ERW) and Other Explosive Hazards is "
        f"{_MANDATORY}. It outlines the threats posed by landmines, unexploded ordnance (UXO) and improvised "
        "explosive devices (IEDs) to United Nations staff, peacekeepers and aid workers in mine-affected areas, and "
        "the actions being taken to mitigate these threats.",
        themes=("mine-action", "safety-and-security"),
    ),
    _course(
        "elearning-peacekeeping-introduction",
        "United Nations Peacekeeping Operations: An Introduction",
        "A 3-4 hours self-paced course to introduce newly appointed personnel to UN peacekeeping operations: the "
        "evolution of peacekeeping, its composition, decision-making bodies and mandates. For all personnel of UN "
        "peacekeeping missions, including international and national civilian staff, United Nations Volunteers, "
        "military and UN police.",
        themes=("peacekeeping-fundamentals",),
        audiences=("all-personnel", "civilian", "military", "police"),
        extra_lines=("Duration: 3-4 hours, self-paced.",),
    ),
]

ASSESSMENTS = [
    _assessment(
        "tna-formed-police-unit-command-staff",
        "Formed Police Unit Command Staff Training Needs Assessment",
        "2017-18",
        "to identify training needs of commanders and command staff of Formed Police Units (FPUs) and gaps in "
        "pre-deployment training of FPU command staff.",
        themes=("policing", "training-methodology"),
        audiences=("police",),
    ),
    _assessment(
        "tna-protection-of-civilians",
        "Protection of Civilians Training Needs Assessment",
        "2016-17",
        "to identify performance gaps in the implementation of the UN Protection of Civilians (POC) mandate and "
        "where implementation can be strengthened through training in peacekeeping missions, and to recommend a "
        "coherent and coordinated POC training strategy to address the gaps.",
        themes=("protection-of-civilians", "training-methodology"),
        audiences=("all-personnel",),
    ),
    _assessment(
        "tna-global-peacekeeping",
        "Global Peacekeeping Training Needs Assessment",
        "2012-13",
        "to determine the knowledge, skills and behaviors required for effective mandate implementation; identify "
        "performance and skills gaps that can be addressed through training; and assess current peacekeeping "
        "training activities and mechanisms.",
        themes=("training-methodology",),
        audiences=("all-personnel", "trainers"),
    ),
]
