"""Benchmark: one FLR-JuF issue to many subscribers through a local SMTP server.

    uv run python benchmarks/newsletter_bench.py            # 2,000 and 10,000 recipients
    uv run python benchmarks/newsletter_bench.py 1000 5000  # other sizes
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/frs_newsletter \
        uv run python benchmarks/newsletter_bench.py

Uses a throw-away SQLite file unless DATABASE_URL is set (then it works in that database and
removes its benchmark rows afterwards). aiosmtpd runs on 127.0.0.1 in its own process and only
counts. Each size is sent by a fresh child process, without throttling, 200 messages per SMTP
connection, so the child's peak resident memory (getrusage) is that send's own peak: it should
not grow with the number of subscribers (rows are claimed in batches, the issue rendered once).
"""

import json
import multiprocessing
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "frs_portal.settings.test")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def smtp_server(port: int, counter, ready) -> None:
    import logging

    from aiosmtpd.controller import Controller

    logging.getLogger("mail.log").setLevel(logging.WARNING)

    class CountingHandler:
        async def handle_DATA(self, server, session, envelope):
            with counter.get_lock():
                counter.value += 1
            return "250 OK"

    controller = Controller(CountingHandler(), hostname="127.0.0.1", port=port)
    controller.start()
    ready.set()
    while True:
        time.sleep(3600)


def setup_django():
    import django

    django.setup()


def send_one(total: int, port: int) -> dict:
    """Runs in a child process: queue and send one issue to `total` subscribers."""
    import resource

    setup_django()
    from django.conf import settings
    from django.utils import timezone

    from newsletter import sending
    from newsletter.models import Issue, Subscriber

    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    have = Subscriber.objects.filter(email__startswith="bench-").count()
    Subscriber.objects.bulk_create(
        [
            Subscriber(email=f"bench-{i:06d}@example.invalid", status=Subscriber.Status.ACTIVE)
            for i in range(have, total)
        ],
        batch_size=2000,
    )
    Subscriber.objects.filter(email__startswith="bench-", id__gt=0).exclude(
        email__lt=f"bench-{total:06d}"
    ).update(status=Subscriber.Status.UNSUBSCRIBED)
    issue = Issue.objects.create(
        title=f"Benchmark {total}", slug=f"bench-{total}-{time.time_ns()}", since=timezone.now()
    )
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    queued = sending.issue_start_sending(issue=issue)
    queue_seconds = time.perf_counter() - started
    summary = sending.send_issue(issue_id=issue.pk, rate_per_minute=0, batch_size=200)
    seconds = time.perf_counter() - started
    if not (summary.finished and summary.sent == queued == total):
        raise RuntimeError(f"incomplete send: {summary.as_dict()}")
    return {
        "recipients": total,
        "queue_s": queue_seconds,
        "total_s": seconds,
        "msgs_per_s": total / seconds,
        "rss_before_mib": rss_before / 1024,
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "issue_id": issue.pk,
    }


def main(sizes: list[int]) -> None:
    tmpdir = None
    if not os.environ.get("DATABASE_URL"):
        tmpdir = tempfile.TemporaryDirectory()
        os.environ["DATABASE_URL"] = f"sqlite:///{tmpdir.name}/bench.sqlite3"
    setup_django()
    from django.conf import settings
    from django.core.management import call_command

    from newsletter.models import Issue, Subscriber

    call_command("migrate", verbosity=0)
    port = free_port()
    counter = multiprocessing.Value("i", 0)
    ready = multiprocessing.Event()
    server = multiprocessing.Process(target=smtp_server, args=(port, counter, ready), daemon=True)
    server.start()
    ready.wait(10)
    engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    print(f"database: {engine}; 200 messages per SMTP connection; no throttle")
    print(
        f"{'recipients':>10} {'queue s':>8} {'total s':>8} {'msgs/s':>7} "
        f"{'RSS start MiB':>13} {'peak RSS MiB':>12} {'received':>9}"
    )
    results = []
    try:
        for size in sizes:
            before = counter.value
            output = subprocess.run(
                [sys.executable, __file__, "--child", str(size), str(port)],
                check=True,
                capture_output=True,
                text=True,
                env=os.environ,
            ).stdout
            result = json.loads(output.strip().splitlines()[-1])
            result["received"] = counter.value - before
            results.append(result)
            print(
                f"{result['recipients']:>10} {result['queue_s']:>8.2f} {result['total_s']:>8.2f} "
                f"{result['msgs_per_s']:>7.0f} {result['rss_before_mib']:>13.0f} "
                f"{result['peak_rss_mib']:>12.0f} {result['received']:>9}"
            )
    finally:
        server.terminate()
        Issue.objects.filter(pk__in=[r["issue_id"] for r in results]).delete()
        Subscriber.objects.filter(email__startswith="bench-").delete()
    if len(results) >= 2:
        small, large = results[0], results[-1]
        growth = large["peak_rss_mib"] - small["peak_rss_mib"]
        print(
            f"peak RSS {large['recipients']} vs {small['recipients']} recipients: "
            f"{growth:+.0f} MiB for x{large['recipients'] / small['recipients']:.0f} recipients"
        )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        print(json.dumps(send_one(int(sys.argv[2]), int(sys.argv[3]))))
    else:
        main([int(a) for a in sys.argv[1:]] or [2000, 10000])
