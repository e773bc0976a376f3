#!/usr/bin/env bash
# Runs every test: installs what the end-to-end tests need (Chromium, the Agents Playground, PostgreSQL 15), starts a
# throw-away PostgreSQL cluster for the PostgreSQL engine's tests, then dotnet test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/prerequisites.sh
# The PostgreSQL engine's tests need a server: a throw-away PostgreSQL 15 cluster on a loopback port, removed on exit
# (unless SCRUTINYBOT_TEST_POSTGRES already names one).
if [ -z "${SCRUTINYBOT_TEST_POSTGRES:-}" ]; then
  eval "$(bash scripts/postgres-test-cluster.sh start)"
  trap 'bash scripts/postgres-test-cluster.sh stop "$SCRUTINYBOT_TEST_POSTGRES_DIR"' EXIT
fi
rm -rf artifacts/test-results
set +e
dotnet test ScrutinyBot.sln -c Release --logger "trx" --logger "console;verbosity=minimal" --results-directory artifacts/test-results "$@"
status=$?
set -e
python3 scripts/summarise-trx.py artifacts/test-results || true
exit $status
