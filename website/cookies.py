"""Every cookie the portal can set, for the cookie table on the privacy page.

A test crawls the public pages and forms and fails if a response sets a cookie that is not
listed here, so the privacy page cannot drift from what the site really does.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class CookieInfo:
    name: str
    purpose: str
    lifetime: str
    who: str


def portal_cookies() -> list[CookieInfo]:
    csrf_days = settings.CSRF_COOKIE_AGE // (60 * 60 * 24)
    session_hours = settings.SESSION_COOKIE_AGE // (60 * 60)
    return [
        CookieInfo(
            name=settings.CSRF_COOKIE_NAME,
            purpose=str(
                _(
                    "Schutz von Formularen (z. B. Newsletter-Anmeldung) gegen "
                    "Cross-Site-Request-Forgery. Wird erst gesetzt, wenn Sie ein Formular aufrufen."
                )
            ),
            lifetime=str(_("%(days)d Tage") % {"days": csrf_days}),
            who=str(_("alle Besucher*innen, die ein Formular öffnen")),
        ),
        CookieInfo(
            name=settings.SESSION_COOKIE_NAME,
            purpose=str(_("Anmeldung der Redaktion im Verwaltungsbereich.")),
            lifetime=str(_("%(hours)d Stunden") % {"hours": session_hours}),
            who=str(_("nur angemeldete Mitarbeiter*innen")),
        ),
        CookieInfo(
            name=CookieStorage.cookie_name,
            purpose=str(
                _("Eine Bestätigung (z. B. „Gespeichert“) bis zur nächsten Seite anzeigen.")
            ),
            lifetime=str(_("bis zum nächsten Seitenaufruf")),
            who=str(_("Besucher*innen, die ein Formular abschicken")),
        ),
    ]


def known_cookie_names() -> set[str]:
    return {cookie.name for cookie in portal_cookies()}
