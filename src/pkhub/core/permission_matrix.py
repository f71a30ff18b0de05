"""The hub's permission matrix: every role × object kind × action, each decided by one `rules` permission.

This module only names the axes. It never says who may do what: a cell's value is always
`user.has_perm(action.perm, object)` on the representative objects that
`pkhub.core.permission_world` builds. `manage.py permission_table` prints the matrix as
docs/permissions.md, and `core/tests/test_permission_matrix.py` walks every cell through the pages
and the API and fails where they disagree with the rule.

The labels are English on purpose: they are read by developers in the docs, never shown in the hub.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.utils.text import slugify

VERBS = ("view", "create", "change", "delete", "export", "publish")


@dataclass(frozen=True)
class Role:
    key: str
    label: str


@dataclass(frozen=True)
class Subject:
    """A representative object: one kind of thing in a state that makes a difference to the rules."""

    key: str
    label: str
    # A subject that differs by role (the user's own e-Guide attempt) exists for signed-in roles only.
    per_role: bool = False


def _same(obj):
    return obj


def _no_object(obj):
    return None


def _community(obj):
    return obj.community


def _session(obj):
    return obj.session


@dataclass(frozen=True)
class Action:
    """One action on some subjects of a kind, decided by `perm`.

    `rule_object` turns the subject into what the rule is asked about: the thread's community,
    the nomination's session, or nothing for a permission that takes no object.
    """

    verb: str
    perm: str
    on: tuple[str, ...]
    what: str = ""
    rule_object: Callable[[Any], Any] = field(default=_same, compare=False)

    def __post_init__(self):
        if self.verb not in VERBS:
            raise ValueError(f"Unknown verb {self.verb!r}: use one of {', '.join(VERBS)}.")

    @property
    def key(self) -> str:
        return slugify(f"{self.verb} {self.what}")

    @property
    def label(self) -> str:
        return f"{self.verb} ({self.what})" if self.what else self.verb


@dataclass(frozen=True)
class Kind:
    key: str
    label: str
    subjects: tuple[Subject, ...]
    actions: tuple[Action, ...]

    def subject(self, key: str) -> Subject:
        return next(s for s in self.subjects if s.key == key)


ROLES = (
    Role("anonymous", "Anonymous visitor"),
    Role("signed-in", "Signed-in user without a role"),
    Role("state-a", "Member State focal point of state A"),
    Role("institution", "Training institution focal point"),
    Role("editor", "Editor"),
    Role("officer", "Capability officer"),
    Role("lcm", "LCM staff"),
    Role("admin", "Administrator"),
)

KINDS = (
    Kind("pledge", "Pledges", (
        Subject("pledge-draft-a", "draft pledge of state A"),
        Subject("pledge-draft-b", "draft pledge of state B"),
        Subject("pledge-validated-a", "validated pledge of state A"),
        Subject("pledge-announced-b", "announced pledge of state B"),
        Subject("pledge-new", "new pledge (open ministerial)"),
    ), (
        Action("view", "pledges.view_pledge", ("pledge-draft-a", "pledge-draft-b", "pledge-announced-b")),
        Action("create", "pledges.add_pledge", ("pledge-new",), rule_object=_no_object),
        Action("change", "pledges.change_pledge", ("pledge-draft-a", "pledge-draft-b", "pledge-announced-b")),
        Action("delete", "pledges.delete_pledge", ("pledge-draft-b",)),
        Action("export", "pledges.view_pledge", ("pledge-draft-a", "pledge-draft-b", "pledge-announced-b"),
               what="CSV, XLSX, DOCX, PPTX"),
        Action("publish", "pledges.announce_pledge", ("pledge-validated-a",), what="announce"),
    )),
    Kind("requirement", "Requirements catalogue", (
        Subject("requirement", "requirement of the open ministerial"),
    ), (
        Action("view", "pledges.view_requirement", ("requirement",)),
        Action("change", "pledges.change_requirement", ("requirement",)),
    )),
    Kind("unit", "PCRS units", (
        Subject("unit-a", "unit of state A"),
        Subject("unit-b", "unit of state B"),
        Subject("unit-new", "new unit"),
    ), (
        Action("view", "pledges.view_unit", ("unit-a", "unit-b")),
        Action("create", "pledges.add_unit", ("unit-new",), rule_object=_no_object),
        Action("change", "pledges.change_unit", ("unit-a", "unit-b")),
        Action("change", "pledges.set_unit_level", ("unit-a",), what="PCRS level"),
        Action("delete", "pledges.delete_unit", ("unit-a",)),
    )),
    Kind("nomination", "Training nominations", (
        Subject("nomination-a", "accepted nominee of state A"),
        Subject("nomination-b", "accepted nominee of state B"),
        Subject("nomination-new", "new nominee (session with an open call)"),
    ), (
        Action("view", "training.view_nomination", ("nomination-a", "nomination-b")),
        Action("create", "training.nominate_to_session", ("nomination-new",)),
        Action("change", "training.review_nomination", ("nomination-a",), what="review"),
        Action("change", "training.withdraw_nomination", ("nomination-a", "nomination-b"), what="withdraw"),
        Action("delete", "training.delete_nomination", ("nomination-a",)),
        Action("export", "training.export_participants", ("nomination-a", "nomination-b"),
               what="participant list", rule_object=_session),
    )),
    Kind("institution", "Training institutions", (
        Subject("institution-own", "institution the institution focal point keeps"),
        Subject("institution-other", "another institution"),
        Subject("institution-new", "new institution"),
    ), (
        Action("create", "training.add_institution", ("institution-new",), rule_object=_no_object),
        Action("change", "training.change_institution", ("institution-own", "institution-other")),
        Action("delete", "training.delete_institution", ("institution-other",)),
    )),
    Kind("resource", "Library resources", (
        Subject("resource-published", "published resource"),
        Subject("resource-draft", "draft resource"),
        Subject("resource-new", "new resource"),
    ), (
        Action("view", "library.view_resource", ("resource-published", "resource-draft")),
        Action("create", "library.add_resource", ("resource-new",), rule_object=_no_object),
        Action("change", "library.change_resource", ("resource-draft",)),
        Action("delete", "library.delete_resource", ("resource-draft",)),
        Action("export", "library.view_resource", ("resource-published", "resource-draft"), what="file download"),
        Action("publish", "library.publish_resource", ("resource-draft",)),
    )),
    Kind("thread", "Community threads", (
        Subject("thread-private", "thread of a private community (state A a member, institution focal point "
                                  "its moderator)"),
        Subject("thread-public", "thread of a public community (no role a member)"),
        Subject("community-private", "new thread in the private community"),
        Subject("community-public", "new thread in the public community"),
    ), (
        Action("view", "community.view_community", ("thread-private", "thread-public"), rule_object=_community),
        Action("create", "community.post_in_community", ("community-private", "community-public"), what="thread"),
        Action("create", "community.reply_to_thread", ("thread-private", "thread-public"), what="reply"),
        Action("change", "community.moderate_community", ("thread-private",), what="lock",
               rule_object=_community),
        Action("delete", "community.moderate_community", ("thread-private",), what="hide",
               rule_object=_community),
    )),
    Kind("survey", "LCM survey answers", (
        Subject("answer-a", "answer of state A (closed round)"),
        Subject("answer-b", "answer of state B (closed round)"),
        Subject("survey-closed", "results of the closed round"),
        Subject("survey-open", "new answer (open round)"),
    ), (
        Action("view", "community.view_survey_answer", ("answer-a", "answer-b")),
        Action("view", "community.view_survey_results", ("survey-closed",), what="results"),
        Action("create", "community.answer_survey", ("survey-open",), rule_object=_no_object),
    )),
    Kind("roster", "LCM roster", (
        Subject("roster-a", "trainer of state A"),
        Subject("roster-b", "trainer of state B"),
        Subject("roster-new", "new roster entry"),
    ), (
        Action("view", "community.view_roster_contact", ("roster-a", "roster-b"), what="contact address"),
        Action("create", "community.register_on_roster", ("roster-new",), rule_object=_no_object),
    )),
    Kind("training-request", "LCM training requests", (
        Subject("request-a", "request of state A"),
        Subject("request-b", "request of state B"),
        Subject("request-new", "new request"),
    ), (
        Action("view", "community.view_training_request", ("request-a", "request-b")),
        Action("create", "community.request_training", ("request-new",), rule_object=_no_object),
    )),
    Kind("attempt", "e-Guide self-assessment attempts", (
        Subject("attempt-own", "the user's own attempt", per_role=True),
        Subject("attempt-other", "another user's attempt"),
        Subject("assessment", "new attempt (module with questions)"),
    ), (
        Action("view", "eguide.view_attempt", ("attempt-own", "attempt-other")),
        Action("create", "eguide.take_assessment", ("assessment",), rule_object=_no_object),
    )),
    Kind("newsletter", "ITS update issues", (
        Subject("issue-draft", "draft issue"),
        Subject("issue-new", "new issue (proposed draft)"),
    ), (
        Action("view", "news.view_draft", ("issue-draft",)),
        Action("create", "news.edit_newsletter", ("issue-new",), rule_object=_no_object),
        Action("change", "news.edit_newsletter", ("issue-draft",)),
        Action("delete", "news.delete_newsletterissue", ("issue-draft",)),
        Action("publish", "news.publish_newsletter", ("issue-draft",)),
    )),
    Kind("news", "News items", (
        Subject("news-draft", "draft news item"),
        Subject("news-new", "new news item"),
    ), (
        Action("view", "news.view_draft", ("news-draft",)),
        Action("create", "news.add_newsitem", ("news-new",), rule_object=_no_object),
        Action("change", "news.change_newsitem", ("news-draft",)),
        Action("delete", "news.delete_newsitem", ("news-draft",)),
    )),
)


@dataclass(frozen=True)
class Cell:
    role: Role
    kind: Kind
    action: Action
    subject: Subject

    @property
    def key(self) -> str:
        return f"{self.role.key}-{self.kind.key}-{self.action.key}-{self.subject.key}"

    @property
    def exists(self) -> bool:
        """False where the subject cannot exist for the role (an anonymous visitor's own attempt)."""
        return not (self.subject.per_role and self.role.key == "anonymous")


def cells() -> list[Cell]:
    """Every cell, in the order of the tables."""
    return [
        Cell(role, kind, action, kind.subject(key))
        for kind in KINDS for action in kind.actions for key in action.on for role in ROLES
    ]


def expected(world, cell: Cell) -> bool | None:
    """What the rule says for the cell: `has_perm` on the built objects (None where the cell cannot exist)."""
    if not cell.exists:
        return None
    obj = world.subject(cell.subject.key, cell.role.key)
    return world.user(cell.role.key).has_perm(cell.action.perm, cell.action.rule_object(obj))


HEADER = """\
# Permissions

<!-- Generated by `manage.py permission_table` from src/pkhub/core/permission_matrix.py: do not edit. -->

Generated: run `.venv/bin/python manage.py permission_table` after changing a rule
(`src/pkhub/*/rules.py`) or the matrix (`src/pkhub/core/permission_matrix.py`) and commit the result;
`src/pkhub/core/tests/test_permission_matrix.py` fails while this page is stale and whenever a page or
the API disagrees with a cell.

Every cell is `user.has_perm(permission, object)` asked of the representative objects built by
`src/pkhub/core/permission_world.py` (state A is Ghana, state B is France). ✓ allowed, ✗ refused,
— the object cannot exist for that role.
"""


def _roles_legend() -> str:
    lines = ["| column | role |", "|---|---|"]
    lines += [f"| `{role.key}` | {role.label} |" for role in ROLES]
    return "\n".join(lines)


def markdown(world) -> str:
    """The matrix as Markdown: one table per kind, an action on a subject per row, a role per column."""
    sign = {True: "✓", False: "✗", None: "—"}
    parts = [HEADER, "## Roles\n", _roles_legend(), ""]
    for kind in KINDS:
        parts.append(f"## {kind.label}\n")
        parts.append("| action | object | permission | " + " | ".join(f"`{r.key}`" for r in ROLES) + " |")
        parts.append("|---|---|---|" + "---|" * len(ROLES))
        for action in kind.actions:
            for key in action.on:
                subject = kind.subject(key)
                values = [sign[expected(world, Cell(role, kind, action, subject))] for role in ROLES]
                parts.append(f"| {action.label} | {subject.label} | `{action.perm}` | " + " | ".join(values) + " |")
        parts.append("")
    return "\n".join(parts)
