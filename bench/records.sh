#!/usr/bin/env bash
# bench/records.sh: a large CSV export, dense with personal data, scanned in bounded memory.
# Generates SIZE_MB of synthetic customers (bench/records/make_csv.py, seed 1), scans it with
# `java -XX:TieredStopAtLevel=1 -Xmx256m -jar cli/target/pdpguard.jar scan --format json` and prints the time, MB/s, peak
# memory (RSS, from /usr/bin/time) and the column summary.
#
#   bench/records.sh [SIZE_MB]      200 by default
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
size="${1:-200}"
work="$(mktemp -d "${TMPDIR:-/tmp}/pdpguard-records.XXXXXX")"
trap 'rm -rf "$work"' EXIT
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian package time)" >&2; exit 2; }

"$root/pdpguard" --version >/dev/null # builds the CLI jar if needed
python3 "$root/bench/records/make_csv.py" "$size" >"$work/export.csv"
bytes=$(stat -c %s "$work/export.csv")
/usr/bin/time -f "%e %M" -o "$work/time.txt" \
  java -XX:TieredStopAtLevel=1 -Xmx256m -jar "$root/cli/target/pdpguard.jar" scan --format json "$work/export.csv" \
  >"$work/report.json"
read -r secs rss_kb <"$work/time.txt"
echo "command: java -XX:TieredStopAtLevel=1 -Xmx256m -jar cli/target/pdpguard.jar scan --format json export.csv"
printf 'csv: %.1f MB in %.1f s: %.2f MB/s, peak RSS %d MB\n' "$(awk -v b="$bytes" 'BEGIN {print b / 1e6}')" \
  "$secs" "$(awk -v b="$bytes" -v s="$secs" 'BEGIN {print b / 1e6 / s}')" "$((rss_kb / 1024))"
python3 - "$work/report.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))["summary"]
print(f"findings: {s['findings']}, errors: {len(s['errors'])}")
for c in s["columns"]:
    print(f"  {c['column']:<14} {c['type']:<14} share {c['share']:.3f} of {c['values']} values")
PY
