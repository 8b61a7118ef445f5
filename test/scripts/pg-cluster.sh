#!/usr/bin/env bash
# Starts (or stops) a throwaway PostgreSQL cluster for the PostgreSQL suite and prints its URL.
#   test/scripts/pg-cluster.sh start <dir> [port]   ->  postgres://postgres@127.0.0.1:<port>/postgres
#   test/scripts/pg-cluster.sh stop <dir>
set -euo pipefail
cmd=${1:?start or stop}
dir=${2:?a folder for the cluster}
port=${3:-54329}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL server binaries not found under /usr/lib/postgresql" >&2; exit 1; }

as_pg() {
  # The postgres user may not be able to enter the caller's folder (a 0700 mktemp clone).
  if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

case "$cmd" in
  start)
    rm -rf "$dir"
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then
      chmod 755 "$(dirname "$dir")"
      chown postgres "$dir"
    fi
    as_pg "$bin/initdb" -D "$dir" --auth=trust -U postgres >/dev/null
    as_pg "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" -w start >/dev/null
    echo "postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    as_pg "$bin/pg_ctl" -D "$dir" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start|stop <dir> [port]" >&2; exit 2 ;;
esac
