"""Settings shared by every environment.

Everything that differs between machines is read from the environment here, in one place.
`dev`, `test` and `production` only change what must differ.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env(name: str, default: str | None = None) -> str | None:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value in (None, ""):
        return default
    try:
        return int(value)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}.") from exc


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


SECRET_KEY = env("DJANGO_SECRET_KEY", "")
DEBUG = env_bool("DJANGO_DEBUG", False)
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

# Absolute base URL used where no request is at hand (e-mails, feeds built in commands).
SITE_URL = env("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    # The admin with the portal's site class: staff need a second factor where
    # STAFF_MFA_REQUIRED is on (production).
    "common.apps.PortalAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "simple_history",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "common",
    "website",
    "resources",
    "legal",
    "counselling",
    "newsletter",
    "linkcheck",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before sessions, CSRF and authentication: a login flood is turned away cheaply.
    "common.middleware.LoginThrottleMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "common.middleware.SecurityHeadersMiddleware",
    "common.middleware.DatabaseUnavailableMiddleware",
    # Last, as django-axes asks: turns a locked-out login into its 429 page.
    "axes.middleware.AxesMiddleware",
]

# django-axes first: once a network or an account is locked out it refuses the login before
# the password hasher runs, so a login flood cannot keep every worker busy hashing.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "frs_portal.urls"
WSGI_APPLICATION = "frs_portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# SQLite file in the checkout by default: a fresh clone runs with zero set-up.
# Production sets DATABASE_URL=postgres://user:password@host:5432/name.
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the background sender write while pages read; a busy timeout avoids
    # "database is locked" under the development server's threads.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# The source language is German (every msgid is German, inside gettext); the catalogues in
# locale/<language>/ translate the interface. German pages have no URL prefix, the others live
# under /en/, /ar/, /fa/, /uk/ (i18n_patterns in frs_portal/urls.py): the language comes from
# the address alone, no cookie, no session. Each language is named in itself, for the switcher.
# Right-to-left languages are Django's LANGUAGES_BIDI (ar, fa among them).
LANGUAGE_CODE = "de"
LANGUAGES = [
    ("de", "Deutsch"),
    ("en", "English"),
    ("ar", "العربية"),
    ("fa", "فارسی"),
    ("uk", "Українська"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
# English dates in the European order (frs_portal/formats/en).
FORMAT_MODULE_PATH = ["frs_portal.formats"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
MEDIA_ROOT = BASE_DIR / "media"
MEDIA_URL = "/media/"

# Only a session cookie for logged-in staff and the CSRF cookie for forms: no tracking.
SESSION_COOKIE_AGE = 60 * 60 * 8
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

# Everything the portal serves comes from its own origin (no CDN, no web fonts, no analytics).
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
    "frame-ancestors 'none'"
)

EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
# Well below gunicorn's worker timeout (30 s, frs_portal/gunicorn.py). Mails are sent by the
# task worker, never inside a web request, but a hanging relay must not hold anything for long.
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "FLR-JuF <flr-juf@localhost>")
SERVER_EMAIL = env("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

# Search facet counts and relevance orders are cached (resources/search/cache.py). The default
# is per process; with several gunicorn workers set CACHE_BACKEND to
# django.core.cache.backends.db.DatabaseCache (and CACHE_LOCATION to a table name created with
# `manage.py createcachetable`) or a Redis cache, so the workers share them.
CACHES = {
    "default": {
        "BACKEND": env("CACHE_BACKEND", "django.core.cache.backends.locmem.LocMemCache"),
        "LOCATION": env("CACHE_LOCATION", "frs-portal"),
    }
}

SEARCH_CACHE_ALIAS = "default"
SEARCH_CACHE_TIMEOUT = env_int("SEARCH_CACHE_TIMEOUT", 600)

TASKS = {
    "default": {
        "BACKEND": env("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("DJANGO_LOG_LEVEL", "INFO")},
}

# --- Newsletter FLR-JuF (newsletter app) ---------------------------------------------------
# Sending: messages per minute (0 = no limit; many NGO hosts allow about 30) and how many
# messages share one SMTP connection.
NEWSLETTER_SEND_RATE_PER_MINUTE = env_int("NEWSLETTER_SEND_RATE_PER_MINUTE", 30)
NEWSLETTER_BATCH_SIZE = env_int("NEWSLETTER_BATCH_SIZE", 50)
# Sender of the issues (defaults to DEFAULT_FROM_EMAIL).
NEWSLETTER_FROM_EMAIL = env("NEWSLETTER_FROM_EMAIL", "")
# List-Id (RFC 2919), e.g. "flr-juf.example.org", and the domain in Message-IDs (defaults to the
# host of SITE_URL).
NEWSLETTER_LIST_ID = env("NEWSLETTER_LIST_ID", "flr-juf.localhost")
NEWSLETTER_MESSAGE_ID_DOMAIN = env("NEWSLETTER_MESSAGE_ID_DOMAIN", "")
# Double opt-in: the confirmation link is valid this many days; unconfirmed sign-ups are
# deleted by `manage.py newsletter_purge` after this many days (run it daily).
NEWSLETTER_CONFIRM_DAYS = env_int("NEWSLETTER_CONFIRM_DAYS", 7)
NEWSLETTER_PURGE_UNCONFIRMED_DAYS = env_int("NEWSLETTER_PURGE_UNCONFIRMED_DAYS", 10)
# Record the IP address with sign-up and confirmation in the consent log (off by default;
# the privacy information on the sign-up page follows this setting).
# Where the version label of the privacy notice in force comes from (recorded with consents).
NEWSLETTER_PRIVACY_NOTICE_VERSION = "website.pages.privacy_notice_version"
NEWSLETTER_RECORD_IP = env_bool("NEWSLETTER_RECORD_IP", False)
# Staff addresses preset in the admin's test send (comma-separated).
NEWSLETTER_TEST_RECIPIENTS = env_list("NEWSLETTER_TEST_RECIPIENTS")
# Impressum printed in every mail (§ 5 DDG); "\n" starts a new line. Empty: the mails take
# the address block (<address>) of the site's Impressum page as edited in the admin.
NEWSLETTER_IMPRINT_TEXT = env("NEWSLETTER_IMPRINT_TEXT", "").replace("\\n", "\n")
# Where that address block comes from when NEWSLETTER_IMPRINT_TEXT is empty.
NEWSLETTER_IMPRINT_ADDRESS = "website.pages.imprint_address"

# --- Link checker (linkcheck app) ----------------------------------------------------------
# Every request names the portal and where site owners can reach us.
LINKCHECK_CONTACT_URL = env("LINKCHECK_CONTACT_URL", SITE_URL + "/impressum/")
# Politeness per host: requests at a time, seconds between two request starts.
LINKCHECK_PER_HOST_LIMIT = env_int("LINKCHECK_PER_HOST_LIMIT", 2)
LINKCHECK_PER_HOST_DELAY = float(env("LINKCHECK_PER_HOST_DELAY", "1.0"))
LINKCHECK_MAX_WORKERS = env_int("LINKCHECK_MAX_WORKERS", 8)
LINKCHECK_CONNECT_TIMEOUT = float(env("LINKCHECK_CONNECT_TIMEOUT", "10"))
LINKCHECK_READ_TIMEOUT = float(env("LINKCHECK_READ_TIMEOUT", "20"))
# Links to loopback/private networks are not checked (editors type the URLs); tests allow them.
LINKCHECK_ALLOW_PRIVATE_ADDRESSES = env_bool("LINKCHECK_ALLOW_PRIVATE_ADDRESSES", False)
# Timeouts and 5xx warn readers only after this many failed checks in a row.
LINKCHECK_NOTICE_AFTER_FAILURES = env_int("LINKCHECK_NOTICE_AFTER_FAILURES", 2)
# "Jetzt erneut prüfen" in the admin: actions per editor and hour, links per action.
LINKCHECK_RECHECKS_PER_HOUR = env_int("LINKCHECK_RECHECKS_PER_HOUR", 10)
LINKCHECK_RECHECK_MAX_LINKS = env_int("LINKCHECK_RECHECK_MAX_LINKS", 200)
# Weekly summary (`manage.py link_health_report`): comma-separated addresses; empty = every
# active staff member who may change resources.
LINKCHECK_REPORT_RECIPIENTS = env_list("LINKCHECK_REPORT_RECIPIENTS")

# --- Rate limits (common/ratelimit.py) ---------------------------------------------------
# (requests, seconds) per visitor network ("ip") or per e-mail address / personal link ("key")
# for every endpoint that sends mail or writes; answered with 429 beyond that.
RATELIMIT_CACHE_ALIAS = "default"
RATE_LIMITS = {
    "signup_ip": (env_int("RATELIMIT_SIGNUP_PER_IP_HOUR", 20), 3600),
    "signup_address": (3, 3600),
    "manage_ip": (env_int("RATELIMIT_MANAGE_PER_IP_HOUR", 20), 3600),
    "manage_address": (3, 3600),
    "personal_ip": (60, 3600),
    "personal_link": (10, 3600),
    "confirm_ip": (30, 3600),
    # Mail providers send RFC 8058 one-click POSTs for many people from few addresses.
    "unsubscribe_ip": (env_int("RATELIMIT_UNSUBSCRIBE_PER_IP_HOUR", 600), 3600),
    "unsubscribe_link": (10, 3600),
    "staff_import": (60, 3600),
    # Admin login attempts (each costs a slow password hash): per network, and site-wide.
    "login_ip": (env_int("RATELIMIT_LOGIN_PER_IP_5MIN", 5), 300),
    "login_all": (env_int("RATELIMIT_LOGIN_PER_MINUTE", 20), 60),
}
# A refused login is answered only after this many milliseconds, so a script waits instead of
# asking again (common.middleware.LoginThrottleMiddleware). All but two of a gunicorn worker's
# threads may wait at once (a waiting thread costs no CPU; two keep serving everyone else);
# with two threads or fewer there is no delay at all.
LOGIN_FLOOD_DELAY_SECONDS = env_int("LOGIN_FLOOD_DELAY_MS", 1000) / 1000
LOGIN_FLOOD_DELAY_SLOTS = max(0, env_int("GUNICORN_THREADS", 8) - 2)

# --- Staff logins ------------------------------------------------------------------------------
# Lockout after AXES_FAILURE_LIMIT wrong passwords, per network and per user name, for
# AXES_COOLOFF_TIME hours; the lockout page is German and answered with 429.
AXES_ENABLED = env_bool("AXES_ENABLED", True)
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 10)
AXES_COOLOFF_TIME = env_int("AXES_COOLOFF_MINUTES", 15) / 60
AXES_LOCKOUT_PARAMETERS = ["ip_address", "username"]
AXES_RESET_ON_SUCCESS = True
AXES_HTTP_RESPONSE_CODE = 429
AXES_LOCKOUT_TEMPLATE = "axes_lockout.html"
AXES_CLIENT_IP_CALLABLE = "common.ratelimit.client_ip"
AXES_VERBOSE = False
# A second factor (TOTP app, or a recovery code) for every staff login to the admin and the
# staff pages. Production turns it on; enrol staff with `manage.py mfa_enrol USERNAME`.
STAFF_MFA_REQUIRED = env_bool("STAFF_MFA_REQUIRED", False)
OTP_TOTP_ISSUER = "FRS Portal"

# /readyz/ fails when the oldest waiting task has waited longer than this (no worker running).
READYZ_MAX_QUEUE_LAG = env_int("READYZ_MAX_QUEUE_LAG", 900)
