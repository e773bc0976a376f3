#!/usr/bin/env bash
# The demo: ingests the sample papers into ./data, starts the bot on 127.0.0.1 (embedded SQLite, no LLM, anonymous
# loopback mode for the local Playground only) and the Microsoft 365 Agents Playground against it, both on loopback
# only, the Playground's telemetry off. Open the URL it prints, pick "Personal Chat" and ask away
# ("who chaired the November 2024 meeting?", "overdue").
# Ports: the bot on 3978 and the Playground on 56150, or BOT_PORT / PLAYGROUND_PORT; a taken port is said so and the
# demo stops (it never moves silently to another one).
#   --moderngov      the papers arrive from a council's ModernGov site instead: a loopback stand-in
#                    (tests/ScrutinyBot.ModernGovStandIn) serves samples/ as described in demo/moderngov-site.json on
#                    127.0.0.1:8089 (MODERNGOV_PORT), the bot syncs it into ./data-moderngov and answers a question
#                    whose citations carry the paper's address on that site; serve keeps polling it.
#   --no-playground  stop after the command-line answer (no bot server, no Playground).
set -euo pipefail
cd "$(dirname "$0")/.."
bot_port="${BOT_PORT:-3978}"
playground_port="${PLAYGROUND_PORT:-56150}"
moderngov_port="${MODERNGOV_PORT:-8089}"
moderngov=false
playground=true
for arg in "$@"; do
  case "$arg" in
    --moderngov) moderngov=true ;;
    --no-playground) playground=false ;;
    *) echo "usage: bash scripts/demo.sh [--moderngov] [--no-playground]" >&2; exit 2 ;;
  esac
done
pids=()
trap 'for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done' EXIT INT TERM

port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
ports=()
if $playground; then ports+=("bot:$bot_port:BOT_PORT" "Playground:$playground_port:PLAYGROUND_PORT"); fi
if $moderngov; then ports+=("ModernGov stand-in:$moderngov_port:MODERNGOV_PORT"); fi
for pair in "${ports[@]}"; do
  IFS=: read -r what port variable <<<"$pair"
  if port_taken "$port"; then
    echo "Port $port (the $what) is taken on 127.0.0.1: stop what uses it, or choose another, e.g. $variable=$((port + 1)) bash scripts/demo.sh" >&2
    exit 1
  fi
done

if $playground && [ ! -x demo/node_modules/.bin/agentsplayground ]; then
  (cd demo && npm ci --no-audit --no-fund --loglevel=error)
fi
dotnet build src/ScrutinyBot.Host -c Release -v quiet -nologo
# .NET sizes the GC's first generation from the L3 cache, which some servers report as hundreds of MB; 16 MB keeps the
# working set near what the bot holds (README, "Performance at scale"). Only the environment can set it.
export DOTNET_GCgen0size="${DOTNET_GCgen0size:-0x1000000}"
mkdir -p artifacts
if $moderngov; then
  dotnet build tests/ScrutinyBot.ModernGovStandIn -c Release -v quiet -nologo
  standin_log=artifacts/moderngov-standin.log
  dotnet tests/ScrutinyBot.ModernGovStandIn/bin/Release/net10.0/ScrutinyBot.ModernGovStandIn.dll \
    --site demo/moderngov-site.json --port "$moderngov_port" >"$standin_log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 30); do grep -q "ModernGov stand-in on" "$standin_log" && break; sleep 1; done
  if ! grep -q "ModernGov stand-in on" "$standin_log"; then
    echo "The ModernGov stand-in did not start; its output is in $standin_log." >&2
    exit 1
  fi
  cat "$standin_log"
  # The samples' meetings are from 2022-2025, so the first sync looks back five years (the default is 12 months).
  export Sources__ModernGov__Sites__0__Name=demo-council \
    Sources__ModernGov__Sites__0__BaseUrl="http://127.0.0.1:$moderngov_port" \
    Sources__ModernGov__Sites__0__LookBackMonths=60
  host=(dotnet src/ScrutinyBot.Host/bin/Release/net10.0/ScrutinyBot.Host.dll --data ./data-moderngov)
  "${host[@]}" sources sync || echo "(the sync reported a problem; see above)" >&2
  question="who chaired the November 2024 meeting?"
  echo
  echo "> $question"
  "${host[@]}" ask "$question"
else
  host=(dotnet src/ScrutinyBot.Host/bin/Release/net10.0/ScrutinyBot.Host.dll --data ./data)
  "${host[@]}" ingest samples
fi
if ! $playground; then
  exit 0
fi
service_url="http://localhost:$playground_port/_connector"
export Bot__AllowAnonymousLoopback=true Bot__PlaygroundServiceUrl="$service_url"
"${host[@]}" --urls "http://127.0.0.1:$bot_port" &
pids+=($!)
playground_log=artifacts/playground.log
TEAMSAPPTESTER_BROWSER=none NODE_OPTIONS="--require $PWD/demo/loopback-only.cjs" \
  M365_AGENTS_PLAYGROUND_LOGFILE="$PWD/artifacts/m365agentsplayground.log" \
  demo/node_modules/.bin/agentsplayground -e "http://127.0.0.1:$bot_port/api/messages" -c msteams \
  -p "$playground_port" --service-url "$service_url" --disable-telemetry </dev/null >"$playground_log" 2>&1 &
playground_pid=$!
pids+=("$playground_pid")
for _ in $(seq 1 90); do
  listening=$(sed -n 's/.*Listening on \([0-9]*\).*/\1/p' "$playground_log" | tail -1)
  if [ -n "$listening" ] && [ "$listening" != "$playground_port" ]; then
    echo "The Playground could not have port $playground_port (it took $listening): stop what uses $playground_port, or set PLAYGROUND_PORT." >&2
    exit 1
  fi
  if ! kill -0 "$playground_pid" 2>/dev/null; then
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
