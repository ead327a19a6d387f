#!/usr/bin/env bash
# bench/jdbc.sh: how long pdpguard takes to classify every column of a PostgreSQL database of 20
# tables and 5 million rows (synthetic Vietnamese customers, orders, staff and logs).
#
#   bench/jdbc.sh                 sample 10,000 rows a table (the default of `scan`)
#   bench/jdbc.sh --sample-rows N another sample size (0: every row, which takes many minutes)
#   bench/jdbc.sh --recreate      build the database again even when it is there
#   bench/jdbc.sh --runner java   time the module's JdbcScanMain instead of the CLI
#   bench/jdbc.sh --no-build      (java runner) use the test classes and class path already built
#
# What it does:
#   1. starts (or finds) the throwaway PostgreSQL server of .ci/postgres.sh
#   2. creates the database pdpguard_bench from bench/jdbc/create.sql unless it already holds the
#      20 tables and 5,000,000 rows (server-side generate_series: about 30 s)
#   3. times the scan: `java -jar cli/target/pdpguard.jar scan --format json --sample-rows N
#      --password-env ... 'jdbc:postgresql://...'` when the built CLI takes jdbc: targets, else
#      org.pdpguard.sources.jdbc.JdbcScanMain from the sources-jdbc test classes (built with Maven)
#   4. prints the seconds, the sample size and the number of columns in the column summary
set -euo pipefail
cd "$(dirname "$0")/.."

sample=10000
recreate=0
build=1
runner="${BENCH_RUNNER:-auto}"
while [ $# -gt 0 ]; do
  case "$1" in
    --sample-rows) sample="$2"; shift 2 ;;
    --recreate) recreate=1; shift ;;
    --runner) runner="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

elapsed() { awk -v s="$1" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }'; }

eval "$(bash .ci/postgres.sh)"
if [[ ! "$PDPGUARD_TEST_PG_URL" =~ ^jdbc:postgresql://([^:/]+):([0-9]+)/[^?]*\?user=(.+)$ ]]; then
  echo "unexpected URL from .ci/postgres.sh: $PDPGUARD_TEST_PG_URL" >&2
  exit 1
fi
host="${BASH_REMATCH[1]}"
port="${BASH_REMATCH[2]}"
user="${BASH_REMATCH[3]}"
export PGPASSWORD="$PDPGUARD_TEST_PG_PASSWORD"
export PDPGUARD_BENCH_PASSWORD="$PDPGUARD_TEST_PG_PASSWORD"
psql_() { psql -h "$host" -p "$port" -U "$user" -v ON_ERROR_STOP=1 -qAt "$@"; }
url="jdbc:postgresql://$host:$port/pdpguard_bench?user=$user"

present="$(psql_ -d postgres -c "SELECT 1 FROM pg_database WHERE datname = 'pdpguard_bench'")"
if [ "$present" = 1 ] && [ "$recreate" = 0 ]; then
  have="$(psql_ -d pdpguard_bench -c "SELECT count(*) || ' ' || coalesce(sum(c.reltuples), 0)::bigint
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'ban_hang' AND c.relkind = 'r'")"
else
  have=""
fi
if [ "$have" != "20 5000000" ]; then
  echo "creating pdpguard_bench (20 tables, 5,000,000 rows)..." >&2
  psql_ -d postgres -c "DROP DATABASE IF EXISTS pdpguard_bench" -c "CREATE DATABASE pdpguard_bench"
  start=$(date +%s.%N)
  psql_ -d pdpguard_bench -f bench/jdbc/create.sql >&2
  echo "created in $(elapsed "$start") s" >&2
fi

jar=cli/target/pdpguard.jar
if [ "$runner" = auto ]; then
  runner=java
  if [ -f "$jar" ] && java -jar "$jar" scan --help 2>/dev/null | grep -q -- '--sample-rows'; then
    runner=cli
  fi
fi

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
if [ "$runner" = cli ]; then
  cmd=(java -XX:TieredStopAtLevel=1 -XX:C1MaxInlineSize=50 ${PDPGUARD_JAVA_OPTS:-} -jar "$jar" scan --format json --sample-rows "$sample"
    --password-env PDPGUARD_BENCH_PASSWORD "$url")
  echo "+ ${cmd[*]}" >&2
  start=$(date +%s.%N)
  set +e
  "${cmd[@]}" >"$out/report.json"
  rc=$?
  set -e
  seconds="$(elapsed "$start")"
  columns="$(python3 - "$out/report.json" <<'EOF' 2>/dev/null || echo "?"
import json, sys
report = json.load(open(sys.argv[1]))
def count(node):
    if isinstance(node, dict):
        return sum(len(v) if k == "columns" and isinstance(v, list) else count(v)
                   for k, v in node.items())
    if isinstance(node, list):
        return sum(count(v) for v in node)
    return 0
print(count(report))
EOF
)"
  echo "exit code: $rc (1 means findings were reported)"
  printf 'runner=cli seconds=%s sample_rows=%s tables=20 rows_in_db=5000000 columns_summarised=%s\n' \
    "$seconds" "$sample" "$columns"
else
  cp_file=sources-jdbc/target/bench-classpath.txt
  if [ "$build" = 1 ] || [ ! -f "$cp_file" ]; then
    mvn -B -q -pl sources-jdbc test-compile dependency:build-classpath \
      -Dmdep.outputFile="$PWD/$cp_file" >&2
  fi
  cp="sources-jdbc/target/test-classes:sources-jdbc/target/classes:$(cat "$cp_file")"
  cmd=(java ${PDPGUARD_JAVA_OPTS:-} -cp "$cp" org.pdpguard.sources.jdbc.JdbcScanMain "$url" "$sample")
  echo "+ java -cp ... org.pdpguard.sources.jdbc.JdbcScanMain $url $sample" >&2
  start=$(date +%s.%N)
  "${cmd[@]}" | tee "$out/main.txt"
  seconds="$(elapsed "$start")"
  printf 'runner=java seconds_total=%s (includes a read-only pass and JVM start) sample_rows=%s tables=20 rows_in_db=5000000\n' \
    "$seconds" "$sample"
fi
