#!/usr/bin/env bash
# Benchmark of the Spark job (issue 8): generates a Parquet dataset of synthetic customers with a
# long note on every row and personal data on a share of the rows (spark/run.sh sample), then
# times `scan` in full mode at local[1] and local[2] and the CLI (`./pdpguard scan --format jsonl`,
# which reads Parquet) on the same files. Prints rows/s, MB/s (of the Parquet files), the 2-core
# scaling ratio (target >= 1.8) and the ratio to the CLI (target >= 0.7).
# Usage: bench/spark.sh [ROWS (default 4000000, about 1 GB)] [PERSONAL_SHARE (default 0.02)]
set -euo pipefail
root="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rows="${1:-4000000}"
personal="${2:-0.02}"
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

out="$work/out"
rm -rf "$out"
t1=$(seconds "$root/spark/run.sh" scan --master 'local[1]' --input "$data" --format parquet --output "$out/1")
t2=$(seconds "$root/spark/run.sh" scan --master 'local[2]' --input "$data" --format parquet --output "$out/2")
tc=$(seconds "$root/pdpguard" scan --format jsonl --output "$out/cli.jsonl" "$data")
printf 'local[1]: %6.1f s  %9.0f rows/s  %6.2f MB/s\n' "$t1" "$(echo "$rows / $t1" | bc -l)" "$(echo "$mb / $t1" | bc -l)"
printf 'local[2]: %6.1f s  %9.0f rows/s  %6.2f MB/s\n' "$t2" "$(echo "$rows / $t2" | bc -l)" "$(echo "$mb / $t2" | bc -l)"
printf 'CLI     : %6.1f s  %9.0f rows/s  %6.2f MB/s\n' "$tc" "$(echo "$rows / $tc" | bc -l)" "$(echo "$mb / $tc" | bc -l)"
printf 'scaling local[2]/local[1]: %.2f (target >= 1.8)\n' "$(echo "$t1 / $t2" | bc -l)"
printf 'Spark local[2] / CLI: %.2f (target >= 0.7)\n' "$(echo "$tc / $t2" | bc -l)"
