"""The ITS update of seed 000, as its sections and items (English text as the source has it)."""

from pkhub.news.models import SectionKind

ISSUE_INTRO = (
    "Welcome to the ITS update. This electronic newsletter, issued three times per year, provides updates on guidance and "
    "training materials development, as well as offering direct access to the UN Core Pre-Deployment Training Materials "
    "(CPTM), and Specialised Training Materials (STMs). ITS develops training standards, guidance (policies, SOPs, manuals "
    "and handbooks) and materials; develops and delivers cross-cutting peacekeeping training and oversees peacekeeping "
    "training activities and provides technical support."
)
ALL = ["ar", "zh", "en", "fr", "ru", "es"]

# (section, title, body, link: library slug or hub path, languages)
ITEMS = [
    (SectionKind.GUIDANCE, "New translated guidance materials",
     "The Standard Operating Procedure (SOP) on Member State-provided Military Mobile Training Teams is now available in both English and French. The SOP provides troop contributing countries (TCCs) with an outline process of planning and deploying Member State-provided Military Mobile Training Teams to peacekeeping operations and explains the division of responsibilities.",
     "sop-military-mobile-training-teams", ["en", "fr"]),
    (SectionKind.GUIDANCE, "Guidelines for Conducting Peacekeeping Training Needs Assessments",
     "The Guidelines for Conducting Peacekeeping Training Needs Assessments are now available in all six official UN languages. The guidelines provide peacekeeping trainers with step-by-step guidance on how to conduct peacekeeping training needs assessments.",
     "guidelines-training-needs-assessments", ALL),
    (SectionKind.GUIDANCE, "UN Peacekeeping Resource Hub is now available in all six official languages of the UN",
     "The updated UN Peacekeeping Resource Hub is online and now available to access by Member States in all six languages of the UN. The resource hub provides policy and guidance, training materials, and evaluation information in addition to news and events.",
     "/en/", ALL),
    (SectionKind.ENHANCING, "Survey underway on Member State peacekeeping capacity-building activities",
     "The Light Coordination Mechanism (LCM) has circulated its fourth survey of 2023 to gain insight into troop and police contributing countries (T/PCCs) participation in peacekeeping capacity-building activities, both as providers and recipients of military and police capacity-building support. We request all T/PCCs to fill out the survey by 15 October 2023.",
     "/en/communities/lcm/survey/", []),
    (SectionKind.ENHANCING, "Lessons learned from deployment in MINUSMA",
     "The LCM is encouraging Member State' peacekeeping training centres to share lessons learned and good practices or innovations from their preparations for and/or deployments in UN Peace Operations. We are particularly interested to hear from Member States who are currently deployed in MINUSMA or who have recently withdrawn their deployments from MINUSMA.",
     "/en/communities/lcm/lessons/", []),
    (SectionKind.ENHANCING, "Second Latin American and Caribbean (LAC) conference on UN Peace Operations",
     "Through 2023, the LCM has continued to extend its support for establishing regional cooperation networks. Support included the provision of technical and financial support to the organization of the 2nd LAC Conference on UN Peace Operations, which took place on 11-12 September in Buenos Aires, Argentina, which resulted in a declaration as well as the constitutive statute of the LAC Regional Network in the field of peacekeeping operations.",
     "/en/news/events/lac-conference-2023/", []),
    (SectionKind.ENHANCING, "Independent study on contributions of Latin America and the Caribbean (LAC) to UN peace operations",
     "The independent study was commissioned by the LCM to provide support to Member States in the LAC region to analyze regional contributions to peacekeeping. It provides a set of recommendations to enhance participation from the LAC region and is available on request.",
     "", []),
    (SectionKind.TRAINING, "Update on the UN Staff Officers specialized training materials review",
     "The UN Staff Officers (UNSO) specialized training materials (STMs) are being updated. Between 9 – 20 Oct 2023, ITS with the Office of Military Affairs (OMA) will conduct the second review workshop of the UNSO STM ToT in Entebbe, Uganda. Between 19 Feb – 8 Mar 2024, ITS with the Government of Serbia will conduct a UNSO pilot course; the call for nominations will be sent in November 2023.",
     "stm-military-staff-officers", ["en"]),
    (SectionKind.TRAINING, "UN Operational Logistics Reinforcement Training Package training of trainer’s courses",
     "Between 30 October and 10 November 2023, ITS with the Government of Nepal will conduct a OPLOG RTP training of trainers (ToT) course for the Asia and Pacific region. Nominations have closed. Between 13-24 November 2023, ITS with the Government of Peru will conduct a OPLOG RTP ToT course for the Americas region.",
     "rtp-operational-logistics", ["en"]),
    (SectionKind.TRAINING, "Update on the development of the new course on Women’s military UN peacekeeping operations",
     "UN Women, with support from ITS, has developed a new Women’s Military Peacekeeping Operations Course (WMPOC). Between 6–24 November 2023, ITS with the Government of the Republic of Senegal is conducting a francophone course (call for nominations open). Between 11–29 March 2024, ITS with the Government of Kenya is conducting a course (call for nominations to be sent in December 2023).",
     "/en/training/", []),
    (SectionKind.TRAINING, "Upcoming UN Police training architecture programmes",
     "ITS with the Police Division (PD) and UNITAR will conduct courses in Nepal from 3-19 October 2023 and in Brindisi, Italy, from 27 November to 20 December 2023 (pilot of the Formed Police Unit Command Staff course).",
     "/en/training/", []),
    (SectionKind.TRAINING, "National Investigations Officers Specialized Training Materials Training of Trainers in Entebbe, Uganda",
     "Between 11-22 March 2024, ITS will conduct a training of trainer course for National Investigation Officers (NIO) in Entebbe, Uganda for the Africa and Asia and Pacific regions. The call for nominations will be sent in December 2023.",
     "stm-national-investigation-officers", ["en"]),
    (SectionKind.TRAINING, "Further training of training courses in planning for 2024",
     "The Force Protection Reinforcement Training Package (FORPRO RTP) and the UN Infantry Battalion Specialized Training Materials (UNIBAT STMs). Dates, venue and call for nominations information will be included in the December 2023 issue.",
     "", []),
    (SectionKind.CALENDAR, "ITS Training Calendar",
     "The ITS training calendar provides information on upcoming training courses for Member States, with course requirements including language and the intended audience. Calls for nominations will continue to be made through respective Permanent Missions, which will in turn send their T/PCC nominations to ITS.",
     "/en/training/", []),
    (SectionKind.MATERIALS, "UN Core Pre-Deployment Training Materials (CPTM)", "", "cptm", ["en", "fr", "es"]),
    (SectionKind.MATERIALS, "Comprehensive Protection of Civilians (CPOC) Package for UN Military", "", "rtp-cpoc-military", ["en", "fr", "es"]),
    (SectionKind.MATERIALS, "Comprehensive Protection of Civilians (CPOC) Package for UN Police", "", "rtp-cpoc-police", ["en"]),
    (SectionKind.MATERIALS, "Child Protection for UN Police", "", "rtp-child-protection-police", ["ar", "en", "fr"]),
    (SectionKind.MATERIALS, "Child Protection for UN Military", "", "rtp-child-protection-military", ["en"]),
    (SectionKind.MATERIALS, "RTP for UN Military Peacekeeping-Intelligence Officers", "", "rtp-military-peacekeeping-intelligence", ["en", "fr", "es"]),
    (SectionKind.MATERIALS, "RTP for UN Operational Logistics (OPLOG)", "", "rtp-operational-logistics", ["en"]),
    (SectionKind.MATERIALS, "RTP for UN Peacekeeping-Intelligence, Surveillance and Reconnaissance (PKISR)", "", "rtp-pkisr", ["en"]),
    (SectionKind.MATERIALS, "RTP for UN Engagement Platoon (UNEP)", "", "rtp-engagement-platoon", ["en"]),
    (SectionKind.MATERIALS, "RTP for UN Military Gender Advisors (UNMGA)", "", "rtp-military-gender-advisors", ["en"]),
    (SectionKind.MATERIALS, "STM for National Investigation Officers", "", "stm-national-investigation-officers", ["en"]),
    (SectionKind.MATERIALS, "STM for UN Military Observers", "", "stm-military-observers", ["en", "fr"]),
    (SectionKind.MATERIALS, "STM for UN Military Staff Officers", "", "stm-military-staff-officers", ["en"]),
    (SectionKind.MATERIALS, "STMs for UN Military Units", "Force HQ; Maritime; Aviation; Engineers; Logistics; Police; Riverine; Signals; Transport; Special Forces; and Explosive Ordnance Disposal.", "stm-military-units", ["en"]),
    (SectionKind.MATERIALS, "STM on Mission-Specific Infantry Battalions", "", "stm-mission-specific-infantry-battalions", ["en"]),
    (SectionKind.MATERIALS, "STM for UN Police Officers", "", "stm-police-officers", ["en", "ar"]),
    (SectionKind.MATERIALS, "STM for Formed Police Units", "", "stm-formed-police-units", ["en"]),
    (SectionKind.MATERIALS, "STM on UN Civil-Military Coordination", "", "stm-civil-military-coordination", ALL),
    (SectionKind.MATERIALS, "STM for Child Protection Staff Deployed in UN Missions", "", "stm-child-protection-staff", ["en"]),
    (SectionKind.MATERIALS, "STM on Conflict-Related Sexual Violence", "", "stm-conflict-related-sexual-violence", ["en"]),
    (SectionKind.MATERIALS, "STM on Prevention of Sexual Exploitation and Abuse by UN Personnel", "", "stm-prevention-of-sexual-exploitation-and-abuse", ["en", "fr"]),
    (SectionKind.MATERIALS, "STM on Training of Trainers", "", "stm-training-of-trainers", ["en", "fr"]),
    (SectionKind.MATERIALS, "COVID-19 UN Pre-deployment Training Materials", "", "stm-covid-19", ["en", "fr"]),
    (SectionKind.MATERIALS, "Deployment Review Digital Toolkit",
     "The Deployment Review Digital Toolkit is a mobile application to enhance the impact of UN peacekeeping operations through the collection and sharing of best practices related to uniformed capabilities. The app includes lessons-learned methodology and platform to assist T/PCCs establish and develop their own lessons-learning processes. The app does not collect user data.",
     "", []),
]
