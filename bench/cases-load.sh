#!/usr/bin/env bash
# bench/cases-load.sh: the load run of the case service (docs/PERFORMANCE.md, "Case service under
# load"). Starts `pdpguard serve` on a fresh PostgreSQL database (.ci/postgres.sh's server; the
# database is dropped at the end), then runs org.pdpguard.bench.CasesLoad: CLIENTS concurrent
# clients create and update cases through the REST API for SECONDS, with optimistic-lock retries,
# and the run checks requests per second, p50/p99 latency, zero errors and zero lost updates.
#
#   bench/cases-load.sh                 50 clients, 60 s
#   bench/cases-load.sh --clients 10 --seconds 10 --no-build
#
# Exit 0 when there was no error and no lost update. Run it on an otherwise idle machine (e.g. under
# the build lock: flock -o /tmp/pdpguard-mvn.lock bench/cases-load.sh --no-build).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
clients=50
seconds=60
build=true
while [ $# -gt 0 ]; do
  case "$1" in
    --clients) clients="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --no-build) build=false; shift ;;
    *) echo "usage: bench/cases-load.sh [--clients N] [--seconds S] [--no-build]" >&2; exit 2 ;;
  esac
done

if $build; then
  mvn -B -q -pl cases,bench -am -DskipTests package >&2
fi
# PostgreSQL is started, when it is not running, with every inherited descriptor above 2 closed:
# a server that outlives this script must not keep a lock this script was run under (flock's).
eval "$(
  for fd in /proc/$BASHPID/fd/*; do
    fd="${fd##*/}"
    [ "$fd" -gt 2 ] && eval "exec $fd>&-"
  done
  bash .ci/postgres.sh
)"
db="pdpguard_load_$(date +%s)"
pg_host_port="$(sed -E 's#^jdbc:postgresql://([^/]+)/.*#\1#' <<<"$PDPGUARD_TEST_PG_URL")"
psql_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r | head -1)/psql"
psql_role() {
  PGPASSWORD="$PDPGUARD_TEST_PG_PASSWORD" "$psql_bin" -h "${pg_host_port%:*}" -p "${pg_host_port#*:}" \
    -U pdpguard -d pdpguard_test -v ON_ERROR_STOP=1 -qAt "$@"
}
psql_role -c "CREATE DATABASE $db"

work="$(mktemp -d "${TMPDIR:-/tmp}/pdpguard-load.XXXXXX")"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  psql_role -c "DROP DATABASE IF EXISTS $db" || true
  rm -rf "$work"
}
trap cleanup EXIT

PDPGUARD_DB_USER=pdpguard PDPGUARD_DB_PASSWORD="$PDPGUARD_TEST_PG_PASSWORD" \
  java -jar cases/target/pdpguard-cases.jar serve --port "$port" --data "$work/data" \
  --db-url "jdbc:postgresql://$pg_host_port/$db" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  grep -q "one-time password: " "$work/server.log" && curl -fsS -o /dev/null "http://127.0.0.1:$port/login" && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 3; }
  sleep 1
done
password="$(sed -nE 's/.*one-time password: (.*)$/\1/p' "$work/server.log" | head -1)"
[ -n "$password" ] || { echo "cases-load: the service did not start" >&2; cat "$work/server.log" >&2; exit 3; }

echo "cases-load: $clients clients, ${seconds}s, service pid $server_pid on port $port, database $db" >&2
echo "cases-load: load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores" >&2
set +e
java -cp bench/target/classes org.pdpguard.bench.CasesLoad "http://127.0.0.1:$port" "$password" "$clients" "$seconds"
rc=$?
set -e
echo "cases-load: load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
exit $rc
