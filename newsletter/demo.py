"""Demo content: one sample issue built from the demo resources, kept as a draft so editors
can try composing and test-sending it, but the public archive never shows an invented issue
with a placeholder date. No subscribers: the demo must not contain addresses that look like
real people's."""

import datetime

from django.utils import timezone

from resources.models import Resource

from .models import Issue, IssueItem

SAMPLE_SLUG = "beispielausgabe"


def load(*, stdout) -> None:
    existing = Issue.objects.filter(slug=SAMPLE_SLUG).first()
    if existing is not None:
        if existing.status == Issue.Status.SENT and not existing.deliveries.exists():
            # Earlier demo versions published the sample; it was never sent to anyone.
            existing.status, existing.sent_at = Issue.Status.DRAFT, None
            existing.save(update_fields=["status", "sent_at"])
        if not existing.resources.exists():
            # The library may have been loaded after the first run: fill the sample now.
            existing.resources.set(_sample_resources())
        stdout.write("Newsletter sample issue already there.")
        return
    now = timezone.now()
    issue = Issue.objects.create(
        title="FLR-JuF – Beispielausgabe",
        slug=SAMPLE_SLUG,
        since=now - datetime.timedelta(days=28),
        intro=(
            "Liebe Kolleginnen und Kollegen,\n\n"
            "in dieser Beispielausgabe des Informationsservice FLR-JuF finden Sie eine Auswahl "
            "neuer Materialien aus unserer Bibliothek, sortiert nach Bereichen.\n\n"
            "Viele Grüße\nIhr Team des Informationsservice"
        ),
        status=Issue.Status.DRAFT,
    )
    resources = _sample_resources()
    issue.resources.set(resources)
    IssueItem.objects.create(
        issue=issue,
        kind=IssueItem.Kind.TRAINING,
        title="Online-Fortbildung: Junge Volljährige – Hilfen nach § 41 SGB VIII",
        date_note="Beispieltermin, online",
        text="Beispiel für einen frei eingetragenen Fortbildungshinweis.",
    )
    stdout.write(f"Newsletter sample issue created with {len(resources)} resource(s).")


def _sample_resources() -> list[int]:
    return list(Resource.objects.published().newest_first().values_list("pk", flat=True)[:8])
