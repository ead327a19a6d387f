#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the JDBC tests and benchmark, and prints the variables
# that point at it:
#
#   eval "$(bash .ci/postgres.sh)"   # sets PDPGUARD_TEST_PG_URL and PDPGUARD_TEST_PG_PASSWORD
#
# Idempotent: installs Debian's postgresql when its binaries are missing, creates the cluster in
# $PDPGUARD_PG_DIR (default /tmp/pdpguard-pg) on $PDPGUARD_PG_PORT (default 55432, 127.0.0.1 only)
# when it does not exist, starts it when it is not running, and creates the role and database when
# missing. PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user.
# `bash .ci/postgres.sh stop` stops it. Messages go to standard error, the variables to standard
# output.
set -euo pipefail

dir="${PDPGUARD_PG_DIR:-/tmp/pdpguard-pg}"
port="${PDPGUARD_PG_PORT:-55432}"
role="pdpguard"
db="pdpguard_test"
password="${PDPGUARD_PG_ROLE_PASSWORD:-pdpguard-test-secret}"

say() { echo "postgres.sh: $*" >&2; }

find_bin() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then
      echo "$d"
      return 0
    fi
  done
  return 1
}

bin="$(find_bin || true)"
if [ -z "$bin" ]; then
  say "installing postgresql"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
  bin="$(find_bin)"
fi

# Runs a PostgreSQL program as the server's owner.
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

if [ "${1:-}" = stop ]; then
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
  fi
  exit 0
fi

if [ ! -f "$dir/data/PG_VERSION" ]; then
  say "creating a cluster in $dir"
  rm -rf "$dir"
  mkdir -p "$dir/data" "$dir/run"
  if [ "$(id -u)" = 0 ]; then chown -R postgres:postgres "$dir"; fi
  as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  # Local socket: trusted (setup only); TCP: passwords.
  cat >"$dir/pg_hba.conf" <<EOF
local all all trust
host all all 127.0.0.1/32 scram-sha-256
host all all ::1/128 scram-sha-256
EOF
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$dir/pg_hba.conf"; fi
fi

if ! as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
  say "starting the server on 127.0.0.1:$port"
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
    -o "-p $port -k $dir/run -c listen_addresses=127.0.0.1 -c hba_file=$dir/pg_hba.conf -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=256MB -c max_connections=50" >&2
fi

psql_admin() {
  as_owner "$bin/psql" -h "$dir/run" -p "$port" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"
}
if [ "$(psql_admin -d postgres -c "SELECT 1 FROM pg_roles WHERE rolname = '$role'")" != 1 ]; then
  psql_admin -d postgres -c "CREATE ROLE $role LOGIN PASSWORD '$password'" >&2
else
  psql_admin -d postgres -c "ALTER ROLE $role PASSWORD '$password'" >&2
fi
if [ "$(psql_admin -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" != 1 ]; then
  psql_admin -d postgres -c "CREATE DATABASE $db OWNER $role" >&2
fi
# The benchmark creates its own database.
psql_admin -d postgres -c "ALTER ROLE $role CREATEDB" >&2

echo "export PDPGUARD_TEST_PG_URL='jdbc:postgresql://127.0.0.1:$port/$db?user=$role'"
echo "export PDPGUARD_TEST_PG_PASSWORD='$password'"
