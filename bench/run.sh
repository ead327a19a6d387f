#!/usr/bin/env bash
# bench/run.sh: pdpguard's throughput, memory and a side-by-side comparison with other tools, on the
# same generated text. Run from anywhere (it works in the repository root); it needs Java 17, Maven,
# Node.js with npm, and installs what else it needs: Debian's `time` and `ripgrep` (apt-get, as
# root) and the npm peers into a temporary folder (never into the project).
#
#   bench/run.sh            full run: 200 MB of text, 3 runs of each timing (about 10-15 minutes)
#   bench/run.sh --quick    a try: 20 MB, 1 run each, short JMH iterations, 1 MB for the peers
#
# Options (environment variables in brackets):
#   --size-mb N     size of the generated benchmark text [BENCH_SIZE_MB, default 200; quick 20]
#   --runs N        timed runs per measurement, the median is reported [BENCH_RUNS, 3; quick 1]
#   --peer-mb N     prefix of the text timed for the npm peers, which are slow [BENCH_PEER_MB, 8; quick 1]
#   --xmx-mb N      also scan a separate text of N MB with -Xmx256m [BENCH_XMX_MB, default: none,
#                   the -Xmx256m run uses the benchmark text]; e.g. 2000 for the 2 GB target
#   --text FILE     time this UTF-8 text instead of generating one (e.g. your own data)
#   --no-jmh        skip the JMH benchmarks of the engine
#   --no-peers      skip ripgrep and the npm peers
#   --no-accuracy   skip the accuracy comparison on the labelled corpus
#   --no-doc        do not rewrite docs/PERFORMANCE.md
#   --no-build      use the jars already built (cli/target/pdpguard.jar, bench/target/benchmarks.jar)
#   --keep          keep the working folder (printed) instead of deleting it
#
# What it does:
#   1. builds the CLI and the JMH jar: mvn -B -q -pl cli,bench -am -DskipTests package
#   2. generates the text: pdpguard corpus --bench --size-mb N (mixed Vietnamese text, ~1% PII)
#   3. JMH: the engine (Recognizers.defaultDetector().detect) on mixed and dense text, with two
#      baselines (fold and tokenise only; String.indexOf) in MB/s, 1 and 2 threads
#   4. the CLI: scan --format jsonl --threads 1 and 2 on the file (output to /dev/null), the same
#      bytes split into 8 files with --threads 2, and --threads 1 with PDPGUARD_JAVA_OPTS=-Xmx256m;
#      wall time (median) → MB/s, and peak RSS from /usr/bin/time
#   5. ripgrep with the structured-identifier patterns (rg -c -e ... -e ...) on the same file
#   6. @openredaction/openredaction and redact-pii through bench/peers/peers.mjs on a prefix of the
#      same file, cut into 8 KB chunks at line ends (time inside Node, excluding start-up and reading)
#   7. accuracy: pdpguard corpus --out DIR --seed 1, each peer's predictions scored with
#      pdpguard eval DIR --predictions FILE, next to pdpguard's own eval, on the types the peer claims
#   8. prints a summary and writes docs/PERFORMANCE.md
#
# MB/s is 10^6 bytes of UTF-8 input per second of wall time. JVM flags for the CLI runs go in
# PDPGUARD_JAVA_OPTS, as for the ./pdpguard launcher. Run it on an otherwise idle machine.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

quick=false
size_mb="${BENCH_SIZE_MB:-}"
runs="${BENCH_RUNS:-}"
peer_mb="${BENCH_PEER_MB:-}"
xmx_mb="${BENCH_XMX_MB:-}"
do_jmh=true
do_peers=true
do_accuracy=true
do_doc=true
do_build=true
own_text=""
keep=false
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=true ;;
    --size-mb) size_mb="$2"; shift ;;
    --runs) runs="$2"; shift ;;
    --peer-mb) peer_mb="$2"; shift ;;
    --xmx-mb) xmx_mb="$2"; shift ;;
    --no-jmh) do_jmh=false ;;
    --no-peers) do_peers=false ;;
    --no-accuracy) do_accuracy=false ;;
    --text) own_text="$2"; shift ;;
    --no-doc) do_doc=false ;;
    --no-build) do_build=false ;;
    --keep) keep=true ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
