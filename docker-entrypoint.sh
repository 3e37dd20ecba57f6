#!/bin/sh
# Web container start: schema and cache table first, then gunicorn. Other roles (worker,
# scheduled jobs) pass their own command and skip this (see compose.yaml).
set -eu
python manage.py migrate --noinput
python manage.py createcachetable
exec gunicorn -c python:frs_portal.gunicorn frs_portal.wsgi:application
