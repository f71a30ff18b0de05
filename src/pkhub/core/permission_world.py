"""The representative objects of the permission matrix (`permission_matrix.py`), built with the tests' factories.

`build_world()` creates one user per role and every subject the matrix names. Call it inside a
transaction that is rolled back (the `permission_table` command and the matrix test do): it writes
users, pledges and nominees that must never stay in a real database. Needs the development
dependencies (factory_boy).

Each subject carries a `secret`: a word found only in that object's private text, which a test looks
for in a response body to tell whether the object was shown.
"""

import datetime
from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth.models import AnonymousUser, Group
from django.utils import timezone

from pkhub.accounts import roles
from pkhub.community.rules import LCM_STAFF

STATE_A, STATE_B = "GHA", "FRA"
DOMAIN = "permission-matrix.example.org"


@dataclass
class World:
    users: dict[str, Any] = field(default_factory=dict)
    objects: dict[str, Any] = field(default_factory=dict)
    secrets: dict[str, str] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)  # shared things: the ministerial, the module, …

    def user(self, role: str):
        return self.users[role] or AnonymousUser()

    def subject(self, key: str, role: str | None = None):
        found = self.objects[key]
        return found.get(role) if isinstance(found, dict) else found

    def add(self, key: str, obj, secret: str = "") -> None:
        self.objects[key] = obj
        self.secrets[key] = secret


def build_world() -> World:
    world = World()
    _users(world)
    for build in (_pledges, _units, _nominations, _institutions, _resources, _threads, _lcm, _attempts, _news):
        build(world)
    return world


def _person(key: str, *groups: str, staff: bool = False, state: str | None = None, second_factor: bool = False):
    from pkhub.accounts.tests.factories import UserFactory, member_state, with_authenticator

    user = UserFactory(email=f"{key}@{DOMAIN}", is_staff=staff,
                       member_state=member_state(state) if state else None)
    for name in groups:
        user.groups.add(Group.objects.get_or_create(name=name)[0])
    return with_authenticator(user) if second_factor else user


def _users(world: World) -> None:
    # Roles that work in the admin are staff accounts; privileged ones have the second factor they need.
    world.users = {
        "anonymous": None,
        "signed-in": _person("reader"),
        "state-a": _person("focal-point-a", roles.STATE_FOCAL_POINT, state=STATE_A),
        "institution": _person("institution-focal-point", roles.INSTITUTION_FOCAL_POINT),
        "editor": _person("editor", roles.EDITOR, staff=True, second_factor=True),
        "officer": _person("officer", roles.CAPABILITY_OFFICER, staff=True, second_factor=True),
        "lcm": _person("lcm-staff", LCM_STAFF, staff=True),
        "admin": _person("administrator", roles.ADMINISTRATOR, staff=True, second_factor=True),
    }
    world.extra["outsider"] = _person("outsider")  # owns what belongs to no role


def _pledges(world: World) -> None:
    from pkhub.pledges.choices import PledgeStatus
    from pkhub.pledges.tests.factories import MinisterialFactory, PledgeFactory, RequirementFactory, state

    ministerial = MinisterialFactory(slug="permission-matrix", name="Permission matrix ministerial")
    requirement = RequirementFactory(ministerial=ministerial, code="PMX-1", title="Engineering pmxrequirement")
    world.extra["ministerial"] = ministerial
    world.add("requirement", requirement, "pmxrequirement")
    world.add("pledge-new", ministerial)
    for key, iso3, status in (
        ("pledge-draft-a", STATE_A, PledgeStatus.DRAFT),
        ("pledge-draft-b", STATE_B, PledgeStatus.DRAFT),
        ("pledge-validated-a", STATE_A, PledgeStatus.VALIDATED),
        ("pledge-announced-b", STATE_B, PledgeStatus.ANNOUNCED),
    ):
        secret = "pmx" + key.replace("-", "")
        pledge = PledgeFactory(
            ministerial=ministerial, lead_state=state(iso3), status=status, reference=f"PMX-{key.upper()}",
            title=f"Engineers {secret}", requirements=[requirement],
            announced_at=timezone.now() if status == PledgeStatus.ANNOUNCED else None,
        )
        world.add(key, pledge, secret)


def _units(world: World) -> None:
    from pkhub.pledges.tests.factories import UnitFactory, state

    for key, iso3 in (("unit-a", STATE_A), ("unit-b", STATE_B)):
        secret = "pmx" + key.replace("-", "")
        world.add(key, UnitFactory(state=state(iso3), name=f"Battalion {secret}"), secret)
    world.add("unit-new", None)


def _nominations(world: World) -> None:
    from pkhub.training.models import NominationStatus
    from pkhub.training.tests.factories import CourseFactory, NominationFactory, SessionFactory, member_state

    session = SessionFactory(course=CourseFactory(slug="permission-matrix", title_en="Matrix course"))
    world.extra["session"] = session
    world.add("nomination-new", session)
    for key, iso3 in (("nomination-a", STATE_A), ("nomination-b", STATE_B)):
        secret = "pmx" + key.replace("-", "")
        nomination = NominationFactory(session=session, member_state=member_state(iso3),
                                       candidate_name=f"Major {secret}", email=f"{secret}@{DOMAIN}",
                                       status=NominationStatus.ACCEPTED)
        world.add(key, nomination, secret)