if $quick; then
  : "${size_mb:=20}" "${runs:=1}" "${peer_mb:=1}"
else
  : "${size_mb:=200}" "${runs:=3}" "${peer_mb:=8}"
fi
# Pinned so that reruns compare the same peers; override to try newer ones.
openredaction_pkg="${BENCH_OPENREDACTION:-@openredaction/openredaction@1.0.4}"
redact_pii_pkg="${BENCH_REDACT_PII:-redact-pii@3.4.0}"

work="$(mktemp -d "${TMPDIR:-/tmp}/pdpguard-bench.XXXXXX")"
cleanup() {
  if $keep; then echo "run.sh: kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
log() { printf '\n== %s\n' "$*" >&2; }

# ---------------------------------------------------------------- tools
need_apt() { # need_apt COMMAND PACKAGE
  command -v "$1" >/dev/null 2>&1 && return 0
  log "installing Debian package $2"
  apt-get install -y -qq "$2" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }
}
[ -x /usr/bin/time ] || need_apt /usr/bin/time time
for t in java mvn; do command -v "$t" >/dev/null || { echo "run.sh: $t is needed" >&2; exit 3; }; done
if $do_peers; then
  need_apt rg ripgrep
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "run.sh: node and npm are needed (or --no-peers)" >&2
    exit 3
  fi
fi

# ---------------------------------------------------------------- build
if $do_build; then
  log "building the CLI and the benchmarks"
  mvn -B -q -pl cli,bench -am -DskipTests package
fi
jar="$root/cli/target/pdpguard.jar"
bench_jar="$root/bench/target/benchmarks.jar"
for j in "$jar" "$bench_jar"; do [ -f "$j" ] || { echo "run.sh: $j is missing (run without --no-build)" >&2; exit 3; }; done
read -r -a user_opts <<<"${PDPGUARD_JAVA_OPTS:-}" # several flags, split as the ./pdpguard launcher does
java_opts=(-XX:TieredStopAtLevel=1 -XX:C1MaxInlineSize=50) # the launcher's JIT setting, see ./pdpguard
# The launcher's class-data archive, made the same way: the classes a scan of samples/ loads.
java -XX:TieredStopAtLevel=1 -XX:C1MaxInlineSize=50 -XX:ArchiveClassesAtExit="$work/pdpguard.jsa" \
  -Xlog:disable -jar "$jar" scan "$root/samples" --format jsonl >/dev/null 2>&1 || true
[ -s "$work/pdpguard.jsa" ] && java_opts+=(-XX:SharedArchiveFile="$work/pdpguard.jsa")
java_opts+=(-Xlog:disable -Xlog:all=warning:stderr "${user_opts[@]}")
pdpguard() { java "${java_opts[@]}" -jar "$jar" "$@"; } # like ./pdpguard, without its rebuild check

# ---------------------------------------------------------------- helpers
median() { sort -g | awk '{v[NR]=$1} END {if (NR==0) print "nan"; else if (NR%2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'; }
max() { sort -g | tail -n 1; }
mbps() { awk -v b="$1" -v s="$2" 'BEGIN {printf "%.1f", b / 1e6 / s}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2f", a / b; else print "n/a"}'; }
file_bytes() { stat -c %s "$1"; }
now_ns() { date +%s%N; }

