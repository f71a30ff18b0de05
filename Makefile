# Peacekeeping Resource Hub — the two commands a newcomer needs are `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
UV := $(VENV)/bin/uv
UV_VERSION := 0.13.9
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run serve install system-deps migrate demo test test-sqlite test-postgres test-e2e bench messages clean

# Fresh machine: creates .venv, installs, migrates, loads the demo catalogue, serves on http://$(HOST):$(PORT)
run: install migrate demo serve

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check "uv==$(UV_VERSION)"

# Installs exactly what uv.lock pins (uv is kept in the venv that holds it), then pysqlite3 on
# SQLite 3.54: Debian 12's SQLite 3.40 has the WAL-reset corruption bug (bin/build-sqlite says why).
install: $(PY)
	$(UV) sync --locked --inexact --quiet
	$(PY) bin/build-sqlite

migrate: install
	$(MANAGE) migrate --noinput
	$(MANAGE) collectstatic --noinput --verbosity 0

demo: migrate
	$(MANAGE) loaddemo
	$(MANAGE) loaddemo_training
	$(MANAGE) loaddemo_pledges
	$(MANAGE) loaddemo_eguide
	$(MANAGE) loaddemo_news
	$(MANAGE) loaddemo_community

# Production-grade server (gunicorn) and the background task worker, stopped together by Ctrl-C.
serve:
	HOST=$(HOST) PORT=$(PORT) bin/serve

# Debian packages the tests need: Chromium (browser tests), PostgreSQL 15 (second database),
# poppler-utils (PDF checks and the ingest benchmark) and fonts for every script.
system-deps:
	@bin/system-deps

# The whole suite: SQLite (with the browser tests), then PostgreSQL.
test: install system-deps test-sqlite test-postgres

test-sqlite: install
	PKHUB_TESTING=1 TASKS_BACKEND=immediate $(PY) -m pytest

test-postgres: install
	PKHUB_TESTING=1 TASKS_BACKEND=immediate $(PY) tests/pgcluster.py -- $(PY) -m pytest -m "not e2e"

test-e2e: install
	PKHUB_TESTING=1 TASKS_BACKEND=immediate $(PY) -m pytest -m e2e

bench: install system-deps
	$(PY) bench/run.py

# Rebuilds the gettext catalogues from the code and compiles them.
messages: install
	bin/messages

clean:
	rm -rf $(VENV) var/static

.PHONY: soak fuzz
SOAK_SECONDS ?= 300
FUZZ_SECONDS ?= 60

# Drives the real server (gunicorn + worker, fresh SQLite, demo data) from another process on
# loopback for SOAK_SECONDS: searches, pages, downloads, nominations, pledge edits; prints errors,
# p95 latency per kind and lost writes (both must be 0).
soak: install
	$(PY) tests/soak/run.py --seconds $(SOAK_SECONDS)

# Runs the hypothesis fuzzers of every ingest parser, the sniffer, the repair and the query parser
# for FUZZ_SECONDS in all; crashing inputs are saved to tests/fuzz/corpus/ (replayed by make test).
fuzz: install
	$(PY) tests/fuzz/run.py --seconds $(FUZZ_SECONDS)
