#!/usr/bin/env bash
# Installs what the end-to-end tests and the demo need, when it is not there yet: Debian's Chromium
# (driven by Playwright with its executable path; no browser download), poppler-utils (pdftotext, the reference
# the PDF reader's corpus test and `bench` compare with), PostgreSQL 15 (Debian's postgresql-15, for the PostgreSQL
# engine's tests; scripts/postgres-test-cluster.sh runs a throw-away cluster) and the pinned Agents Playground.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
fi
if ! command -v pdftotext >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq poppler-utils >/dev/null
fi
if [ ! -x /usr/lib/postgresql/15/bin/initdb ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql-15 >/dev/null
fi
if [ ! -x demo/node_modules/.bin/agentsplayground ]; then
  (cd demo && npm ci --no-audit --no-fund --loglevel=error)
fi
