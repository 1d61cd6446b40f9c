#!/usr/bin/env bash
# Runs every benchmark the README's Performance table quotes, each with the forks, warm-up and measurement
# its row in benchmarks/README.md names (at least 3 forks), and prints that table from the results: the
# ratio of each subject to its baseline in the same run, with its error, the goal, and whether the figure
# may be quoted (error at most a tenth of the figure; otherwise measure again with more forks).
#
#   benchmarks/run-all.sh            # everything: about 25 minutes on 2 cores
#   benchmarks/run-all.sh read layout excel pdf   # some of: read document layout table verify rules
#                                    #   startup batch excel pdf client pipeline
#
# Run it on a quiet machine (nothing else building or measuring): JMH times the wall clock. Results go to
# benchmarks/target/run-all-DATE/ (JMH's JSON and log per benchmark, summary.md); FORKS=5 raises the forks
# of every benchmark that runs 3; JAR=other/benchmarks.jar measures another build (a before/after pair is
# two runs of this script, one per jar, back to back). Build the jar first:
# ./mvnw -B -q -pl benchmarks -am package -DskipTests
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jar=${JAR:-$here/target/benchmarks.jar}
[[ -f $jar ]] || { echo "no $jar: ./mvnw -B -q -pl benchmarks -am package -DskipTests" >&2; exit 1; }
forks=${FORKS:-3}
out=${OUT:-$here/target/run-all-$(date +%Y%m%d-%H%M%S)}
mkdir -p "$out"
all=(read document layout table verify rules startup batch excel pdf client pipeline)
selected=("$@")
[[ ${#selected[@]} -gt 0 ]] || selected=("${all[@]}")

# name, then JMH arguments: the benchmark's regular expression, forks, warm-up and measurement.
command_of() {
  case $1 in
    read) echo "ReadResponseBenchmark -f $forks -wi 5 -i 5 -w 1 -r 1" ;;
    document) echo "ReadDocumentBenchmark -f $forks -wi 5 -i 5 -w 1 -r 1" ;;
    layout) echo "LayoutBenchmark -f $forks -wi 8 -i 8 -w 1 -r 1 -p layout=grid -p pages=distinct" ;;
    table) echo "TableBenchmark -f $forks -wi 5 -i 5 -w 1 -r 1" ;;
    verify) echo "VerifyBenchmark -f $forks -wi 3 -i 5 -w 1 -r 1" ;;
    rules) echo "\\.RulesBenchmark\\. -f $forks" ;;            # 3 x 2 s warm-up, 5 x 2 s, set on the class
    startup) echo "RulesStartupBenchmark -f $((forks > 8 ? forks : 8))" ;; # one shot per fresh JVM
    batch) echo "\\.BatchBenchmark\\. -f $forks" ;;           # 3 warm-up and 8 measured shots per fork
    excel) echo "ExcelBenchmark -f $forks" ;;                  # 256 MB heap, 2 x 3 s warm-up, 4 x 3 s
    pdf) echo "SearchablePdfBenchmark -f $forks -wi 5 -i 5 -w 1 -r 1" ;;
    client) echo "ClientThroughputBenchmark -f $forks" ;;      # single shots: 2 warm-up, 5 measured
    pipeline) echo "PipelineBenchmark -f $forks -wi 5 -i 5 -w 1 -r 1" ;;
    *) echo "unknown benchmark '$1' (one of: ${all[*]})" >&2; exit 2 ;;
  esac
}

start=$(date +%s)
{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ), jar: $jar, worktree commit: $(git -C "$here" rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
} > "$out/machine.txt"
for name in "${selected[@]}"; do
  read -r -a args <<<"$(command_of "$name")"
  echo "== $name: java -jar benchmarks/target/benchmarks.jar ${args[*]}  (load $(cut -d' ' -f1-3 /proc/loadavg))"
  echo "$name load-before $(cut -d' ' -f1 /proc/loadavg)" >> "$out/load.txt"
  java -jar "$jar" "${args[@]}" -rf json -rff "$out/$name.json" > "$out/$name.log" 2>&1 \
    || { echo "   failed: see $out/$name.log" >&2; continue; }
  echo "$name load-after $(cut -d' ' -f1 /proc/loadavg)" >> "$out/load.txt"
  grep -E '^(Benchmark|[A-Z][A-Za-z]+Benchmark\.)' "$out/$name.log" | sed 's/^/   /'
done
echo "== $(( ($(date +%s) - start) / 60 )) minutes" | tee -a "$out/machine.txt"
python3 "$here/run_all_table.py" "$out" | tee "$out/summary.md"