def _institutions(world: World) -> None:
    from pkhub.training.tests.factories import InstitutionFactory

    for key in ("institution-own", "institution-other"):
        secret = "pmx" + key.replace("-", "")
        world.add(key, InstitutionFactory(slug=f"pmx-{key}", name=f"Centre {secret}"), secret)
    world.objects["institution-own"].focal_points.add(world.users["institution"])
    world.add("institution-new", None)


def _resources(world: World) -> None:
    from pkhub.library import services
    from pkhub.library.models import Status
    from pkhub.library.tests.factories import LanguageVersionFactory, ResourceFactory, VersionFileFactory

    for key, status in (("resource-published", Status.PUBLISHED), ("resource-draft", Status.DRAFT)):
        secret = "pmx" + key.replace("-", "")
        resource = ResourceFactory(slug=f"pmx-{key}", status=status)
        version = LanguageVersionFactory(resource=resource, title=f"Guidance {secret}", summary=f"About {secret}.")
        world.extra[f"{key}-file"] = VersionFileFactory(version=version)
        world.add(key, resource, secret)
    services.resource_index(resource_ids=[world.objects[k].pk for k in ("resource-published", "resource-draft")])
    world.add("resource-new", None)


def _threads(world: World) -> None:
    from pkhub.community.models import MemberRole
    from pkhub.community.tests.factories import CommunityFactory, MembershipFactory, thread_with_post

    author = world.extra["outsider"]
    for visibility in ("private", "public"):
        community = CommunityFactory(slug=f"pmx-{visibility}", name_en=f"Matrix {visibility} community",
                                     visibility=visibility)
        membership = MembershipFactory(community=community, user=author, handle=f"author-{visibility}")
        secret = f"pmxthread{visibility}"
        thread = thread_with_post(membership, title=f"Thread {secret}", body=f"Message {secret}")
        world.add(f"thread-{visibility}", thread, secret)
        world.add(f"community-{visibility}", community)
    private = world.objects["community-private"]
    MembershipFactory(community=private, user=world.users["state-a"], handle="state-a")
    MembershipFactory(community=private, user=world.users["institution"], handle="institution",
                      role=MemberRole.MODERATOR)


def _lcm(world: World) -> None:
    from pkhub.accounts.tests.factories import member_state
    from pkhub.community.lcm_models import Area, RosterEntry, SurveyAnswer, SurveyRound, TrainingRequest

    today = timezone.localdate()
    closed = SurveyRound.objects.create(year=1990, number=1, title="Matrix closed round", deadline=today, is_open=False)
    opened = SurveyRound.objects.create(year=2999, number=1, title="Matrix open round", deadline=today, is_open=True)
    world.add("survey-closed", closed)
    world.add("survey-open", opened)
    area = Area.values[0]
    world.extra["area"] = area
    for suffix, iso3 in (("a", STATE_A), ("b", STATE_B)):
        state = member_state(iso3)
        secret = f"pmxanswer{suffix}"
        world.add(f"answer-{suffix}", SurveyAnswer.objects.create(
            round=closed, member_state=state, provides=True, provided_areas=[area],
            activities=f"Courses {secret}"), secret)
        secret = f"pmxroster{suffix}"
        world.add(f"roster-{suffix}", RosterEntry.objects.create(
            kind="trainer", name=f"Trainer of {iso3}", member_state=state, areas=[area], available_from=today,
            available_until=today + datetime.timedelta(days=90), contact_email=f"{secret}@{DOMAIN}"), secret)
        secret = f"pmxrequest{suffix}"
        world.add(f"request-{suffix}", TrainingRequest.objects.create(
            member_state=state, area=area, wanted_from=today, wanted_until=today + datetime.timedelta(days=30),
            place=f"Capital {secret}"), secret)
    world.add("roster-new", None)
    world.add("request-new", None)


def _attempts(world: World) -> None:
    from pkhub.eguide.models import Attempt
    from pkhub.eguide.tests.factories import ChoiceFactory, ModuleFactory, QuestionFactory

    module = ModuleFactory(number=1)
    question = QuestionFactory(module=module, text_en="Who protects civilians?")
    world.extra["choice"] = ChoiceFactory(question=question, text_en="Everyone in the mission", is_correct=True)
    world.extra["question"] = question
    world.add("assessment", module)

    def attempt(user):
        return Attempt.objects.create(user=user, module=module, score=0, correct=0, total=1, passed=False, answers={})

    world.add("attempt-own", {role: attempt(user) for role, user in world.users.items() if user is not None})
    world.add("attempt-other", attempt(world.extra["outsider"]), world.extra["outsider"].email)


def _news(world: World) -> None:
    from pkhub.news.models import NewsletterIssue, Status
    from pkhub.news.tests.factories import NewsItemFactory, draft_issue

    number = max(NewsletterIssue.objects.order_by("-number").values_list("number", flat=True)[:1], default=0) + 1
    issue = draft_issue(number=number)
    issue.intro_en = "Welcome pmxissuedraft"
    issue.save(update_fields=["intro_en"])
    world.add("issue-draft", issue, "pmxissuedraft")
    world.add("issue-new", None)
    world.add("news-draft", NewsItemFactory(slug="pmx-news-draft", title_en="News pmxnewsdraft", status=Status.DRAFT,
                                            published_at=None), "pmxnewsdraft")
    world.add("news-new", None)
