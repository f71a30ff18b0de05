"""The Berlin 2025 pledging guide, as requirements: Environment and strategic communications.

Transcribed from `content/pledging_guide_berlin_2025.txt`; descriptions are the guide's words, `quote` is
where the record starts in the guide (the catalogue test finds it there).
"""

from pkhub.pledges.catalogue.record import R

REQUIREMENTS = [
    R(
        'EN-01',
        'environment',
        'Responsibility',
        'Portable field toilets and latrine sets',
        'Deploy, or partner with a T/PCC to deploy, portable field toilets, field latrine sets, dry toilets, '
        'or chemical toilets to ensure proper sanitation and wastewater management during temporary '
        'deployments.',
        kind='equipment',
        quote='Deploy, or partner with a T/PCC to deploy, portabl',
    ),
    R(
        'EN-02',
        'environment',
        'Responsibility',
        'Military officers with environmental management expertise',
        'Deploy military officers with environmental management or environmental engineering background and '
        'expertise to accelerate improvement in environmental practices across camps.',
        kind='expertise',
        quote='Deploy military officers with environmental manage',
    ),
    R(
        'EN-03',
        'environment',
        'Ambition',
        'Renewable energy systems deployed under COE reimbursement',
        'Deployment of renewable energy systems at one or more locations, benefiting from the COE '
        'reimbursement modalities for renewable energy systems.',
        kind='equipment',
        quote='Deployment of renewable energy systems at one or m',
    ),
    R(
        'EN-04',
        'environment',
        'Ambition',
        'Partner with T/PCCs to deploy renewable energy systems',
        'Partner with T/PCCs to deploy renewable energy systems in the field, including by providing and '
        'deploying equipment in the field, and by supporting the development of a sustainable training '
        'capacity at the relevant T/PCC training centres.',
        kind='equipment',
        quote='Partner with T/PCCs to deploy renewable energy sys',
    ),
    R(
        'EN-05',
        'environment',
        'Ambition',
        'UNOE renewable energy projects with DOS',
        'Partner with DOS to implement UNOE renewable energy projects in the field, to provide renewable '
        'energy-based electricity to co-located T/PCC and UN staff, improving efficiency and strengthening '
        'operational resilience of peacekeeping missions.',
        kind='other',
        quote='Partner with DOS to implement UNOE renewable energ',
    ),
    R(
        'EN-06',
        'environment',
        'Ambition',
        'Donate large-scale renewable energy systems',
        'Donate large-scale renewable energy systems, including energy storage systems, to the UN in an '
        'effort to provide electricity to co-located T/PCCs in large super camps.',
        kind='equipment',
        quote='Donate large-scale renewable energy systems, inclu',
    ),
    R(
        'EN-07',
        'environment',
        'Ambition',
        'Energy and water meters',
        'Support in the deployment of energy and water meters, along with other smart camp technologies, in '
        'the field, contributing to the reduction of the environmental footprint of camps.',
        kind='equipment',
        quote='Support in the deployment of energy and water mete',
    ),
    R(
        'EN-08',
        'environment',
        'Ambition',
        'Plastic pollution reduction initiatives',
        'Pilot and document plastic pollution reduction initiatives in the field, including deploying with '
        'biodegradable and/or compostable tableware material as proposed in the COE Manual 2023, and with '
        'reusable water containers.',
        kind='other',
        quote='Pilot and document plastic pollution reduction ini',
    ),
    R(
        'EN-09',
        'environment',
        'Legacy',
        'Hand-over of COE water, energy and waste equipment to host communities',
        'Partner with DOS to pilot and explore mechanisms to successfully hand-over COE water treatment, '
        'energy production and waste management equipment to the host community upon contingent repatriation '
        'or in the context of camp closure.',
        kind='other',
        quote='Partner with DOS to pilot and explore mechanisms t',
    ),
    R(
        'SC-01',
        'communications',
        'Personnel and Specialized Capabilities',
        'Strategic communications expertise at HQ level',
        'Expertise at HQ level to support growing areas of strategic communications work including digital '
        'communications, WPS-related advocacy, promotion of peacekeeping accountability, and policy '
        'development. This support is needed in the context of short-term projects (2/3 months), medium term '
        'projects (6-12 months) and longer-term priorities (1-2 years).',
        kind='expertise',
        quote='Expertise at HQ level to support growing areas of',
    ),
    R(
        'SC-02',
        'communications',
        'Personnel and Specialized Capabilities',
        'Strategic communications surge expertise',
        'Contribution of technical expertise temporarily who could be deployed to peacekeeping missions when '
        'strategic communications surge support is required, including in the context of crisis '
        'communications to ensure timely and accurate responses.',
        kind='expertise',
        quote='Contribution of technical expertise temporarily wh',
    ),
    R(
        'SC-03',
        'communications',
        'Training',
        'Strategic communications training modules',
        'Support design and delivery of strategic communications training modules that can be tailored to '
        'different target audiences in peacekeeping settings, with a focus on strengthening proactive '
        'communications, crisis communications and reputational risk management, media engagement, gender-'
        'sensitive communications and digital/social media advocacy. The current priority is upskilling '
        'training for senior leadership as well as senior uniformed personnel with strategic communications '
        'functions. Collaborations with Peacekeeping Training Centres would be welcome in this regard.',
        kind='training',
        quote='Support design and delivery of strategic communica',
    ),
    R(
        'SC-04',
        'communications',
        'Tools',
        'AI-Powered Digital Asset Management tool / software',
        'AI-Powered Digital Asset Management tool / software: The UN Peacekeeping Digital Library is '
        'envisioned as a comprehensive digital repository, housing multimedia materials—photos, videos, audio'
        ' recordings, and documents—from the earliest peacekeeping missions to the present. As a first step, '
        'DPO is requesting expertise to create a prototype, either virtual (video demo) or live proof of '
        'concept (POC).',
        kind='expertise',
        quote='AI-Powered Digital Asset Management tool / softwar',
    ),
    R(
        'SC-05',
        'communications',
        'Tools',
        'Translation software/app for peacekeeping contexts',
        'Translation software/app for peacekeeping contexts: Development of a translation app for mobile '
        'devices that enables real-time interpretation between UN peacekeepers and local communities, '
        'improving communication and enhancing operational effectiveness. To develop a successful prototype, '
        'we seek expertise from Member States with capabilities in AI-driven',
        kind='expertise',
        quote='Translation software/app for peacekeeping contexts',
    ),
    R(
        'SC-06',
        'communications',
        'Personnel and Specialized Capabilities',
        'Uniformed experts in information operations and data science',
        'Contribution of uniformed experts in information operations, data science, information analysis, '
        'computational science and/or open-source peacekeeping-intelligence (OPKI) techniques. This expertise'
        ' is needed in DPO and missions (inter alia MONUSCO, MINUSCA, UNMISS, UNISFA, UNFICYP, UNIFIL).',
        kind='expertise',
        quote='Contribution of uniformed experts in information o',
        missions=('MINUSCA', 'MONUSCO', 'UNMISS', 'UNISFA', 'UNIFIL', 'UNFICYP'),
    ),
    R(
        'SC-07',
        'communications',
        'Personnel and Specialized Capabilities',
        'Civilian surge capacity on mis/disinformation',
        'Support by making available personnel for rapidly deployable civilian surge capacity with expertise '
        'in tackling mis/disinformation. The surge capacity would support missions in developing, '
        'coordinating and implementing strategies or plans to mitigate and respond to mis/disinformation, and'
        ' crisis management and response.',
        kind='expertise',
        quote='Support by making available personnel for rapidly',
    ),
    R(
        'SC-08',
        'communications',
        'Personnel and Specialized Capabilities',
        'MDH analytics tools (Unite Wave, MAIE)',
        'Facilitate and collaborate on developing and/or acquiring MDH related analytics tools, such as Unite'
        ' Wave and the Monitoring and Analysis of the Information Environment (MAIE) platform, including '
        'support for regular training.',
        kind='equipment',
        quote='Facilitate and collaborate on developing and/or ac',
    ),
    R(
        'SC-09',
        'communications',
        'Training',
        'Induction and refresher training on mis/disinformation and hate speech',
        'Commit to uniformed and civilian induction and in-mission refresher training on specific issues '
        'related to mis/disinformation and hate speech (e.g., MDH and protection of civilians)',
        kind='training',
        quote='Commit to uniformed and civilian induction and in-',
    ),
    R(
        'SC-10',
        'communications',
        'Training',
        'Trust-building workshops with host communities on information integrity',
        'T/PCCs to support trust-building workshops, roundtables, and other forms of engagement between '
        'communities in peacekeeping host countries on information integrity and tackling MDH.',
        kind='other',
        quote='T/PCCs to support trust-building workshops, roundt',
    ),
    R(
        'SC-11',
        'communications',
        'Training',
        'Translation of MDH training materials',
        'Facilitate language translation of training materials.',
        kind='translation',
        quote='Facilitate language translation of training materi',
    ),
    R(
        'SC-12',
        'communications',
        'Capacity building partnerships',
        'Triangular capacity building on addressing harmful information',
        'Facilitate triangular capacity building between T/PCCs and Member States to provide technical, '
        'financial, logistical and material support to facilitate training on addressing harmful information '
        'in UN contexts in line with Secretariat policy and guidance.',
        kind='training',
        quote='Facilitate triangular capacity building between T/',
    ),
    R(
        'SC-13',
        'communications',
        'Capacity building partnerships',
        'Host a roundtable on information operations',
        'Host roundtable meeting between DPO, missions and Member States with uniformed personnel '
        'specializing in information operations, to share best practices and lessons learned.',
        kind='hosting',
        quote='Host roundtable meeting between DPO, missions and',
    ),
    R(
        'SC-14',
        'communications',
        'Capacity building partnerships',
        'Host a roundtable with technology platforms on harmful information',
        'Host roundtable meeting between Member States, missions and technology platforms to discuss harmful '
        'information in peacekeeping environments and propose remedial action.',
        kind='hosting',
        quote='Host roundtable meeting between Member States, mis',
    ),
    R(
        'SC-15',
        'communications',
        'Capacity building partnerships',
        'Host a roundtable on national approaches to MDH',
        'Host roundtable meeting between DPO and Member States to share best practices and lessons learned '
        'from Member State approaches to MDH in their respective national contexts.',
        kind='hosting',
        quote='Host roundtable meeting between DPO and Member Sta',
    ),
]
