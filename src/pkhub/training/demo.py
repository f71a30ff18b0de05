"""The training demo data: every session the ITS update (seed 000) names, with its real dates, venue,
host, partners, regions, language, audience and call status as the text gives them; the training
services of the hub's training page (seed 001); and peacekeeping training institutions that exist.

Where the text is silent, the field is left empty (no venue city, no seats, no call dates): the
pages say "to be announced". The language is the package's (English) unless the text says
"francophone". No person's name or address is stored.
"""

import datetime

from django.db import transaction

from pkhub.accounts.models import MemberState
from pkhub.library import selectors as library_selectors
from pkhub.training.models import CallStatus, Course, Institution, Partner, PartnerKind, Session, SessionStatus

D = datetime.date
LANGS = ("en", "fr", "es", "ru", "ar", "zh")

PARTNERS = [
    ("its", "Integrated Training Service", "ITS", PartnerKind.UN),
    ("oma", "Office of Military Affairs", "OMA", PartnerKind.UN),
    ("police-division", "Police Division", "PD", PartnerKind.UN),
    ("unitar", "United Nations Institute for Training and Research", "UNITAR", PartnerKind.UN),
    ("un-women", "UN Women", "", PartnerKind.UN),
    ("government-of-serbia", "Government of Serbia", "", PartnerKind.GOVERNMENT),
    ("government-of-nepal", "Government of Nepal", "", PartnerKind.GOVERNMENT),
    ("government-of-peru", "Government of Peru", "", PartnerKind.GOVERNMENT),
    ("government-of-senegal", "Government of the Republic of Senegal", "", PartnerKind.GOVERNMENT),
    ("government-of-kenya", "Government of Kenya", "", PartnerKind.GOVERNMENT),
    ("gpoi", "United States Global Peace Operations Initiative", "GPOI", PartnerKind.GOVERNMENT),
]

