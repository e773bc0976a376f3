#!/usr/bin/env bash
# The demo: ingests the sample papers into ./data, starts the bot on 127.0.0.1 (embedded SQLite, no LLM, anonymous
# loopback mode for the local Playground only) and the Microsoft 365 Agents Playground against it, both on loopback
# only, the Playground's telemetry off. Open the URL it prints, pick "Personal Chat" and ask away
# ("who chaired the November 2024 meeting?", "overdue").
# Ports: the bot on 3978 and the Playground on 56150, or BOT_PORT / PLAYGROUND_PORT; a taken port is said so and the
# demo stops (it never moves silently to another one).
set -euo pipefail
cd "$(dirname "$0")/.."
bot_port="${BOT_PORT:-3978}"
playground_port="${PLAYGROUND_PORT:-56150}"

port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for pair in "bot:$bot_port:BOT_PORT" "Playground:$playground_port:PLAYGROUND_PORT"; do
  IFS=: read -r what port variable <<<"$pair"
  if port_taken "$port"; then
    echo "Port $port (the $what) is taken on 127.0.0.1: stop what uses it, or choose another, e.g. $variable=$((port + 1)) bash scripts/demo.sh" >&2
    exit 1
  fi
done

if [ ! -x demo/node_modules/.bin/agentsplayground ]; then
  (cd demo && npm ci --no-audit --no-fund --loglevel=error)
fi
dotnet build src/ScrutinyBot.Host -c Release -v quiet -nologo
host=(dotnet src/ScrutinyBot.Host/bin/Release/net10.0/ScrutinyBot.Host.dll --data ./data)
"${host[@]}" ingest samples
service_url="http://localhost:$playground_port/_connector"
export Bot__AllowAnonymousLoopback=true Bot__PlaygroundServiceUrl="$service_url"
"${host[@]}" --urls "http://127.0.0.1:$bot_port" &
bot=$!
mkdir -p artifacts
playground_log=artifacts/playground.log
TEAMSAPPTESTER_BROWSER=none NODE_OPTIONS="--require $PWD/demo/loopback-only.cjs" \
  M365_AGENTS_PLAYGROUND_LOGFILE="$PWD/artifacts/m365agentsplayground.log" \
  demo/node_modules/.bin/agentsplayground -e "http://127.0.0.1:$bot_port/api/messages" -c msteams \
  -p "$playground_port" --service-url "$service_url" --disable-telemetry </dev/null >"$playground_log" 2>&1 &
playground=$!
trap 'kill $bot $playground 2>/dev/null || true' EXIT INT TERM
for _ in $(seq 1 90); do
  listening=$(sed -n 's/.*Listening on \([0-9]*\).*/\1/p' "$playground_log" | tail -1)
  if [ -n "$listening" ] && [ "$listening" != "$playground_port" ]; then
    echo "The Playground could not have port $playground_port (it took $listening): stop what uses $playground_port, or set PLAYGROUND_PORT." >&2
    exit 1
  fi
  if ! kill -0 "$playground" 2>/dev/null; then
    echo "The Playground stopped; its output is in $playground_log." >&2
    exit 1
  fi
  if curl -fs "http://127.0.0.1:$playground_port/" >/dev/null 2>&1 && curl -fs "http://127.0.0.1:$bot_port/healthz" >/dev/null 2>&1; then
    echo
    echo "ScrutinyBot is running. Open http://localhost:$playground_port/ and choose Personal Chat. Ctrl+C stops both."
    break
  fi
  sleep 1
done
wait
