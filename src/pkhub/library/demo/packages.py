"""The CPTM and the Reinforcement Training Packages listed in the ITS update (seed 000).

Each work exists in exactly the languages the newsletter lists for it; English titles are the
newsletter's own wording, the other titles and all summaries are written for the demo.
"""

from pkhub.library.demo.catalogue import DemoResource
from pkhub.library.models import Kind

PACKAGES = [
    DemoResource(
        slug="cptm",
        kind=Kind.CPTM,
        series="cptm",
        themes=("peacekeeping-fundamentals", "protection-of-civilians", "conduct-and-discipline"),
        audiences=("all-personnel", "military", "police", "civilian"),
        versions={
            "en": (
                "UN Core Pre-Deployment Training Materials (CPTM)",
                "The core pre-deployment training standard that Member States deliver to all military, police and "
                "civilian personnel before they serve in a UN peacekeeping operation, in accordance with General "
                "Assembly resolution A/RES/49/37.",
            ),
            "fr": (
                "Supports de formation de base préalable au déploiement des Nations Unies (CPTM)",
                "La norme de formation de base préalable au déploiement que les États Membres dispensent à tout le "
                "personnel militaire, de police et civil avant son affectation dans une opération de maintien de la "
                "paix des Nations Unies, conformément à la résolution A/RES/49/37 de l'Assemblée générale.",
            ),
            "es": (
                "Materiales básicos de capacitación previa al despliegue de las Naciones Unidas (CPTM)",
                "La norma básica de capacitación previa al despliegue que los Estados Miembros imparten a todo el "
                "personal militar, policial y civil antes de prestar servicio en una operación de mantenimiento de la "
                "paz de las Naciones Unidas, de conformidad con la resolución A/RES/49/37 de la Asamblea General.",
            ),
        },
    ),
    DemoResource(
        slug="rtp-cpoc-military",
        kind=Kind.RTP,
        series="rtp",
        themes=("protection-of-civilians",),
        audiences=("military",),
        versions={
            "en": (
                "Comprehensive Protection of Civilians (CPOC) Package for UN Military",
                "Reinforcement training package that prepares UN military personnel to protect civilians in "
                "peacekeeping operations, from the legal and policy framework to planning and tactical action.",
            ),
            "fr": (
                "Formation complète à la protection des civils (CPOC) à l'intention des militaires des Nations Unies",
                "Module de formation renforcée qui prépare le personnel militaire des Nations Unies à protéger les "
                "civils dans les opérations de maintien de la paix, du cadre juridique et politique jusqu'à la "
                "planification et à l'action tactique.",
            ),
            "es": (
                "Paquete integral de protección de civiles (CPOC) para el personal militar de las Naciones Unidas",
                "Paquete de capacitación de refuerzo que prepara al personal militar de las Naciones Unidas para "
                "proteger a los civiles en las operaciones de mantenimiento de la paz, desde el marco jurídico y "
                "normativo hasta la planificación y la acción táctica.",
            ),
        },
    ),
    DemoResource(
        slug="rtp-cpoc-police",
        kind=Kind.RTP,
        series="rtp",
        office="police-division",
        themes=("protection-of-civilians", "policing"),
        audiences=("police",),
        versions={
            "en": (
                "Comprehensive Protection of Civilians (CPOC) Package for UN Police",
                "Reinforcement training package that prepares UN police to protect civilians in peacekeeping "
                "operations, as part of the mission's comprehensive approach to the protection of civilians.",
            ),
        },
    ),
    DemoResource(
        slug="rtp-child-protection-police",
        kind=Kind.RTP,
        series="rtp",
        office="police-division",
        themes=("child-protection", "policing"),
        audiences=("police",),
        versions={
            "ar": (
                "حماية الطفل لشرطة الأمم المتحدة",
                "مجموعة تدريب تعزيزي بشأن حماية الطفل لأفراد شرطة الأمم المتحدة: حقوق الطفل، والانتهاكات الجسيمة "
                "المرتكبة ضد الأطفال في النزاعات المسلحة، ودور الشرطة في منعها والتصدي لها.",
            ),
            "en": (
                "Child Protection for UN Police",
                "Reinforcement training package on child protection for UN police: the rights of the child, the grave "
                "violations against children in armed conflict, and the role of police in preventing and responding "
                "to them.",
            ),
            "fr": (
                "Protection de l'enfance à l'intention de la police des Nations Unies",
                "Module de formation renforcée sur la protection de l'enfance à l'intention de la police des Nations "
                "Unies : droits de l'enfant, violations graves commises contre les enfants en période de conflit armé "
                "et rôle de la police dans leur prévention et la réponse à y apporter.",
            ),
        },
    ),
    DemoResource(
        slug="rtp-child-protection-military",
        kind=Kind.RTP,
        series="rtp",
        office="oma",
        themes=("child-protection",),
        audiences=("military",),
        versions={
            "en": (
                "Child Protection for UN Military",
                "Reinforcement training package on child protection for UN military personnel: the grave violations "
                "against children in armed conflict and how military components prevent and respond to them.",
            ),
        },
    ),
    DemoResource(
        slug="rtp-military-peacekeeping-intelligence",
        kind=Kind.RTP,
        series="rtp",
        office="oma",
        themes=("peacekeeping-intelligence",),
        audiences=("military",),
        versions={
            "en": (
                "RTP for UN Military Peacekeeping-Intelligence Officers",
                "Reinforcement training package for military peacekeeping-intelligence officers: the UN "
                "peacekeeping-intelligence policy, the intelligence cycle and its use in support of the mission's "
                "mandate.",
            ),
            "fr": (
                "Module de formation renforcée (RTP) à l'intention des officiers du renseignement militaire aux fins "
                "du maintien de la paix des Nations Unies",
                "Module de formation renforcée à l'intention des officiers du renseignement militaire : politique des "
                "Nations Unies en matière de renseignement aux fins du maintien de la paix, cycle du renseignement et "
                "son emploi à l'appui du mandat de la mission.",
            ),
            "es": (
                "Paquete de capacitación de refuerzo (RTP) para oficiales de inteligencia militar para el "
                "mantenimiento de la paz de las Naciones Unidas",
                "Paquete de capacitación de refuerzo para oficiales de inteligencia militar: la política de "
                "inteligencia para el mantenimiento de la paz de las Naciones Unidas, el ciclo de inteligencia y su "
                "uso en apoyo del mandato de la misión.",
            ),
        },
    ),
    DemoResource(
        slug="rtp-operational-logistics",
        kind=Kind.RTP,
        series="rtp",
        themes=("logistics",),
        audiences=("military", "police"),
        versions={
            "en": (
                "RTP for UN Operational Logistics (OPLOG)",
                "Provides understanding of policies directing the employment of logistics support, mission logistics "
                "support management and command and control, and better prepares uniformed commanders, planners and "
                "logisticians to engage effectively with mission support to enhance logistics support in UN peace "
                "operations.",
            ),
        },
    ),
    DemoResource(
        slug="rtp-pkisr",
        kind=Kind.RTP,
        series="rtp",
        office="oma",
        themes=("peacekeeping-intelligence",),
        audiences=("military",),
        versions={
            "en": (
                "RTP for UN Peacekeeping-Intelligence, Surveillance and Reconnaissance (PKISR)",
                "Reinforcement training package for the personnel of peacekeeping-intelligence, surveillance and "
                "reconnaissance units and staffs on acquiring and managing information in support of the mission.",
            ),
        },
    ),
    DemoResource(
        slug="rtp-engagement-platoon",
        kind=Kind.RTP,
        series="rtp",
        office="oma",
        themes=("protection-of-civilians", "gender"),
        audiences=("military",),
        versions={
            "en": (
                "RTP for UN Engagement Platoon (UNEP)",
                "Reinforcement training package for the engagement platoons of UN military units, which engage with "
                "local communities, women and children in particular, to understand their protection needs.",
            ),
        },
    ),
    DemoResource(
        slug="rtp-military-gender-advisors",
        kind=Kind.RTP,
        series="rtp",
        office="oma",
        themes=("gender",),
        audiences=("military",),
        versions={
            "en": (
                "RTP for UN Military Gender Advisors (UNMGA)",
                "Reinforcement training package for military gender advisors, who help commanders integrate a gender "
                "perspective into the planning and operations of the military component.",
            ),
        },
    ),
]
