"""Bad requests on legal pages lead back to where the reader was.

A wrong date on a statute page gets a 400 page whose link goes back to that statute (not to
the materials overview of the generic 400 page).
"""

from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _


def back_link(*, statute=None, act=None) -> tuple[str, str]:
    if statute is not None:
        return statute.get_absolute_url(), _("Zurück zu %(statute)s") % {
            "statute": statute.display_abbreviation
        }
    if act is not None:
        return act.get_absolute_url(), _("Zurück zum Änderungsgesetz")
    return reverse("legal:index"), _("Zur Übersicht der Rechtsänderungen")


def bad_request_back(request, message: str, *, statute=None, act=None):
    url, label = back_link(statute=statute, act=act)
    context = {"message": message, "back_url": url, "back_label": label}
    return render(request, "legal/400.html", context, status=400)
