"""The README's first command, run as a newcomer would: migrate, load the demo, start the
server. Checks that the portal answers with the seed content, with development settings."""

import os
import re
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def readme_commands() -> list[str]:
    blocks = re.findall(
        r"```sh\n(.*?)\n```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S
    )
    return blocks[:2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def test_readme_opens_with_the_run_and_the_test_command():
    run, test = readme_commands()
    assert "load_demo" in run
    assert "runserver 127.0.0.1:8000" in run
    assert test == "uv run pytest"


def test_run_command_installs_uv_where_it_is_missing():
    guard, *_ = readme_commands()[0].split(";")
    assert guard.startswith("command -v uv >/dev/null ||")
    assert "python3 -m pip install" in guard


@pytest.mark.slow
def test_run_command_serves_the_demo_content(tmp_path):
    port = free_port()
    command = readme_commands()[0].replace("127.0.0.1:8000", f"127.0.0.1:{port} --noreload")
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "PYTEST")) and key != "DATABASE_URL"
    }
    env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'newcomer.sqlite3'}"
    server = subprocess.Popen(
        command,
        shell=True,
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180
        while True:
            try:
                status, html = fetch(base + "/")
                break
            except (urllib.error.URLError, ConnectionError):
                assert server.poll() is None, server.stdout.read().decode()[-3000:]
                assert time.monotonic() < deadline, "the portal did not start in time"
                time.sleep(0.5)
        assert status == 200
        assert "unbegleitete Minderjährige" in html
        status, html = fetch(base + "/ressourcen/?q=Vormundschaft")
        assert status == 200
        assert "Vormundschaft" in html
        status, css = fetch(base + "/static/css/portal.css")
        assert status == 200
        assert "--brand" in css
        for path in ["/recht/", "/beratung/", "/newsletter/", "/datenschutz/", "/admin/login/"]:
            assert fetch(base + path)[0] == 200, path
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
