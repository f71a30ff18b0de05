"""The five modules. Module One comes from `content/module1.txt`; the titles of Modules Two to
Five are taken from the hub's training page (seed 001: "modules on peacekeeping and special
political missions, Security Council and General Assembly bodies, Secretariat Departments, and
Agencies, Funds and Programmes …, learning, guidance and communication resources …, practical
information on working at UN Headquarters"), and their sections are the ones Module One's
cross-references name, titled after what the reference says they hold. Their text is to come."""

MODULE_ONE_INTRO = (
    "This module provides an overview of the two Departments within the Peace and Security Pillar, the "
    "single-regional structure, and shared services that provide support and coverage to the Pillar. This module "
    "also includes information on the types of services the Department of Operational Support provides to the "
    "Peace and Security Pillar.\n\n"
    "This module includes information on the following topics:\n\n"
    "- The Department of Peace Operations\n"
    "- The Department of Political and Peacebuilding Affairs\n"
    "- The regional divisions and shared services of the Peace and Security Pillar\n"
    "- The Department of Operational Support"
)

MODULES = {
    1: ("Introduction to the UN Peace and Security Pillar and Supporting Offices", MODULE_ONE_INTRO),
    2: ("Peacekeeping Operations and Special Political Missions", ""),
    3: ("Security Council and General Assembly Bodies, Secretariat Departments, and Agencies, Funds and Programmes", ""),
    4: ("Learning, Guidance and Communication Resources", ""),
    5: ("Working at UN Headquarters", ""),
}

# (number, title) of the sections of Modules Two to Five that Module One refers to.
PENDING_SECTIONS = {
    2: [
        ("2.2.4", "United Nations Police in the Field"),
        ("2.2.5", "Thematic Activities of Field Missions"),
        ("2.2.7", "Memoranda of Understanding and Contingent-Owned Equipment"),
        ("2.2.8", "The Comprehensive Performance Assessment System (CPAS)"),
        ("2.2.9", "Action for Peacekeeping (A4P) and the Santos Cruz Report"),
    ],
    3: [("3.5", "Thematic Inter-Agency Working Groups")],
    4: [
        ("4.1", "Knowledge Management and Guidance"),
        ("4.5.2", "Peacekeeping Training"),
    ],
    5: [],
}
