"""What a link check can find out, and which findings count as broken.

Kept apart from the checker and the models so both (and the benchmark, which runs without a
database) share one vocabulary.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class LinkStatus(models.TextChoices):
    OK = "ok", _("erreichbar")
    REDIRECT_PERMANENT = "redirect_permanent", _("dauerhaft umgeleitet")
    REDIRECT_TEMPORARY = "redirect_temporary", _("vorübergehend umgeleitet")
    SOFT_404 = "soft_404", _("Fehlerseite mit Status 200 („Soft 404“)")
    CONTENT_TYPE_CHANGED = "content_type", _("anderer Inhaltstyp (z. B. HTML statt PDF)")
    CLIENT_ERROR = "client_error", _("Fehler 4xx (nicht gefunden, gelöscht, gesperrt)")
    SERVER_ERROR = "server_error", _("Fehler 5xx (Serverfehler)")
    REDIRECT_LOOP = "redirect_loop", _("Umleitungsschleife")
    TLS_ERROR = "tls_error", _("TLS-/Zertifikatsfehler")
    DNS_ERROR = "dns_error", _("Domain nicht auflösbar (DNS)")
    CONNECTION_REFUSED = "refused", _("Verbindung abgelehnt")
    TIMEOUT = "timeout", _("Zeitüberschreitung")
    CONNECTION_ERROR = "connection_error", _("Verbindungsfehler")
    INVALID_URL = "invalid_url", _("ungültige oder nicht prüfbare Adresse")
    ROBOTS_DISALLOWED = "robots", _("Prüfung durch robots.txt untersagt")


REDIRECTED = frozenset({LinkStatus.REDIRECT_PERMANENT, LinkStatus.REDIRECT_TEMPORARY})

# The target is gone or unreachable: editors must act, readers get the archive fallback.
BROKEN = frozenset(
    {
        LinkStatus.SOFT_404,
        LinkStatus.CLIENT_ERROR,
        LinkStatus.SERVER_ERROR,
        LinkStatus.REDIRECT_LOOP,
        LinkStatus.TLS_ERROR,
        LinkStatus.DNS_ERROR,
        LinkStatus.CONNECTION_REFUSED,
        LinkStatus.TIMEOUT,
        LinkStatus.CONNECTION_ERROR,
        LinkStatus.INVALID_URL,
    }
)

# Failures that often heal by themselves (an overloaded or restarting server): readers are
# only warned once they repeat, so one bad night does not flag a working link.
TRANSIENT = frozenset(
    {
        LinkStatus.SERVER_ERROR,
        LinkStatus.TIMEOUT,
        LinkStatus.CONNECTION_REFUSED,
        LinkStatus.CONNECTION_ERROR,
    }
)

# The link answers, but with something else than before: editors should look, readers are
# not warned (the page may well be the document's new landing page).
SUSPICIOUS = frozenset({LinkStatus.CONTENT_TYPE_CHANGED})

# Not a finding about the target at all.
NOT_CHECKED = frozenset({LinkStatus.ROBOTS_DISALLOWED})
