"""Code a corpus with dyad on Spark: PySpark's mapInArrow calls the wheel on Arrow batches.

    python spark_code.py --input corpus.jsonl (or a Parquet file/folder) --output OUT \
        [--master local[2]] [--partitions N] [--batch 1000] [--threads 1]

Input: documents with columns/fields `id`, `date` (YYYY-MM-DD or an ISO timestamp; may be
missing) and `text`, as JSONL (one `{"id","date","text"}` per line, like `dyad code --input`)
or Parquet. Output:

* `OUT/events/`: Parquet, one row per event, partitioned by the document's date
  (`doc_date=2023-01-05/`; documents without a date go to `doc_date=__HIVE_DEFAULT_PARTITION__`).
  Columns: `dyad.event_schema()` (the record flattened, plus `record_json`, the full record as
  `dyad code` writes it).
* `OUT/errors/`: Parquet, one row per document that could not be coded (`doc_id`, `error`).

Each Spark task codes its Arrow batches with `dyad.Coder(threads=--threads)`; with `local[N]`
keep `--threads 1` so that N tasks use N cores. The pipeline is compiled once per Python
worker (workers are reused). Prints a JSON summary (documents, events, errors, seconds).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

import pyarrow as pa

ERROR_COL = "error"


def spark_schema(schema: pa.Schema):
    from pyspark.sql import types as T

    def conv(t: pa.DataType):
        if pa.types.is_string(t) or pa.types.is_large_string(t):
            return T.StringType()
        if pa.types.is_int64(t):
            return T.LongType()
        if pa.types.is_int32(t):
            return T.IntegerType()
        if pa.types.is_float32(t):
            return T.FloatType()
        if pa.types.is_float64(t):
            return T.DoubleType()
        if pa.types.is_boolean(t):
            return T.BooleanType()
        raise TypeError(f"no Spark type for {t}")

    return T.StructType([T.StructField(f.name, conv(f.type), True) for f in schema])


def output_schema() -> pa.Schema:
    import dyad

    return dyad.event_schema().append(pa.field(ERROR_COL, pa.string()))


_CODER = None


def code_partition(batches, threads: int, dictionaries):
    """mapInArrow's function: Arrow batches of documents in, Arrow batches of events out.
    Documents that cannot be coded come out as rows with `error` set (and only `doc_id`)."""
    import dyad

    global _CODER
    if _CODER is None:
        _CODER = dyad.Coder(dictionaries=dictionaries, threads=threads)
    schema = output_schema()
    for batch in batches:
        out = _CODER.code_batch(batch)
        ev = out.events
        ev = ev.append_column(ERROR_COL, pa.nulls(ev.num_rows, pa.string()))
        for b in ev.cast(schema).to_batches():
            yield b
        if out.errors.num_rows:
            n = out.errors.num_rows
            cols = {
                f.name: pa.nulls(n, f.type)
                for f in schema
                if f.name not in ("doc_id", ERROR_COL)
            }
            cols["doc_id"] = out.errors.column("doc_id")
            cols[ERROR_COL] = out.errors.column("error")
            err = pa.table(cols).select(schema.names).cast(schema)
            for b in err.to_batches():
                yield b


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--input", required=True, help="JSONL file(s) or Parquet file/folder")
    ap.add_argument("--output", required=True, help="folder for events/ and errors/")
    ap.add_argument("--master", default="local[2]")
    ap.add_argument("--partitions", type=int, default=0, help="default: 2 x the cores")
    ap.add_argument("--batch", type=int, default=1000, help="documents per Arrow batch")
    ap.add_argument("--threads", type=int, default=1, help="rayon threads per Spark task")
    ap.add_argument("--dictionaries", action="append", help="as dyad code --dictionaries")
    ap.add_argument("--driver-memory", default="2g")
    a = ap.parse_args()

    # Spark's Python workers must import the same wheel: use this interpreter.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)

    from pyspark import StorageLevel
    from pyspark.sql import SparkSession
    from pyspark.sql import functions as F
    from pyspark.sql import types as T

    t0 = time.perf_counter()
    spark = (
        SparkSession.builder.master(a.master)
        .appName("dyad-code")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.memory", a.driver_memory)
        .config("spark.sql.shuffle.partitions", "8")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", str(a.batch))
        .config("spark.sql.sources.partitionOverwriteMode", "static")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("WARN")
    t_start = time.perf_counter()

    src = a.input
    if src.endswith(".jsonl") or src.endswith(".json") or src.endswith(".jsonl.gz"):
        in_schema = T.StructType(
            [
                T.StructField("id", T.StringType()),
                T.StructField("date", T.StringType()),
                T.StructField("text", T.StringType()),
            ]
        )
        docs = spark.read.schema(in_schema).json(src)
    else:
        docs = spark.read.parquet(src)
        for c in ("id", "date"):
            if c in docs.columns:
                docs = docs.withColumn(c, F.col(c).cast("string"))
        if "date" not in docs.columns:
            docs = docs.withColumn("date", F.lit(None).cast("string"))
        docs = docs.select("id", "date", "text")
    parts = a.partitions or 2 * spark.sparkContext.defaultParallelism
    docs = docs.repartition(parts)

    threads, dicts = a.threads, a.dictionaries
    coded = docs.mapInArrow(
        lambda it: code_partition(it, threads, dicts), spark_schema(output_schema())
    ).persist(StorageLevel.MEMORY_AND_DISK)

    phases = {}

    def lap(name: str, t: list = [time.perf_counter()]) -> None:
        now = time.perf_counter()
        phases[name] = round(now - t[0], 1)
        t[0] = now

    n_rows = coded.count()  # codes every document, once (persisted)
    lap("code")
    events = coded.filter(F.col(ERROR_COL).isNull()).drop(ERROR_COL)
    events.repartition("doc_date").write.mode("overwrite").partitionBy("doc_date").parquet(os.path.join(a.output, "events"))
    lap("write_events")
    errors = coded.filter(F.col(ERROR_COL).isNotNull()).select("doc_id", ERROR_COL)
    errors.coalesce(1).write.mode("overwrite").parquet(os.path.join(a.output, "errors"))
    n_errors = errors.count()
    n_events = n_rows - n_errors
    lap("write_errors")
    n_docs = docs.count()
    lap("count_documents")
    t_end = time.perf_counter()
    coded.unpersist()
    spark.stop()
    print(
        json.dumps(
            {
                "documents": n_docs,
                "events": n_events,
                "errors": n_errors,
                "master": a.master,
                "partitions": parts,
                "seconds_total": round(t_end - t0, 1),
                "seconds_after_session_start": round(t_end - t_start, 1),
                "phases": phases,
            }
        )
    )


if __name__ == "__main__":
    main()