# timed NAME RUNS COMMAND...: runs COMMAND (output to /dev/null), records the median wall seconds in
# $work/NAME.sec, the largest peak RSS in MB in $work/NAME.rss and the median CPU seconds (user +
# system, all threads of the JVM: JIT and GC too) in $work/NAME.cpu. Exit codes 0 and 1 are success.
timed() {
  local name="$1" n="$2"
  shift 2
  : >"$work/$name.secs"
  : >"$work/$name.rsss"
  : >"$work/$name.cpus"
  for ((i = 1; i <= n; i++)); do
    local t0 t1 rc=0
    t0="$(now_ns)"
    /usr/bin/time -f '%M %U %S' -o "$work/$name.time" "$@" >/dev/null 2>"$work/$name.err" || rc=$?
    t1="$(now_ns)"
    if [ "$rc" -gt 1 ]; then
      echo "run.sh: '$*' failed with exit code $rc:" >&2
      tail -n 20 "$work/$name.err" >&2
      exit 1
    fi
    awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f\n", (b - a) / 1e9}' >>"$work/$name.secs"
    awk 'NF == 3 && $1 ~ /^[0-9]+$/ {printf "%d\n", $1 / 1024}' "$work/$name.time" >>"$work/$name.rsss"
    awk 'NF == 3 && $1 ~ /^[0-9]+$/ {printf "%.2f\n", $2 + $3}' "$work/$name.time" >>"$work/$name.cpus"
  done
  median <"$work/$name.secs" >"$work/$name.sec"
  max <"$work/$name.rsss" >"$work/$name.rss"
  median <"$work/$name.cpus" >"$work/$name.cpu"
  printf '   %-22s %s s (runs: %s), CPU %s s, peak RSS %s MB\n' "$name" "$(cat "$work/$name.sec")" \
    "$(paste -sd' ' "$work/$name.secs")" "$(cat "$work/$name.cpu")" "$(cat "$work/$name.rss")" >&2
}
sec() { cat "$work/$1.sec"; }
rss() { cat "$work/$1.rss"; }
cores() { awk -v c="$(cat "$work/$1.cpu")" -v s="$(cat "$work/$1.sec")" 'BEGIN {printf "%.1f", c / s}'; }

# ---------------------------------------------------------------- machine
cpu="$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)"
cores="$(nproc)"
mem="$(awk '/^MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)"
java_version="$(java -version 2>&1 | sed -n 1p)"
commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
# The page this script writes does not count: a second run finds the first one's page changed.
if [ -n "$(git -C "$root" status --porcelain 2>/dev/null | grep -v -e '^??' -e ' docs/PERFORMANCE.md$' || true)" ]; then
  commit="$commit (with uncommitted changes)"
fi
started="$(date -u '+%Y-%m-%d %H:%M UTC')"

# ---------------------------------------------------------------- text
if [ -n "$own_text" ]; then
  text="$(cd "$(dirname "$own_text")" && pwd)/$(basename "$own_text")"
  input_desc="\`$own_text\`"
else
  text="$work/bench.txt"
  log "generating $size_mb MB of mixed text"
  pdpguard corpus --bench --size-mb "$size_mb" --out "$text"
  input_desc="\`pdpguard corpus --bench --size-mb $size_mb\`: mixed Vietnamese text (documents of every kind of
the evaluation corpus concatenated, about 1% of the characters personal data)"
fi
bytes="$(file_bytes "$text")"
lines="$(wc -l <"$text")"
echo "   $text: $bytes bytes, $lines lines" >&2

# ---------------------------------------------------------------- JMH
jmh_rows=""
if $do_jmh; then
  log "JMH: the engine and its baselines on one 256 KB unit, 1 thread; the engine with 2 threads"
  jmh_opts=()
  $quick && jmh_opts+=(--quick)
  java -jar "$bench_jar" "${jmh_opts[@]}" --gc --threads 1 >"$work/jmh.txt" 2>&1 || { tail -n 30 "$work/jmh.txt" >&2; exit 1; }
  java -jar "$bench_jar" "${jmh_opts[@]}" --threads 2 --include 'EngineBenchmark\.detect$' \
    >>"$work/jmh.txt" 2>&1 || { tail -n 30 "$work/jmh.txt" >&2; exit 1; }
  jmh_rows="$(awk -F'\t' '$1 == "MBPS" && $2 != "benchmark"' "$work/jmh.txt")"
  echo "$jmh_rows" | awk -F'\t' '{printf "   %-16s %-6s %s thread(s): %8s MB/s\n", $2, $3, $4, $7}' >&2
fi
jmh() { echo "$jmh_rows" | awk -F'\t' -v b="$1" -v i="$2" -v t="$3" '$2 == b && $3 == i && $4 == t {print $7}'; }
jmh_alloc() { echo "$jmh_rows" | awk -F'\t' -v b="$1" -v i="$2" '$2 == b && $3 == i && $4 == 1 {print $8}'; }

