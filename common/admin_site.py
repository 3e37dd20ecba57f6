"""The admin site: Django's, plus a second factor for staff where STAFF_MFA_REQUIRED is on.

With the setting on (production), a staff member counts as staff only once the session was
verified with a TOTP code or a recovery code (django-otp); the login page asks for the code.
The setting is read per request, so tests can switch it.
"""

import functools

from django.conf import settings
from django.contrib import admin
from django.contrib.auth.views import redirect_to_login
from django.urls import reverse
from django_otp.admin import OTPAdminAuthenticationForm
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice


class StaffLoginForm(OTPAdminAuthenticationForm):
    """Password plus code in one step: a six-digit code is checked against the person's
    authenticator app, anything else against their recovery codes. (django-otp wants the
    device chosen explicitly so a code is never tried on every device in turn.)"""

    def _chosen_device(self, user):
        device = super()._chosen_device(user)
        if device is not None:
            return device
        token = (self.cleaned_data.get("otp_token") or "").strip()
        kind = TOTPDevice if token.isdecimal() and len(token) == 6 else StaticDevice
        return kind.objects.devices_for_user(user, confirmed=True).first()


def mfa_required() -> bool:
    return settings.STAFF_MFA_REQUIRED


def is_verified_staff(request) -> bool:
    """What the admin asks of a staff member, for staff pages outside the admin."""
    user = request.user
    if not (user.is_active and user.is_staff):
        return False
    return not mfa_required() or user.is_verified()


def user_passes_test_request(test):
    """Like staff_member_required, with a test that sees the request (the OTP verification
    lives on the request's user): others are sent to the admin login."""

    def decorator(view):
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            if not test(request):
                return redirect_to_login(request.get_full_path(), reverse("admin:login"))
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


class PortalAdminSite(admin.AdminSite):
    @property
    def login_form(self):
        return StaffLoginForm if mfa_required() else None

    @property
    def login_template(self):
        return "otp/admin111/login.html" if mfa_required() else None

    def has_permission(self, request):
        return super().has_permission(request) and (
            not mfa_required() or request.user.is_verified()
        )
