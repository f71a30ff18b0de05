"""Writes to pledges: create, update (optimistic locking) and every step of the life cycle.

Each function checks the actor's permission, validates, writes inside one transaction, and leaves
an audit entry; status changes also leave a PledgeEvent row (who, when, from, to, note).
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from pkhub.core.audit import audit_record
from pkhub.core.locking import update_at_revision
from pkhub.pledges.choices import Category, PledgeStatus
from pkhub.pledges.models import Ministerial, Pledge, PledgeEvent, ProgressReport, Requirement

# The pledging guide: "A pledge by a Member State should be a commitment from the highest political
# level with a tangible and concrete outcome that can be tracked and will be implemented in the near
# term. Requests for financial contributions are not covered in the pledging guide."
GUIDE_FINANCIAL_REASON = gettext_lazy(
    "Requests for financial contributions are not covered in the pledging guide. A pledge by a Member State "
    "should be a commitment from the highest political level with a tangible and concrete outcome that can be "
    "tracked and will be implemented in the near term."
)

EDITABLE_FIELDS = ("title", "description", "category", "quantity", "unit_type", "timeline")


class PledgeConflict(ValidationError):
    """Someone else changed the pledge after the actor loaded it."""


def financial_refusal() -> str:
    return _(
        "A financial contribution on its own is not a pledge: %(reason)s A Funding pledge must answer a "
        "requirement of the guide that asks for money (such as the SEA Trust Fund or the Elsie Initiative Fund)."
    ) % {"reason": GUIDE_FINANCIAL_REASON}


def _require(actor, perm: str, pledge=None) -> None:
    if not actor.has_perm(perm, pledge):
        raise PermissionDenied(_("You may not do this with this pledge."))


def _check_content(*, ministerial: Ministerial, category: str, requirements: list[Requirement]) -> None:
    if category == Category.FUNDING and not any(r.fundable for r in requirements):
        raise ValidationError({"category": financial_refusal()})
    strangers = [r.code for r in requirements if r.ministerial_id != ministerial.pk]
    if strangers:
        raise ValidationError(
            {"requirements": _("These requirements belong to another ministerial: %(codes)s") % {
                "codes": ", ".join(strangers)}}
        )


def _check_states(*, lead_state, partners) -> None:
    if any(p.pk == lead_state.pk for p in partners):
        raise ValidationError({"partners": _("The lead Member State cannot also be its own partner.")})
    if len(partners) > 10:
        raise ValidationError({"partners": _("A partnership has at most eleven Member States.")})


def _find_repeat(pledge: Pledge) -> Pledge | None:
    """An earlier ministerial's pledge, by one of the same states, of the same capability."""
    capabilities = {pledge.unit_type} | {r.capability for r in pledge.requirements.all()}
    capabilities.discard("")
    if not capabilities:
        return None
    states = [s.pk for s in pledge.states()]
    return (
        Pledge.objects.filter(ministerial__starts_on__lt=pledge.ministerial.starts_on, status__in=PledgeStatus.pledged())
        .filter(Q(lead_state__in=states) | Q(partners__in=states))
        .filter(Q(unit_type__in=capabilities) | Q(requirements__capability__in=capabilities))
        .order_by("-ministerial__starts_on", "pk")
        .first()
    )


def _record(*, pledge: Pledge, actor, action: str, from_status: str, note: str = "", changes: dict | None = None):
    PledgeEvent.objects.create(
        pledge=pledge, actor=actor, actor_label=getattr(actor, "email", ""), from_status=from_status,
        to_status=pledge.status, note=note,
    )
    audit_record(actor=actor, action=action, obj=pledge,
                 changes={"from": from_status, "to": pledge.status, "note": note, **(changes or {})})


def _next_reference(ministerial: Ministerial, lead_state) -> str:
    prefix = f"{ministerial.slug.upper()}-{lead_state.iso3}-"
    taken = Pledge.objects.filter(reference__startswith=prefix).count()
    return f"{prefix}{taken + 1:03d}"


