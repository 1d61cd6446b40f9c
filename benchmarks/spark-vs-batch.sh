#!/usr/bin/env bash
# Throughput of the Spark job against docstruct batch on the same responses, in one run (issue #22).
#
#   benchmarks/spark-vs-batch.sh [DOCUMENTS] [TURNS] [WORK_DIR]
#
# Needs samples/target/docstruct.jar and spark/target/docstruct-spark-local.jar
# (./mvnw -B -pl samples,spark/local -am package -DskipTests). Makes DOCUMENTS responses (default 10000) from
# the valid responses of core's test corpus with benchmarks/distinct-responses.py (round-robin copies, each
# copy of a receipt a different purchase: dated a day later, its own approval number; plain copies would make
# every copy of a receipt a duplicate of every other, and the run would measure the duplicate checks' square
# growth instead of the pipeline), then, TURNS times (default 2), in turn:
#   batch   docstruct batch --jobs 1          (one worker thread: one core's throughput)
#   spark1  the job in local[1]               (one task slot)
#   spark2  the job in local[2]               (two task slots)
# each in its own JVM with a 1 GB heap, and prints wall and CPU (user+sys) seconds per run. Per-core
# throughput is documents per CPU second; local[2] against local[1] is a wall-time ratio, and needs a quiet
# machine: the load average is printed with each run.
#
#   RUNS="batch spark1 spark1wb" benchmarks/spark-vs-batch.sh …   # choose the runs (default: batch spark1 spark2)
#
# spark1wb is the job in local[1] with --workbooks none: one workbook of every document, as batch writes one.
# LOCAL_JAR=… and CLI_JAR=… run other builds of the two jars (copies kept for a before-and-after comparison).
# PIN=1 pins each run with taskset: batch, spark1 and spark1wb to core 0, spark2 to cores 0 and 1. Unpinned,
# a "one slot" JVM still keeps about 1.8 cores busy (JIT, GC, Spark's driver threads), so local[2] against
# local[1] compares two JVMs that both use the whole machine; pinned, it compares one core with two, and the
# per-core throughput is the wall-time ratio of batch and spark1 on the same core.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
TURNS=${2:-2}
WORK=${3:-$(mktemp -d)}
CLI=${CLI_JAR:-samples/target/docstruct.jar}
LOCAL=${LOCAL_JAR:-spark/target/docstruct-spark-local.jar}
RUNS=${RUNS:-batch spark1 spark2}
one=(); two=()
if [ "${PIN:-0}" = 1 ]; then one=(taskset -c 0); two=(taskset -c 0,1); fi
mkdir -p "$WORK/in"
if [ "$(ls "$WORK/in" | wc -l)" -ne "$N" ] || [ ! -f "$WORK/in.distinct" ]; then
  rm -rf "$WORK/in" "$WORK/in.distinct"
  python3 benchmarks/distinct-responses.py core/src/test/resources/fixtures/corpus/valid "$N" "$WORK/in"
  touch "$WORK/in.distinct"
fi
run() {
  local name=$1; shift
  local load; load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -f "%e %U %S" -o "$WORK/time" "$@" > "$WORK/$name.log" 2>&1 || { tail -20 "$WORK/$name.log"; exit 1; }
  read -r wall user sys < "$WORK/time"
  printf '%-7s %6d docs  wall %7.1f s  cpu %7.1f s  docs/cpu-s %7.1f  load %s\n' \
    "$name" "$N" "$wall" "$(echo "$user + $sys" | bc)" "$(echo "$N / ($user + $sys)" | bc -l)" "$load"
}
for ((t = 1; t <= TURNS; t++)); do
  rm -rf "$WORK/out-"*
  mkdir -p "$WORK/out-batch"
  for r in $RUNS; do
    case $r in
      batch) run batch "${one[@]}" java -Xmx1g -jar "$CLI" batch "$WORK/in" --xlsx "$WORK/out-batch/expenses.xlsx" --jobs 1 ;;
      spark1) run spark1 "${one[@]}" java -Xmx1g -Dspark.master='local[1]' -jar "$LOCAL" --input "$WORK/in" --output "$WORK/out-spark1" --partitions 8 ;;
      spark2) run spark2 "${two[@]}" java -Xmx1g -Dspark.master='local[2]' -jar "$LOCAL" --input "$WORK/in" --output "$WORK/out-spark2" --partitions 8 ;;
      spark1wb) run spark1wb "${one[@]}" java -Xmx1g -Dspark.master='local[1]' -jar "$LOCAL" --input "$WORK/in" --output "$WORK/out-spark1wb" --partitions 8 --workbooks none ;;
      *) echo "unknown run: $r" >&2; exit 2 ;;
    esac
  done
done
