"""The Berlin 2025 pledging guide, as requirements: Women, peace and security.

Transcribed from `content/pledging_guide_berlin_2025.txt`; descriptions are the guide's words, `quote` is
where the record starts in the guide (the catalogue test finds it there).
"""

from pkhub.pledges.catalogue.record import R

REQUIREMENTS = [
    R(
        'WPS-01',
        'wps',
        'Participation of women in peace and political processes',
        "Biennial high-level forums on women's participation",
        'Pledge to convene, facilitate or support host governments in the organization of biennial multi-'
        "stakeholder, high-level forums on women's participation in peace and security matters to mark the "
        'UNSCR 1325 25th anniversary and Beijing 30+ to discuss impact.',
        kind='hosting',
        quote='Pledge to convene, facilitate or support host gove',
    ),
    R(
        'WPS-02',
        'wps',
        'Participation of women in peace and political processes',
        "Cross-mission learning forums on women's participation",
        'Pledge to host cross-mission learning forums (seminars, networking workshops) on lessons learnt and '
        'good practices on supporting women’s participation in peace and political processes for local '
        'women’s organizations from peacekeeping contexts, peacekeeping personnel, other UN entities, '
        'international actors and academia/think tanks.',
        kind='hosting',
        quote='Pledge to host cross-mission learning forums (semi',
    ),
    R(
        'WPS-03',
        'wps',
        'Gender integration: Leadership and technical gender expertise, tools and training',
        'Nominations and recognition',
        'Nominations and recognition: Nominate men and women candidates for leadership positions with '
        'demonstrated knowledge and commitment to taking transformative actions to accelerate gender equality'
        ' and WPS commitments, both in the workplace and in mandate delivery positions, as well as in '
        'creating enabling environments.',
        kind='expertise',
        quote='Nominations and recognition: Nominate men and wome',
    ),
    R(
        'WPS-04',
        'wps',
        'Gender integration: Leadership and technical gender expertise, tools and training',
        'Recognition frameworks for gender-responsive commanding officers',
        'Put in place recognition or evaluation frameworks for commanding officers that include a recognition'
        ' or evaluation of their role as gender-responsive leaders',
        kind='other',
        quote='Put in place recognition or evaluation frameworks',
    ),
    R(
        'WPS-05',
        'wps',
        'Gender integration: Leadership and technical gender expertise, tools and training',
        'Gender-responsive leadership training for commanding officers',
        'Training: Ensure all commanding officers deployed to UN Peacekeeping are trained on gender-'
        'responsive leadership',
        kind='training',
        quote='Training: Ensure all commanding officers deployed',
    ),
    R(
        'WPS-06',
        'wps',
        'Gender integration: Leadership and technical gender expertise, tools and training',
        'Gender-responsive leadership modules in military and police leadership training',
        'Training: Ensure gender responsive leadership modules in all existing military and police leadership'
        ' training for leaders of all levels',
        kind='training',
        quote='Training: Ensure gender responsive leadership modu',
    ),
    R(
        'WPS-07',
        'wps',
        'Gender integration: Leadership and technical gender expertise, tools and training',
        'Gender and WPS expertise to the Standing Capacity for SSR and Governance',
        'Pledge expertise in gender equality and WPS to the UN Standing Capacity for Security Sector Reform '
        'and Governance, ensuring rapid access to specialized support for Member States and peace operations.',
        kind='expertise',
        quote='Pledge expertise in gender equality and WPS to the',
    ),
    R(
        'WPS-08',
        'wps',
        'Gender integration: Leadership and technical gender expertise, tools and training',
        'Pre-deployment training for Military Gender Advisors',
        'Provide training to Military Gender Advisors before deployment',
        kind='training',
        quote='Provide training to Military Gender Advisors befor',
    ),
    R(
        'WPS-09',
        'wps',
        'Gender integration: Leadership and technical gender expertise, tools and training',
        'Planners with gender expertise in U2, U3, U5 positions',
        'Include planners trained on gender expertise in U2, U3, U5 planning positions and those of all '
        'formed contingents deployed.',
        kind='expertise',
        quote='Include planners trained on gender expertise in U2',
    ),
    R(
        'WPS-10',
        'wps',
        'Gender integration: Leadership and technical gender expertise, tools and training',
        'Reinforce developing military tools',
        'Reinforce developing military tools: The development of a toolset for the operational and tactical '
        'planning and assessment of gender integration in the work of military components is an essential '
        'requirement.',
        kind='expertise',
        quote='Reinforce developing military tools: The developme',
    ),
    R(
        'WPS-11',
        'wps',
        'Gender integration: Leadership and technical gender expertise, tools and training',
        'Training for all peacekeepers',
        'Training for all peacekeepers: Integrate gender equality and WPS deliverables in all the training '
        'packages, modules, and resource materials provided to uniformed personnel deploying to missions, '
        'working in coordination and partnership with DPO.',
        kind='training',
        quote='Training for all peacekeepers: Integrate gender eq',
    ),
    R(
        'WPS-12',
        'wps',
        'Gender integration: Leadership and technical gender expertise, tools and training',
        'Host a course on gender and WPS in planning and budgeting',
        'Host specialized training course on integrating gender and WPS in strategic planning, programming '
        'and budgeting processes in peacekeeping.',
        kind='hosting',
        quote='Host specialized training course on integrating ge',
    ),
    R(
        'WPS-13',
        'wps',
        'Gender integration: Leadership and technical gender expertise, tools and training',
        'Women’s Military Peace Operations Course (WMPOC)',
        'Women’s Military Peace Operations Course (WMPOC): Pledge to host WMPOC courses.',
        kind='hosting',
        quote='Women’s Military Peace Operations Course (WMPOC):',
    ),
    R(
        'WPS-14',
        'wps',
        'Women in Peacekeeping',
        'Uniformed Gender Parity Strategy targets for 2025',
        'Targets: Pledge to meet the Secretary-General’s Uniformed Gender Parity Strategy targets for 2025 by'
        ' deploying a minimum women representation of',
        kind='other',
        quote='Targets: Pledge to meet the Secretary-General’s Un',
        target='22% UNMEM and SOs; 12% contingent troops; 25% IPO; 15% FPU; 30% justice and corrections GPP',
    ),
    R(
        'WPS-15',
        'wps',
        'Women in Peacekeeping',
        'Engagement platoons with 50% women',
        'Engagement Platoons: Meet the requirement of 50% participation of women to ensure this critical '
        'capability',
        kind='unit',
        quote='Engagement Platoons: Meet the requirement of 50% p',
        target='50% women',
        capability='engagement-platoon',
    ),
    R(
        'WPS-16',
        'wps',
        'Women in Peacekeeping',
        'Gender-integrated FPUs',
        "Gender-integrated FPUs: PCCs to apply the FPU policy requirements on female police officers' "
        'representation (equivalent to one platoon size) across all functions including command.',
        kind='unit',
        quote='Gender-integrated FPUs: PCCs to apply the FPU poli',
        target='one platoon of women',
        capability='formed-police-unit',
    ),
    R(
        'WPS-17',
        'wps',
        'Women in Peacekeeping',
        'Women nominated to senior leadership roles',
        'Senior leadership roles: Police or Force Chief of Staff, Chief of Operations, Sector Chief and '
        'Deputy Sector Chief, MHQ Team Leaders, Sector Team Leaders, Team Site Leaders and Section Chiefs; '
        'Commander and Deputy Commander, Platoon Leader, FPU Squad/Section Chief',
        kind='expertise',
        quote='Senior leadership roles: Police or Force Chief of',
    ),
    R(
        'WPS-18',
        'wps',
        'Women in Peacekeeping',
        'Women nominated to operational, logistics, training and planning roles',
        'All operational, logistics, training, military planning (in the U/S-2, U/S-3, U/S-5), peacekeeping-'
        'intelligence, including in Force / Police HQ,',
        kind='expertise',
        quote='All operational, logistics, training, military pla',
    ),
    R(
        'WPS-19',
        'wps',
        'Women in Peacekeeping',
        'Women nominated to specialised justice roles',
        'Specialised justice government-provided personnel roles, both anglophone and francophone, including '
        'digital investigation, forensic analysis, military armament and ammunition, military justice and '
        'gender-justice.',
        kind='expertise',
        quote='Specialised justice government-provided personnel',
    ),
    R(
        'WPS-20',
        'wps',
        'Women in Peacekeeping',
        'Uniformed women deployed as doctors',
        'Nominate and deploy more uniformed women as doctors.',
        kind='expertise',
        quote='Nominate and deploy more uniformed women as doctor',
    ),
    R(
        'WPS-21',
        'wps',
        'Women in Peacekeeping',
        'Barrier assessments',
        'Pledge to undertake barrier assessments to assess barriers and good practices to the full, equal and'
        ' meaningful participation of women, including in leadership positions, in national security '
        'institutions and to deployment to UN peace operations,',
        kind='other',
        quote='Pledge to undertake barrier assessments to assess',
    ),
    R(
        'WPS-22',
        'wps',
        'Women in Peacekeeping',
        'Database of women eligible for deployment',
        'Maintain a database of women eligible for deployment',
        kind='other',
        quote='Maintain a database of women eligible for deployme',
    ),
    R(
        'WPS-23',
        'wps',
        'Women in Peacekeeping',
        'National cadre of senior women leaders',
        'Develop a national cadre of senior women leaders eligible for uniformed leadership positions in '
        'peacekeeping, e.g. through national talent pipelines, targeted professional development, or targeted'
        ' quotas specific to rank, role, and unit.',
        kind='other',
        quote='Develop a national cadre of senior women leaders e',
    ),
    R(
        'WPS-24',
        'wps',
        'Women in Peacekeeping',
        'Innovative approaches to address barriers',
        'Pilot innovative approaches to address specific barriers identified in your country',
        kind='other',
        quote='Pilot innovative approaches to address specific ba',
    ),
    R(
        'WPS-25',
        'wps',
        'Women in Peacekeeping',
        'National mentoring and networking programmes',
        'Establish national mentoring/networking programmes that involve previously deployed women.',
        kind='other',
        quote='Establish national mentoring/networking programmes',
    ),
    R(
        'WPS-26',
        'wps',
        'Women in Peacekeeping',
        'Pipeline for mid- to senior-level uniformed women',
        'Provide capacity to develop a pipeline for mid- to senior-level uniformed women.',
        kind='other',
        quote='Provide capacity to develop a pipeline for mid- to',
    ),
    R(
        'WPS-27',
        'wps',
        'Women in Peacekeeping',
        'Nominations to the Senior Women Talent Pipeline',
        'T/PCCs to nominate personnel for the Senior Women Talent Pipeline (SWTP) to increase female senior '
        'civilian mission leaders, particularly in missions with low parity level.',
        kind='expertise',
        quote='T/PCCs to nominate personnel for the Senior Women',
    ),
    R(
        'WPS-28',
        'wps',
        'Women in Peacekeeping',
        'Support to the Programme of Leadership Support',
        'Express support for the Programme of Leadership Support for civilian and uniformed Heads and Deputy '
        'Heads of Missions, which aims to improve the retention of strong leaders, including women leaders, '
        'through onboarding and off-boarding support, on the job support, moral and psychological support, a '
        'women leadership network, and teambuilding.',
        kind='other',
        quote='Express support for the Programme of Leadership Su',
    ),
    R(
        'WPS-29',
        'wps',
        'Women in Peacekeeping',
        'Pilot Network among uniformed women',
        'Promote the Pilot Network among uniformed women in contributing countries ahead of their deployment '
        'to missions where the network is piloted.',
        kind='other',
        quote='Promote the Pilot Network among uniformed women in',
    ),
    R(
        'WPS-30',
        'wps',
        'Women in Peacekeeping',
        'Gender-sensitive camp design',
        'Implement gender-sensitive design recommendations in all T/PCC maintained camps, as per the Elsie '
        'Initiative for Field Missions guidance.',
        kind='other',
        quote='Implement gender-sensitive design recommendations',
    ),
    R(
        'WPS-31',
        'wps',
        'Women in Peacekeeping',
        'Data on women to be deployed',
        'Provide data on the number of women to be deployed well before deployment to allow for proper '
        'mission support planning to adapt camps.',
        kind='other',
        quote='Provide data on the number of women to be deployed',
    ),
    R(
        'WPS-32',
        'wps',
        'Women in Peacekeeping',
        'Gender-sensitive accommodations and facilities',
        'gender-sensitive accommodations and facilities, including sanitation facilities separated by gender '
        'that provide for proper disposal of sanitary products,',
        kind='equipment',
        quote='gender-sensitive accommodations and facilities, in',
    ),
    R(
        'WPS-33',
        'wps',
        'Women in Peacekeeping',
        'Welfare areas for women and men',
        'welfare areas that provide options and access to women and men, and',
        kind='equipment',
        quote='welfare areas that provide options and access to w',
    ),
    R(
        'WPS-34',
        'wps',
        'Women in Peacekeeping',
        'Uniforms, body armour and protective equipment in a broader size range',
        'broader size range of uniforms, body armour and personal protective equipment that take into account'
        ' the physical differences between women and men,',
        kind='equipment',
        quote='broader size range of uniforms, body armour and pe',
    ),
    R(
        'WPS-35',
        'wps',
        'Women in Peacekeeping',
        'Sanitary products for the tour of duty',
        'sufficient sanitary products for the tour of duty, and',
        kind='equipment',
        quote='sufficient sanitary products for the tour of duty,',
    ),
    R(
        'WPS-36',
        'wps',
        'Women in Peacekeeping',
        'Portable toilets and mobile ablution kits for patrols',
        'portable toilets/mobile ablution kits for short and long-range patrols.',
        kind='equipment',
        quote='portable toilets/mobile ablution kits for short an',
    ),
    R(
        'WPS-37',
        'wps',
        'Women in Peacekeeping',
        'Access to essential medicines for women',
        'Streamlined access to essential medicines needed;',
        kind='other',
        quote='Streamlined access to essential medicines needed;',
    ),
    R(
        'WPS-38',
        'wps',
        'Women in Peacekeeping',
        "Professional support on women's health to medical units",
        "Professional support to T/PCCs medical units in upgrading the knowledge and skillsets on women's "
        'health to promote the delivery of gender-sensitive healthcare in missions as provided for by the CoE'
        ' Manual;',
        kind='expertise',
        quote='Professional support to T/PCCs medical units in up',
    ),
    R(
        'WPS-39',
        'wps',
        'Women in Peacekeeping',
        "Refresher women's health training for medical teams",
        "Provide refresher women's health training to T/PCC medical teams in pre-deployment preparedness "
        'training to strengthen cohesive operational capabilities in emergency care and gender-sensitive '
        'healthcare services for female personnel in the field;',
        kind='training',
        quote="Provide refresher women's health training to T/PCC",
    ),
    R(
        'WPS-40',
        'wps',
        'Women in Peacekeeping',
        'Gender-sensitive post-deployment healthcare',
        'Provide gender-sensitive post-deployment healthcare services.',
        kind='other',
        quote='Provide gender-sensitive post-deployment healthcar',
    ),
    R(
        'WPS-41',
        'wps',
        'Women in Peacekeeping',
        'Exchanges of practices and lessons',
        'Exchanges of practices and lessons: Share lessons learned with other Member States and organize '
        'regional or international exchanges of good practice on strengthening the participation of women in '
        'national security institutions and in UN peacekeeping, for example by creating capacity-building '
        'partnerships on undertaking barrier assessments etc.',
        kind='hosting',
        quote='Exchanges of practices and lessons: Share lessons',
    ),
    R(
        'WPS-42',
        'wps',
        'Women in Peacekeeping',
        'Elsie Initiative Fund',
        'Support the Elsie Initiative Fund (EIF) to accelerate the pace of change in security institutions to'
        ' enable more uniformed women to meaningfully deploy to and participate in peace operations.',
        kind='other',
        quote='Support the Elsie Initiative Fund (EIF) to acceler',
        fundable=True,
        category='wps',
    ),
]
