"""Code a corpus with dyad on Ray Data: `map_batches` calls the wheel on Arrow batches.

    python ray_code.py --input corpus.jsonl (or Parquet) --output OUT [--cpus 2] [--batch 256]

Input: documents with `id`, `date`, `text` (JSONL or Parquet). Output: `OUT/events/` (Parquet,
columns `dyad.event_schema()`, `record_json` the full record as `dyad code` writes it) and
`OUT/errors/` (Parquet: `doc_id`, `error`). A callable class holds one compiled
`dyad.Coder` per Ray actor; each actor codes with one rayon thread per CPU it was given.
Prints a JSON summary.
"""

from __future__ import annotations

import argparse
import json
import os
import time

import pyarrow as pa

class CodeBatch:
    """Ray Data callable class: a pipeline compiled once per actor."""

    def __init__(self, threads: int = 1, dictionaries=None) -> None:
        import dyad

        self.coder = dyad.Coder(dictionaries=dictionaries, threads=threads)
        self.schema = dyad.event_schema()

    def __call__(self, batch: pa.Table) -> pa.Table:
        # One output table per batch: the events, then one row per bad document with `error`
        # set (and only `doc_id`); main() splits them into events/ and errors/.
        out = self.coder.code_batch(batch)
        ev = out.events
        ev = ev.append_column("error", pa.nulls(ev.num_rows, pa.string()))
        n = out.errors.num_rows
        if n == 0:
            return ev
        cols = {f.name: pa.nulls(n, f.type) for f in self.schema}
        cols["doc_id"] = out.errors.column("doc_id")
        cols["error"] = out.errors.column("error")
        return pa.concat_tables([ev, pa.table(cols, schema=ev.schema)])


def _events(t: pa.Table) -> pa.Table:
    import pyarrow.compute as pc

    return t.filter(pc.is_null(t.column("error"))).drop_columns(["error"])


def _errors(t: pa.Table) -> pa.Table:
    import pyarrow.compute as pc

    return t.filter(pc.is_valid(t.column("error"))).select(["doc_id", "error"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--input", required=True)
    ap.add_argument("--output", required=True)
    ap.add_argument("--cpus", type=int, default=2, help="CPUs for Ray (one actor per CPU)")
    ap.add_argument("--batch", type=int, default=256, help="documents per batch")
    ap.add_argument("--dictionaries", action="append")
    a = ap.parse_args()

    import ray

    t0 = time.perf_counter()
    # One actor per CPU codes; one more logical CPU for Ray Data's light read/split/write tasks,
    # which would otherwise wait behind the actors.
    ray.init(
        num_cpus=a.cpus + 1,
        include_dashboard=False,
        log_to_driver=False,
    )
    if a.input.endswith(".jsonl") or a.input.endswith(".json"):
        # Read the documents with pyarrow on the driver (id and date kept as strings).
        import pyarrow.json as pj

        opts = pj.ParseOptions(
            explicit_schema=pa.schema([("id", pa.string()), ("date", pa.string()), ("text", pa.string())]),
            unexpected_field_behavior="ignore",
        )
        table = pj.read_json(a.input, parse_options=opts)
        step = max(1, -(-table.num_rows // (4 * a.cpus)))
        docs = ray.data.from_arrow([table.slice(i, step) for i in range(0, table.num_rows, step)])
    else:
        docs = ray.data.read_parquet(a.input)
    n_docs = docs.count()
    coded = docs.map_batches(
        CodeBatch,
        fn_constructor_kwargs={"threads": 1, "dictionaries": a.dictionaries},
        batch_format="pyarrow",
        batch_size=a.batch,
        concurrency=a.cpus,
        num_cpus=1,
    ).materialize()  # code once; both outputs read it
    t_coded = time.perf_counter()
    events = coded.map_batches(_events, batch_format="pyarrow")
    errors = coded.map_batches(_errors, batch_format="pyarrow")
    events.write_parquet(os.path.join(a.output, "events"), partition_cols=["doc_date"])
    errors.repartition(1).write_parquet(os.path.join(a.output, "errors"))
    n_events, n_errors = events.count(), errors.count()
    t1 = time.perf_counter()
    ray.shutdown()
    print(
        json.dumps(
            {
                "documents": n_docs,
                "events": n_events,
                "errors": n_errors,
                "cpus": a.cpus,
                "seconds_total": round(t1 - t0, 1),
                "seconds_coding": round(t_coded - t0, 1),
            }
        )
    )


if __name__ == "__main__":
    main()
