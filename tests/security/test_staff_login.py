"""Staff logins: lockout after too many wrong passwords (refused before hashing), and a second
factor (TOTP or a recovery code) wherever STAFF_MFA_REQUIRED is on, as in production."""

import io
import re
import time
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import MD5PasswordHasher
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from common import middleware, ratelimit

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/?next=/admin/"


@pytest.fixture
def axes_only(settings):
    """Lift the per-network login throttle so django-axes' own lockout can be seen."""
    settings.RATE_LIMITS = {
        **settings.RATE_LIMITS,
        "login_ip": (1000, 300),
        "login_all": (1000, 60),
    }
    return settings


@pytest.fixture
def boss(db):
    return get_user_model().objects.create_superuser("boss", "boss@example.org", "right-pass")


def attempt(client, password, **extra):
    return client.post(LOGIN, {"username": "boss", "password": password, **extra})


def test_lockout_after_the_failure_limit_even_with_the_right_password(boss, axes_only):
    settings = axes_only
    client = Client(REMOTE_ADDR="203.0.113.9")
    limit = settings.AXES_FAILURE_LIMIT
    codes = [attempt(client, f"wrong-{n}").status_code for n in range(limit)]
    # The form again, with an error, until the limit-th failure locks the login.
    assert codes == [200] * (limit - 1) + [429]
    locked = attempt(client, "right-pass")
    assert locked.status_code == 429
    assert "vorübergehend gesperrt" in locked.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_locked_out_login_is_refused_before_the_password_is_hashed(boss, settings, monkeypatch):
    client = Client(REMOTE_ADDR="203.0.113.10")
    for n in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, f"wrong-{n}")
    calls = []
    original = MD5PasswordHasher.encode

    def counting(self, password, salt):
        calls.append(1)
        return original(self, password, salt)

    monkeypatch.setattr(MD5PasswordHasher, "encode", counting)
    for n in range(20):
        assert attempt(client, f"flood-{n}").status_code == 429
    assert calls == []


def test_other_networks_can_still_log_in_during_a_lockout_of_one(axes_only):
    settings = axes_only
    user = get_user_model().objects.create_superuser("ada", "ada@example.org", "ada-pass")
    attacker = Client(REMOTE_ADDR="203.0.113.11")
    for n in range(settings.AXES_FAILURE_LIMIT):
        attacker.post(LOGIN, {"username": "nobody", "password": f"x{n}"})
    assert attacker.post(LOGIN, {"username": "ada", "password": "ada-pass"}).status_code == 429
    office = Client(REMOTE_ADDR="198.51.100.20")
    response = office.post(LOGIN, {"username": "ada", "password": "ada-pass"})
    assert response.status_code == 302
    assert office.session["_auth_user_id"] == str(user.pk)


def count_hashes(monkeypatch) -> list:
    calls = []
    original = MD5PasswordHasher.encode

    def counting(self, password, salt):
        calls.append(1)
        return original(self, password, salt)

    monkeypatch.setattr(MD5PasswordHasher, "encode", counting)
    return calls


def test_login_attempts_per_network_are_throttled_before_any_hashing(boss, monkeypatch):
    hashes = count_hashes(monkeypatch)
    client = Client(REMOTE_ADDR="203.0.113.30")
    codes = [attempt(client, f"wrong-{n}").status_code for n in range(30)]
    assert codes == [200] * 5 + [429] * 25
    assert len(hashes) == 5  # one per attempt that reached the password check
    response = attempt(client, "right-pass")
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert "Zu viele Anfragen" in response.content.decode()
    # A colleague in another office is not affected.
    assert attempt(Client(REMOTE_ADDR="198.51.100.30"), "right-pass").status_code == 302


