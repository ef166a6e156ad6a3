#!/usr/bin/env bash
# The Spark check: make a corpus of N documents (default 10,000) from samples/articles, code it
# with PySpark's mapInArrow on local[2] (scripts/spark_code.py) and with `dyad code`, and check
# that the two event sets are equal (event_id, codes, spans: the whole record, byte for byte)
# and that the same documents were rejected. Needs Java 17 and PyPI (pyspark, pandas<3).
# Usage: bash bindings/python/scripts/spark_check.sh [N]     (work files: bindings/python/out/spark)
set -euo pipefail
n="${1:-10000}"
source "$(dirname "$0")/check_env.sh"
out="$here/out/spark"
need pyspark 'pyspark==4.3.*' 'pandas<3'
export PYSPARK_PYTHON="$here/.venv/bin/python" PYSPARK_DRIVER_PYTHON="$here/.venv/bin/python"

rm -rf "$out" && mkdir -p "$out"
.venv/bin/python scripts/make_corpus.py --n "$n" --out "$out/corpus.jsonl"

echo "== Spark (local[2])"
t0=$(date +%s.%N)
.venv/bin/python scripts/spark_code.py --input "$out/corpus.jsonl" --output "$out/spark" \
  --master 'local[2]' | tee "$out/spark-summary.json"
t1=$(date +%s.%N)

echo "== dyad code (2 threads)"
set +e
"$dyad" code --threads 2 --input "$out/corpus.jsonl" -o "$out/cli-events.jsonl" 2>"$out/cli-errors.log"
rc=$?
set -e
t2=$(date +%s.%N)
[ "$rc" -le 1 ] || { cat "$out/cli-errors.log"; exit 1; }

.venv/bin/python scripts/compare_events.py "$out/spark" "$out/cli-events.jsonl" "$out/cli-errors.log"
summary=$(cat "$out/spark-summary.json")
printf 'spark_check: OK  %s documents; Spark %.1f s (with JVM start), dyad code --threads 2 %.1f s\n' \
  "$n" "$(echo "$t1 - $t0" | bc)" "$(echo "$t2 - $t1" | bc)"
echo "$summary"
