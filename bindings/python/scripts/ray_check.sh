#!/usr/bin/env bash
# The Ray check: a corpus of N documents (default 500) from samples/articles, coded with Ray
# Data map_batches (scripts/ray_code.py, 2 CPUs) and with `dyad code`; the event sets must be
# equal (whole records) and the same documents rejected. Needs PyPI (ray[data]).
# Usage: bash bindings/python/scripts/ray_check.sh [N]     (work files: bindings/python/out/ray)
set -euo pipefail
n="${1:-500}"
source "$(dirname "$0")/check_env.sh"
out="$here/out/ray"
need ray.data 'ray[data]' 'pandas<3'

rm -rf "$out" && mkdir -p "$out"
.venv/bin/python scripts/make_corpus.py --n "$n" --bad 2 --out "$out/corpus.jsonl"

echo "== Ray Data (2 CPUs)"
t0=$(date +%s.%N)
RAY_ENABLE_UV_RUN_RUNTIME_ENV=0 .venv/bin/python scripts/ray_code.py --input "$out/corpus.jsonl" \
  --output "$out/ray" --cpus 2 | tail -1 | tee "$out/ray-summary.json"
t1=$(date +%s.%N)

set +e
"$dyad" code --threads 2 --input "$out/corpus.jsonl" -o "$out/cli-events.jsonl" 2>"$out/cli-errors.log"
rc=$?
set -e
[ "$rc" -le 1 ] || { cat "$out/cli-errors.log"; exit 1; }

.venv/bin/python scripts/compare_events.py "$out/ray" "$out/cli-events.jsonl" "$out/cli-errors.log"
printf 'ray_check: OK  %s documents; Ray %.1f s (with cluster start)\n' "$n" "$(echo "$t1 - $t0" | bc)"