def pledge_create(
    *, actor, ministerial: Ministerial, lead_state, category: str, title: str, description: str,
    partners=(), requirements=(), quantity: int | None = None, unit_type: str = "", timeline: str = "",
) -> Pledge:
    """A new draft pledge of `lead_state` (and its partners) at `ministerial`."""
    partners, requirements = list(partners), list(requirements)
    _require(actor, "pledges.add_pledge")
    if not actor.has_perm("pledges.view_unannounced_pledges") and actor.member_state_id not in (
        [lead_state.pk] + [p.pk for p in partners]
    ):
        raise PermissionDenied(_("You may only draft pledges of the Member State you represent."))
    _check_states(lead_state=lead_state, partners=partners)
    _check_content(ministerial=ministerial, category=category, requirements=requirements)
    pledge = Pledge(
        ministerial=ministerial, lead_state=lead_state, category=category, title=title, description=description,
        quantity=quantity, unit_type=unit_type, timeline=timeline, created_by=actor, reference="pending",
    )
    pledge.full_clean(exclude=["reference"])
    for attempt in range(5):
        try:
            with transaction.atomic():
                pledge.reference = _next_reference(ministerial, lead_state)
                if attempt:
                    pledge.reference += f"-{attempt}"
                pledge.save()
                pledge.partners.set(partners)
                pledge.requirements.set(requirements)
                pledge.repeat_of = _find_repeat(pledge)
                pledge.save(update_fields=["repeat_of"])
                _record(pledge=pledge, actor=actor, action="pledge.create", from_status="")
                return pledge
        except IntegrityError:
            pledge.pk = None  # another pledge took the reference at the same moment: try the next one
    raise ValidationError(_("The pledge could not be given a reference; please try again."))


@transaction.atomic
def pledge_update(*, actor, pledge: Pledge, revision: int, partners=None, requirements=None, **fields) -> Pledge:
    """Changes what a draft or returned pledge says, unless someone else changed it since `revision`."""
    _require(actor, "pledges.change_pledge", pledge)
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"Not editable: {sorted(unknown)}")
    partners = list(pledge.partners.all()) if partners is None else list(partners)
    requirements = list(pledge.requirements.all()) if requirements is None else list(requirements)
    candidate = Pledge.objects.get(pk=pledge.pk)
    for name, value in fields.items():
        setattr(candidate, name, value)
    candidate.full_clean()
    _check_states(lead_state=pledge.lead_state, partners=partners)
    _check_content(ministerial=pledge.ministerial, category=candidate.category, requirements=requirements)
    rows = Pledge.objects.filter(pk=pledge.pk, status__in=PledgeStatus.editable())
    if not update_at_revision(rows, revision, updated_at=timezone.now(), **fields):
        raise _conflict(pledge)
    pledge.refresh_from_db()
    pledge.partners.set(partners)
    pledge.requirements.set(requirements)
    repeat = _find_repeat(pledge)
    if repeat != pledge.repeat_of:
        Pledge.objects.filter(pk=pledge.pk).update(repeat_of=repeat)
        pledge.repeat_of = repeat
    audit_record(actor=actor, action="pledge.update", obj=pledge, changes={
        **{k: str(v) for k, v in fields.items()},
        "requirements": [r.code for r in requirements], "partners": [p.iso3 for p in partners],
    })
    return pledge


def _conflict(pledge: Pledge) -> PledgeConflict:
    current = Pledge.objects.filter(pk=pledge.pk).first()
    if current is None:
        return PledgeConflict(_("This pledge no longer exists."))
    last = current.events.order_by("-at", "-id").first()
    who = last.actor_label if last and last.actor_label else _("someone else")
    return PledgeConflict(
        _(
            "Someone else changed this pledge after you opened it (it is now at revision %(revision)s, status "
            "%(status)s; last recorded change by %(who)s). Your changes were not saved and are shown below: "
            "compare them with the current pledge and save again."
        ) % {"revision": current.revision, "status": current.get_status_display(), "who": who}
    )


def _move(*, actor, pledge: Pledge, to: str, allowed_from: tuple, action: str, note: str = "",
          revision: int | None = None, **extra) -> Pledge:
    """Moves `pledge` to status `to` if it is still in one of `allowed_from` (and at `revision`)."""
    rows = Pledge.objects.filter(pk=pledge.pk, status__in=allowed_from)
    from_status = pledge.status
    if not update_at_revision(rows, revision, status=to, updated_at=timezone.now(), **extra):
        current = Pledge.objects.filter(pk=pledge.pk).first()
        if current and current.status not in allowed_from:
            raise PledgeConflict(
                _("This pledge is %(status)s now, so it cannot be %(action)s.") % {
                    "status": current.get_status_display().lower(), "action": PledgeStatus(to).label.lower()}
            )
        raise _conflict(pledge)
    pledge.refresh_from_db()
    _record(pledge=pledge, actor=actor, action=action, from_status=from_status, note=note)
    return pledge


@transaction.atomic
def pledge_submit(*, actor, pledge: Pledge, revision: int | None = None, today=None) -> Pledge:
    """Sends a draft (or returned) pledge to the Strategic Force Generation Cell, before the deadline."""
    _require(actor, "pledges.submit_pledge", pledge)
    ministerial = pledge.ministerial
    if not ministerial.submissions_open(today):
        deadline = ministerial.submission_deadline or ministerial.ends_on
        raise ValidationError(
            _("The submission deadline for %(ministerial)s was %(date)s: this pledge can no longer be submitted. "
              "Please contact the Strategic Force Generation Cell.") % {
                "ministerial": ministerial.name, "date": date_format(deadline, "j F Y")}
        )
    _check_content(ministerial=ministerial, category=pledge.category, requirements=list(pledge.requirements.all()))
    return _move(actor=actor, pledge=pledge, to=PledgeStatus.SUBMITTED, allowed_from=PledgeStatus.editable(),
                 action="pledge.submit", revision=revision, submitted_at=timezone.now(), return_reason="")


