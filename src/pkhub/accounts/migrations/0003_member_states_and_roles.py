"""Reference data every install needs: the 193 Member States and the role groups.

Idempotent: rows are matched by ISO code (and groups by name), so re-running it, or running it
on a database that already holds some of them, updates rather than duplicates.
"""

from django.db import migrations

from pkhub.accounts.member_states import member_state_rows

ROLE_GROUPS = (
    "editors",
    "capability-officers",
    "state-focal-points",
    "institution-focal-points",
    "administrators",
)


def load_member_states(apps, schema_editor):
    MemberState = apps.get_model("accounts", "MemberState")
    for row in member_state_rows():
        defaults = {key: value for key, value in row.items() if key != "iso3"}
        # The historical model is not patched by modeltranslation: fill its original column too.
        defaults["name"] = row["name_en"]
        MemberState.objects.update_or_create(iso3=row["iso3"], defaults=defaults)


def create_role_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    # The names are frozen here (a migration must not change when roles.py does).
    for name in ROLE_GROUPS:
        Group.objects.get_or_create(name=name)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_member_state_name_translations"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.RunPython(load_member_states, migrations.RunPython.noop),
        migrations.RunPython(create_role_groups, migrations.RunPython.noop),
    ]
