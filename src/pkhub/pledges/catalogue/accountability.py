"""The Berlin 2025 pledging guide, as requirements: Strategic and operational integration, safety and security, support, climate adaptation, performance, conduct and discipline.

Transcribed from `content/pledging_guide_berlin_2025.txt`; descriptions are the guide's words, `quote` is
where the record starts in the guide (the catalogue test finds it there).
"""

from pkhub.pledges.catalogue.record import R

REQUIREMENTS = [
    R(
        'SI-01',
        'integration',
        'Strategic and operational integration',
        'Experts with planning and training expertise',
        'Member States are asked to support integrated planning capacities at HQ and mission levels, in '
        'particular through the deployment of experts with planning and training expertise.',
        kind='expertise',
        quote='deployment of experts with planning and training expertise',
    ),
    R(
        'SI-02',
        'integration',
        'Strategic and operational integration',
        'Host a workshop for mission military and civilian planners',
        'Pledge to host and organize a workshop for mission military and civilian planners.',
        kind='hosting',
        quote='Pledge to host and organize a workshop for mission military and civilian planners',
        quantity=1,
    ),
    R(
        'SI-03',
        'integration',
        'Strategic and operational integration',
        'Strategic planning training modules',
        'Provide technical support for the design and delivery of strategic planning training modules that '
        'can be tailored to different target audiences in peacekeeping settings, with a focus on '
        'strengthening strategic and operational planning.',
        kind='training',
        quote='Provide technical support for the design and delivery of strategic planning training modules',
    ),
    R(
        'SS-01',
        'safety',
        'Action Plan for improving Security for Peacekeepers',
        'Host a workshop on the Action Plan for improving security of peacekeepers',
        'Pledge to host and organize one workshop on the action plan for improving security for peacekeepers '
        'during 2025 for a team from UNHQ and participating missions.',
        kind='hosting',
        quote='Pledge to host and organize one workshop on the ac',
        quantity=1,
    ),
    R(
        'SS-02',
        'safety',
        'Technology solutions related to safety and security of peacekeepers',
        'Drone forensic and record analysis technologies and an imagery hub',
        'Work with the Global Services Centre on efforts to countering UAS and drone risks / threats and '
        'imagery interpretation through the deployment of drone forensic and record analysis technologies and'
        ' an aerial and satellite imagery hub.',
        kind='equipment',
        quote='Work with the Global Services Centre on efforts to',
    ),
    R(
        'SS-03',
        'safety',
        'Technology solutions related to safety and security of peacekeepers',
        'Expansion and integration of UN Smart Camp technologies',
        'Pledge to provide expertise and training for the expansion and integration of UN Smart Camp '
        'technologies and solutions, including capacities required to enhance the deployment of the Field '
        'Remote Infrastructure Monitoring (FRIM) systems, life support systems, UAS patrolling, base defence '
        'systems, and other technology innovations.',
        kind='expertise',
        quote='Pledge to provide expertise and training for the e',
    ),
    R(
        'SS-04',
        'safety',
        'Peacekeeping-Intelligence training',
        'Peacekeeping-intelligence and early warning training (PKIA)',
        'Pledge to support the development and delivery of peacekeeping-intelligence (PKI) and early warning '
        '(EW) training through the Peacekeeping-Intelligence Academy (PKIA). In particular, request for '
        'Member State support to develop and deliver a course on PKISR.',
        kind='training',
        quote='Pledge to support the development and delivery of',
    ),
    R(
        'SS-05',
        'safety',
        'Peacekeeping-Intelligence training',
        'Pre-deployment training for military peacekeeping-intelligence',
        'Pledge to support PKIA efforts to enhance pre-deployment training for Military Peacekeeping-'
        'Intelligence (MPKI) through partnerships between the PKIA and Member State training centres.',
        kind='training',
        quote='Pledge to support PKIA efforts to enhance pre-depl',
    ),
    R(
        'SS-06',
        'safety',
        'Mine action',
        'UNMAS IED Threat Mitigation Advisory Team',
        'Pledge to support the UNMAS improvised explosive devices (IED) Threat Mitigation Advisory Team / '
        'mobile training team for the period from September 2025 onwards, including by providing trainers.',
        kind='training',
        quote='Pledge to support the UNMAS improvised explosive d',
    ),
    R(
        'SS-07',
        'safety',
        'Mine action',
        'Mobile training team for counter-IED and WAM training',
        'Pledge of one Mobile Training Teams (MTT) for counter-IED (C-IED) training and Weapons Ammunition '
        'Management (WAM) training.',
        kind='training',
        quote='Pledge of one Mobile Training Teams (MTT) for coun',
        quantity=1,
    ),
    R(
        'SS-08',
        'safety',
        'Mine action',
        'Bilateral support to build national C-IED capacity',
        'Member States to pledge to have bilateral support to TCCs / Member States that need to build '
        'national C-IED capacity',
        kind='training',
        quote='Member States to pledge to have bilateral support',
    ),
    R(
        'SS-09',
        'safety',
        'Mine action',
        'Weapons and Ammunition Management',
        'Weapons and Ammunition Management: Request for pledges to host or provide trainers for weapons and '
        'ammunition management (WAM) training in the UN Manual on Ammunition Management (UNMAM). This will '
        'enable T/PCCs to train experts to manage ammunition in missions.',
        kind='training',
        quote='Weapons and Ammunition Management: Request for ple',
    ),
    R(
        'SS-10',
        'safety',
        'Mine action',
        'Eco-friendly portable incinerator',
        'Provision of an eco-friendly portable incinerator capable of clean burn of small arms ammunition '
        'that can be deployed to missions as and when required.',
        kind='equipment',
        quote='Provision of an eco-friendly portable incinerator',
    ),
    R(
        'SS-11',
        'safety',
        'Mine action',
        'UNPOL IED awareness',
        'UNPOL IED awareness: FPU are mostly exposed and have been undertaking in-mission training to raise '
        'awareness. However, most FPUs do not undergo pre-deployment training. Staff awareness training is '
        'limited.',
        kind='training',
        quote='UNPOL IED awareness: FPU are mostly exposed and ha',
    ),
    R(
        'SS-12',
        'safety',
        'Mine action',
        'Triangular Partnership Programme (TPP)',
        'Triangular Partnership Programme (TPP): Pledge to support C-IED training to TCCs.',
        kind='training',
        quote='Triangular Partnership Programme (TPP): Pledge to',
    ),
    R(
        'SS-13',
        'safety',
        'Mine action',
        'Translate EOD/IEDD manuals, standards and policy',
        'Translate existing EOD/IEDD manuals, standards and policy to other UN languages.',
        kind='translation',
        quote='Translate existing EOD/IEDD manuals, standards and',
    ),
    R(
        'SS-14',
        'safety',
        'Strengthening medical support to peacekeeping missions',
        'Access to medical support',
        'Access to medical support: Implement EarthMed in all Level 1+ and above TCC hospitals as well as '
        'other T/PCC healthcare facilities identified as telemedicine service providers.',
        kind='other',
        quote='Access to medical support: Implement EarthMed in a',
    ),
    R(
        'SS-15',
        'safety',
        'Strengthening medical support to peacekeeping missions',
        'Ensuring Occupational Safety and Health',
        'Ensuring Occupational Safety and Health: To ensure the reduction of in-mission mortality and '
        'morbidity rates, develop and roll-out of a comprehensive training curriculum for Military Hygiene '
        'officers within the office of the Force Medical Officer (FMO), and focal points identified by the '
        'T/PCC Commanders at the contingent level.',
        kind='training',
        quote='Ensuring Occupational Safety and Health: To ensure',
    ),
    R(
        'SS-16',
        'safety',
        'Strengthening medical support to peacekeeping missions',
        'Mental health support for uniformed peacekeeping personnel',
        'Mental health support for uniformed peacekeeping personnel: Member States are further encouraged to '
        'widely distribute and use the UN MindCompanion app.',
        kind='other',
        quote='Mental health support for uniformed peacekeeping p',
    ),
    R(
        'SS-17',
        'safety',
        'Strengthening medical support to peacekeeping missions',
        'Medical training',
        'Medical training: Support UN Field Medical Assistants Course (FMAC) for non-medical personnel and '
        'FMAC training of trainers (TOT) for medical personnel by providing personnel, hosting facilities, '
        'and equipment through the Triangular Partnership Programme.',
        kind='training',
        quote='Medical training: Support UN Field Medical Assista',
    ),
    R(
        'SS-18',
        'safety',
        'Strengthening medical support to peacekeeping missions',
        'Telemedicine',
        'Telemedicine: Support further development of telemedicine capabilities in missions and its '
        'mainstreaming under the Triangular Partnership Programme.',
        kind='other',
        quote='Telemedicine: Support further development of telem',
    ),
    R(
        'SS-19',
        'safety',
        'Strengthening medical support to peacekeeping missions',
        'Translation of medical training materials',
        'Translation of medical training materials: Through the translation of FMAC course materials into TCC'
        ' command languages, enhance access and further mainstream course content within national level FMAC '
        'pre-deployment trainings.',
        kind='translation',
        quote='Translation of medical training materials: Through',
    ),
    R(
        'SS-20',
        'safety',
        'Strengthening medical support to peacekeeping missions',
        'Lifesaving modules',
        'Lifesaving modules: Improve capacity to respond to medical emergencies in peacekeeping by optimizing'
        ' medical support solutions (specifically Damage Control Surgery (DCS) and Aeromedical Evacuation '
        '(AME) modules, including list and quantities for equipment, consumables and pharmaceuticals) through'
        ' provision of subject matter experts.',
        kind='expertise',
        quote='Lifesaving modules: Improve capacity to respond to',
    ),
    R(
        'SS-21',
        'safety',
        'Strengthening medical support to peacekeeping missions',
        'Blood availability',
        'Blood availability: Increase resilience by augmenting portfolio of supply chain solutions to ensure '
        'availability and timely delivery of blood and blood products.',
        kind='other',
        quote='Blood availability: Increase resilience by augment',
    ),
    R(
        'SS-22',
        'safety',
        'Strengthening medical support to peacekeeping missions',
        'Food rations',
        'Food rations: Lead the revision of the UN Rations Scale to meet nutritional, cultural, and gender '
        'requirements while also working towards achieving zero food waste.',
        kind='expertise',
        quote='Food rations: Lead the revision of the UN Rations',
    ),
    R(
        'SO-01',
        'support',
        '',
        'Strategic air and surface movement assets on call',
        'Pledge strategic air and surface movement assets and /or capabilities, to be provided on-call and as'
        ' available, to enhance the rapid response options in emergency or other special situations.',
        kind='equipment',
        quote='Pledge strategic air and surface movement assets a',
    ),
    R(
        'SO-02',
        'support',
        '',
        'Supply chain management training and the 3R programme',
        'Pledge to train personnel and share expertise in supply chain management solutions, including the '
        'scaling and operational integration of the Return, Refurbish, Reuse (3R) programme for diverse types'
        ' of assets, and assessing its feasibility for expansion to other entities and locations.',
        kind='training',
        quote='Pledge to train personnel and share expertise in s',
    ),
    R(
        'SO-03',
        'support',
        '',
        'Sustainable and environmentally efficient supply chain innovations',
        'Pledge to contribute technical expertise and training for the development of sustainable and '
        'environmentally efficient supply chain innovations, such as deploying flexible grids for renewable '
        'energy, implementing hydrogen-based energy storage systems, enhancing ground stabilization '
        'techniques for infrastructure, and advancing the integration of digital tools for environmental '
        'planning and design.',
        kind='expertise',
        quote='Pledge to contribute technical expertise and train',
    ),
    R(
        'CA-01',
        'climate',
        '',
        'Climate adaptation training',
        'Climate adaptation training: Host or provide expertise for a training on how to address '
        'environmental and climate-related risks (e.g., host TTX with UN and regional partners, provide '
        'training consultant support for UN curriculum development)',
        kind='training',
        quote='Climate adaptation training: Host or provide exper',
    ),
    R(
        'CA-02',
        'climate',
        '',
        'Climate adaptation workshop',
        'Climate adaptation workshop: Hosting a TCC workshop/learning initiative on “climate adaptation” for '
        'UNPKOs (e.g., learning/workshop on TCC experience working in climate-impacted environments and what '
        'lessons for the future).',
        kind='hosting',
        quote='Climate adaptation workshop: Hosting a TCC worksho',
    ),
    R(
        'PE-01',
        'performance',
        '',
        'Perception surveys',
        'Perception surveys: In consultation with missions, commission local contractors for data collection '
        'for population-based perception surveys, prepared and implemented with the support of OUSG DPO.',
        kind='other',
        quote='Perception surveys: In consultation with missions,',
    ),
    R(
        'PE-02',
        'performance',
        '',
        'A4P+/peacekeeping reform',
        'A4P+/peacekeeping reform: Host a workshop where mission focal points and OUSG DPO discuss i) how to '
        'best use the findings from A4P+ reporting and its overall framework to inform their work; ii) how to'
        ' improve the presentation of findings to further advance peacekeeping reform.',
        kind='hosting',
        quote='A4P+/peacekeeping reform: Host a workshop where mi',
    ),
    R(
        'CD-01',
        'conduct',
        '',
        'Pre-deployment training',
        'Pre-deployment training: T/PCCs should commit to continue conducting and strengthening core and '
        'specialized pre-deployment training to meet UN standards toward the communities’ peacekeepers serve '
        'to protect, including to commit to integrate the UN Reinforcement Training Programme into pre-'
        'deployment training for commanders to exercise effective risk management and command and control, '
        'particularly with regard to protection from sexual exploitation and abuse.',
        kind='training',
        quote='Pre-deployment training: T/PCCs should commit to c',
    ),
    R(
        'CD-02',
        'conduct',
        '',
        'Translate the UN Reinforcement Training Programme',
        'Translate the UN Reinforcement Training Programme into languages (other than the official UN '
        'languages) to support its wider implementation.',
        kind='translation',
        quote='Translate the UN Reinforcement Training Programme',
    ),
    R(
        'CD-03',
        'conduct',
        '',
        'Pre-deployment training on standards of conduct (sexual harassment, discrimination, abuse of authority)',
        'As all UN personnel are entitled to be treated with dignity and respect and are aware of their role '
        'and responsibilities in maintaining a workplace free of any form of discrimination, harassment, '
        'including sexual harassment, and abuse of authority, T/PCCs should commit to include dedicated pre-'
        'deployment training for all uniformed personnel, including commanders, on these standards of conduct'
        ' and to engage with the Secretariat to improve training efforts in this area.',
        kind='training',
        quote='As all UN personnel are entitled to be treated wit',
    ),
    R(
        'CD-04',
        'conduct',
        '',
        'SEA Trust Fund contribution',
        'SEA Trust Fund contribution: Member States are asked to consider making or renewing a voluntary '
        'contribution to the Trust Fund in Support of Victims of Sexual Exploitation and Abuse.',
        kind='other',
        quote='SEA Trust Fund contribution: Member States are ask',
        fundable=True,
        category='conduct',
    ),
    R(
        'CD-05',
        'conduct',
        '',
        'Partner to host workshops on prevention of misconduct and accountability',
        'Partner with the Secretariat to host or facilitate workshops or meetings of Member States aimed at '
        'enhancing the prevention of misconduct, accountability, and remedial action, including in the '
        'following area: (i) increasing the use of the Member State Module for tracking cases of misconduct; '
        '(ii) strengthening the prevention and response to sexual harassment impacting uniformed personnel; '
        '(iii) improving availability, accessibility and sustainability of assistance and support to victims '
        'of sexual exploitation and abuse; (iv) strengthening responsiveness to pending allegations of sexual'
        ' exploitation and abuse; and/or (v) resolution of pending paternity claims.',
        kind='hosting',
        quote='Partner with the Secretariat to host or facilitate',
    ),
    R(
        'CD-06',
        'conduct',
        '',
        'Conduct and Discipline Action Plans',
        'Conduct and Discipline Action Plans: T/PCCs should commit, with support from the Secretariat, '
        'develop and adopt conduct and discipline Action Plans which would include measures and actions to '
        'prevent misconduct, address allegations and provide support and assistance to victims of sexual '
        'exploitation and abuse.',
        kind='other',
        quote='Conduct and Discipline Action Plans: T/PCCs should',
    ),
    R(
        'CD-07',
        'conduct',
        '',
        'Provide expertise',
        'Provide expertise: Provide expertise to support the enhancement of strategic policy and operational '
        'administration of allegations of misconduct, including pending paternity claims.',
        kind='expertise',
        quote='Provide expertise: Provide expertise to support th',
    ),
    R(
        'CD-08',
        'conduct',
        '',
        'Good practices',
        'Good practices: Engage with the Conduct and Discipline Service to share information and challenges '
        "related to pre-deployment or specialized training on the United Nations' standards of conduct "
        'related to sexual harassment, and share any good practices, to work together toward strengthening '
        'training tools and methods on sexual harassment.',
        kind='other',
        quote='Good practices: Engage with the Conduct and Discip',
    ),
]
