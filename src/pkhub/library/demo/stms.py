"""The Specialised Training Materials listed in the ITS update (seed 000), in exactly its languages."""

from pkhub.library.demo.catalogue import DemoResource
from pkhub.library.models import Kind

MILITARY_UNIT_SUB_AREAS = (
    "Force HQ; Maritime; Aviation; Engineers; Logistics; Police; Riverine; Signals; Transport; Special Forces; "
    "and Explosive Ordnance Disposal"
)


def _stm(slug, versions, *, themes=(), audiences=(), office="its", series="stm"):
    return DemoResource(
        slug=slug, kind=Kind.STM, series=series, office=office, themes=themes, audiences=audiences, versions=versions
    )


STMS = [
    _stm(
        "stm-national-investigation-officers",
        {
            "en": (
                "STM for National Investigation Officers",
                "National investigation officers have a key role in the implementation of the UN zero tolerance "
                "policy on sexual exploitation and abuse. These materials combine legal frameworks, national laws, "
                "conduct and discipline standards, sexual exploitation and abuse, and investigation techniques.",
            ),
        },
        themes=("conduct-and-discipline",),
        audiences=("military",),
    ),
    _stm(
        "stm-military-observers",
        {
            "en": (
                "STM for UN Military Observers",
                "Specialised training materials for UN military observers: observation, monitoring, reporting, "
                "patrolling and liaison in a peacekeeping mission.",
            ),
            "fr": (
                "Supports de formation spécialisée (STM) à l'intention des observateurs militaires des Nations Unies",
                "Supports de formation spécialisée à l'intention des observateurs militaires des Nations Unies : "
                "observation, surveillance, établissement de rapports, patrouilles et liaison au sein d'une mission "
                "de maintien de la paix.",
            ),
        },
        office="oma",
        audiences=("military",),
        themes=("protection-of-civilians",),
    ),
    _stm(
        "stm-military-staff-officers",
        {
            "en": (
                "STM for UN Military Staff Officers",
                "Prepares military staff officers to implement military aspects of UN peacekeeping mandates, perform "
                "military functions and demonstrate the core values and competencies of the UN. The materials are "
                "being updated; the new edition is expected in 2024.",
            ),
        },
        office="oma",
        audiences=("military",),
        themes=("peacekeeping-fundamentals",),
    ),
    _stm(
        "stm-military-units",
        {
            "en": (
                "STMs for UN Military Units",
                "Specialised training materials for the military units of UN peacekeeping operations, in eleven "
                f"sub-areas: {MILITARY_UNIT_SUB_AREAS}.",
            ),
        },
        series="stm-military-units",
        office="oma",
        audiences=("military",),
        themes=("engineering", "logistics", "safety-and-security"),
    ),
    _stm(
        "stm-mission-specific-infantry-battalions",
        {
            "en": (
                "STM on Mission-Specific Infantry Battalions",
                "Specialised training materials for infantry battalions deploying to a given mission, adding the "
                "mission's context and tasks to the standards for UN infantry battalions.",
            ),
        },
        office="oma",
        audiences=("military",),
        themes=("protection-of-civilians", "safety-and-security"),
    ),
    _stm(
        "stm-police-officers",
        {
            "en": (
                "STM for UN Police Officers",
                "Specialised training materials for individual UN police officers: policing in peace operations, the "
                "Strategic Guidance Framework for International Policing and the tasks of police officers in a "
                "mission.",
            ),
            "ar": (
                "مواد التدريب المتخصصة لضباط شرطة الأمم المتحدة",
                "مواد تدريب متخصصة لضباط شرطة الأمم المتحدة الأفراد: العمل الشرطي في عمليات السلام، والإطار "
                "التوجيهي الاستراتيجي لعمل الشرطة الدولية، ومهام ضباط الشرطة في البعثة.",
            ),
        },
        office="police-division",
        audiences=("police",),
        themes=("policing",),
    ),
    _stm(
        "stm-formed-police-units",
        {
            "en": (
                "STM for Formed Police Units",
                "Specialised training materials for formed police units: public order management, protection of UN "
                "personnel and facilities, and support to police operations.",
            ),
        },
        office="police-division",
        audiences=("police",),
        themes=("policing", "protection-of-civilians"),
    ),
    _stm(
        "stm-civil-military-coordination",
        {
            "ar": (
                "مواد التدريب المتخصصة بشأن التنسيق المدني العسكري في الأمم المتحدة",
                "مواد تدريب متخصصة بشأن التنسيق المدني العسكري في الأمم المتحدة: كيف تعمل العناصر العسكرية "
                "والشرطية والمدنية في البعثة مع الجهات الفاعلة في المجال الإنساني ومع السكان المدنيين.",
            ),
            "zh": (
                "联合国军民协调专门培训材料",
                "关于联合国军民协调的专门培训材料：特派团的军事、警察和文职部门如何与人道主义行为体和平民开展合作。",
            ),
            "en": (
                "STM on UN Civil-Military Coordination",
                "Specialised training materials on UN civil-military coordination: how the military, police and "
                "civilian components of a mission work with humanitarian actors and the civilian population.",
            ),
            "fr": (
                "Supports de formation spécialisée (STM) sur la coordination civilo-militaire des Nations Unies",
                "Supports de formation spécialisée sur la coordination civilo-militaire des Nations Unies : comment "
                "les composantes militaire, de police et civile d'une mission travaillent avec les acteurs "
                "humanitaires et la population civile.",
            ),
            "ru": (
                "Специализированные учебные материалы по гражданско-военной координации Организации Объединенных Наций",
                "Специализированные учебные материалы по гражданско-военной координации ООН: как военный, "
                "полицейский и гражданский компоненты миссии взаимодействуют с гуманитарными организациями и "
                "гражданским населением.",
            ),
            "es": (
                "Materiales de capacitación especializada (STM) sobre coordinación civil-militar de las Naciones Unidas",
                "Materiales de capacitación especializada sobre la coordinación civil-militar de las Naciones Unidas: "
                "cómo los componentes militar, policial y civil de una misión trabajan con los actores humanitarios "
                "y la población civil.",
            ),
        },
        audiences=("military", "police", "civilian"),
        themes=("civil-military-coordination", "protection-of-civilians"),
    ),
    _stm(
        "stm-child-protection-staff",
        {
            "en": (
                "STM for Child Protection Staff Deployed in UN Missions",
                "Specialised training materials for child protection staff deployed in UN missions: monitoring and "
                "reporting of grave violations against children, engagement with parties to conflict, and "
                "mainstreaming child protection across the mission.",
            ),
        },
        audiences=("civilian",),
        themes=("child-protection",),
    ),
    _stm(
        "stm-conflict-related-sexual-violence",
        {
            "en": (
                "STM on Conflict-Related Sexual Violence",
                "Specialised training materials on preventing and responding to conflict-related sexual violence in "
                "peacekeeping operations.",
            ),
        },
        audiences=("all-personnel",),
        themes=("conflict-related-sexual-violence", "protection-of-civilians", "gender"),
    ),
    _stm(
        "stm-prevention-of-sexual-exploitation-and-abuse",
        {
            "en": (
                "STM on Prevention of Sexual Exploitation and Abuse by UN Personnel",
                "Specialised training materials on the prevention of sexual exploitation and abuse by UN personnel: "
                "the standards of conduct, the zero tolerance policy, reporting, and assistance to victims.",
            ),
            "fr": (
                "Supports de formation spécialisée (STM) sur la prévention de l'exploitation et des atteintes "
                "sexuelles commises par le personnel des Nations Unies",
                "Supports de formation spécialisée sur la prévention de l'exploitation et des atteintes sexuelles "
                "commises par le personnel des Nations Unies : normes de conduite, politique de tolérance zéro, "
                "signalement et assistance aux victimes.",
            ),
        },
        audiences=("all-personnel",),
        themes=("conduct-and-discipline",),
    ),
    _stm(
        "stm-training-of-trainers",
        {
            "en": (
                "STM on Training of Trainers",
                "Specialised training materials that prepare peacekeeping trainers to design, deliver and evaluate "
                "courses using adult-learning methods.",
            ),
            "fr": (
                "Supports de formation spécialisée (STM) sur la formation des formateurs",
                "Supports de formation spécialisée qui préparent les formateurs au maintien de la paix à concevoir, "
                "dispenser et évaluer des cours selon les méthodes de formation des adultes.",
            ),
        },
        audiences=("trainers",),
        themes=("training-methodology",),
    ),
    _stm(
        "stm-covid-19",
        {
            "en": (
                "COVID-19 UN Pre-deployment Training Materials",
                "Pre-deployment training materials on COVID-19: how peacekeepers protect themselves, their colleagues "
                "and the communities they serve.",
            ),
            "fr": (
                "Supports de formation préalable au déploiement des Nations Unies relatifs à la COVID-19",
                "Supports de formation préalable au déploiement sur la COVID-19 : comment le personnel de maintien de "
                "la paix se protège, protège ses collègues et les populations qu'il sert.",
            ),
        },
        audiences=("all-personnel",),
        themes=("health",),
    ),
]
