"""Settings of the Peacekeeping Resource Hub.

Every setting comes from the environment (or a `.env` file beside the project, never committed);
this module is the only place that reads it. See `.env.example` for the list.
"""

import os
import secrets
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parents[2]
VAR_DIR = BASE_DIR / "var"

env = environ.Env()
if (BASE_DIR / ".env").exists():
    env.read_env(BASE_DIR / ".env")

# PRODUCTION switches on every check that a public deployment needs.
PRODUCTION = env.bool("PRODUCTION", default=False)
DEBUG = env.bool("DEBUG", default=False)
TESTING = env.bool("PKHUB_TESTING", default=False)


def _secret_key() -> str:
    key = env.str("SECRET_KEY", default="")
    if key:
        return key
    if PRODUCTION:
        raise ImproperlyConfigured("SECRET_KEY must be set in the environment in production.")
    # A single-machine install keeps a key of its own, made on first start and never committed.
    path = VAR_DIR / "secret_key"
    if not path.exists():
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


SECRET_KEY = _secret_key()
if PRODUCTION and DEBUG:
    raise ImproperlyConfigured("DEBUG must be off in production.")
if PRODUCTION and len(SECRET_KEY) < 40:
    raise ImproperlyConfigured("SECRET_KEY is too short for production (at least 40 characters).")

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000")

INSTALLED_APPS = [
    "modeltranslation",  # must come before django.contrib.admin
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "django.contrib.humanize",
    "rules.apps.AutodiscoverRulesConfig",
    # Before allauth, so that the hub's layout wraps allauth's pages.
    "pkhub.core",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django_tasks",
    "django_tasks_db",
    "django_filters",
    "ninja",
    "csp",
    "pkhub.accounts",
    "pkhub.ingest",
    "pkhub.search",
    "pkhub.library",
    "pkhub.training",
    "pkhub.pledges",
    "pkhub.eguide",
    "pkhub.news",
    "pkhub.community",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "pkhub.core.pagecache.PageCacheMiddleware",  # docs/architecture.md, "Caching"
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "pkhub.accounts.middleware.RequireSecondFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
]

ROOT_URLCONF = "pkhub.urls"
WSGI_APPLICATION = "pkhub.wsgi.application"
SITE_ID = 1

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "pkhub.core.context_processors.hub",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------------
# SQLite in WAL mode is the single-machine default; DATABASE_URL=postgres://… scales out.
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            # IMMEDIATE: a writer takes the lock when its transaction starts, so two writers queue
            # instead of failing with "database is locked" halfway through.
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": (
                "PRAGMA journal_mode=WAL;"
                "PRAGMA synchronous=NORMAL;"
                "PRAGMA foreign_keys=ON;"
                "PRAGMA busy_timeout=20000;"
                "PRAGMA temp_store=MEMORY;"
                "PRAGMA mmap_size=268435456;"
                "PRAGMA cache_size=-65536;"
            ),
        }
    )
    DATABASES["default"].setdefault("TEST", {})
    from pkhub.sqlite import unsafe_library_message

    if PRODUCTION and (_problem := unsafe_library_message()):
        raise ImproperlyConfigured(_problem)
# Connections kept between requests, on SQLite too: a new SQLite connection runs the pragmas above
# and starts with an empty page cache, which cost a kept page two thirds of its speed (bench/README.md,
# "Pages"). Each server thread keeps its own; CONN_MAX_AGE=0 closes them after every request.
DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=60))
DATABASES["default"].setdefault("CONN_HEALTH_CHECKS", True)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Search ---------------------------------------------------------------------------------
# "auto" follows the database: FTS5 on SQLite, full text search on PostgreSQL.
SEARCH_BACKEND = env.str("SEARCH_BACKEND", default="auto")
# Processes that analyse text ahead of a large index write (a rebuild, a bulk import): one where
# there is a second core, none on one (pkhub.search.parallel).
SEARCH_ANALYSIS_PROCESSES = env.int("SEARCH_ANALYSIS_PROCESSES", default=1 if (os.cpu_count() or 1) > 1 else 0)

# --- Tasks ----------------------------------------------------------------------------------
_TASK_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "dummy": "django_tasks.backends.dummy.DummyBackend",
}
TASKS = {
    "default": {
        "BACKEND": _TASK_BACKENDS[env.str("TASKS_BACKEND", default="database")],
        "QUEUES": ["default"],
    }
}

