# Everyday commands. Neo4j comes from NEO4J_URI (environment or .env) or else the managed local server in .neo4j/.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

VENV := .venv
PY := $(VENV)/bin/python
# A Neo4j or Redis named in the environment or in .env: then none is started (or stopped) here.
NEO4J_CONFIGURED := $(or $(NEO4J_URI),$(shell sed -n 's/^NEO4J_URI=.//p' .env 2>/dev/null))
REDIS_CONFIGURED := $(or $(REDIS_URL),$(shell sed -n 's/^REDIS_URL=.//p' .env 2>/dev/null))
# Touched after a successful install, so `install` is a no-op until pyproject.toml changes.
STAMP := $(VENV)/.installed

.PHONY: help install explorer client neo4j broker migrate seed run unit test lint bench images docker-test stop clean distclean

help:
	@echo "make install | explorer | client | neo4j | broker | migrate | seed | run | unit | test | lint | bench | images | docker-test | stop | clean | distclean"

install: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(PY) || { echo "creating $(VENV)"; python3 -m venv $(VENV); }
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $@

# The /explore page and GraphiQL: npm ci (from the lock file) and esbuild bundles into api/static/explorer/ and
# api/static/graphiql/ (both git-ignored).
EXPLORER := api/static/explorer/index.html
GRAPHIQL := api/static/graphiql/graphiql.html
NODE_MODULES := explorer/node_modules/.package-lock.json

explorer: $(EXPLORER) $(GRAPHIQL)

$(NODE_MODULES): explorer/package.json explorer/package-lock.json
	@if command -v npm >/dev/null; then \
		cd explorer && npm ci --no-audit --no-fund && touch node_modules/.package-lock.json; \
	else \
		echo "npm not found: /explore and GraphiQL answer 503 until Node.js 20+ and npm are installed and make explorer runs"; \
	fi

