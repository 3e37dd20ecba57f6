# FRS Portal production image: gunicorn serves Django, whitenoise serves the static files.
# Build:  docker build -t frs-portal .
# Run:    docker run -p 8000:8000 -e DJANGO_SECRET_KEY=... -e DJANGO_ALLOWED_HOSTS=portal.example.org \
#           -e DATABASE_URL=postgres://user:pass@db:5432/frs_portal frs-portal
FROM python:3.12-slim-bookworm AS base

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_PYTHON_DOWNLOADS=never \
    UV_PROJECT_ENVIRONMENT=/opt/venv \
    PATH="/opt/venv/bin:$PATH"

RUN pip install --no-cache-dir uv==0.13.9 \
    && groupadd --system --gid 10001 portal \
    && useradd --system --uid 10001 --gid portal --home /app portal

WORKDIR /app

# Dependencies first, so code changes do not invalidate this layer.
COPY pyproject.toml uv.lock ./
RUN uv sync --frozen --no-dev --no-install-project

COPY . .
# collectstatic needs settings, not secrets: a throw-away key is enough at build time.
RUN DJANGO_SETTINGS_MODULE=frs_portal.settings.production \
    DJANGO_SECRET_KEY=build-only-key-build-only-key-build-only-key-build \
    DJANGO_ALLOWED_HOSTS=build \
    python manage.py collectstatic --noinput \
    && chown -R portal:portal /app

USER 10001:10001
# MALLOC_MMAP_THRESHOLD_: blocks from 1 MiB up (a search's temporary numpy arrays) are
# mapped and returned to the system when freed; glibc otherwise raises the threshold after
# the first such free and keeps them in each thread's heap. Measured at 1,000,000 resources
# (benchmarks/search_bench.py): private memory per gunicorn worker 266 and 83 MiB -> 156
# and 43 MiB.
ENV DJANGO_SETTINGS_MODULE=frs_portal.settings.production \
    MALLOC_MMAP_THRESHOLD_=1048576
EXPOSE 8000

# Liveness of the web process (/healthz/); readiness is /readyz/ (see compose.yaml).
HEALTHCHECK --interval=30s --timeout=6s --start-period=60s --retries=3 \
    CMD ["python", "-m", "frs_portal.healthcheck"]

# Migrations and the cache table (shared cache of all workers) at start, so a new image
# brings its schema with it; then gunicorn.
CMD ["./docker-entrypoint.sh"]
