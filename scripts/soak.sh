#!/usr/bin/env bash
# The pre-release soak (run by a maintainer before a release; not part of scripts/test.sh): builds the host in
# Release, then scripts/soak.py runs, on 127.0.0.1 only and bounded in count and time:
#   bad-inputs      generated hostile files (zip bombs, random bytes, XXE, a million tags...), one `ingest` each
#   kill-ingest     kill -9 during `ingest samples/`, then a rerun: no document lost, the store intact
#   kill-digest     kill -9 during `digest run --force` against a Connector stand-in: no duplicate, no missing post
#   chat-load       N chat users for T seconds on /api/messages: requests, errors, p50/p95/p99, one reply each
#   slow-connector  a Connector slower than the bot's timeout: exactly one post per subscription and period
# One line of figures per part; exit code 1 when a part saw a crash, a lost document or a duplicate/missing post.
# Usage: bash scripts/soak.sh [--users 8] [--seconds 60] [--kills 5] [--keep]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/ScrutinyBot.Host -c Release -v quiet -nologo >/dev/null
exec python3 -u scripts/soak.py "$@"
