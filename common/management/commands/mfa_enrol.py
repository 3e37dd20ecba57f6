"""Give a staff member a TOTP device and recovery codes (the first superuser's way in).

    python manage.py mfa_enrol USERNAME [--replace]

Prints the key for the authenticator app (as an otpauth:// address and as text to type) and
ten single-use recovery codes. Run it on the server, never by mail.
"""

import base64

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.translation import gettext as _
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

RECOVERY_CODES = 10


class Command(BaseCommand):
    help = _("Richtet die Zwei-Faktor-Anmeldung (TOTP und Wiederherstellungscodes) ein.")

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument(
            "--replace",
            action="store_true",
            help=_("Vorhandene Geräte und Codes der Person ersetzen (z. B. Handy verloren)."),
        )

    @transaction.atomic
    def handle(self, *args, username, replace, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(_("Kein Konto mit dem Namen „%(name)s“.") % {"name": username})
        existing = TOTPDevice.objects.filter(user=user).exists()
        if existing and not replace:
            raise CommandError(
                _("„%(name)s“ hat schon ein Gerät. Mit --replace wird es ersetzt.")
                % {"name": username}
            )
        TOTPDevice.objects.filter(user=user).delete()
        StaticDevice.objects.filter(user=user).delete()
        device = TOTPDevice.objects.create(user=user, name=_("Authenticator-App"), confirmed=True)
        static = StaticDevice.objects.create(
            user=user, name=_("Wiederherstellungscodes"), confirmed=True
        )
        codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
        for code in codes:
            static.token_set.create(token=code)
        key = device.bin_key.hex()

        secret = base64.b32encode(bytes.fromhex(key)).decode()
        self.stdout.write(
            _("Zwei-Faktor-Anmeldung für „%(name)s“ eingerichtet.") % {"name": username}
        )
        self.stdout.write(_("In der Authenticator-App hinzufügen (Adresse oder Schlüssel):"))
        self.stdout.write(f"  {device.config_url}")
        self.stdout.write(_("  Schlüssel: %(secret)s") % {"secret": secret})
        self.stdout.write(_("Wiederherstellungscodes (je einmal verwendbar, sicher aufbewahren):"))
        for code in codes:
            self.stdout.write(f"  {code}")