# slug: (course type, package slug or None, titles in en fr es ru ar zh, English summary)
COURSES = {
    "unso-stm-review-workshop": ("workshop", "stm-military-staff-officers", (
        "UN Staff Officers (UNSO) STM review workshop",
        "Atelier de révision des supports de formation spécialisée pour les officiers d'état-major de l'ONU (UNSO)",
        "Taller de revisión de los materiales de capacitación especializada para oficiales de Estado Mayor de las Naciones Unidas (UNSO)",
        "Семинар по пересмотру специализированных учебных материалов для штабных офицеров ООН (UNSO)",
        "حلقة عمل لاستعراض مواد التدريب المتخصصة لضباط الأركان التابعين للأمم المتحدة",
        "联合国参谋军官专门培训材料审查讲习班",
    ), "The second review workshop of the UNSO STM ToT, updating the materials in line with current peacekeeping training guidance and doctrine; the new material is expected in 2024."),
    "unso-pilot-course": ("pilot", "stm-military-staff-officers", (
        "UN Staff Officers (UNSO) pilot course",
        "Cours pilote pour les officiers d'état-major de l'ONU (UNSO)",
        "Curso piloto para oficiales de Estado Mayor de las Naciones Unidas (UNSO)",
        "Пилотный курс для штабных офицеров ООН (UNSO)",
        "الدورة التجريبية لضباط الأركان التابعين للأمم المتحدة",
        "联合国参谋军官试点课程",
    ), "Pilot course of the updated UNSO STMs, which prepare military staff officers to implement military aspects of UN peacekeeping mandates."),
    "oplog-rtp-tot": ("tot", "rtp-operational-logistics", (
        "UN Operational Logistics Reinforcement Training Package (OPLOG RTP) training of trainers",
        "Formation des formateurs à l'ensemble de formation de renforcement sur la logistique opérationnelle des Nations Unies (OPLOG RTP)",
        "Formación de instructores sobre el paquete de capacitación de refuerzo en logística operacional de las Naciones Unidas (OPLOG RTP)",
        "Курс подготовки инструкторов по пакету усиленной подготовки ООН по оперативной логистике (OPLOG RTP)",
        "دورة تدريب المدربين على مجموعة التدريب التعزيزي للأمم المتحدة في مجال اللوجستيات العملياتية",
        "联合国行动后勤强化培训包培训员培训",
    ), "Prepares uniformed commanders, planners and logisticians to engage effectively with mission support to enhance logistics support in UN peace operations."),
    "wmpoc": ("specialised", None, (
        "Women's Military Peacekeeping Operations Course (WMPOC)",
        "Cours sur les opérations de maintien de la paix pour les femmes militaires (WMPOC)",
        "Curso de Operaciones de Mantenimiento de la Paz para Mujeres Militares (WMPOC)",
        "Курс по миротворческим операциям для женщин-военнослужащих (WMPOC)",
        "دورة عمليات حفظ السلام للنساء العسكريات",
        "女性军人维和行动课程",
    ), "Developed by UN Women with support from ITS, in accordance with Security Council resolutions 2242, 2538 and 1325, to increase women's participation in UN peacekeeping operations."),
    "unpol-training-architecture": ("tot", None, (
        "UNPOL Training Architecture Programme: job-specific courses for Individual Police Officers",
        "Programme d'architecture de la formation de la police des Nations Unies : cours spécifiques aux fonctions des policiers hors unités constituées",
        "Programa de arquitectura de la capacitación de la policía de las Naciones Unidas: cursos específicos por función para agentes de policía individuales",
        "Программа архитектуры подготовки полиции ООН: курсы по конкретным должностям для индивидуальных сотрудников полиции",
        "برنامج هيكل تدريب شرطة الأمم المتحدة: دورات خاصة بالوظائف لأفراد الشرطة",
        "联合国警察培训架构方案：单独警务人员岗位专项课程",
    ), "Job-specific trainings for Individual Police Officers (community-oriented policing; monitoring, mentoring and advising; capacity-building and development), in line with the Strategic Guidance Framework for International Policing."),
    "fpu-command-staff-pilot": ("pilot", None, (
        "Formed Police Unit Command Staff course (pilot)",
        "Cours pour le personnel de commandement des unités de police constituées (pilote)",
        "Curso para el personal de mando de las unidades de policía constituidas (piloto)",
        "Курс для командного состава сформированных полицейских подразделений (пилотный)",
        "دورة لموظفي قيادة وحدات الشرطة المشكلة (تجريبية)",
        "建制警察部队指挥参谋课程（试点）",
    ), "Pilot of the Formed Police Unit Command Staff course, part of the UNPOL Training Architecture Programme."),
    "nio-stm-tot": ("tot", "stm-national-investigation-officers", (
        "National Investigation Officers (NIO) STM training of trainers",
        "Formation des formateurs aux supports de formation spécialisée pour les enquêteurs nationaux (NIO)",
        "Formación de instructores sobre los materiales de capacitación especializada para oficiales nacionales de investigación (NIO)",
        "Курс подготовки инструкторов по специализированным учебным материалам для национальных следователей (NIO)",
        "دورة تدريب المدربين على مواد التدريب المتخصصة لموظفي التحقيق الوطنيين",
        "国家调查干事专门培训材料培训员培训",
    ), "Legal frameworks, national laws, conduct and discipline standards, sexual exploitation and abuse, and investigation techniques, for the officers who implement the UN zero tolerance policy."),
    "forpro-rtp-tot": ("tot", None, (
        "Force Protection Reinforcement Training Package (FORPRO RTP) training of trainers",
        "Formation des formateurs à l'ensemble de formation de renforcement sur la protection de la force (FORPRO RTP)",
        "Formación de instructores sobre el paquete de capacitación de refuerzo en protección de la fuerza (FORPRO RTP)",
        "Курс подготовки инструкторов по пакету усиленной подготовки по защите сил (FORPRO RTP)",
        "دورة تدريب المدربين على مجموعة التدريب التعزيزي في مجال حماية القوة",
        "部队保护强化培训包培训员培训",
    ), "A new course giving T/PCCs the conceptual, legal and operational frameworks to support the tactical planning of units in peacekeeping operations."),
    "unibat-stm-tot": ("tot", None, (
        "UN Infantry Battalion (UNIBAT) STM training of trainers",
        "Formation des formateurs aux supports de formation spécialisée pour les bataillons d'infanterie des Nations Unies (UNIBAT)",
        "Formación de instructores sobre los materiales de capacitación especializada para batallones de infantería de las Naciones Unidas (UNIBAT)",
        "Курс подготовки инструкторов по специализированным учебным материалам для пехотных батальонов ООН (UNIBAT)",
        "دورة تدريب المدربين على مواد التدريب المتخصصة لكتائب المشاة التابعة للأمم المتحدة",
        "联合国步兵营专门培训材料培训员培训",
    ), "Frameworks for infantry battalions, companies and other UN military units with infantry capabilities, with small exercises and a capstone scenario-based exercise."),
    # The training services of the hub's training page (seed 001): offered, not yet on the calendar.
    "sml": ("sml", None, (
        "Senior Mission Leaders course (SML)", "Cours pour les hauts responsables de mission (SML)",
        "Curso para altos dirigentes de misiones (SML)", "Курс для старших руководителей миссий (SML)",
        "دورة كبار قادة البعثات", "特派团高级领导课程",
    ), "A ten-day programme conducted by DPO in conjunction with a host Member State, preparing participants for roles in a mission's leadership team."),
    "slp": ("slp", None, (
        "Senior Leadership Programme (SLP)", "Programme de formation des hauts responsables (SLP)",
        "Programa de liderazgo superior (SLP)", "Программа для старшего руководящего состава (SLP)",
        "برنامج القيادة العليا", "高级领导方案",
    ), "A mandatory five-day course for field mission senior managers at the D-2 level and above within their first six months of appointment."),
    "smart": ("smart", None, (
        "Senior Mission Administration and Resource Training (SMART) Programme",
        "Programme de formation des cadres supérieurs à l'administration et aux ressources des missions (SMART)",
        "Programa de capacitación superior en administración y recursos de las misiones (SMART)",
        "Программа подготовки старших руководителей по вопросам администрации и ресурсов миссий (SMART)",
        "برنامج التدريب على إدارة البعثات ومواردها لكبار الموظفين", "特派团高级行政和资源培训方案",
    ), "Builds a pool of future senior managers in Mission Support able to manage support functions across organizational boundaries."),
    "cpt": ("cpt", None, (
        "Civilian Pre-Deployment Training (CPT)", "Formation préalable au déploiement du personnel civil (CPT)",
        "Capacitación previa al despliegue para personal civil (CPT)", "Преддислокационная подготовка гражданского персонала (CPT)",
        "التدريب السابق للنشر للموظفين المدنيين", "文职人员部署前培训",
    ), "Delivered by a dedicated ITS team at the United Nations Regional Service Centre in Entebbe, Uganda."),
    "mobile-training-support": ("mobile", None, (
        "Mobile Training Support Teams", "Équipes mobiles d'appui à la formation", "Equipos móviles de apoyo a la capacitación",
        "Мобильные группы поддержки подготовки", "أفرقة الدعم التدريبي المتنقلة", "流动培训支助小组",
    ), "On-site assistance by ITS to Member States, peacekeeping training institutions and field missions."),
}