# ---------------------------------------------------------------- CLI
log "pdpguard scan on $bytes bytes, $runs run(s) each"
scan=(scan --format jsonl)
timed cli-t1 "$runs" java "${java_opts[@]}" -jar "$jar" "${scan[@]}" --threads 1 "$text"
timed cli-t2 "$runs" java "${java_opts[@]}" -jar "$jar" "${scan[@]}" --threads 2 "$text"
mkdir -p "$work/split"
split -n l/8 -d --additional-suffix=.txt "$text" "$work/split/part-"
timed cli-split-t1 "$runs" java "${java_opts[@]}" -jar "$jar" "${scan[@]}" --threads 1 "$work/split"
timed cli-split-t2 "$runs" java "${java_opts[@]}" -jar "$jar" "${scan[@]}" --threads 2 "$work/split"
rm -rf "$work/split"
xmx_text="$text"
if [ -n "$xmx_mb" ]; then
  xmx_text="$work/xmx.txt"
  log "generating $xmx_mb MB for the -Xmx256m run"
  pdpguard corpus --bench --size-mb "$xmx_mb" --seed 2 --out "$xmx_text"
fi
xmx_bytes="$(file_bytes "$xmx_text")"
timed cli-xmx256 1 java "${java_opts[@]}" -Xmx256m -jar "$jar" "${scan[@]}" --threads 1 "$xmx_text"
[ "$xmx_text" = "$text" ] || rm -f "$xmx_text"

cli1="$(mbps "$bytes" "$(sec cli-t1)")"
cli2="$(mbps "$bytes" "$(sec cli-t2)")"
split1="$(mbps "$bytes" "$(sec cli-split-t1)")"
split2="$(mbps "$bytes" "$(sec cli-split-t2)")"
xmx="$(mbps "$xmx_bytes" "$(sec cli-xmx256)")"

# ---------------------------------------------------------------- ripgrep
if $do_peers; then
  log "ripgrep with the structured-identifier patterns"
  # The identifiers pdpguard validates, as plain regexes (shape only: no checksum, no context). A word
  # edge is a byte that is not an ASCII letter, digit or _ and not part of a non-ASCII character
  # (Vietnamese letters are), rather than \b: a Unicode \b makes ripgrep leave its fast DFA (about
  # 2 MB/s here), Unicode \W classes cost about 10x, and an ASCII \b sees an edge inside HĐ123....
  edge_l='(?:^|(?-u:[^0-9A-Za-z_\x80-\xFF]))'
  edge_r='(?:(?-u:[^0-9A-Za-z_\x80-\xFF])|$)'
  rg_patterns=(
    "${edge_l}[0-9]{12}${edge_r}"                                                 # CCCD: 12 digits
    "${edge_l}(?:\+?84|0)(?:3[2-9]|5[25689]|7[06-9]|8[1-9]|9[0-9])[ .-]?[0-9]{3}[ .-]?[0-9]{3,4}${edge_r}" # VN mobile
    '[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}'           # e-mail
    "${edge_l}[0-9]{4}[ -]?[0-9]{4}[ -]?[0-9]{4}[ -]?[0-9]{4}${edge_r}"           # card: 16 digits
    "${edge_l}[0-9]{10}(?:-[0-9]{3})?${edge_r}"                                   # MST: 10 (+3) digits
    "${edge_l}(?:(?:25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])${edge_r}" # IPv4
    "${edge_l}[A-Z]{2}[1-5][0-9]{12}${edge_r}"                                    # BHYT: 2 letters + 13 digits
  )
  rg_args=(rg -c)
  for p in "${rg_patterns[@]}"; do rg_args+=(-e "$p"); done
  rg_version="$(rg --version | sed -n 1p)" # sed reads to the end: no broken pipe under pipefail
  timed rg "$runs" "${rg_args[@]}" "$text"
  rg_lines="$("${rg_args[@]}" "$text" || true)"
  rg_mbps="$(mbps "$bytes" "$(sec rg)")"
  echo "   ripgrep: $rg_lines matching lines, $rg_mbps MB/s" >&2
  # The same identifier types found by pdpguard (with its checksums and context): the like-for-like
  # figure for "within 3x of ripgrep".
  rg_types=VN_CCCD,PHONE_NUMBER,EMAIL_ADDRESS,PAYMENT_CARD,VN_TAX_CODE,IP_ADDRESS,VN_HEALTH_INSURANCE
  timed cli-ids "$runs" java "${java_opts[@]}" -jar "$jar" "${scan[@]}" --threads 1 --types "$rg_types" "$text"
  ids1="$(mbps "$bytes" "$(sec cli-ids)")"
  echo "   pdpguard, the same 7 types: $ids1 MB/s" >&2
