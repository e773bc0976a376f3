#!/usr/bin/env bash
# The demo: ingests the sample papers into ./data, starts the bot on http://127.0.0.1:3978 (embedded SQLite, no LLM,
# anonymous loopback mode for the local Playground only) and the Microsoft 365 Agents Playground against it.
# Open the URL it prints, pick "Personal Chat" and ask away ("who chaired the November 2024 meeting?", "overdue").
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x demo/node_modules/.bin/agentsplayground ]; then
  (cd demo && npm ci --no-audit --no-fund --loglevel=error)
fi
dotnet build src/ScrutinyBot.Host -c Release -v quiet -nologo
host=(dotnet src/ScrutinyBot.Host/bin/Release/net10.0/ScrutinyBot.Host.dll --data ./data)
"${host[@]}" ingest samples
export Bot__AllowAnonymousLoopback=true
"${host[@]}" --urls http://127.0.0.1:3978 &
bot=$!
TEAMSAPPTESTER_BROWSER=none demo/node_modules/.bin/agentsplayground \
  -e http://127.0.0.1:3978/api/messages -c msteams -p 56150 </dev/null &
playground=$!
trap 'kill $bot $playground 2>/dev/null || true' EXIT INT TERM
for _ in $(seq 1 60); do
  if curl -fs http://127.0.0.1:56150/ >/dev/null 2>&1 && curl -fs http://127.0.0.1:3978/healthz >/dev/null 2>&1; then
    echo
    echo "ScrutinyBot is running. Open http://localhost:56150/ and choose Personal Chat. Ctrl+C stops both."
    break
  fi
  sleep 1
done
wait
