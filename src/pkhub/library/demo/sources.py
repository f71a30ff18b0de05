"""The five source documents themselves, loaded as full-text resources.

Their texts are copied into `demo/sources/` (they are public documents) so that the project does
not depend on anything outside its own tree at run time.

Kinds, and why:
- 000, the "ITS update": a newsletter issue.
- 001 and 002, pages of the hub itself: "other".
- 003, the Pledging Guide for the Berlin Ministerial: "other". It is a conference guide telling
  Member States how and what to pledge, not DPO guidance issued under the Policy and Guidance
  framework; filing it as guidelines would give it a "strongly recommended" compliance level it
  does not carry.
- 004, Module One of the induction e-Guide: "other", for the same reason. It is an orientation
  tool for new Headquarters staff, not a manual that governs how work is done.
"""

from pathlib import Path

from pkhub.library.demo.catalogue import DemoResource
from pkhub.library.models import Kind

SOURCE_DIR = Path(__file__).resolve().parent / "sources"

SOURCES = [
    DemoResource(
        slug="its-update-2023",
        kind=Kind.NEWSLETTER,
        edition="2023",
        themes=("training-methodology",),
        audiences=("trainers", "military", "police"),
        source_file="000_e8cd033566115415.txt",
        versions={
            "en": (
                "ITS Update: newsletter of the Integrated Training Service (2023)",
                "Guidance and training update of the Integrated Training Service: new translations of guidance, "
                "training-of-trainers courses with their dates, venues and calls for nominations, the Light "
                "Coordination Mechanism's survey and lessons-learned calls, and direct access to the CPTM, RTPs "
                "and STMs.",
            ),
        },
    ),
    DemoResource(
        slug="hub-page-peacekeeping-training",
        kind=Kind.OTHER,
        themes=("training-methodology", "peacekeeping-fundamentals"),
        audiences=("all-personnel", "trainers"),
        source_file="001_576660b1c988fcae.txt",
        versions={
            "en": (
                "Peacekeeping Training",
                "The hub's page on peacekeeping training: what it is, the main training services of the Integrated "
                "Training Service, its roles, teams and products, the induction e-Guide, the mandatory e-learning "
                "courses and the training needs assessments.",
            ),
        },
    ),
    DemoResource(
        slug="hub-page-home",
        kind=Kind.OTHER,
        office="dpet",
        themes=("peacekeeping-fundamentals",),
        audiences=("all-personnel",),
        source_file="002_db29e3bd3910e66d.txt",
        versions={
            "en": (
                "Peacekeeping Resource Hub",
                "What the hub is for: the repository of all official DPO and DOS training and guidance materials, "
                "news and communities of practice; and the Policy, Evaluation and Training Division with its "
                "services.",
            ),
        },
    ),
    DemoResource(
        slug="pledging-guide-berlin-2025",
        kind=Kind.OTHER,
        office="sfgc",
        edition="2025",
        themes=("force-generation",),
        audiences=("military", "police"),
        source_file="003_03e5388a5358fccb.txt",
        versions={
            "en": (
                "Pledging Guide for the 2025 Berlin United Nations Peacekeeping Ministerial",
                "How Member States pledge at the 2025 Berlin Peacekeeping Ministerial: the timeline and "
                "preparatory meetings, the pledge form and its contribution categories, the requirements to pledge "
                "against, the Peacekeeping Capability Readiness System levels and the gender targets.",
            ),
        },
    ),
    DemoResource(
        slug="eguide-module-one",
        kind=Kind.OTHER,
        themes=("peacekeeping-fundamentals",),
        audiences=("civilian",),
        source_file="004_da9f2f4d7b16f15c.txt",
        versions={
            "en": (
                "e-Guide, Module One: Introduction to the UN Peace and Security Pillar and Supporting Offices",
                "The first module of the induction e-Guide for new staff at Headquarters: the Departments of Peace "
                "Operations and of Political and Peacebuilding Affairs, the offices of the Department of "
                "Operational Support that support them, and a self-assessment.",
            ),
        },
    ),
]