fi

# ---------------------------------------------------------------- npm peers
peer_tools=(openredaction redact-pii)
if $do_peers; then
  log "installing the npm peers into a temporary folder"
  npm_dir="$work/npm"
  mkdir -p "$npm_dir"
  (cd "$npm_dir" && npm install --prefix "$npm_dir" --no-audit --no-fund --ignore-scripts --loglevel=error \
    "$openredaction_pkg" "$redact_pii_pkg" >/dev/null)
  peer_version() { node -p "require('$npm_dir/node_modules/$1/package.json').version"; }
  openredaction_version="$(peer_version @openredaction/openredaction)"
  redact_pii_version="$(peer_version redact-pii)"
  node_version="$(node --version)"
  peers_js="$root/bench/peers/peers.mjs"
  for tool in "${peer_tools[@]}"; do
    log "$tool: speed on the first $peer_mb MB"
    (cd "$npm_dir" && node "$peers_js" --modules "$npm_dir/node_modules" --tool "$tool" \
      speed "$text" --mb "$peer_mb" --runs "$runs") >"$work/$tool.speed.json"
    cat "$work/$tool.speed.json" >&2
  done
fi
peer_field() { node -p "JSON.parse(require('fs').readFileSync('$work/$1.speed.json','utf8')).$2"; }

# ---------------------------------------------------------------- accuracy
corpus="$work/corpus"
$do_peers || do_accuracy=false
if $do_accuracy; then
  log "accuracy on the labelled corpus (seed 1)"
  pdpguard corpus --out "$corpus" --seed 1 >/dev/null
  for tool in "${peer_tools[@]}"; do
    types="$(node "$peers_js" --tool "$tool" claims)"
    (cd "$npm_dir" && node "$peers_js" --modules "$npm_dir/node_modules" --tool "$tool" predict "$corpus") \
      >"$work/$tool.predictions.jsonl" 2>"$work/$tool.predict.log"
    cat "$work/$tool.predict.log" >&2
    pdpguard eval "$corpus" --predictions "$work/$tool.predictions.jsonl" --types "$types" --format markdown \
      >"$work/$tool.eval.md"
    pdpguard eval "$corpus" --types "$types" --format markdown >"$work/pdpguard-for-$tool.eval.md"
  done
fi

# ---------------------------------------------------------------- summary
row() { printf '| %s | %s | %s | %s | %s | %s |\n' "$@"; }
mb_label() { awk -v b="$1" 'BEGIN {printf "%.0f MB", b / 1e6}'; }
summary="$work/summary.md"
{
  row "tool" "MB/s, 1 thread" "MB/s, 2 threads" "peak RSS, MB (1 / 2 threads)" "CPU cores busy (1 / 2 threads)" "pdpguard CLI (1 thread) ÷ tool"
  row "---" "---:" "---:" "---:" "---:" "---:"
  row "pdpguard CLI, one $(mb_label "$bytes") file" "$cli1" "$cli2" "$(rss cli-t1) / $(rss cli-t2)" "$(cores cli-t1) / $(cores cli-t2)" "1.00"
  row "pdpguard CLI, same bytes in 8 files" "$split1" "$split2" "$(rss cli-split-t1) / $(rss cli-split-t2)" "$(cores cli-split-t1) / $(cores cli-split-t2)" "$(ratio "$cli1" "$split1")"
  row "pdpguard CLI, -Xmx256m, $(mb_label "$xmx_bytes")" "$xmx" "—" "$(rss cli-xmx256)" "$(cores cli-xmx256)" "$(ratio "$cli1" "$xmx")"
  if $do_jmh; then
    row "pdpguard engine (JMH, mixed text)" "$(jmh detect mixed 1)" "$(jmh detect mixed 2)" "—" "—" "$(ratio "$cli1" "$(jmh detect mixed 1)")"
  fi
  if $do_peers; then
    row "pdpguard CLI, only ripgrep's 7 identifier types" "$ids1" "—" "$(rss cli-ids)" "$(cores cli-ids)" "$(ratio "$cli1" "$ids1")"
    row "ripgrep, 7 identifier regexes" "$rg_mbps" "—" "$(rss rg)" "$(cores rg)" "$(ratio "$cli1" "$rg_mbps")"
    for tool in "${peer_tools[@]}"; do
      m="$(peer_field "$tool" mbps)"
      row "$tool (first $peer_mb MB)" "$(printf '%.2f' "$m")" "—" "$(peer_field "$tool" peakRssMb)" "—" "$(ratio "$cli1" "$m")"
    done
  fi
} >"$summary"

