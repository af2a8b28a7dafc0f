# Kaiku: `make run` serves the product at http://localhost:8080, `make test` runs every test.
SHELL := /bin/bash
.DEFAULT_GOAL := help

MVNW       := cd backend && ./mvnw -B -ntp
BACKEND_JAR := backend/target/quarkus-app/quarkus-run.jar
E2E_PORT   ?= 18080
E2E_ADMIN_EMAIL    := admin@kaiku.test
E2E_ADMIN_PASSWORD := admin-password-1

.PHONY: help
help:
	@echo "make run     build and serve Kaiku on http://localhost:8080 (embedded PostgreSQL, data in ./data)"
	@echo "make test    every backend, frontend and end-to-end test"
	@echo "make api     regenerate openapi.yaml from the backend and the SPA's types from it"
	@echo "make lint-api  lint openapi.yaml (Redocly, rules in redocly.yaml); part of make test"
	@echo "make dev     backend in Quarkus dev mode plus the Vite dev server"
	@echo "make fmt     format the backend (Spotless) and the SPA (Prettier); make test checks both"
	@echo "make bench   load 1M tickets and measure (see bench/README.md)"

## Build ---------------------------------------------------------------------

frontend/node_modules: frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund
	touch frontend/node_modules

.PHONY: frontend-build
frontend-build: frontend/node_modules
	cd frontend && npm run build

.PHONY: backend-build
backend-build:
	$(MVNW) package -DskipTests

## Run -----------------------------------------------------------------------

.PHONY: run
run: frontend-build backend-build
	KAIKU_WEB_ROOT=$(CURDIR)/frontend/dist KAIKU_DATA_DIR=$${KAIKU_DATA_DIR:-$(CURDIR)/data} \
		java -jar $(BACKEND_JAR)

.PHONY: dev
dev: frontend/node_modules
	(cd frontend && npm run dev) & $(MVNW) quarkus:dev

## Contract ------------------------------------------------------------------

.PHONY: api
api: frontend/node_modules
	$(MVNW) test -Dtest=OpenApiContractTest -Dkaiku.openapi.update=true -Dsurefire.failIfNoSpecifiedTests=false
	cd frontend && npm run api

## Test ----------------------------------------------------------------------

.PHONY: test
test: lint-api test-backend test-frontend test-e2e

# The contract as integrators meet it: Redocly's recommended rules plus ours (redocly.yaml).
.PHONY: lint-api
lint-api: frontend/node_modules
	cd frontend && npm run --silent api:lint

.PHONY: test-backend
test-backend:
	$(MVNW) spotless:check verify

.PHONY: test-frontend
test-frontend: frontend/node_modules
	cd frontend && npm run api:check && npx prettier --check . && npm run check

# Chromium, and Noto CJK so Japanese screens and screenshots show characters rather than boxes.
.PHONY: chromium
chromium:
	@command -v chromium >/dev/null && fc-list | grep -qi 'Noto Sans CJK' || \
		(apt-get update -qq && apt-get install -y -qq chromium fonts-noto-cjk)

# End-to-end: the packaged backend on a throw-away embedded database, serving the built SPA.
.PHONY: test-e2e
test-e2e: chromium frontend-build backend-build
	@set -euo pipefail; \
	data=$$(mktemp -d); log=$$data/kaiku.log; \
	KAIKU_DATA_DIR=$$data KAIKU_PORT=$(E2E_PORT) KAIKU_WEB_ROOT=$(CURDIR)/frontend/dist \
	KAIKU_ADMIN_EMAIL=$(E2E_ADMIN_EMAIL) KAIKU_ADMIN_PASSWORD=$(E2E_ADMIN_PASSWORD) \
		java -jar $(BACKEND_JAR) > $$log 2>&1 & pid=$$!; \
	trap 'kill $$pid 2>/dev/null; wait $$pid 2>/dev/null || true; rm -rf $$data' EXIT; \
	for i in $$(seq 1 120); do \
		curl -fsS http://localhost:$(E2E_PORT)/q/health/ready >/dev/null 2>&1 && break; \
		kill -0 $$pid 2>/dev/null || { cat $$log; exit 1; }; sleep 1; \
	done; \
	cd frontend && KAIKU_E2E_URL=http://localhost:$(E2E_PORT) \
		KAIKU_E2E_ADMIN_EMAIL=$(E2E_ADMIN_EMAIL) KAIKU_E2E_ADMIN_PASSWORD=$(E2E_ADMIN_PASSWORD) npm run e2e

## Formatting ----------------------------------------------------------------

.PHONY: fmt
fmt: frontend/node_modules
	$(MVNW) -q spotless:apply
	cd frontend && npx prettier --write . > /dev/null

## Benchmarks ----------------------------------------------------------------

.PHONY: bench
bench: backend-build
	bench/run.sh
