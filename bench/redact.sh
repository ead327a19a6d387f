#!/usr/bin/env bash
# bench/redact.sh: redaction throughput as a ratio of scan throughput, on the same input.
# Generates the mixed text of bench/run.sh (pdpguard corpus --bench) and, unless --csv-mb 0, a CSV
# export dense with personal data (bench/records/make_csv.py), then times on each, with the JVM
# flags of the ./pdpguard launcher:
#   scan     java -XX:TieredStopAtLevel=1 -jar cli/target/pdpguard.jar scan --format jsonl FILE
#   label    ... redact --output OUT FILE                      (every type labelled, no key)
#   keyed    ... redact --key-file K --default-operator pseudonym --operator <ids>=fpe --output OUT FILE
# and prints MB/s of each and its ratio to the scan (target >= 0.7): the median and the best of the
# runs (the best is the least disturbed by other work on the machine), and the CPU time.
#
#   bench/redact.sh [--size-mb N] [--csv-mb N] [--runs N] [--threads N] [--no-build | --jar FILE]
#
#   --size-mb N   size of the mixed text [BENCH_SIZE_MB, default 60]
#   --csv-mb N    size of the CSV export, 0 for none [BENCH_CSV_MB, default 20]
#   --runs N      timed runs of each command [BENCH_RUNS, default 3]
#   --threads N   --threads of both commands [default: the commands' default, all processors]
#   --no-build    use cli/target/pdpguard.jar as it is
#   --jar FILE    time this CLI jar instead (implies --no-build), e.g. a copy kept while others build
#
# MB/s is 10^6 bytes of UTF-8 input per second of wall time, JVM start-up included. Environment:
# MVN (the Maven command, e.g. MVN="flock /tmp/pdpguard-mvn.lock mvn"), PDPGUARD_JAVA_OPTS (more
# JVM flags, as for the launcher). Run it on an otherwise idle machine.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
size_mb="${BENCH_SIZE_MB:-60}"
csv_mb="${BENCH_CSV_MB:-20}"
runs="${BENCH_RUNS:-3}"
threads=()
build=true
jar="$root/cli/target/pdpguard.jar"
while [ $# -gt 0 ]; do
  case "$1" in
    --size-mb) size_mb="$2"; shift ;;
    --csv-mb) csv_mb="$2"; shift ;;
    --runs) runs="$2"; shift ;;
    --threads) threads=(--threads "$2"); shift ;;
    --no-build) build=false ;;
    --jar) jar="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; build=false; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "redact.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

work="$(mktemp -d "${TMPDIR:-/tmp}/pdpguard-redact.XXXXXX")"
trap 'rm -rf "$work"' EXIT
[ -x /usr/bin/time ] || { echo "redact.sh: needs /usr/bin/time (Debian package time)" >&2; exit 3; }

if $build; then
  echo "building the CLI..." >&2
  ${MVN:-mvn} -B -q -f "$root/pom.xml" -pl cli -am -DskipTests package >&2
fi
[ -f "$jar" ] || { echo "redact.sh: $jar is missing (run without --no-build)" >&2; exit 3; }
read -r -a user_opts <<<"${PDPGUARD_JAVA_OPTS:-}"
java_opts=(-XX:TieredStopAtLevel=1 -XX:C1MaxInlineSize=50 "${user_opts[@]}") # the launcher's JIT setting, see ./pdpguard
pdpguard=(java "${java_opts[@]}" -jar "$jar") # like ./pdpguard, without its rebuild check

head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$work/bench.key"
ids="VN_CCCD=fpe,VN_CMND=fpe,PHONE_NUMBER=fpe,PAYMENT_CARD=fpe,BANK_ACCOUNT=fpe,VN_TAX_CODE=fpe"

# run NAME COMMAND...: one timed run; appends its wall seconds to $work/NAME.secs and its CPU
# seconds (user + system, every thread of the JVM) to $work/NAME.cpus.
run() {
  local name="$1"
  shift
  /usr/bin/time -f '%e %U %S' -o "$work/$name.time" "$@" >/dev/null 2>"$work/$name.err" || {
    echo "redact.sh: '$*' failed:" >&2
    tail -n 20 "$work/$name.err" >&2
    exit 1
  }
  awk 'NF == 3 {print $1}' "$work/$name.time" >>"$work/$name.secs"
  awk 'NF == 3 {printf "%.2f\n", $2 + $3}' "$work/$name.time" >>"$work/$name.cpus"
}
median() { sort -g "$1" | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
least() { sort -g "$1" | head -n 1; }
mbps() { awk -v b="$1" -v s="$2" 'BEGIN {printf "%.2f", b / 1e6 / s}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

# bench INPUT LABEL: times scan, redact (label) and redact (keyed) on INPUT, one of each per round so
# that a busy moment of the machine falls on all three alike, and prints a table: median and best
# wall time as MB/s, and CPU time, each as a ratio to the scan's.
bench() {
  local input="$1" label="$2" bytes ext="${1##*.}" name
  bytes="$(stat -c %s "$input")"
  rm -f "$work"/*.secs "$work"/*.cpus
  for ((i = 1; i <= runs; i++)); do
    run scan "${pdpguard[@]}" scan --format jsonl "${threads[@]}" "$input"
    run label "${pdpguard[@]}" redact "${threads[@]}" --output "$work/out-label.$ext" "$input"
    run keyed "${pdpguard[@]}" redact "${threads[@]}" --key-file "$work/bench.key" \
      --default-operator pseudonym --operator "$ids" --output "$work/out-keyed.$ext" "$input"
  done
  local s_med s_min s_cpu
  s_med="$(median "$work/scan.secs")"
  s_min="$(least "$work/scan.secs")"
  s_cpu="$(median "$work/scan.cpus")"
  echo
  echo "$label: $bytes bytes, $runs run(s) of each, interleaved"
  echo "| command | wall s (runs) | MB/s (median) | ÷ scan | MB/s (best) | ÷ scan | CPU s (median) | scan ÷ |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|"
  for name in scan label keyed; do
    local med min cpu title
    med="$(median "$work/$name.secs")"
    min="$(least "$work/$name.secs")"
    cpu="$(median "$work/$name.cpus")"
    case "$name" in
      scan) title="scan --format jsonl" ;;
      label) title="redact (label)" ;;
      keyed) title="redact (pseudonym, identifiers fpe)" ;;
    esac
    echo "| $title | $med ($(paste -sd' ' "$work/$name.secs")) | $(mbps "$bytes" "$med") |" \
      "$(ratio "$s_med" "$med") | $(mbps "$bytes" "$min") | $(ratio "$s_min" "$min") | $cpu |" \
      "$(ratio "$s_cpu" "$cpu") |"
  done
}

echo "machine: $(nproc) cores, $(java -version 2>&1 | sed -n 1p); java ${java_opts[*]}"
echo "generating $size_mb MB of mixed text..." >&2
"${pdpguard[@]}" corpus --bench --size-mb "$size_mb" --out "$work/bench.txt" >/dev/null
bench "$work/bench.txt" "mixed text (pdpguard corpus --bench --size-mb $size_mb, ~1% personal data)"
if [ "$csv_mb" != 0 ]; then
  echo "generating a $csv_mb MB CSV export..." >&2
  python3 "$root/bench/records/make_csv.py" "$csv_mb" >"$work/export.csv"
  bench "$work/export.csv" "CSV export (bench/records/make_csv.py $csv_mb, personal data on every row)"
fi