log "summary ($bytes bytes, median of $runs run(s))"
column -t -s '|' <"$summary" | sed '2d' >&2 || cat "$summary" >&2

# ---------------------------------------------------------------- docs/PERFORMANCE.md
$do_doc || exit 0
command_line="bench/run.sh"
$quick && command_line="$command_line --quick"
[ "$size_mb" != "$($quick && echo 20 || echo 200)" ] && command_line="$command_line --size-mb $size_mb"
[ -n "$own_text" ] && command_line="$command_line --text $own_text"
[ "$runs" != "$($quick && echo 1 || echo 3)" ] && command_line="$command_line --runs $runs"
[ "$peer_mb" != "$($quick && echo 1 || echo 8)" ] && command_line="$command_line --peer-mb $peer_mb"
[ -n "$xmx_mb" ] && command_line="$command_line --xmx-mb $xmx_mb"
$do_jmh || command_line="$command_line --no-jmh"
$do_peers || command_line="$command_line --no-peers"
$do_accuracy || ! $do_peers || command_line="$command_line --no-accuracy"
doc="$root/docs/PERFORMANCE.md"
mkdir -p "$root/docs"
# side_by_side TOOL TOOL.md PDPGUARD.md: P, R, F1 per type of two `pdpguard eval --format markdown`
# tables, and their false positives per 100 KB of negatives.
side_by_side() {
  echo "| type | gold | $1 P | $1 R | $1 F1 | pdpguard P | pdpguard R | pdpguard F1 |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  awk -F'|' 'FNR == 1 {f++} $2 ~ /`|micro/ {
      k = $2; gsub(/^ +| +$/, "", k)
      if (f == 1) {order[++n] = k; gold[k] = $3; a[k] = $7 "|" $8 "|" $9} else {b[k] = $7 "|" $8 "|" $9}
    }
    END {for (i = 1; i <= n; i++) {k = order[i]; print "| " k " |" gold[k] "|" a[k] "|" b[k] "|"}}' "$2" "$3"
  local fp1 fp2
  fp1="$(sed -n 's/.*[ *]\([0-9.][0-9.]*\)\** FP per 100 KB.*/\1/p' "$2" | sed -n 1p)"
  fp2="$(sed -n 's/.*[ *]\([0-9.][0-9.]*\)\** FP per 100 KB.*/\1/p' "$3" | sed -n 1p)"
  echo "| false positives per 100 KB of negatives | | | | $fp1 | | | $fp2 |"
}
met() { awk -v v="$1" -v g="$2" 'BEGIN {print (v + 0 >= g + 0) ? "yes" : "no"}'; }
{
  cat <<EOF
# Performance

The figures below are from the last run of \`$command_line\`, on $started, at commit $commit.
They change as the engine changes: rerun the script to refresh this file (it rewrites it).$($quick && printf '\n\n%s' "**This was a quick run** ($size_mb MB, $runs run each): a try of the script, not the reference figures.")

## Machine

- CPU: $cpu; \`nproc\`: $cores; memory: $mem
- Java: $java_version
$($do_peers && echo "- Node.js: $node_version; $rg_version; @openredaction/openredaction $openredaction_version; redact-pii $redact_pii_version")

## Input

$input_desc; $bytes bytes, $lines lines. MB/s is
10⁶ bytes of this UTF-8 text per second of wall time, the median of $runs run(s); the CLI's time includes the
JVM's start and writing the JSONL report (to /dev/null). Peak RSS is the maximum resident set size from
\`/usr/bin/time -f %M\`; "CPU cores busy" is user + system CPU time over wall time, all threads of the
process (for the JVM: the scan threads, the JIT compilers and the garbage collector).

## Summary

$(cat "$summary")

$(awk -v a="$cli1" -v b="$cli2" 'BEGIN {exit !(b < 1.3 * a)}' && echo "A second thread brings little on one file: the CLI gives each file to one thread (\`--threads\` works
over files), so the \"8 files\" row, the same bytes split with \`split -n l/8\`, shows what it brings there.")
$(awk -v c="$(cores cli-t1)" 'BEGIN {exit !(c >= 1.5)}' && echo "The 1-thread scans already keep $(cores cli-t1) cores busy: besides the scan thread, the JVM's JIT compilers and
garbage collector work$($do_jmh && echo " (the engine allocates $(jmh_alloc detect mixed) bytes per input byte, see the JMH table)"),
so on this $cores-core machine a second scan thread finds little free CPU.")
The -Xmx256m row shows that memory does not grow with the input: the CLI streams each file in units of
about 256 K chars.

The CLI runs with \`-XX:TieredStopAtLevel=1 -XX:C1MaxInlineSize=50\`, as the \`./pdpguard\` launcher does: on this mixed text the
JIT's optimising tier (C2) recompiles the recognizers for the whole scan (hundreds of deoptimisations, a
compiler thread busy from start to end) and takes a core from the scan threads: three copies of the
200 MB text in one file, \`java [-XX:TieredStopAtLevel=1] -jar cli/target/pdpguard.jar scan --format jsonl
--threads 2\`, took 55.4 s with C2 and 36.2 s without (2026-11-29, one run each). JMH measures the engine after C2 has settled on one repeated
unit, which the CLI on varied text does not reach (see "third pass" below: C2 on varied units is no faster). Two threads
split even one large file: its units are detected on a second pool while the source thread reads, cuts
and reports them in order. Like the launcher, the script maps a class-data archive of the classes a scan
of \`samples/\` loads (\`-XX:SharedArchiveFile\`, made once with \`-XX:ArchiveClassesAtExit\`; see
"eighth pass" below).

## Targets

| target | goal | measured | met |
|---|---|---|---|
| CLI throughput, 1 thread | ≥ 150 MB/s | $cli1 MB/s | $(met "$cli1" 150) |
| scaling, 2 threads (8 files) | ≥ 1.8× | $(ratio "$split2" "$split1")× | $(met "$(ratio "$split2" "$split1")" 1.8) |
| scaling, 2 threads (one file) | ≥ 1.8× | $(ratio "$cli2" "$cli1")× | $(met "$(ratio "$cli2" "$cli1")" 1.8) |
| scan with -Xmx256m | completes | $(rss cli-xmx256) MB peak RSS on $(mb_label "$xmx_bytes") | yes |
EOF
  if $do_peers; then
    best_peer="$(for t in "${peer_tools[@]}"; do peer_field "$t" mbps; done | max)"
    cat <<EOF
| faster than the fastest npm peer | ≥ 20× | $(ratio "$cli1" "$best_peer")× | $(met "$(ratio "$cli1" "$best_peer")" 20) |
| within 3× of ripgrep (the same 7 identifier types) | ≥ 0.33 | $(ratio "$ids1" "$rg_mbps") | $(met "$(ratio "$ids1" "$rg_mbps")" 0.333) |
| whole catalogue against ripgrep's 7 types (for scale) | — | $(ratio "$cli1" "$rg_mbps") | — |
EOF
  fi
  if $do_jmh; then
    cat <<EOF

## The engine (JMH)

\`java -jar bench/target/benchmarks.jar$($quick && echo ' --quick') --gc --threads 1\`, and \`--threads 2 --include 'EngineBenchmark\\.detect\$'\` (built by the script): one text unit of 256 KB
(the CLI hands the engine units of about 256 K chars), \`mixed\` with about 1% personal data and \`dense\`
with personal data on every line. \`detect\` is \`Recognizers.defaultDetector().detect(text)\`;
\`foldAndTokenise\` is a detector without recognizers, which still normalises the text, folds it and
tokenises it; \`indexOf\` is \`String.indexOf('@')\` over the text. With 2 threads the MB/s is the total.
The allocation column is JMH's \`gc.alloc.rate.norm\` (\`--gc\`, 1-thread run) divided by the input's size.

| benchmark | input | threads | ops/s | MB/s | bytes allocated per input byte |
|---|---|---:|---:|---:|---:|
$(echo "$jmh_rows" | awk -F'\t' '{printf "| %s | %s | %s | %s | %s | %s |\n", $2, $3, $4, $5, $7, $8}')
EOF
  fi
  if $do_peers; then
    cat <<EOF

## ripgrep

\`rg -c\` with these patterns, one \`-e\` each, on the same file ($rg_lines matching lines):

\`\`\`
$(printf '%s\n' "${rg_patterns[@]}")
\`\`\`

They are the shapes of the structured identifiers only (CCCD, Vietnamese mobile, e-mail, 16-digit card,
MST, IPv4, BHYT): no checksum, no context, no names or addresses. The figure is the speed limit of plain
regex scanning, not a peer in accuracy. The like-for-like pdpguard figure is the CLI restricted to the
same types (\`scan --format jsonl --threads 1 --types $rg_types\`, with its checksums and context
words, and the recognizers of the types that may take their text, bank accounts, BHXH codes and
licences, so that it reports what the whole catalogue's scan reports of the seven; $ids1 MB/s); the
whole catalogue's ratio is shown for scale only.
A word edge is written as a byte that is not an ASCII letter, digit
or \`_\` and not part of a non-ASCII character (Vietnamese letters are): with \`\b\`, ripgrep leaves its
fast DFA for a Unicode \`\b\` (about 2 MB/s for this set on this machine), Unicode \`\W\` classes cost about
ten times the byte classes, and an ASCII \`\b\` would find a word edge inside \`HĐ123456789012\`.

## npm peers

Installed by the script into a temporary folder (\`npm install --prefix\`), run by \`bench/peers/peers.mjs\`
with their default settings (openredaction without its learning store, which writes files). Speed: the
first $peer_mb MB of the same file in chunks of about 8 KB cut at line ends (openredaction slows down on
longer texts; its README quotes its speed per 2–3 KB), timed inside Node after a warm-up pass, so Node's
start and file reading are not counted, which favours the peers.

EOF
    for tool in "${peer_tools[@]}"; do
      echo "- $tool: $(node -p "const r=JSON.parse(require('fs').readFileSync('$work/$tool.speed.json','utf8')); r.bytes + ' bytes in ' + r.chunks + ' chunks, runs ' + r.seconds.map(s=>s.toFixed(2)).join(', ') + ' s, ' + r.mbps.toFixed(2) + ' MB/s'")"
    done
  fi
  if $do_accuracy; then
    cat <<EOF

### Accuracy on the labelled corpus

\`pdpguard corpus --out DIR --seed 1\`; each peer runs on every document of \`docs/\` and \`negatives/\`;
its detections become spans with pdpguard's type names (the mapping is in \`bench/peers/<tool>.mjs\`;
redact-pii only returns redacted text, so its spans come from replaying its steps while tracking
offsets, checked against its real output) and are scored with
\`pdpguard eval DIR --predictions FILE --types <claimed types> --format markdown\`. pdpguard's own
figures for the same types come from \`pdpguard eval DIR --types <same types> --format markdown\`.
A type is "claimed" when the tool says it detects that kind of data in general (e-mail, phone, card, ...)
or for Vietnam; other countries' patterns (a UK driving licence, a US SSN) are not counted.

EOF
    for tool in "${peer_tools[@]}"; do
      cat <<EOF
#### $tool

Types: \`$(node "$peers_js" --tool "$tool" claims)\`. Conversion: \`$(cat "$work/$tool.predict.log")\`.

Side by side (lenient: any overlap with a gold span of the same type):

$(side_by_side "$tool" "$work/$tool.eval.md" "$work/pdpguard-for-$tool.eval.md")

$tool, in full:

$(cat "$work/$tool.eval.md")

pdpguard, same types, in full:

$(cat "$work/pdpguard-for-$tool.eval.md")

EOF
    done
  fi
} >"$doc.new"
# The sources section (documents, databases) comes from bench/documents.sh and bench/jdbc.sh, not
# from this script: keep it as it is, from its marker to the end.
marker='<!-- sources: written by hand from bench/documents.sh and bench/jdbc.sh; kept by bench/run.sh -->'
if [ -f "$doc" ] && grep -qF "$marker" "$doc"; then
  awk -v m="$marker" 'index($0, m) {keep = 1} keep' "$doc" >>"$doc.new"
fi
mv "$doc.new" "$doc"
log "wrote $doc"
