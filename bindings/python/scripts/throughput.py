"""Throughput per core: the wheel (Coder(threads=1).code_batch on Arrow) against
`dyad code --threads 1` on the same JSONL input. Prints documents/s of each and the ratio.

    python throughput.py --input corpus.jsonl [--dyad target/release/dyad] [--repeat 3] [--batch 256]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import time
from pathlib import Path

import pyarrow as pa

import dyad

REPO = Path(__file__).resolve().parents[3]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--input", required=True)
    ap.add_argument("--dyad", default=os.environ.get("DYAD_BIN", str(REPO / "target" / "release" / "dyad")))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--batch", type=int, default=256)
    a = ap.parse_args()

    docs = [json.loads(l) for l in open(a.input, encoding="utf-8") if l.strip()]
    n = len(docs)
    table = pa.table(
        {
            "id": [str(d.get("id")) for d in docs],
            "date": [d.get("date") for d in docs],
            "text": [d.get("text") for d in docs],
        }
    )
    batches = table.to_batches(max_chunksize=a.batch)

    # The CLI: best of N wall times, minus its start-up (dictionary compile) measured on an
    # empty input, so that both sides count coding only.
    empty = Path(a.input).with_suffix(".empty.jsonl")
    empty.write_text("")

    def run_cli(path: str) -> float:
        t = time.perf_counter()
        subprocess.run([a.dyad, "code", "--threads", "1", "--input", path, "-o", os.devnull],
                       check=False, stderr=subprocess.DEVNULL)
        return time.perf_counter() - t

    cli_start = min(run_cli(str(empty)) for _ in range(a.repeat))
    cli_total = min(run_cli(a.input) for _ in range(a.repeat))
    empty.unlink()

    t = time.perf_counter()
    coder = dyad.Coder(threads=1)
    wheel_start = time.perf_counter() - t
    best = float("inf")
    events = 0
    for _ in range(a.repeat):
        t = time.perf_counter()
        events = 0
        for b in batches:
            events += coder.code_batch(b).events.num_rows
        best = min(best, time.perf_counter() - t)

    cli_code = cli_total - cli_start
    res = {
        "documents": n,
        "events": events,
        "cli_seconds_total": round(cli_total, 2),
        "cli_seconds_startup": round(cli_start, 2),
        "cli_docs_per_s_per_core": round(n / cli_code, 1),
        "wheel_seconds": round(best, 2),
        "wheel_startup_seconds": round(wheel_start, 2),
        "wheel_docs_per_s_per_core": round(n / best, 1),
        "wheel_vs_cli": round((n / best) / (n / cli_code), 3),
    }
    print(json.dumps(res))


if __name__ == "__main__":
    main()
