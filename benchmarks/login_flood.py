"""Benchmark: how fast a bare page stays while a login flood runs against gunicorn.

    uv run python benchmarks/login_flood.py                 # 8 s per phase, 4 flood processes
    uv run python benchmarks/login_flood.py --seconds 5 --flood-threads 8
    uv run python benchmarks/login_flood.py --without-lockout   # also measure with axes off

Starts gunicorn (frs_portal/gunicorn.py, production settings, PBKDF2 as in production, 2 sync
workers) on 127.0.0.1 with a throw-away SQLite database, then measures requests per second of
a bare page (/robots.txt) from 2 client threads: first alone, then while flood processes post
wrong admin passwords as fast as they can (each with its CSRF cookie, like a real script):
in the first seconds of the flood and again after --warmup seconds (steady state).
Every phase is bounded by time (--seconds) and by count (--max-requests per thread).
The goal: during the flood, at least 50 % of the normal rate.
"""

import argparse
import multiprocessing
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def environment(db_path: str, lockout: bool) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "frs_portal.settings.production",
        "DJANGO_SECRET_KEY": "benchmark-only-" + "k" * 50,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": f"sqlite:///{db_path}",
        "GUNICORN_WORKERS": "2",
        "DJANGO_LOG_LEVEL": "ERROR",
        "AXES_ENABLED": "true" if lockout else "false",
    }


def manage(env: dict, *args: str) -> None:
    subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True
    )


def bare_page_rate(base: str, seconds: float, max_requests: int, threads: int = 2) -> float:
    counts = [0] * threads
    deadline = time.monotonic() + seconds

    def run(index: int) -> None:
        while time.monotonic() < deadline and counts[index] < max_requests:
            try:
                with urllib.request.urlopen(f"{base}/robots.txt", timeout=30) as response:
                    response.read()
                counts[index] += 1
            except (urllib.error.URLError, OSError):
                pass

    started = time.monotonic()
    workers = [threading.Thread(target=run, args=(i,)) for i in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return sum(counts) / (time.monotonic() - started)


def flood(base: str, stop, max_requests: int, answers) -> None:
    """One attacker process: fetch the login page for the CSRF cookie, then post guesses.

    The production settings mark cookies Secure and trust X-Forwarded-Proto from the proxy, so
    the script speaks "HTTPS behind a proxy" by hand, as a real script would through TLS."""
    login = f"{base}/admin/login/?next=/admin/"
    proxy_headers = {"X-Forwarded-Proto": "https"}
    try:
        with urllib.request.urlopen(
            urllib.request.Request(login, headers=proxy_headers), timeout=30
        ) as response:
            html = response.read().decode()
            cookie = re.search(r"csrftoken=([^;]+)", response.headers["Set-Cookie"]).group(1)
    except (urllib.error.URLError, OSError, TypeError, AttributeError):
        answers["login page failed"] = answers.get("login page failed", 0) + 1
        return
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    secure_login = login.replace("http://", "https://")
    headers = {
        **proxy_headers,
        "Cookie": f"csrftoken={cookie}",
        "Referer": secure_login,
        "Origin": secure_login.split("/admin/")[0],
    }
    sent = 0
    counts: dict = {}
    while not stop.is_set() and sent < max_requests:
        body = urllib.parse.urlencode(
            {"csrfmiddlewaretoken": token, "username": "admin", "password": f"guess-{sent}"}
        ).encode()
        request = urllib.request.Request(login, data=body, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                status = response.status
        except urllib.error.HTTPError as error:
            status = error.code
        except (urllib.error.URLError, OSError):
            status = "error"
        sent += 1
        counts[status] = counts.get(status, 0) + 1
    for status, count in counts.items():
        answers[status] = answers.get(status, 0) + count


def measure(args, lockout: bool) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        db_path = str(Path(folder) / "bench.sqlite3")
        env = environment(db_path, lockout)
        manage(env, "migrate", "--noinput")
        manage(env, "createcachetable")
        # The manifest storage of production needs collected files (./staticfiles, ignored).
        manage(env, "collectstatic", "--noinput")
        manage(
            env, "shell", "-c",
            "from django.contrib.auth.models import User; "
            "User.objects.create_superuser('admin', 'a@example.org', 'Correct-Horse-42')",
        )  # fmt: skip
        port = free_port()
        env["GUNICORN_BIND"] = f"127.0.0.1:{port}"
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "python:frs_portal.gunicorn",
             "frs_portal.wsgi:application", "--access-logfile", "/dev/null"],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(100):
                try:
                    urllib.request.urlopen(f"{base}/healthz/", timeout=2).read()
                    break
                except (urllib.error.URLError, OSError):
                    time.sleep(0.2)
            normal = bare_page_rate(base, args.seconds, args.max_requests)
            # Attackers in their own processes: in threads they would compete with the
            # measuring threads for this interpreter's GIL and distort the figure.
            manager = multiprocessing.Manager()
            stop = manager.Event()
            answers = manager.dict()
            flooders = [
                multiprocessing.Process(
                    target=flood, args=(base, stop, args.max_flood_requests, answers)
                )
                for _ in range(args.flood_threads)
            ]
            flood_started = time.monotonic()
            for process in flooders:
                process.start()
            time.sleep(1)  # let the flood get going
            first = bare_page_rate(base, args.seconds, args.max_requests)
            # The first few guesses of a network are hashed (that is what the limits allow);
            # after that every guess is a cheap 429. Measure that steady state too.
            time.sleep(args.warmup)
            during = bare_page_rate(base, args.seconds, args.max_requests)
            stop.set()
            for process in flooders:
                process.join(timeout=90)
            flood_seconds = time.monotonic() - flood_started
            answers = dict(answers)
            manager.shutdown()
        finally:
            server.terminate()
            server.wait(timeout=30)
    return {
        "normal": normal,
        "first": first,
        "during": during,
        "answers": answers,
        "flood_rate": sum(answers.values()) / flood_seconds,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--flood-threads", type=int, default=4, help="attacker processes")
    parser.add_argument("--max-requests", type=int, default=50_000, help="per measuring thread")
    # The flood must outlast every measured phase, or "steady state" measures an idle server.
    parser.add_argument("--max-flood-requests", type=int, default=10_000_000)
    parser.add_argument("--warmup", type=float, default=10.0, help="seconds before steady state")
    parser.add_argument("--without-lockout", action="store_true")
    args = parser.parse_args()
    runs = [("django-axes on", True)]
    if args.without_lockout:
        runs.append(("django-axes off", False))
    for label, lockout in runs:
        result = measure(args, lockout)
        share = result["during"] / result["normal"] if result["normal"] else 0
        answers = ", ".join(f"{k}: {v}" for k, v in sorted(result["answers"].items(), key=str))
        print(f"{label}:")
        first = result["first"] / result["normal"] if result["normal"] else 0
        print(f"  bare page alone:        {result['normal']:8.1f} req/s")
        print(
            f"  first {args.seconds:.0f} s of the flood: {result['first']:8.1f} req/s ({first:.0%})"
        )
        print(f"  flood, steady state:    {result['during']:8.1f} req/s ({share:.0%} of normal)")
        print(f"  login flood answers ({args.flood_threads} processes): {answers}")
        print(f"  login flood rate:       {result['flood_rate']:8.1f} req/s answered")
        print(f"  goal >= 50 %: {'met' if share >= 0.5 else 'NOT met'}")


if __name__ == "__main__":
    main()
