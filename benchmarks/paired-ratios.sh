#!/usr/bin/env bash
# The README's ratio rows measured in pairs (PairedRatio): subject and baseline turn about in the same JVM,
# one ratio per pair of turns, several fresh JVMs, the ratios' geometric mean with its 99.9 % interval by
# Student's t over the pairs (on their logarithms). Where run-all.sh gives each side forks of its own and combines their errors, the machine's
# wander (this VM's wall clock moves between forks and within them) cancels in each pair's ratio.
#
#   benchmarks/paired-ratios.sh                 # every ratio row below: about 15 minutes
#   benchmarks/paired-ratios.sh read table      # some of: read document layout scale table pipeline
#
# FORKS (default 5), PAIRS (20 measured per fork), WARMUP (8 pairs), TURN_MS (500: each side's turn),
# CLOCK (wall, as JMH; cpu = the thread's CPU time, for a shared machine), JAR (another build). Results go
# to benchmarks/target/paired-DATE/ (one log per row, summary.md). Build the jar first:
# ./mvnw -B -q -pl benchmarks -am package -DskipTests
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jar=${JAR:-$here/target/benchmarks.jar}
[[ -f $jar ]] || { echo "no $jar: ./mvnw -B -q -pl benchmarks -am package -DskipTests" >&2; exit 1; }
out=${OUT:-$here/target/paired-$(date +%Y%m%d-%H%M%S)}
mkdir -p "$out"
all=(read document layout scale table pipeline)
selected=("$@")
[[ ${#selected[@]} -gt 0 ]] || selected=("${all[@]}")

# name: subject, then baseline (Class.method:param=value,...), then what the README's row says.
sides_of() {
  local grid='layout=grid,pages=distinct'
  case $1 in
    read) echo "ReadResponseBenchmark.canonicalModel:words=5000 ReadResponseBenchmark.wireParseOnly:words=5000" ;;
    document) echo "ReadDocumentBenchmark.canonicalModel:items=100 ReadDocumentBenchmark.wireParseOnly:items=100" ;;
    layout) echo "LayoutBenchmark.structure:words=5000,$grid LayoutBenchmark.parse:words=5000,$grid" ;;
    scale) echo "LayoutBenchmark.structure:words=50000,$grid LayoutBenchmark.structure:words=5000,$grid" ;;
    table) echo "TableBenchmark.buildGrid TableBenchmark.parseJson" ;;
    pipeline) echo "PipelineBenchmark.pipeline:sample=receipt PipelineBenchmark.byHand:sample=receipt" ;;
    *) echo "unknown row '$1' (one of: ${all[*]})" >&2; exit 2 ;;
  esac
}
what_of() {
  case $1 in
    read) echo "read a 5,000-word response / Jackson wire parse (goal ≤ 1.3×)" ;;
    document) echo "read a 100-item Document OCR receipt with derived words / wire parse (shown)" ;;
    layout) echo "reading order of a 5,000-word page / its parse (goal ≤ 1×)" ;;
    scale) echo "reading order, 50,000 / 5,000 words, distinct pages (goal ≤ 12×)" ;;
    table) echo "span-aware grid of a 1,000-cell table / its parse (goal < 1×)" ;;
    pipeline) echo "pipeline / the same stages by hand, receipt (goal ≤ 1.05×)" ;;
  esac
}

{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ), jar: $jar, commit: $(git -C "$here" rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "forks ${FORKS:-5}, pairs ${PAIRS:-20}, warm-up ${WARMUP:-8}, turns ${TURN_MS:-500} ms, clock ${CLOCK:-wall}"
  echo
  echo '| what | subject / baseline ± error (99.9 %, t over the pairs) | error / ratio | quote? | forks'"'"' mean ratios | load |'
  echo '|---|---|---|---|---|---|'
} > "$out/summary.md"
for name in "${selected[@]}"; do
  read -r subject baseline <<<"$(sides_of "$name")"
  echo "== $name: $subject / $baseline  (load $(cut -d' ' -f1-3 /proc/loadavg))"
  load0=$(cut -d' ' -f1 /proc/loadavg)
  java -cp "$jar" io.docstruct.bench.PairedRatio --forks "${FORKS:-5}" --pairs "${PAIRS:-20}" \
      --warmup "${WARMUP:-8}" --turn-ms "${TURN_MS:-500}" --clock "${CLOCK:-wall}" "$subject" "$baseline" \
      > "$out/$name.log" 2>&1 || { echo "   failed: see $out/$name.log" >&2; continue; }
  sed 's/^/   /' "$out/$name.log" | grep -E 'fork|subject /'
  load1=$(cut -d' ' -f1 /proc/loadavg)
  python3 - "$out/$name.log" "$(what_of "$name")" "$load0–$load1" >> "$out/summary.md" <<'PY'
import re, sys
log, what, load = open(sys.argv[1]).read(), sys.argv[2], sys.argv[3]
m = re.search(r'subject / baseline = ([0-9.]+) ± ([0-9.]+) \(.*; error ([0-9.]+) %', log)
forks = ', '.join(re.findall(r'fork \d+: mean ratio ([0-9.]+)', log))
r, e, pct = m.groups()
print(f'| {what} | {float(r):.3f} ± {float(e):.3f} | {pct} % | {"yes" if float(e) <= float(r) / 10 else "no"} | {forks} | {load} |')
PY
done
echo
cat "$out/summary.md"