ALL_REGIONS = ["africa", "americas", "asia-pacific", "europe", "middle-east"]
_confirmed, _planned = SessionStatus.CONFIRMED, SessionStatus.PLANNED

# (course, start, end, planned year, city, venue country, host, partners, regions, languages, audiences, participants, call status, call note, status)
SESSIONS = [
    ("unso-stm-review-workshop", D(2023, 10, 9), D(2023, 10, 20), None, "Entebbe", "UGA", None, ["its", "oma"],
     ["africa", "asia-pacific", "europe"], ["en"], ["military"], "Subject matter experts from the Africa, Asia and Pacific and Europe regions",
     CallStatus.NOT_ANNOUNCED, "", _confirmed),
    ("unso-pilot-course", D(2024, 2, 19), D(2024, 3, 8), None, "", "SRB", "SRB", ["its", "government-of-serbia"],
     ALL_REGIONS, ["en"], ["military"], "Member State national trainers from all regions",
     CallStatus.TO_BE_SENT, "The call for nominations will be sent in November 2023.", _confirmed),
    ("oplog-rtp-tot", D(2023, 10, 30), D(2023, 11, 10), None, "", "NPL", "NPL", ["its", "government-of-nepal"],
     ["asia-pacific"], ["en"], ["military", "police"], "Member State national trainers from the Asia and Pacific region",
     CallStatus.CLOSED, "Nominations have closed.", _confirmed),
    ("oplog-rtp-tot", D(2023, 11, 13), D(2023, 11, 24), None, "", "PER", "PER", ["its", "government-of-peru", "gpoi"],
     ["americas"], ["en"], ["military", "police"], "Member State trainers from the Americas region",
     CallStatus.OPEN, "The call for nominations was sent by the United States Global Peace Operations Initiative in August 2023.", _confirmed),
    ("wmpoc", D(2023, 11, 6), D(2023, 11, 24), None, "", "SEN", "SEN", ["its", "un-women", "government-of-senegal"],
     ["africa"], ["fr"], ["military"], "Francophone course for Member State personnel from the Africa region",
     CallStatus.OPEN, "The call for nominations is open.", _confirmed),
    ("wmpoc", D(2024, 3, 11), D(2024, 3, 29), None, "", "KEN", "KEN", ["its", "un-women", "government-of-kenya"],
     ["africa"], ["en"], ["military"], "Member State national trainers from the Africa region",
     CallStatus.TO_BE_SENT, "The call for nominations will be sent in December 2023.", _confirmed),
    ("unpol-training-architecture", D(2023, 10, 3), D(2023, 10, 19), None, "", "NPL", None, ["its", "police-division", "unitar"],
     ["asia-pacific"], ["en"], ["police"], "Member State national trainers from the Asia and Pacific region, as well as Australia and United States",
     CallStatus.OPEN, "The Police Division sent the call for nominations in April 2023; it is still open.", _confirmed),
    ("fpu-command-staff-pilot", D(2023, 11, 27), D(2023, 12, 20), None, "Brindisi", "ITA", None, ["its", "police-division", "unitar"],
     ["africa"], ["fr"], ["police"], "Francophone Member State national trainers from the African region",
     CallStatus.OPEN, "The Police Division sent the call for nominations at the end of August 2023.", _confirmed),
    ("nio-stm-tot", D(2024, 3, 11), D(2024, 3, 22), None, "Entebbe", "UGA", None, ["its"],
     ["africa", "asia-pacific"], ["en"], ["military"], "Member State national trainers from the Africa and Asia and Pacific regions",
     CallStatus.TO_BE_SENT, "The call for nominations will be sent in December 2023.", _confirmed),
    ("forpro-rtp-tot", None, None, 2024, "", None, None, ["its"], [], ["en"], ["military", "police"], "",
     CallStatus.NOT_ANNOUNCED, "Dates, venue and call for nominations to be announced in the December 2023 issue.", _planned),
    ("unibat-stm-tot", None, None, 2024, "", None, None, ["its"], [], ["en"], ["military"], "",
     CallStatus.NOT_ANNOUNCED, "Dates, venue and call for nominations to be announced in the December 2023 issue.", _planned),
]

