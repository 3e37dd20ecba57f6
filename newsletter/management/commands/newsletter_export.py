from django.core.management.base import BaseCommand, CommandError

from newsletter import mail
from newsletter.models import Issue, Subscriber, normalise_email


class Command(BaseCommand):
    help = (
        "Exports an issue: 'eml' (one RFC 5322 message; the general copy, or --to a "
        "subscriber's personal copy), 'mbox' (every active subscriber's personal copy) or "
        "'html' (stand-alone page)."
    )

    def add_arguments(self, parser):
        parser.add_argument("issue", help="Slug or id of the issue.")
        parser.add_argument("format", choices=["eml", "mbox", "html"])
        parser.add_argument("output", help="File to write.")
        parser.add_argument("--to", help="eml only: the subscriber whose personal copy to write.")

    def handle(self, *args, issue, format, output, to=None, **options):
        found = Issue.objects.filter(slug=issue).first()
        if found is None and issue.isdigit():
            found = Issue.objects.filter(pk=int(issue)).first()
        if found is None:
            raise CommandError(f"No issue with slug or id {issue!r}.")
        if format == "eml":
            subscriber = None
            if to:
                subscriber = Subscriber.objects.filter(email=normalise_email(to)).first()
                if subscriber is None:
                    raise CommandError(f"{to} is not on the list.")
            with open(output, "wb") as handle:
                handle.write(mail.issue_eml(found, subscriber=subscriber))
            self.stdout.write(f"Wrote {output}.")
        elif format == "mbox":
            count = mail.write_mbox(found, output, mail.iter_active_subscribers())
            self.stdout.write(f"Wrote {count} message(s) to {output}.")
        else:
            with open(output, "w", encoding="utf-8") as handle:
                handle.write(mail.issue_html_standalone(found))
            self.stdout.write(f"Wrote {output}.")