@transaction.atomic
def pledge_validate(*, actor, pledge: Pledge, note: str = "", revision: int | None = None) -> Pledge:
    """The Strategic Force Generation Cell accepts a submitted pledge."""
    _require(actor, "pledges.validate_pledge", pledge)
    return _move(actor=actor, pledge=pledge, to=PledgeStatus.VALIDATED, allowed_from=(PledgeStatus.SUBMITTED,),
                 action="pledge.validate", note=note, revision=revision)


@transaction.atomic
def pledge_return(*, actor, pledge: Pledge, reason: str, revision: int | None = None) -> Pledge:
    """Sends a submitted (or validated) pledge back to its state, saying why."""
    _require(actor, "pledges.return_pledge", pledge)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Say why the pledge is returned: the state needs to know what to change.")})
    if len(reason) > 5000:
        raise ValidationError({"reason": _("Keep the reason under 5,000 characters.")})
    return _move(actor=actor, pledge=pledge, to=PledgeStatus.RETURNED,
                 allowed_from=(PledgeStatus.SUBMITTED, PledgeStatus.VALIDATED), action="pledge.return",
                 note=reason, revision=revision, return_reason=reason)


@transaction.atomic
def pledge_announce(*, actor, pledge: Pledge, revision: int | None = None) -> Pledge:
    """The state announced the validated pledge at the ministerial: it becomes public."""
    _require(actor, "pledges.announce_pledge", pledge)
    return _move(actor=actor, pledge=pledge, to=PledgeStatus.ANNOUNCED, allowed_from=(PledgeStatus.VALIDATED,),
                 action="pledge.announce", revision=revision, announced_at=timezone.now())


@transaction.atomic
def pledge_withdraw(*, actor, pledge: Pledge, note: str = "", revision: int | None = None) -> Pledge:
    """The state no longer makes this pledge."""
    _require(actor, "pledges.withdraw_pledge", pledge)
    allowed = tuple(s for s in PledgeStatus.values if s not in (PledgeStatus.FULFILLED, PledgeStatus.WITHDRAWN))
    return _move(actor=actor, pledge=pledge, to=PledgeStatus.WITHDRAWN, allowed_from=allowed,
                 action="pledge.withdraw", note=(note or "")[:5000], revision=revision)


@transaction.atomic
def pledge_report_progress(*, actor, pledge: Pledge, text: str, percent_done: int, fulfilled: bool = False) -> Pledge:
    """A report on an announced pledge; the first puts it in implementation, `fulfilled` closes it."""
    _require(actor, "pledges.report_progress", pledge)
    text = (text or "").strip()
    if not text:
        raise ValidationError({"text": _("Say what has been done.")})
    if not 0 <= percent_done <= 100:
        raise ValidationError({"percent_done": _("Give a share between 0 and 100 per cent.")})
    report = ProgressReport(pledge=pledge, actor=actor, text=text[:20000], percent_done=percent_done)
    report.full_clean()
    report.save()
    to = PledgeStatus.FULFILLED if fulfilled else PledgeStatus.IN_IMPLEMENTATION
    if pledge.status != to:
        pledge = _move(actor=actor, pledge=pledge, to=to,
                       allowed_from=(PledgeStatus.ANNOUNCED, PledgeStatus.IN_IMPLEMENTATION),
                       action="pledge.report_progress", note=text[:500])
    else:
        audit_record(actor=actor, action="pledge.report_progress", obj=pledge, changes={"percent_done": percent_done})
    return pledge


@transaction.atomic
def requirement_update(*, actor, requirement: Requirement, **fields) -> Requirement:
    """A capability officer corrects or completes a requirement of the catalogue."""
    if not actor.has_perm("pledges.change_requirement", requirement):
        raise PermissionDenied(_("Only capability officers edit the requirements catalogue."))
    allowed = {"title", "description", "kind", "category", "missions", "quantity", "target", "subsection"}
    if set(fields) - allowed:
        raise ValueError(f"Not editable: {sorted(set(fields) - allowed)}")
    before = {name: str(getattr(requirement, name)) for name in fields}
    for name, value in fields.items():
        setattr(requirement, name, value)
    requirement.full_clean()
    requirement.save()
    audit_record(actor=actor, action="requirement.update", obj=requirement,
                 changes={name: [before[name], str(value)] for name, value in fields.items()})
    return requirement