# Institutions that exist; a website only where it is certain, no contact address (none is public and certain).
INSTITUTIONS = [
    ("kaiptc", "Kofi Annan International Peacekeeping Training Centre", "KAIPTC", "GHA", "integrated", ["en", "fr"], "https://www.kaiptc.org"),
    ("cunpk", "Centre for United Nations Peacekeeping", "CUNPK", "IND", "military", ["en"], ""),
    ("caecopaz", "Centro Argentino de Entrenamiento Conjunto para Operaciones de Paz", "CAECOPAZ", "ARG", "integrated", ["es", "en"], ""),
    ("swedint", "Swedish Armed Forces International Centre", "SWEDINT", "SWE", "military", ["en"], ""),
    ("bipsot", "Bangladesh Institute of Peace Support Operation Training", "BIPSOT", "BGD", "military", ["en"], ""),
    ("ipstc", "International Peace Support Training Centre", "IPSTC", "KEN", "integrated", ["en"], "https://www.ipstc.org"),
    ("emp-abb", "École de maintien de la paix Alioune Blondin Beye", "EMP-ABB", "MLI", "integrated", ["fr"], ""),
    ("bpotc", "Birendra Peace Operations Training Centre", "BPOTC", "NPL", "military", ["en"], ""),
    ("ipsc", "Indonesia Peace and Security Center", "IPSC", "IDN", "integrated", ["en"], ""),
    ("ccopab", "Centro Conjunto de Operações de Paz do Brasil", "CCOPAB", "BRA", "military", ["en", "es"], ""),
]


def _state(iso3):
    return MemberState.objects.get(iso3=iso3) if iso3 else None


def _package(slug):
    return library_selectors.resource_visible(user=None).filter(slug=slug).first() if slug else None


@transaction.atomic
def demo_load() -> dict[str, int]:
    """Creates or updates the demo rows; running it again changes nothing."""
    created = {"partners": 0, "courses": 0, "sessions": 0, "institutions": 0}
    partners = {}
    for slug, name, acronym, kind in PARTNERS:
        partners[slug], new = Partner.objects.update_or_create(slug=slug, defaults={"name_en": name, "acronym": acronym, "kind": kind})
        created["partners"] += new
    courses = {}
    for slug, (course_type, package, titles, summary) in COURSES.items():
        defaults = {"course_type": course_type, "package": _package(package), "summary_en": summary}
        defaults.update({f"title_{'zh_hans' if code == 'zh' else code}": title for code, title in zip(LANGS, titles, strict=True)})
        courses[slug], new = Course.objects.update_or_create(slug=slug, defaults=defaults)
        created["courses"] += new
    for row in SESSIONS:
        (course, start, end, year, city, venue, host, partner_slugs, regions, languages, audiences, participants,
         call_status, call_note, status) = row
        session, new = Session.objects.update_or_create(
            course=courses[course], start_date=start, planned_year=year,
            defaults={
                "end_date": end, "venue_city": city, "venue_country": _state(venue), "host": _state(host),
                "regions": regions, "languages": languages, "audiences": audiences, "participants": participants,
                "call_status": call_status, "call_note": call_note, "status": status,
            },
        )
        session.partners.set([partners[p] for p in partner_slugs])
        created["sessions"] += new
    for slug, name, acronym, country, kind, languages, website in INSTITUTIONS:
        _institution, new = Institution.objects.update_or_create(
            slug=slug, defaults={"name": name, "acronym": acronym, "country": _state(country), "kind": kind, "languages": languages, "website": website},
        )
        created["institutions"] += new
    return created