def test_a_flood_from_many_networks_meets_the_site_wide_limit(boss, monkeypatch, settings):
    hashes = count_hashes(monkeypatch)
    limit, seconds = settings.RATE_LIMITS["login_all"][:2]
    # One fixed window for the whole flood: a slow machine must not cross into the next one.
    frozen = (time.time() // seconds) * seconds + 1
    monkeypatch.setattr(ratelimit, "time", SimpleNamespace(time=lambda: frozen))
    # Other user names each time, so django-axes' per-account lockout does not kick in.
    codes = [
        Client(REMOTE_ADDR=f"10.0.{n // 200}.{n % 200 + 1}")
        .post(LOGIN, {"username": f"guess{n}", "password": "wrong"})
        .status_code
        for n in range(limit + 10)
    ]
    assert codes.count(429) == 10
    assert len(hashes) == limit


@pytest.fixture
def naps(settings, monkeypatch):
    """Refused logins wait 2.5 s in one slot; the waits are recorded instead of slept."""
    settings.LOGIN_FLOOD_DELAY_SECONDS = 2.5
    settings.LOGIN_FLOOD_DELAY_SLOTS = 1
    recorded = []
    monkeypatch.setattr(middleware, "wait", recorded.append)
    return recorded


def test_a_refused_login_is_answered_only_after_a_delay(boss, naps):
    client = Client(REMOTE_ADDR="203.0.113.31")
    codes = [attempt(client, f"wrong-{n}").status_code for n in range(7)]
    assert codes == [200] * 5 + [429] * 2
    # Allowed attempts are answered at once; a script past the limit waits for each answer.
    assert naps == [2.5, 2.5]


def test_waiting_refusals_never_take_every_thread(boss, naps, monkeypatch):
    client = Client(REMOTE_ADDR="203.0.113.32")
    for n in range(5):
        attempt(client, f"wrong-{n}")
    answered_meanwhile = []

    def wait_and_meanwhile_refuse_another(seconds):
        naps.append(seconds)
        if len(naps) == 1:  # while the only slot waits, the next refusal must not wait
            answered_meanwhile.append(attempt(client, "again").status_code)

    monkeypatch.setattr(middleware, "wait", wait_and_meanwhile_refuse_another)
    assert attempt(client, "wrong-6").status_code == 429
    assert answered_meanwhile == [429]
    assert naps == [2.5]


def test_without_spare_threads_refusals_are_not_held_back(boss, naps, settings):
    settings.LOGIN_FLOOD_DELAY_SLOTS = 0
    client = Client(REMOTE_ADDR="203.0.113.33")
    codes = [attempt(client, f"wrong-{n}").status_code for n in range(7)]
    assert codes[-1] == 429
    assert naps == []


def enrol(username: str) -> tuple[str, list[str]]:
    out = io.StringIO()
    call_command("mfa_enrol", username, stdout=out)
    text = out.getvalue()
    secret = re.search(r"secret=([A-Z2-7]+)", text).group(1)
    codes = re.findall(r"^  ([a-z0-9]{8})$", text, re.MULTILINE)
    return secret, codes


def current_code(user) -> str:
    device = TOTPDevice.objects.get(user=user)
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


@pytest.fixture
def mfa(settings):
    settings.STAFF_MFA_REQUIRED = True
    return settings


def test_with_mfa_required_a_password_alone_does_not_open_the_admin(boss, mfa):
    enrol("boss")
    client = Client()
    response = attempt(client, "right-pass")
    assert response.status_code == 200  # the login form again, asking for the code
    assert client.get("/admin/").status_code == 302
    # A staff session without a verified device does not count as staff.
    client.force_login(boss)
    assert client.get("/admin/").status_code == 302
    assert client.get(reverse("admin:legal_statute_footnote_import")).status_code == 302


def test_with_mfa_required_password_and_totp_code_open_the_admin(boss, mfa):
    enrol("boss")
    client = Client()
    response = attempt(client, "right-pass", otp_token=current_code(boss))
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200
    assert client.get(reverse("admin:legal_statute_footnote_import")).status_code == 200


def test_recovery_codes_work_once_each(boss, mfa):
    _secret, codes = enrol("boss")
    assert len(codes) == 10
    assert attempt(Client(), "right-pass", otp_token=codes[0]).status_code == 302
    assert attempt(Client(), "right-pass", otp_token=codes[1]).status_code == 302
    assert attempt(Client(), "right-pass", otp_token=codes[0]).status_code == 200


def test_staff_without_a_device_cannot_get_in_while_mfa_is_required(boss, mfa):
    client = Client()
    attempt(client, "right-pass", otp_token="123456")
    assert client.get("/admin/").status_code == 302


def in_production(code: str) -> list[str]:
    """What `code` prints under the production settings, in a fresh process, word by word."""
    import subprocess
    import sys

    from tests.project.test_security import ROOT

    env = {
        "DJANGO_SETTINGS_MODULE": "frs_portal.settings.production",
        "DJANGO_SECRET_KEY": "k" * 60,
        "DJANGO_ALLOWED_HOSTS": "portal.example.org",
        "PATH": "/usr/bin:/bin",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stdout.split()


def test_production_settings_require_mfa_and_a_shared_cache():
    printed = in_production(
        "from django.conf import settings; "
        "print(settings.STAFF_MFA_REQUIRED, settings.CACHES['default']['BACKEND'], "
        "settings.CONN_HEALTH_CHECKS)"
    )
    assert printed[-3:] == [
        "True",
        "django.core.cache.backends.db.DatabaseCache",
        "True",
    ]


def test_enrolment_refuses_to_overwrite_an_existing_device_without_replace(boss):
    enrol("boss")
    with pytest.raises(Exception, match="schon ein Gerät"):
        call_command("mfa_enrol", "boss", stdout=io.StringIO())


def test_production_workers_keep_two_threads_free_of_waiting_refusals():
    printed = in_production(
        "from django.conf import settings; from frs_portal import gunicorn; "
        "print(gunicorn.worker_class, gunicorn.threads, settings.LOGIN_FLOOD_DELAY_SLOTS, "
        "settings.LOGIN_FLOOD_DELAY_SECONDS)"
    )
    worker_class, threads, slots, delay = printed[-4:]
    assert worker_class == "gthread"
    assert int(slots) == int(threads) - 2 > 0
    assert float(delay) > 0
