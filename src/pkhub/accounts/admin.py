"""Administration of accounts: users with their roles and Member State, and the Member States."""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin

from pkhub.accounts.forms import UserChangeForm, UserCreationForm
from pkhub.accounts.models import MemberState, User


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    """Users sign in with their e-mail address; roles are the groups they belong to."""

    form = UserChangeForm
    add_form = UserCreationForm
    ordering = ["email"]
    list_display = ["email", "first_name", "last_name", "member_state", "is_staff", "is_active"]
    list_filter = ["groups", "is_staff", "is_superuser", "is_active", "member_state__region"]
    search_fields = ["email", "first_name", "last_name", "member_state__name"]
    autocomplete_fields = ["member_state"]
    filter_horizontal = ["groups", "user_permissions"]
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        (_("Person"), {"fields": ("first_name", "last_name", "preferred_language")}),
        (_("Roles"), {"fields": ("groups", "member_state")}),
        (
            _("Permissions"),
            {"classes": ("collapse",), "fields": ("is_active", "is_staff", "is_superuser", "user_permissions")},
        ),
        (_("Dates"), {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = (
        (
            None,
            {
                "classes": ("wide",),
                "fields": ("email", "first_name", "last_name", "member_state", "groups", "password1", "password2"),
            },
        ),
    )
    readonly_fields = ["last_login", "date_joined"]


@admin.register(MemberState)
class MemberStateAdmin(TranslationAdmin):
    """Reference data loaded by a migration: names may be corrected, states are neither added nor removed."""

    list_display = ["name", "iso3", "region"]
    list_filter = ["region"]
    search_fields = ["name", "name_en", "name_fr", "name_es", "name_ru", "name_ar", "name_zh_hans", "iso3"]
    ordering = ["name"]

    def get_readonly_fields(self, request, obj=None):
        return ["iso3"] if obj else []

    def has_add_permission(self, request):
        # The 193 are fixed by the migration; a new Member State is a new migration.
        return False

    def has_delete_permission(self, request, obj=None):
        return False
