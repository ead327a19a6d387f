#!/usr/bin/env bash
# bench/documents.sh: how fast pdpguard reads office documents and PDFs. Generates a mixed folder
# (DOCX, XLSX, PPTX, PDF in turn; Vietnamese business text with ~1% synthetic personal data) with
# a Java main of the sources-documents tests, then times the scan of that folder and prints
# documents per second and MB/s.
#
#   bench/documents.sh [COUNT]      COUNT documents, 200 by default
#
# Environment:
#   MVN           the Maven command [mvn]; e.g. MVN="flock /tmp/pdpguard-mvn.lock mvn"
#   BENCH_MODE    cli: time `./pdpguard scan --format json DIR`; reader: time the module's readers
#                 through a small main (BenchScan: one file per task on every core, a cold and a
#                 warm pass); auto [default]: cli when the CLI depends on sources-documents
#   BENCH_KEEP    1 keeps the generated folder (its path is printed)
#
# In cli mode it then rescans the folder through --cache (a first pass fills the cache, the timed
# second pass replays it) and says whether the findings are the same.
#
# MB/s is 10^6 bytes of document files per second of wall time, JVM start-up included for the CLI.
set -euo pipefail

count="${1:-200}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mvn_cmd="${MVN:-mvn}"
mode="${BENCH_MODE:-auto}"
work="$(mktemp -d "${TMPDIR:-/tmp}/pdpguard-docbench.XXXXXX")"
cleanup() { [ "${BENCH_KEEP:-0}" = 1 ] && echo "kept: $work" || rm -rf "$work"; }
trap cleanup EXIT

if [ "$mode" = auto ]; then
  if grep -q "<artifactId>pdpguard-sources-documents</artifactId>" "$root/cli/pom.xml"; then
    mode=cli
  else
    mode=reader
  fi
fi

echo "building sources-documents and its test classes..." >&2
$mvn_cmd -B -q -f "$root/pom.xml" -pl sources-documents -am install -DskipTests -Dspotless.check.skip=true >&2
$mvn_cmd -B -q -f "$root/pom.xml" -pl sources-documents test-compile >&2
$mvn_cmd -B -q -f "$root/pom.xml" -pl sources-documents dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" >&2
cp="$root/sources-documents/target/test-classes:$root/sources-documents/target/classes:$(cat "$work/cp.txt")"

docs="$work/docs"
echo "generating $count documents in $docs..." >&2
java -cp "$cp" org.pdpguard.sources.documents.BenchCorpus "$docs" "$count"
n=$(find "$docs" -type f | wc -l)
bytes=$(find "$docs" -type f -printf '%s\n' | awk '{s+=$1} END {print s}')
printf 'corpus: %d documents, %.1f MB (%s)\n' "$n" "$(awk -v b="$bytes" 'BEGIN {print b / 1e6}')" \
  "$(cd "$docs" && ls | sed 's/.*\.//' | sort | uniq -c | awk '{printf "%s %s ", $1, $2}')"

if [ "$mode" = cli ]; then
  "$root/pdpguard" --version >/dev/null 2>&1 || true # builds the CLI jar if needed
  start=$(date +%s.%N)
  status=0
  "$root/pdpguard" scan --format json "$docs" >"$work/report.json" 2>"$work/stderr.txt" || status=$?
  end=$(date +%s.%N)
  secs=$(awk -v a="$start" -v b="$end" 'BEGIN {print b - a}')
  echo "command: ./pdpguard scan --format json DIR (exit $status)"
  printf 'cli: %d documents in %.2f s: %.1f documents/s, %.2f MB/s\n' "$n" "$secs" \
    "$(awk -v n="$n" -v s="$secs" 'BEGIN {print n / s}')" \
    "$(awk -v b="$bytes" -v s="$secs" 'BEGIN {print b / 1e6 / s}')"
  [ -s "$work/stderr.txt" ] && { echo "stderr:"; head -5 "$work/stderr.txt"; }
  # The same folder through --cache: a first scan fills it, a rescan of the unchanged folder replays.
  "$root/pdpguard" scan --format json --cache "$work/cache" "$docs" >/dev/null 2>&1 || true
  start=$(date +%s.%N)
  "$root/pdpguard" scan --format json --cache "$work/cache" "$docs" >"$work/cached.json" 2>/dev/null || true
  end=$(date +%s.%N)
  secs=$(awk -v a="$start" -v b="$end" 'BEGIN {print b - a}')
  same=$(python3 -c 'import json,sys; a,b=(json.load(open(f)) for f in sys.argv[1:]); print("same findings" if a["findings"]==b["findings"] else "DIFFERENT findings")' "$work/report.json" "$work/cached.json" 2>/dev/null || echo "?")
  printf 'cli --cache, unchanged folder: %d documents in %.2f s: %.1f documents/s (%s)\n' "$n" "$secs" \
    "$(awk -v n="$n" -v s="$secs" 'BEGIN {print n / s}')" "$same"
else
  echo "command: java -cp ... org.pdpguard.sources.documents.BenchScan DIR (CLI not wired yet)"
  java -cp "$cp" org.pdpguard.sources.documents.BenchScan "$docs"
fi
