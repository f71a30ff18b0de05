"""Demo communities and LCM data. The Training Community of Practice is the one ITS maintains (seed
001); its members are organisation accounts (training centres), never people. The thread's words
are written for the demo. The LCM survey round, the LAC activities and the priority areas are from
seeds 000 and 003; the roster entries are demonstration entries (the sources name no registrant)."""

import datetime

from django.db import transaction

from pkhub.accounts.models import MemberState, User
from pkhub.community.lcm_models import Activity, ActivityStatus, Area, RosterEntry, RosterKind, SurveyRound
from pkhub.community.models import Community, Joining, Membership, MemberRole, MemberStatus, Post, Thread, Visibility

D = datetime.date

# (e-mail of the organisation account, name shown, handle, role)
MEMBERS = [
    ("training-cop@its.example.org", "Integrated Training Service", "its", MemberRole.MODERATOR),
    ("training@caecopaz.example.org", "CAECOPAZ training team", "caecopaz", MemberRole.MEMBER),
    ("training@kaiptc.example.org", "KAIPTC training team", "kaiptc", MemberRole.MEMBER),
    ("training@bipsot.example.org", "BIPSOT training team", "bipsot", MemberRole.MEMBER),
]

THREAD_TITLE = "How do you run the CPTM lesson on conduct and discipline?"
POSTS = [
    ("caecopaz", "We are preparing our next pre-deployment course and would like to hear how other centres deliver the CPTM "
                 "material on conduct and discipline. How much time do you give it, do you use scenarios, and who teaches it? "
                 "@kaiptc @bipsot, we know you have run it recently."),
    ("kaiptc", "We give it half a day, taught jointly by a legal officer and a former mission conduct and discipline focal "
               "point. After the slides we run three short scenarios from the CPTM learning activities in small groups, then "
               "a plenary on reporting channels. Participants remember the scenarios far better than the slides."),
    ("bipsot", "We teach it on the first day so that the standards frame the whole course, and come back to it in the field "
               "exercise with injects on sexual exploitation and abuse and on misuse of UN assets. The national investigation "
               "officers' material helps the instructors answer questions on investigations."),
]

ROSTER = [
    (RosterKind.MTT, "Buddy first aid mobile training team", "NPL", [Area.BUDDY_FIRST_AID], ["en"], 4, D(2025, 1, 1), D(2026, 12, 31)),
    (RosterKind.MTT, "Convoy operations mobile training team", "URY", [Area.CONVOY_OPERATIONS], ["es", "en"], 6, D(2025, 3, 1), D(2026, 12, 31)),
    (RosterKind.TRAINER, "Ammunition management trainer", "DEU", [Area.AMMUNITION_MANAGEMENT], ["en"], 1, D(2025, 1, 1), D(2026, 6, 30)),
    (RosterKind.MTT, "Close air support and vertical troop insertion team", "BGD", [Area.CAS_VTI], ["en"], 5, D(2025, 6, 1), D(2026, 12, 31)),
    (RosterKind.MTT, "Weapons training mobile team", "IDN", [Area.WEAPONS_TRAINING, Area.AMMUNITION_MANAGEMENT], ["en"], 4, D(2025, 1, 1), D(2026, 12, 31)),
]

ACTIVITIES = [
    ("Technical and financial support to the 2nd LAC Conference on UN Peace Operations (Buenos Aires)", "Light Coordination Mechanism",
     "ARG", Area.OTHER, D(2023, 9, 11), D(2023, 9, 12), ActivityStatus.COMPLETED,
     "The conference resulted in a declaration and the constitutive statute of the LAC Regional Network in the field of peacekeeping operations."),
    ("Independent study on contributions of Latin America and the Caribbean to UN peace operations", "Light Coordination Mechanism",
     None, Area.OTHER, None, None, ActivityStatus.COMPLETED,
     "Commissioned by the LCM to support Member States of the LAC region in analysing regional contributions to peacekeeping."),
]


def _account(email: str, name: str) -> User:
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create_user(email=email, first_name=name)
        user.set_unusable_password()  # demo organisation accounts: no one signs in with them
        user.save(update_fields=["password"])
    return user


@transaction.atomic
def demo_load() -> dict[str, int]:
    """Creates or updates the demo rows; running it again changes nothing."""
    created = {"communities": 0, "posts": 0, "roster": 0, "activities": 0}
    community, new = Community.objects.update_or_create(slug="training", defaults={
        "name_en": "Training Community of Practice",
        "description_en": "Peacekeeping trainers of Member States' training centres and of missions share how they deliver the UN's "
                          "training materials, and collaborate on training and guidance materials. Maintained by the Integrated Training Service.",
        "joining": Joining.APPROVED, "visibility": Visibility.PRIVATE, "maintained_by": "Integrated Training Service"})
    created["communities"] += new
    members = {}
    for email, name, handle, role in MEMBERS:
        members[handle], _new = Membership.objects.update_or_create(community=community, user=_account(email, name), defaults={
            "display_name": name, "handle": handle, "role": role, "status": MemberStatus.ACTIVE})
    thread = Thread.objects.filter(community=community, title=THREAD_TITLE).first()
    if thread is None:
        thread = Thread.objects.create(community=community, title=THREAD_TITLE, author=members["caecopaz"])
        for handle, body in POSTS:
            post = Post.objects.create(thread=thread, author=members[handle], body=body)
            created["posts"] += 1
        thread.last_post_at = post.created_at
        thread.save(update_fields=["last_post_at"])
    SurveyRound.objects.update_or_create(year=2023, number=4, defaults={
        "title": "LCM survey on Member State peacekeeping capacity-building activities (fourth survey of 2023)",
        "deadline": D(2023, 10, 15), "is_open": False})
    states = {s.iso3: s for s in MemberState.objects.all()}
    for kind, name, iso3, areas, languages, size, start, end in ROSTER:
        if iso3 not in states:  # Member States come with the accounts app's migrations
            continue
        _entry, new = RosterEntry.objects.update_or_create(name=name, defaults={
            "kind": kind, "member_state": states[iso3], "areas": [str(a) for a in areas], "languages": languages, "team_size": size,
            "available_from": start, "available_until": end, "notes": "Demonstration entry, not a real registration."})
        created["roster"] += new
    for title, provider_other, recipient, area, start, end, status, description in ACTIVITIES:
        _activity, new = Activity.objects.update_or_create(title=title, defaults={
            "provider_other": provider_other, "recipient": states.get(recipient) if recipient else None,
            "recipient_other": "" if recipient else "Member States of the LAC region", "area": area,
            "start_date": start, "end_date": end, "status": status, "description": description})
        created["activities"] += new
    return created
