#!/usr/bin/env bash
# The Spark check: make a corpus of N documents (default 10,000) from samples/articles, code it
# with PySpark's mapInArrow on local[2] (scripts/spark_code.py) and with `dyad code`, and check
# that the two event sets are equal (event_id, codes, spans: the whole record, byte for byte)
# and that the same documents were rejected. Needs Java 17 and PyPI (pyspark, pandas<3).
# Usage: bash bindings/python/scripts/spark_check.sh [N]     (work files: bindings/python/out/spark)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
repo="$(cd "$here/../.." && pwd)"
n="${1:-10000}"
out="$here/out/spark"
cd "$here"

# The venv and the wheel, as ci.sh makes them; then Spark.
if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c 'import dyad' 2>/dev/null; then
  bash "$here/ci.sh" -q
fi
.venv/bin/python -c 'import pyspark' 2>/dev/null ||
  .venv/bin/python -m pip install -q --disable-pip-version-check 'pyspark==4.3.*' 'pandas<3'
export PYSPARK_PYTHON="$here/.venv/bin/python" PYSPARK_DRIVER_PYTHON="$here/.venv/bin/python"
dyad="${DYAD_BIN:-${CARGO_TARGET_DIR:-$repo/target}/release/dyad}"
[ -x "$dyad" ] || (cd "$repo" && cargo build --release -q -p dyad-cli)

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
