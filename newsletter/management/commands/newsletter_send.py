from django.core.management.base import BaseCommand, CommandError

from newsletter import sending
from newsletter.models import Issue


class Command(BaseCommand):
    help = (
        "Sends an issue in the foreground (instead of the background worker), or resumes an "
        "interrupted send. Nobody receives the issue twice."
    )

    def add_arguments(self, parser):
        parser.add_argument("issue", help="Slug or id of the issue.")
        parser.add_argument("--rate", type=int, default=None, help="Messages per minute.")

    def handle(self, *args, issue, rate=None, **options):
        found = Issue.objects.filter(slug=issue).first()
        if found is None and issue.isdigit():
            found = Issue.objects.filter(pk=int(issue)).first()
        if found is None:
            raise CommandError(f"No issue with slug or id {issue!r}.")
        if found.status == Issue.Status.SENT:
            raise CommandError("This issue has been sent already.")
        if found.status == Issue.Status.DRAFT:
            queued = sending.issue_start_sending(issue=found)
            self.stdout.write(f"{queued} recipient(s) queued.")
        try:
            summary = sending.send_issue(issue_id=found.pk, rate_per_minute=rate)
        except sending.SendingInterrupted as exc:
            raise CommandError(f"{exc} – run the command again to resume.") from exc
        self.stdout.write(
            f"sent {summary.sent}, failed {summary.failed}, skipped {summary.skipped}, "
            f"finished: {summary.finished}"
        )
