"""Who may do what with news, events and the ITS update: editors write, everyone reads what is published."""

import rules

from pkhub.accounts.rules import is_administrator, is_editor

rules.add_perm("news.edit_news", is_editor)
rules.add_perm("news.edit_newsletter", is_editor)
rules.add_perm("news.publish_newsletter", is_editor)
rules.add_perm("news.view_draft", is_editor)

# The admin's model permissions (rules' ObjectPermissionsModelAdmin asks for these).
for model in ("newsitem", "event", "newsletterissue"):
    for verb in ("view", "add", "change", "delete"):
        rules.add_perm(f"news.{verb}_{model}", is_editor)
# Subscribers' addresses are seen by administrators only, never by editors.
rules.add_perm("news.view_subscription", is_administrator)
rules.add_perm("news", is_editor)