$(EXPLORER) $(GRAPHIQL) &: $(NODE_MODULES) explorer/build.mjs explorer/tsconfig.json $(wildcard explorer/src/*)
	@if [ -f $(NODE_MODULES) ]; then cd explorer && npm run --silent build; fi

# The TypeScript client package (clients/typescript): npm ci from its lock file, then its build (the generated code's
# drift check and tsc --strict). Its tests against a running API: tests/system/test_typescript_client.py.
CLIENT_MODULES := clients/typescript/node_modules/.package-lock.json

client: $(CLIENT_MODULES)
	cd clients/typescript && npm run --silent build

$(CLIENT_MODULES): clients/typescript/package.json clients/typescript/package-lock.json
	cd clients/typescript && npm ci --no-audit --no-fund && touch node_modules/.package-lock.json

# Starts (or finds running) the managed server unless an external Neo4j is configured.
neo4j: install
	@if [ -n "$(NEO4J_CONFIGURED)" ]; then \
		echo "NEO4J_URI is set: not starting a local Neo4j"; \
	else \
		$(PY) -m api neo4j start; \
	fi

migrate: neo4j
	$(PY) -m api migrate

seed: migrate
	$(PY) -m api seed

# Subscriptions reach every API process of a server through Redis pub/sub. One process (WORKERS=1, the default)
# needs none: its in-process broker carries them. Several need REDIS_URL, else a local redis-server (no persistence,
# 127.0.0.1 only, in .redis/) started here; without either, `make run WORKERS=2` stops and says so.
WORKERS ?= $(or $(shell sed -n 's/^WORKERS=//p' .env 2>/dev/null | tail -n 1),1)
REDIS_PORT ?= 6379
REDIS_LOCAL := redis://127.0.0.1:$(REDIS_PORT)/0
# Written by `make run`: the API server's process, which `make stop` stops.
API_PID := .run/api.pid

broker:
	@if [ -n "$(REDIS_CONFIGURED)" ]; then \
		echo "REDIS_URL is set: not starting a local Redis"; \
	elif [ "$(WORKERS)" = 1 ]; then \
		echo "one API process: subscriptions use the in-process broker, no Redis needed"; \
	elif redis-cli -p $(REDIS_PORT) ping >/dev/null 2>&1; then \
		echo "Redis already answers on 127.0.0.1:$(REDIS_PORT)"; \
	elif ! command -v redis-server >/dev/null; then \
		echo "WORKERS=$(WORKERS) shares subscriptions between processes through Redis: set REDIS_URL, install" \
			"redis-server (apt-get install redis-server), or run one process (make run)" >&2; exit 1; \
	else \
		mkdir -p .redis; \
		redis-server --port $(REDIS_PORT) --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
			--pidfile $(CURDIR)/.redis/redis.pid --dir $(CURDIR)/.redis --logfile $(CURDIR)/.redis/redis.log; \
		echo "started Redis on 127.0.0.1:$(REDIS_PORT)"; \
	fi

# The server runs in the foreground (Ctrl-C stops it); `make stop` from another shell stops it too.
run: seed explorer broker
	@if [ "$(WORKERS)" != 1 ] && [ -z "$(REDIS_CONFIGURED)" ]; then \
		export REDIS_URL=$(REDIS_LOCAL); fi; \
		mkdir -p $(dir $(API_PID)); echo $$$$ > $(API_PID); \
		exec $(PY) -m api serve --workers $(WORKERS)

# The unit tier alone: no Neo4j and no Java. Its PATH holds only the virtualenv (so no java, docker or mvn) and
# NEO4J_URI is unset, so a unit test that needed either fails here instead of passing by accident.
unit: install
	env -u NEO4J_URI JAVA_HOME=/nonexistent PATH="$(abspath $(VENV))/bin" $(PY) -m pytest tests/unit $(PYTEST_ARGS)

# Every tier (tests/unit, graph, api, system): see tests/conftest.py.
test: install explorer
	$(PY) -m pytest $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy api graph schema seeds benchmarks tests

# The Docker tier, not part of `make test` (whose Neo4j is the managed server): the suite's Neo4j through
# testcontainers, and docker-compose.yml up, down and up again. Images from NEO4J_IMAGE / PYTHON_IMAGE (the official
# ones by default; `make images` and README "Docker" where no registry answers). Fails, not skips, without an engine.
docker-test: install
	TESTCONTAINERS_RYUK_DISABLED=true TESTS_REQUIRE_DOCKER=1 $(PY) -m pytest -p no:cacheprovider \
		tests/system/test_docker_neo4j_image.py tests/system/test_docker_compose.py

# Not part of `make test`: loads synthetic communities into the managed (or configured) Neo4j and measures.
# performance: each key request as its Cypher via the driver and as GraphQL over HTTP, from a load process's threads
# at 1 and 8 users, the API with 1 and 2 workers (its own redis-server for 2), at 10k, 100k and 1M residents
# (docs/benchmarks/performance.md; a long run). BENCH_ARGS passes options, e.g.
# BENCH_ARGS="--residents 10000 --duration 5 --out /tmp/bench". Then matching (docs/benchmarks/matching.md) and
# registers: a community's workbook exported and imported at 10k and 100k residents (docs/benchmarks/registers.md).
bench: neo4j
	$(PY) -m benchmarks.performance $(BENCH_ARGS)
	$(PY) -m benchmarks.matching
	$(PY) -m benchmarks.registers

# Local images for `docker compose` and the tests where the official neo4j:5.26-community and python:3.11-slim cannot
# be pulled (no public registry reachable): a Debian bookworm base from debootstrap with python3.11, Neo4j 5.26
# Community from the managed server's Maven jars (plus cypher-shell's), and the API from the Dockerfile over that base.
# Each image is built only when missing (`docker rmi` it to rebuild). Needs root, debootstrap, a Docker engine, Java
# and Maven. Use them with NEO4J_IMAGE=$(LOCAL_NEO4J_IMAGE) PYTHON_IMAGE=$(LOCAL_PYTHON_IMAGE) (README "Docker").
LOCAL_PYTHON_IMAGE ?= grid-graph/python:3.11-bookworm-local
LOCAL_NEO4J_IMAGE ?= grid-graph/neo4j:5.26-community-local
API_IMAGE ?= grid-graph/api:latest
# The steps that fetch (apt, pip) use the host's network: containers may have no route out (dockerd --iptables=false).
DOCKER_BUILD := docker build --network host --force-rm --quiet
# The API's wheels are fetched by the base image's own pip (its Python decides which), trusting what the host trusts.
HOST_CA_BUNDLE ?= /etc/ssl/certs/ca-certificates.crt

images: install
	@docker info >/dev/null 2>&1 || { echo "no Docker engine answers (start dockerd, or set DOCKER_HOST)" >&2; exit 1; }
	@if docker image inspect $(LOCAL_PYTHON_IMAGE) >/dev/null 2>&1; then echo "$(LOCAL_PYTHON_IMAGE): present"; else \
		echo "building $(LOCAL_PYTHON_IMAGE) (debootstrap)"; docker/debian-base.sh $(LOCAL_PYTHON_IMAGE) >/dev/null; fi
	@if docker image inspect $(LOCAL_NEO4J_IMAGE) >/dev/null 2>&1; then echo "$(LOCAL_NEO4J_IMAGE): present"; else \
		echo "building $(LOCAL_NEO4J_IMAGE)"; \
		$(PY) -c 'from pathlib import Path; from api.managed import ManagedNeo4j, ServerConfig; \
			ManagedNeo4j(ServerConfig(home=Path(".neo4j"))).fetch()'; \
		if ! cmp -s docker/neo4j/cypher-shell.pom.xml .neo4j/cypher-shell/.fetched; then \
			rm -rf .neo4j/cypher-shell; \
			mvn -q -B -f docker/neo4j/cypher-shell.pom.xml dependency:copy-dependencies \
				-DoutputDirectory=$(CURDIR)/.neo4j/cypher-shell; \
			cp docker/neo4j/cypher-shell.pom.xml .neo4j/cypher-shell/.fetched; fi; \
		tar -c -C docker/neo4j . -C $(CURDIR)/.neo4j lib cypher-shell \
			| $(DOCKER_BUILD) --build-arg BASE_IMAGE=$(LOCAL_PYTHON_IMAGE) -t $(LOCAL_NEO4J_IMAGE) - >/dev/null; fi
	@if docker image inspect $(API_IMAGE) >/dev/null 2>&1; then echo "$(API_IMAGE): present"; else \
		echo "building $(API_IMAGE) on $(LOCAL_PYTHON_IMAGE)"; \
		$(PY) -c 'import tomllib; print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]))' \
			>docker/wheels/requirements.txt; \
		status=0; \
		docker run --rm --network host -v $(CURDIR)/docker/wheels:/wheels -v $(HOST_CA_BUNDLE):/host-ca.crt:ro \
			-e PIP_CERT=/host-ca.crt -e PIP_INDEX_URL -e PIP_EXTRA_INDEX_URL -e PIP_DISABLE_PIP_VERSION_CHECK=1 \
			$(LOCAL_PYTHON_IMAGE) pip wheel --quiet --wheel-dir /wheels -r /wheels/requirements.txt 'setuptools>=69' \
		&& $(DOCKER_BUILD) --build-arg PYTHON_IMAGE=$(LOCAL_PYTHON_IMAGE) -t $(API_IMAGE) . >/dev/null || status=$$?; \
		find docker/wheels -type f ! -name .gitignore -delete; exit $$status; fi

stop:
	@if [ -f $(API_PID) ] && kill "$$(cat $(API_PID))" 2>/dev/null; then \
		for _ in $$(seq 60); do kill -0 "$$(cat $(API_PID))" 2>/dev/null || break; sleep 0.5; done; \
		echo "stopped the API server"; fi; rm -f $(API_PID)
	@if [ -n "$(NEO4J_CONFIGURED)" ]; then echo "NEO4J_URI is set: its Neo4j is not ours to stop"; \
	elif [ -x $(PY) ]; then $(PY) -m api neo4j stop; else echo "not running"; fi
	@if [ -f .redis/redis.pid ]; then kill "$$(cat .redis/redis.pid)" 2>/dev/null || true; rm -f .redis/redis.pid; \
		echo "stopped the local Redis"; fi

clean:
	rm -rf .pytest_cache .mypy_cache .ruff_cache tests/artifacts *.egg-info
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +

# Also deletes the virtualenv and the managed server's data and password.
distclean: stop clean
	rm -rf $(VENV) .neo4j explorer/node_modules clients/typescript/node_modules api/static/explorer api/static/graphiql
