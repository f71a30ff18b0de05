"""The Berlin 2025 pledging guide, as requirements: Uniformed capabilities, justice and corrections.

Transcribed from `content/pledging_guide_berlin_2025.txt`; descriptions are the guide's words, `quote` is
where the record starts in the guide (the catalogue test finds it there).
"""

from pkhub.pledges.catalogue.record import R

REQUIREMENTS = [
    R(
        'UC-01',
        'uniformed',
        'PCRS Rapid Deployment Level (RDL) gaps',
        'Units pledged to the Rapid Deployment Level',
        'Member States will be invited to pledge units for the RDL cycle of 2020/26/27 in October 2025. Units'
        " pledged and elevated to the RDL provide the Secretariat the ability to respond to missions' "
        'emergency or contingency requirements with military and police units ready for deployment within 60 '
        'days after an invitation is sent. T/PCCs with units registered at PCRS Level 2 and above are '
        'requested to pledge their units to the Rapid Deployment Level.',
        kind='unit',
        quote='Member States will be invited to pledge units for the',
    ),
    R(
        'UC-02',
        'uniformed',
        'RDL Workshop',
        'Host and support an RDL workshop',
        'Member States are requested to host and provide support to conduct a RDL workshop to address '
        'existing and potential lack of knowledge and understanding across Member States, missions and UNHQ '
        'stakeholders of the methodology, advantages and challenges of generating, selecting and deploying '
        'military and police units that are placed at the PCRS RDL.',
        kind='hosting',
        quote='Member States are requested to host and provide support to conduct a RDL workshop',
        quantity=1,
    ),
    R(
        'UC-03',
        'uniformed',
        'General uniformed capability requirements',
        'Attack and armed helicopter units',
        'Attack and armed helicopters units will provide close air support (CAS), transport of Quick Reaction'
        ' Force (QRF), Show-of Presence, Show-of-Force, armed escort, armed overwatch, armed reconnaissance, '
        'and combat resupply to support efforts to counter negative action, protect civilians and ensure that'
        ' peacekeepers are protected.',
        kind='unit',
        quote='Attack and armed helicopters units will provide cl',
        capability='attack-helicopter-unit',
    ),
    R(
        'UC-04',
        'uniformed',
        'General uniformed capability requirements',
        'Medium utility helicopter units',
        'Medium utility helicopter units (MUH) are one of the most critical specialized capabilities deployed'
        ' to peacekeeping. MUH units can carry out multiple functions to contribute to mandate delivery '
        'through operational/ tactical and logistics tasks, including support to the protection of civilians '
        'and the safety and security of peacekeepers.',
        kind='unit',
        quote='Medium utility helicopter units',
        capability='medium-utility-helicopter-unit',
    ),
    R(
        'UC-05',
        'uniformed',
        'General uniformed capability requirements',
        'Fixed wing airlift aircrafts',
        'Fixed wing airlift aircrafts (such as Ilyushin 76, Hercules, C-130 and Antonov 124) are important '
        'air assets Member States can contribute either as a military unit to be deployed or an on-call / '
        'when needed service provided to the UN by the government to address strategic, operational or '
        'tactical requirements, as needed. They can potentially service multiple UN missions through a '
        "regional basing, providing flexibility and rapid response, extend the missions' footprint, and "
        "increase the missions' ability to support their components deployed in remote locations.",
        kind='unit',
        quote='Fixed wing airlift aircrafts (such as Ilyushin 76,',
        capability='fixed-wing-unit',
    ),
    R(
        'UC-06',
        'uniformed',
        'General uniformed capability requirements',
        'Infantry Battalions',
        'Infantry Battalions: these units are the backbone of most military components in UN peacekeeping '
        'missions.',
        kind='unit',
        quote='Infantry Battalions: these units are the backbone',
        capability='infantry-battalion',
    ),
    R(
        'UC-07',
        'uniformed',
        'General uniformed capability requirements',
        'Infantry battalions with at least two mechanized companies',
        'Infantry battalions with at least two mechanized companies requiring a larger number of wheeled '
        'armoured personnel carriers (APCs) are needed currently or very likely in the near future. These '
        'vehicles must be armed with 360 degrees of protection for the gunner (infantry carriers). Terrain '
        'conditions also require that in many situations the 6x6 model is preferred, although in some '
        'missions the road infrastructure is more favourable to 4x4 vehicles.',
        kind='unit',
        quote='Infantry battalions with at least two mechanized c',
        capability='infantry-battalion',
    ),
    R(
        'UC-08',
        'uniformed',
        'General uniformed capability requirements',
        'High-mobility light tactical vehicles and reconnaissance vehicles',
        'To allow the configuration of operational elements to conduct different types of tasks, some '
        'missions are starting to also require high-mobility light tactical vehicles (HMLTV) and '
        'reconnaissance vehicles in their SUR.',
        kind='equipment',
        quote='To allow the configuration of operational elements',
    ),
    R(
        'UC-09',
        'uniformed',
        'General uniformed capability requirements',
        'Enablers for infantry units: EOD search and detect, jammers, mini drones, Level 1 hospitals, first aid kits, counter-UAS',
        'Additional capabilities are also often needed, such as an EOD Search and Detect element, portable '
        'and/or mounted jammers, a reconnaissance capability with mini drones (UAS), Level 1 hospitals and '
        'proper Buddy First Aid Kits (BFAK); and, more recently, Counter Drone/UAS systems with the '
        'capability to detect, track, identify, and mitigate the threat.',
        kind='equipment',
        quote='Additional capabilities are also often needed, suc',
    ),
    R(
        'UC-10',
        'uniformed',
        'General uniformed capability requirements',
        'Engagement platoons in infantry units (50% women)',
        'All infantry units deployed in missions with Protection of Civilians mandates must have an '
        'engagement platoon, which should consist of 50% women.',
        kind='unit',
        quote='All infantry units deployed in missions with Prote',
        target='50% women in the engagement platoon',
        capability='engagement-platoon',
    ),
    R(
        'UC-11',
        'uniformed',
        'General uniformed capability requirements',
        'Infantry units on the PCRS placed at higher levels',
        'TCCs with infantry units on the PCRS should engage with the SFGC to take steps to place these units '
        'at higher levels in the PCRS, including through an AAV.',
        kind='other',
        quote='TCCs with infantry units on the PCRS should engage',
    ),
    R(
        'UC-12',
        'uniformed',
        'General uniformed capability requirements',
        'Quick reaction forces',
        'Quick reaction forces at company level. These units have been in high demand, as more than ten new '
        'QRFs were generated in the last three years. QRFs give the Force and Sectors the ability to quickly '
        'intervene under contingency situations and allow planned operations to be reinforced. They conduct '
        'operations that require a high level of mobility with a decisive response. QRF Coys are independent '
        'units and must have the proper resources, Command and Control and logistic capabilities to plan and '
        'execute their quick employment anywhere in their area of responsibility to either temporarily '
        'reinforce an already deployed unit or to operate alone. Many tasks that these units conduct are '
        'similar to those of an infantry battalion, but as QRFs do not control a specific area, they must '
        'have an enhanced ability to collect and receive information and to quickly plan their employment '
        'with their own logistic means. QRF Coys assist other UN forces, providing deterrence and responding '
        'decisively to threats to the population and UN personnel and assets. The same equipment-related '
        'observations made above for infantry battalions also apply to QRF Coys.',
        kind='unit',
        quote='Quick reaction forces at company level. These unit',
        capability='qrf-company',
    ),
    R(
        'UC-13',
        'uniformed',
        'Contingent-owned equipment (COE) requirements',
        'Armoured Personnel Carriers (APCs)',
        'Armoured Personnel Carriers (APCs): Missions require particular equipment deployed as part of the '
        'manoeuvring units to support better mandate implementation and the safety and security of troops. '
        'Capacity-building Member States are therefore asked to enable T/PCCs with Armed APCs with a higher '
        'level of blast protection / mine resistance.',
        kind='equipment',
        quote='Armoured Personnel Carriers (APCs): Missions requi',
    ),
    R(
        'UC-14',
        'uniformed',
        'Contingent-owned equipment (COE) requirements',
        'Night vision surveillance equipment and tactical drones',
        'Night vision surveillance equipment and tactical drones to maintain detection capability, area '
        'transparency and situational awareness.',
        kind='equipment',
        quote='Night vision surveillance equipment and tactical d',
    ),
    R(
        'UC-15',
        'uniformed',
        'Contingent-owned equipment (COE) requirements',
        'All-terrain vehicles',
        'Pledge to deploy with or provide to other T/PCCs all-terrain vehicles (particularly UNMISS).',
        kind='equipment',
        quote='Pledge to deploy with or provide to other T/PCCs a',
        missions=('UNMISS',),
    ),
    R(
        'UC-16',
        'uniformed',
        'Requirements related to unmanned aerial systems (UAS)',
        'UAS and Airborne peacekeeping-intelligence, surveillance, and reconnaissance (PKISR)',
        'UAS and Airborne peacekeeping-intelligence, surveillance, and reconnaissance (PKISR): Help develop '
        'and implement a comprehensive UAS and Airborne ISR Data Management and Analytics programme across UN'
        ' peace operations.',
        kind='expertise',
        quote='UAS and Airborne peacekeeping-intelligence, survei',
    ),
    R(
        'UC-17',
        'uniformed',
        'Requirements related to unmanned aerial systems (UAS)',
        'UAS / Remotely Piloted Aircraft System (RPAS)',
        'UAS / Remotely Piloted Aircraft System (RPAS): Support implementation of a UAS logistics support '
        'programme, spearheading the use of UAS for delivery of cargo and medical supplies, emergency '
        'response or environmental monitoring.',
        kind='other',
        quote='UAS / Remotely Piloted Aircraft System (RPAS): Sup',
    ),
    R(
        'UC-18',
        'uniformed',
        'Requirements related to Counter Drone/Unmanned Aircraft Systems',
        'Counter Drone/Unmanned Aircraft Systems',
        'Counter Drone/Unmanned Aircraft Systems (counter UAS) with the capability to detect, track, '
        'identify, and mitigate the threat.',
        kind='equipment',
        quote='Counter Drone/Unmanned Aircraft Systems (counter U',
    ),
    R(
        'UC-19',
        'uniformed',
        'Requirements related to Counter Drone/Unmanned Aircraft Systems',
        'Advice on a UN counter-UAS strategy',
        'Advice on the development and implementation of a UN counter-UAS strategy including the development '
        'of regulatory framework; development and / or provision of training, provision of certified counter-'
        'UAS systems adapted to the different mission requirements and facilitation of partnerships to be '
        'able to provide access of different counter UAS related expertise and capability to the UN when '
        'needed.',
        kind='expertise',
        quote='Advice on the development and implementation of a',
    ),
    R(
        'UC-20',
        'uniformed',
        'Military bridging requirements',
        'Military bridging: engineering troops',
        'Some missions are constantly challenged due to the roads and bridges conditions, the impact that the'
        ' weather has on them and their trafficability due to flooding, the limited national capacity to '
        'maintain them, and the disruption created by armed actors impact the ability to protect civilians, '
        'provide humanitarian assistance, and sustain UN presence, especially when large bodies of water need'
        ' to be transposed. To overcome these challenges, Member States are requested to support the UN with '
        'engineering troops (minimum platoon level) that are capable of deploying and setting military '
        'bridges as UNOE or as part of its own COE.',
        kind='unit',
        quote='Some missions are constantly challenged due to the',
        target='minimum platoon level',
        capability='engineering-company',
    ),
    R(
        'UC-21',
        'uniformed',
        'Engagement platoons',
        'Support to TCCs to establish engagement platoons',
        'Capacity providers can pledge support to TCCs to train and help them establish and deploy Engagement'
        ' Platoons / Engagement Teams in all future rotations.',
        kind='training',
        quote='Capacity providers can pledge support to TCCs to t',
    ),
    R(
        'UC-22',
        'uniformed',
        'Language requirements',
        'Language skills of contingent personnel, interpreters and translation tools',
        'To operate effectively in missions, including to protect civilians, T/PCCs must invest in language '
        'skills of contingent personnel, as well as deploy interpreters and real time translation and '
        'transcription tools.',
        kind='other',
        quote='T/PCCs must invest in language skills of contingent personnel',
    ),
    R(
        'UC-23',
        'uniformed',
        'Staff Officers',
        'Staff officers in key Force Headquarters positions for at least one year',
        'TCCs are asked to provide uniformed individual personnel in key Force Headquarters staff officer '
        'positions for at least one year, e.g., Chief U-2, Chief U-3, Chief U-5, Military Public Information '
        'Officer/ Chief Information Operations, Military Gender and Protection Advisors. For relevant roles, '
        'staff officers with data/geospatial analysis expertise are also needed. Gender expertise is required'
        ' also in U2, U5 and U3 planning positions. There is also the requirement for UAS expert/analyst and '
        'C-UAS experts analyst as staff officer in the Force Headquarters, as well as C-IED expert as IED '
        'Threat Mitigation Staff Officer.',
        kind='expertise',
        quote='key Force Headquarters staff officer positions for at least one year',
        target='12-month deployments',
        capability='staff-officers',
    ),
    R(
        'UC-24',
        'uniformed',
        'Staff Officers',
        'Military advisors',
        'Military advisors: Pledge to deploy Military gender advisors. Pledge to deploy military protection '
        'advisors. Such advisors should have the required knowledge, experience and specialized training on '
        'gender, CRSV, POC and child protection, and pledge to sponsor their regular training.',
        kind='expertise',
        quote='Military advisors: Pledge to deploy Military gende',
    ),
    R(
        'UC-25',
        'uniformed',
        'Police requirements',
        'Police units with French language capability',
        'Police units with adequate French language capabilities to address current gaps (minimum of 50% '
        'French capacity when the mission language is not English).',
        kind='unit',
        quote='Police units with adequate French language capabil',
        target='at least 50% French capacity',
        capability='formed-police-unit',
    ),
    R(
        'UC-26',
        'uniformed',
        'Police requirements',
        'IED Awareness Training',
        'IED Awareness Training: PCCs should be supported in integrating IED awareness into their pre-'
        'deployment training programs.',
        kind='training',
        quote='IED Awareness Training: PCCs should be supported i',
    ),
    R(
        'UC-27',
        'uniformed',
        'Police requirements',
        'IPO pre-deployment training on child protection',
        'Police capacity providers can provide support to police-contributing countries on IPO pre-deployment'
        ' training on child protection, focusing in particular on deployments to MINUSCA, MONUSCO and UNMISS.',
        kind='training',
        quote='Police capacity providers can provide support to p',
        missions=('MINUSCA', 'MONUSCO', 'UNMISS'),
    ),
    R(
        'UC-28',
        'uniformed',
        'Police requirements',
        'Police pre-deployment training delivery',
        'Police capacity providers to support the delivery of police pre-deployment training, including '
        'preparation for AMS/SAAT and AOC/FPAT exercises, job-specific courses for IPOs, UNPOL Commanders '
        'courses as well as training on interviewing skills for women officers and to support the expansion '
        'of training infrastructure.',
        kind='training',
        quote='Police capacity providers to support the delivery',
    ),
    R(
        'UC-29',
        'uniformed',
        'Police requirements',
        'Women officers of the UNPOL Command Cadre nominated',
        'PCCs to commit to nominate at least 80% of women police officers cleared through the UNPOL Command '
        'Cadre programme, to vacancy announcements against specific posts in missions and UNHQ.',
        kind='expertise',
        quote='PCCs to commit to nominate at least 80% of women p',
        target='at least 80% of cleared women officers nominated',
    ),
    R(
        'UC-30',
        'uniformed',
        'Police requirements',
        'Formed Police Units (FPUs)',
        "Formed Police Units (FPUs): PCCs to apply the FPU policy requirements on female police officers' "
        'representation which is the equivalent to one platoon size (approximately 20-50 women) across all '
        'functions including command.',
        kind='unit',
        quote='Formed Police Units (FPUs): PCCs to apply the FPU',
        target='one platoon of women (about 20-50)',
        capability='formed-police-unit',
    ),
    R(
        'UC-31',
        'uniformed',
        'Justice and Corrections requirements',
        'Documentaries on criminal accountability efforts of missions',
        'Member States are encouraged to support the production and distribution of documentaries and other '
        'strategic communications materials that showcases criminal accountability efforts within '
        'peacekeeping mission.',
        kind='other',
        quote='support the production and distribution of documentaries',
    ),
    R(
        'UC-32',
        'uniformed',
        'Justice and Corrections requirements',
        'Annual Corrections Officer Recruitment Exercise',
        'Member States are also asked to support the annual Corrections Officer Recruitment Exercise to '
        'roster highly qualified men and women corrections officers through gender-sensitive recruitment and '
        'assessment methodologies.',
        kind='other',
        quote='support the annual Corrections Officer Recruitment Exercise',
    ),
    R(
        'UC-33',
        'uniformed',
        'Justice and Corrections requirements',
        'United Nations Trailblazer Award for Women Justice and Corrections Officers',
        'Support to the implementation of the United Nations Trailblazer Award for Women Justice and '
        'Corrections Officers is also welcome.',
        kind='other',
        quote='United Nations Trailblazer Award for Women Justice and Corrections Officers',
    ),
    R(
        'UC-34',
        'uniformed',
        'Justice and Corrections requirements',
        'Anglophone and francophone corrections and justice government-provided experts',
        'Member States are requested to nominate anglophone and francophone corrections as well as justice '
        'government-provided experts. The nomination of women would be particularly welcome.',
        kind='expertise',
        quote='Member States are requested to nominate anglophone',
    ),
    R(
        'UC-35',
        'uniformed',
        'Justice and Corrections requirements',
        'Rapidly deployable justice and corrections experts',
        'Member States are requested to nominate and commit to providing to the UN, rapidly deployable '
        'experts, including corrections experts for time-bound deployments with substantive and operational '
        'experience.',
        kind='expertise',
        quote='Member States are requested to nominate and commit',
    ),
    R(
        'UC-36',
        'uniformed',
        'Justice and Corrections requirements',
        'Francophone international magistrates for the Special Criminal Court',
        'MINUSCA: Member States are requested to nominate francophone international magistrates for '
        'secondment to the Special Criminal Court in Bangui, Central African Republic. Supported by the',
        kind='expertise',
        quote='MINUSCA: Member States are requested to nominate f',
        missions=('MINUSCA',),
    ),
    R(
        'UC-37',
        'uniformed',
        'Justice and Corrections requirements',
        'Equipment for prison functions of government-provided experts',
        'MINUSCA: Member States to provide essential equipment required for operational prison functions of '
        'government-provided experts, including shields, protective gear, helmets, slash- and stab-proof '
        'vests, gloves, metal detectors and batons.',
        kind='equipment',
        quote='MINUSCA: Member States to provide essential equipm',
        missions=('MINUSCA',),
    ),
    R(
        'UC-38',
        'uniformed',
        'Justice and Corrections requirements',
        'Host the UN Conference on Corrections in Peacekeeping',
        'Member States are requested to host the UN Conference on Corrections in Peacekeeping as a platform '
        'to strengthen corrections support within UN settings and identify areas of collaboration.',
        kind='hosting',
        quote='Member States are requested to host the UN Confere',
    ),
    R(
        'UC-39',
        'uniformed',
        'Justice and Corrections requirements',
        'Guidance to combat prison overcrowding',
        'Member States are requested to provide expertise to assist developing operational guidance for '
        'peacekeeping to combat overcrowding in prisons in post-conflict and resource-poor settings.',
        kind='expertise',
        quote='Member States are requested to provide expertise t',
    ),
    R(
        'UC-40',
        'uniformed',
        'Accountability for serious crimes against peacekeepers',
        'Experts to bring perpetrators of crimes against peacekeepers to justice',
        'Member States are asked to support missions with experts on a temporary basis that can assist host '
        'country authorities in bringing alleged perpetrators of crimes against peacekeepers to justice. This'
        ' includes the deployment of specialized personnel who can assist national authorities in the '
        'investigation and prosecution of these cases, or in the provision of transport, communication or '
        'forensic equipment to facilitate those processes.',
        kind='expertise',
        quote='Member States are asked to support missions with e',
    ),
]
