"""Who may do what in the e-Guide: readers read, signed-in users take self-assessments and see
only their own attempts, editors keep the text, the questions and the directory."""

import rules

from pkhub.accounts.rules import is_editor


@rules.predicate
def is_attempt_owner(user, attempt):
    return attempt is not None and user.is_authenticated and attempt.user_id == user.pk


@rules.predicate
def is_signed_in(user):
    return user.is_authenticated


rules.add_perm("eguide", is_editor)  # the e-Guide section of the admin
rules.add_perm("eguide.take_assessment", is_signed_in)
rules.add_perm("eguide.view_attempt", is_attempt_owner)
rules.add_perm("eguide.view_reference_report", is_editor)
rules.add_perm("eguide.move_unit", is_editor)

for _model in ("module", "section", "sectionlink", "crossreference", "unit", "unitmove", "question", "choice"):
    for _action in ("view", "add", "change", "delete"):
        rules.add_perm(f"eguide.{_action}_{_model}", is_editor)
# Attempts and certificates are people's own records: editors may look them up, never change them.
rules.add_perm("eguide.view_certificate", is_editor)
rules.add_perm("eguide.change_certificate", is_editor)  # to revoke one