# --- Accounts -------------------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
LOGIN_REDIRECT_URL = "/"
# Failed sign-ins are limited per address (key) and per IP in a short window: a guesser gets 5
# tries per account per 5 minutes, and the most an attacker can do to a known user is keep them
# out for those 5 minutes (a successful password reset clears the limit at once). The counters
# live in the default cache: see docs/security.md.
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "reset_password": "20/m/ip,5/m/key",
    "signup": "20/m/ip",
}
ACCOUNT_REAUTHENTICATION_TIMEOUT = 300
# Two-factor authentication: an authenticator app (TOTP) with recovery codes; required for
# editors, capability officers and administrators (pkhub.accounts.middleware).
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Peacekeeping Resource Hub"
SESSION_COOKIE_AGE = env.int("SESSION_COOKIE_AGE", default=60 * 60 * 8)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"

# --- Languages ------------------------------------------------------------------------------
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("ar", _("Arabic")),
    ("zh-hans", _("Chinese")),
    ("en", _("English")),
    ("fr", _("French")),
    ("ru", _("Russian")),
    ("es", _("Spanish")),
]
LANGUAGES_BIDI = ["ar"]
LOCALE_PATHS = [BASE_DIR / "src" / "pkhub" / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)

# --- Files ----------------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", default=str(VAR_DIR / "media")))
MEDIA_URL = "/media/"  # never served directly: downloads go through the library's view
UPLOAD_MAX_BYTES = env.int("UPLOAD_MAX_MB", default=200) * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_PERMISSIONS = 0o640


def _storages() -> dict:
    media = env.str("MEDIA_STORAGE", default="")
    if media.startswith("s3://"):
        default = {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": media.removeprefix("s3://").strip("/"),
                "endpoint_url": env.str("AWS_S3_ENDPOINT_URL", default=None),
                "default_acl": None,
                "querystring_auth": True,
                "file_overwrite": False,
            },
        }
    else:
        location = media.removeprefix("file://") if media else str(MEDIA_ROOT)
        default = {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": location}}
    static_backend = (
        "django.contrib.staticfiles.storage.StaticFilesStorage"
        if TESTING
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    )
    return {"default": default, "staticfiles": {"BACKEND": static_backend}}


STORAGES = _storages()
WHITENOISE_MAX_AGE = 60 * 60 * 24 * 30
# Tests serve static files straight from the apps (no collectstatic).
WHITENOISE_USE_FINDERS = TESTING
WHITENOISE_AUTOREFRESH = TESTING
FORMS_URLFIELD_ASSUME_HTTPS = True

# --- E-mail ---------------------------------------------------------------------------------
vars().update(env.email_url("EMAIL_URL", default="consolemail://"))
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Peacekeeping Resource Hub <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Security -------------------------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# No inline script or style anywhere, and nothing from another host.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
if PRODUCTION:
    SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True

# One cache shared by every worker and server (allauth's failed-login counters live there, so a
# per-process cache would multiply the limits by the number of workers): by default Django's
# database cache, whose table core's migration 0002 creates; `CACHE_URL=redis://host:6379/1` or any
# other django-environ cache URL for a larger deployment.
CACHE_TABLE = "pkhub_cache"
CACHES = {
    "default": env.cache_url("CACHE_URL", default=f"dbcache://{CACHE_TABLE}"),
    # Whole pages for anonymous visitors (pkhub.core.pagecache, docs/architecture.md "Caching"):
    # each worker's memory by default, about 50 KB a page; PAGE_CACHE_URL=redis://… to share them
    # between workers and servers.
    "pages": env.cache_url("PAGE_CACHE_URL", default="locmemcache://pkhub-pages"),
    # Each public resource's entry in the API's search results (library.api), about 2 KB each, and
    # the browse facets of each set of filters (library.selectors), kept as the pages are and for
    # as long, in each worker's memory.
    "listings": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "pkhub-listings",
        "OPTIONS": {"MAX_ENTRIES": 5000},
    },
}
# A cap on the number of pages, for the backends that count their entries; Redis has its own
# maxmemory, and would pass an unknown MAX_ENTRIES on to its connections.
if CACHES["pages"]["BACKEND"].rsplit(".", 1)[-1] in ("LocMemCache", "DatabaseCache", "FileBasedCache"):
    CACHES["pages"].setdefault("OPTIONS", {}).setdefault("MAX_ENTRIES", env.int("PAGE_CACHE_ENTRIES", default=1000))
# How long a kept page may be served at most (a change to any record ends it at once); 0 turns
# the page cache off. Off in the test suite, whose tests change rows behind the signals' back;
# the page cache's own tests turn it on.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=0 if TESTING else 60)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="WARNING")},
    "loggers": {"pkhub": {"level": env.str("LOG_LEVEL", default="INFO")}},
}
