#!/usr/bin/env bash
# Starts a throw-away PostgreSQL 15 cluster on a loopback port for the tests that need PostgreSQL, and prints the
# connection string the tests read (SCRUTINYBOT_TEST_POSTGRES). Usage:
#   eval "$(bash scripts/postgres-test-cluster.sh start)"   # exports SCRUTINYBOT_TEST_POSTGRES and SCRUTINYBOT_TEST_POSTGRES_DIR
#   bash scripts/postgres-test-cluster.sh stop "$SCRUTINYBOT_TEST_POSTGRES_DIR"
# The cluster lives in a temp folder, listens on 127.0.0.1 only, trusts local connections and is deleted on stop.
# initdb refuses to run as root, so as root the cluster is run by the postgres user (Debian's package creates it).
set -euo pipefail
bin=/usr/lib/postgresql/15/bin
action=${1:-start}

as_owner() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}

case "$action" in
  start)
    if [ ! -x "$bin/initdb" ]; then
      echo "PostgreSQL 15 is not installed: run scripts/prerequisites.sh (apt-get install postgresql-15)." >&2
      exit 1
    fi
    dir=$(mktemp -d /tmp/scrutinybot-pg.XXXXXX)
    chmod 755 "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
    as_owner "$bin/initdb -D '$dir/data' -U scrutinybot -A trust -E UTF8 --locale=C.UTF-8 >'$dir/initdb.log' 2>&1"
    as_owner "$bin/pg_ctl -D '$dir/data' -l '$dir/server.log' -w -o \"-p $port -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off\" start >/dev/null"
    echo "export SCRUTINYBOT_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=scrutinybot;Database=postgres'"
    echo "export SCRUTINYBOT_TEST_POSTGRES_DIR='$dir'"
    ;;
  stop)
    dir=${2:?the cluster folder printed by start}
    as_owner "$bin/pg_ctl -D '$dir/data' -m immediate stop >/dev/null" || true
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start | stop DIR" >&2
    exit 2
    ;;
esac
