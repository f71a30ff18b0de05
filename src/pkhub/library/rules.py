"""Who may do what in the library: one set of predicates for pages, API and admin.

Visitors see public resources (published or superseded); editors see and change everything.
"""

import rules

from pkhub.accounts.rules import is_editor


@rules.predicate
def is_public_resource(user, resource):
    # Without an object (lists, the admin's changelist) there is nothing public to grant.
    return resource is not None and resource.is_public


can_view_resource = is_public_resource | is_editor

rules.add_perm("library", is_editor)  # the library section of the admin
rules.add_perm("library.view_resource", can_view_resource)
rules.add_perm("library.add_resource", is_editor)
rules.add_perm("library.change_resource", is_editor)
rules.add_perm("library.delete_resource", is_editor)
rules.add_perm("library.publish_resource", is_editor)

for _model in ("languageversion", "versionfile", "thematicarea", "audience", "series", "office"):
    for _action in ("view", "add", "change", "delete"):
        rules.add_perm(f"library.{_action}_{_model}", is_editor)
