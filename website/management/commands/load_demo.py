import importlib

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from resources.services import search_index_rebuild

# Each part of the portal loads its own demo content from `<app>/demo.py`, function `load`.
# The order matters: later parts link to what earlier ones created.
DEMO_APPS = ["website", "resources", "legal", "counselling", "newsletter"]
PORTAL_APPS = DEMO_APPS  # the editor group may change everything in these apps
EDITOR_GROUP = "Redaktion"


class Command(BaseCommand):
    help = gettext_lazy(
        "Lädt die Demo-Inhalte (das Ausgangsmaterial) in die Datenbank. Darf wiederholt werden: "
        "Vorhandenes bleibt unverändert. In der Entwicklung (DEBUG) legt der Befehl außerdem das "
        "Redaktionskonto „redaktion“ mit dem Passwort „redaktion“ an."
    )

    def handle(self, *args, **options):
        for app in DEMO_APPS:
            try:
                module = importlib.import_module(f"{app}.demo")
            except ModuleNotFoundError as exc:
                if exc.name != f"{app}.demo":
                    raise
                continue
            self.stdout.write(self.style.MIGRATE_HEADING(_("Demo-Inhalte: %s") % app))
            with transaction.atomic():
                module.load(stdout=self.stdout)
        count = search_index_rebuild()
        self.stdout.write(
            ngettext(
                "Suchindex: %(count)d Material indexiert",
                "Suchindex: %(count)d Materialien indexiert",
                count,
            )
            % {"count": count}
        )
        group = ensure_editor_group()
        if settings.DEBUG:
            self._ensure_demo_editor(group)

    def _ensure_demo_editor(self, group):
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username="redaktion", defaults={"is_staff": True, "first_name": "Demo-Redaktion"}
        )
        if created:
            user.set_password("redaktion")
            user.save()
            self.stdout.write(
                _("Redaktionskonto angelegt: redaktion / redaktion (nur in der Entwicklung)")
            )
        user.groups.add(group)


def ensure_editor_group() -> Group:
    """The "Redaktion" group may change everything in the portal's own apps, but not users."""
    group, _ = Group.objects.get_or_create(name=EDITOR_GROUP)
    group.permissions.set(Permission.objects.filter(content_type__app_label__in=PORTAL_APPS))
    return group
