"""What the link checker knows about each link of the library.

One `LinkHealth` row per `resources.ResourceLink` that has been checked at least once. It
keeps the latest finding in columns (for filters and the report) and the last
`HISTORY_LENGTH` findings in a small JSON list, so that flapping (ok, timeout, ok, timeout) is
visible while the row never grows. "broken since" is the first failed check of the current run
of failures; it is cleared by the first good check.

A row describes the address in `checked_url`: once an editor changes the link's address the
row is stale and the link counts as unchecked until the next run.
"""

from datetime import timedelta
from itertools import pairwise
from urllib.parse import quote

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from resources.models import ResourceLink

from .status import BROKEN, NOT_CHECKED, REDIRECTED, SUSPICIOUS, TRANSIENT, LinkStatus

HISTORY_LENGTH = 20


class LinkHealthQuerySet(models.QuerySet):
    def current(self):
        """Rows that describe the link's present address."""
        return self.filter(checked_url=F("link__url"))

    def broken(self):
        return self.current().filter(archived=False, status__in=BROKEN | SUSPICIOUS)

    def redirected(self):
        return self.current().filter(archived=False, status__in=REDIRECTED)


class LinkHealth(models.Model):
    link = models.OneToOneField(
        "resources.ResourceLink",
        verbose_name=_("Link"),
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="health",
    )
    checked_url = models.URLField(_("geprüfte Adresse"), max_length=1000)
    status = models.CharField(
        _("Zustand"), max_length=20, choices=LinkStatus, blank=True, db_index=True
    )
    http_code = models.PositiveSmallIntegerField(_("HTTP-Status"), null=True, blank=True)
    final_url = models.URLField(_("Zieladresse"), max_length=1000, blank=True)
    redirect_chain = models.JSONField(_("Umleitungen"), default=list, blank=True)
    content_type = models.CharField(_("Inhaltstyp"), max_length=100, blank=True)
    detail = models.CharField(_("Einzelheiten"), max_length=300, blank=True)
    last_checked_at = models.DateTimeField(_("zuletzt geprüft"), db_index=True)
    last_ok_at = models.DateTimeField(_("zuletzt erreichbar"), null=True, blank=True)
    broken_since = models.DateTimeField(_("fehlerhaft seit"), null=True, blank=True)
    consecutive_failures = models.PositiveSmallIntegerField(_("Fehlschläge in Folge"), default=0)
    history = models.JSONField(
        _("Verlauf"),
        default=list,
        blank=True,
        help_text=_("Die letzten Prüfungen, neueste zuerst."),
    )
    archived = models.BooleanField(
        _("archiviert"),
        default=False,
        help_text=_(
            "Das Original ist dauerhaft verschwunden: Leser*innen bekommen die Fassung im "
            "Internet Archive angeboten, der Link wird nicht mehr geprüft."
        ),
    )
    recheck_requested_at = models.DateTimeField(
        _("erneute Prüfung angefordert"), null=True, blank=True
    )

    objects = LinkHealthQuerySet.as_manager()

    class Meta:
        verbose_name = _("Linkzustand")
        verbose_name_plural = _("Linkzustände")

    def __str__(self):
        return f"{self.checked_url} ({self.get_status_display()})"

    def record(self, *, url, status, http_code, final_url, redirects, content_type, detail, at):
        """Take over one finding for `url`; keeps the failure streak and the bounded history."""
        if self.checked_url and self.checked_url != url:  # a new address starts afresh
            self.broken_since, self.consecutive_failures, self.history = None, 0, []
            self.last_ok_at = None
        self.checked_url = url
        self.status = status
        self.http_code = http_code
        self.final_url = final_url[:1000]
        self.redirect_chain = redirects
        self.content_type = content_type[:100]
        self.detail = detail[:300]
        self.last_checked_at = at
        if status in BROKEN:
            self.consecutive_failures = min(self.consecutive_failures + 1, 32767)
            self.broken_since = self.broken_since or at
        elif status not in NOT_CHECKED:
            self.consecutive_failures = 0
            self.broken_since = None
            self.last_ok_at = at
        entry = {"at": at.isoformat(timespec="seconds"), "status": str(status), "code": http_code}
        self.history = [entry, *self.history][:HISTORY_LENGTH]

    @property
    def is_current(self) -> bool:
        return self.checked_url == self.link.url

    @property
    def is_broken(self) -> bool:
        return self.is_current and self.status in BROKEN

    @property
    def shows_reader_notice(self) -> bool:
        """Readers are warned about definite failures at once, about failures that often heal
        (timeouts, 5xx) only when they repeat (`LINKCHECK_NOTICE_AFTER_FAILURES`)."""
        if self.archived:
            return True
        if not self.is_broken:
            return False
        if self.status in TRANSIENT:
            return self.consecutive_failures >= settings.LINKCHECK_NOTICE_AFTER_FAILURES
        return True

    @property
    def archive_url(self) -> str:
        """The Wayback Machine's copy closest to the last day the link worked (constructed,
        never fetched: https://web.archive.org/web/<YYYYMMDD>/<url>)."""
        when = self.last_ok_at or self.broken_since or self.last_checked_at or timezone.now()
        url = quote(self.link.url, safe=":/?&=%#+@!$,;~*'()[]")
        return f"https://web.archive.org/web/{when:%Y%m%d}/{url}"

    @property
    def flaps(self) -> bool:
        """Changed between working and failing at least twice in the kept history."""
        states = [entry["status"] in BROKEN for entry in self.history]
        return sum(1 for a, b in pairwise(states) if a != b) >= 2


class CheckedLink(ResourceLink):
    """The library's links as the link report sees them (admin: *Linkprüfung*). A proxy, so the
    report lists every link, also those never checked or without an address; its permissions
    are those of `resources.ResourceLink` (see `admin.CheckedLinkAdmin`)."""

    class Meta:
        proxy = True
        verbose_name = _("Link (Prüfbericht)")
        verbose_name_plural = _("Linkprüfung")
        default_permissions = ()


def due_for_check(links, *, older_than: timedelta | None):
    """The links among `links` (a ResourceLink queryset) that need a check: never checked,
    address changed since, or last checked before `older_than` ago. Archived links are
    never due."""
    links = links.exclude(health__archived=True)
    if older_than is None:
        return links
    cutoff = timezone.now() - older_than
    return links.filter(
        Q(health__isnull=True)
        | Q(health__last_checked_at__lt=cutoff)
        | ~Q(health__checked_url=F("url"))
    )
