#!/usr/bin/env bash
# Benchmark of the Spark job (issue 8): generates a Parquet dataset of synthetic customers with a
# long note on every row and personal data on a share of the rows (spark/run.sh sample), then
# times the scan in full mode at local[1] and local[2] and the CLI (`./pdpguard scan --format
# jsonl`, which reads Parquet) on the same files.
#
# Each Spark figure comes from `spark/run.sh bench`: RUNS scans in one Spark session. Run 1 is cold
# (it includes the JIT compiling Spark's and the engine's code, about half a core-minute, which
# local[1] gets for free on the idle second core and local[2] must share); the median of runs 2..RUNS
# is warm, the speed of a long job on a cluster. Prints rows/s, MB/s (of the Parquet files), the
# 2-core scaling ratio (target >= 1.8) and the ratio to the CLI (target >= 0.7).
# Usage: bench/spark.sh [ROWS (default 4000000, about 400 MB)] [PERSONAL_SHARE (default 0.02)] [RUNS (default 3)]
set -euo pipefail
root="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rows="${1:-4000000}"
personal="${2:-0.02}"
runs="${3:-3}"
work="$root/bench/target/spark"
data="$work/data-$rows-$personal.parquet"
mkdir -p "$work"
export PDPGUARD_JAVA_OPTS="${PDPGUARD_JAVA_OPTS:--Xmx2g}"

if [ ! -d "$data" ]; then
  "$root/spark/run.sh" sample --master 'local[2]' --rows "$rows" --partitions 16 \
    --personal "$personal" --note-words 40 --output "$data" >/dev/null
fi
mb=$(du -sm "$data" | cut -f1)
echo "dataset: $data, $rows rows, ${mb} MB"

seconds() { # runs the command, prints its wall time in seconds
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

# Builds the Spark job first, so that no timing includes a build.
"$root/spark/run.sh" --help >/dev/null 2>&1
"$root/pdpguard" --help >/dev/null 2>&1

bench() { # bench MASTER: prints "cold warm" seconds (run 1, median of runs 2..N)
  local times
  local report
  report=$("$root/spark/run.sh" bench --master "$1" --input "$data" --format parquet --runs "$runs" \
    2>/dev/null)
  echo "$1:" >&2
  echo "$report" >&2
  times=$(echo "$report" | awk '/^run /{print $3}')
  local cold warm
  cold=$(echo "$times" | head -1)
  warm=$(echo "$times" | tail -n +2 | sort -n |
    awk '{t[NR]=$1} END{if (NR == 0) exit; print (NR % 2 ? t[(NR+1)/2] : (t[NR/2]+t[NR/2+1])/2)}')
  echo "$cold ${warm:-$cold}"
}

out="$work/out"
rm -rf "$out"
mkdir -p "$out"
read -r c1 w1 < <(bench 'local[1]')
read -r c2 w2 < <(bench 'local[2]')
tc=$(seconds "$root/pdpguard" scan --format jsonl --output "$out/cli.jsonl" "$data")
line() { printf '%-22s %7.1f s  %9.0f rows/s  %6.2f MB/s\n' "$1" "$2" "$(echo "$rows / $2" | bc -l)" "$(echo "$mb / $2" | bc -l)"; }
line 'local[1], cold' "$c1"
line 'local[1], warm' "$w1"
line 'local[2], cold' "$c2"
line 'local[2], warm' "$w2"
line 'CLI (one process)' "$tc"
printf 'scaling local[2]/local[1]: cold %.2f, warm %.2f (target >= 1.8)\n' "$(echo "$c1 / $c2" | bc -l)" "$(echo "$w1 / $w2" | bc -l)"
printf 'Spark local[2] / CLI: cold %.2f, warm %.2f (target >= 0.7)\n' "$(echo "$tc / $c2" | bc -l)" "$(echo "$tc / $w2" | bc -l)"
