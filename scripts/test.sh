#!/usr/bin/env bash
# Runs every test: installs what the end-to-end tests need (Chromium, the Agents Playground), then dotnet test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/prerequisites.sh
rm -rf artifacts/test-results
set +e
dotnet test ScrutinyBot.sln -c Release --logger "trx" --logger "console;verbosity=minimal" --results-directory artifacts/test-results "$@"
status=$?
set -e
python3 scripts/summarise-trx.py artifacts/test-results || true
exit $status
