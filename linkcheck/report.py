"""The weekly summary mail to the editors ("Linkprüfung: Wochenbericht").

Sent by `send_link_health_report_task` (queued by `manage.py link_health_report`), never from
a request. Recipients: `LINKCHECK_REPORT_RECIPIENTS`, or else every active staff member with
an e-mail address who may change resources, the same rule the admin applies.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.mail import EmailMessage
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .models import LinkHealth
from .services import link_counts

LISTED = 50  # broken links named in the mail; the admin report has the rest


def report_recipients() -> list[str]:
    if settings.LINKCHECK_REPORT_RECIPIENTS:
        return list(settings.LINKCHECK_REPORT_RECIPIENTS)
    permission = Permission.objects.get(
        content_type__app_label="resources", codename="change_resource"
    )
    users = (
        get_user_model()
        .objects.filter(is_active=True, is_staff=True)
        .exclude(email="")
        .filter(
            Q(is_superuser=True)
            | Q(user_permissions=permission)
            | Q(groups__permissions=permission)
        )
        .distinct()
        .order_by("email")
    )
    return list(users.values_list("email", flat=True))


def report_context(*, now=None) -> dict:
    now = now or timezone.now()
    week_ago = now - timedelta(days=7)
    broken = (
        LinkHealth.objects.broken()
        .select_related("link__resource")
        .order_by("broken_since", "link_id")
    )
    return {
        "counts": link_counts(),
        "new_broken": broken.filter(broken_since__gte=week_ago).count(),
        "broken": broken[:LISTED],
        "listed": LISTED,
        "report_url": settings.SITE_URL + reverse("admin:linkcheck_checkedlink_changelist"),
        "now": now,
    }


def link_health_report_send() -> int:
    """Send the summary; returns the number of recipients (0: nobody to tell)."""
    recipients = report_recipients()
    if not recipients:
        return 0
    with translation.override(settings.LANGUAGE_CODE):
        context = report_context()
        subject = _("Linkprüfung: %(broken)s defekte, %(redirected)s umgeleitete Links") % {
            "broken": context["counts"]["broken"],
            "redirected": context["counts"]["redirected"],
        }
        body = render_to_string("linkcheck/report_mail.txt", context)
    EmailMessage(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=recipients,  # colleagues of one editorial team: they may see each other
    ).send()
    return len(recipients)
