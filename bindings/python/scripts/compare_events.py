"""Check that a Spark or Ray output folder (events/ and errors/ in Parquet, from spark_code.py
or ray_code.py) holds exactly the events `dyad code` wrote for the same input.

    python compare_events.py OUT CLI_EVENTS.jsonl CLI_STDERR.log

Events are compared whole: the `record_json` column against the CLI's lines, byte for byte
(so event_id, codes, spans and every other field), as sets with no duplicates. The flattened
columns are checked against the record, and the number of rejected documents must match the
CLI's `skipped` lines.
"""

import json
import sys
from pathlib import Path

import pyarrow.dataset as ds


def main() -> None:
    out, cli_events, cli_log = map(Path, sys.argv[1:4])
    cli = [l for l in cli_events.read_text(encoding="utf-8").splitlines() if l.strip()]
    tbl = ds.dataset(out / "events", format="parquet", partitioning="hive").to_table()
    got = tbl.column("record_json").to_pylist()
    assert len(got) == len(set(got)), "duplicate events in the output"
    assert len(cli) == len(set(cli)), "duplicate events from dyad code"
    only_cli, only_got = set(cli) - set(got), set(got) - set(cli)
    for l in list(only_cli)[:3]:
        print("only in dyad code:", l[:300])
    for l in list(only_got)[:3]:
        print("only in the output:", l[:300])
    assert not only_cli and not only_got, f"{len(only_cli)} events only in dyad code, {len(only_got)} only in the output"
    for row in tbl.slice(0, 5000).to_pylist():
        r = json.loads(row["record_json"])
        # The partition column is the document's date (Hive writes a missing one as a default name).
        assert r["doc_date"] is None or str(row["doc_date"]) == r["doc_date"], (row["doc_date"], r["doc_date"])
        assert (row["event_id"], row["cameo_code"], row["source_code"], row["target_code"]) == (
            r["event_id"], r["cameo"]["code"], r["source"]["code"], (r["target"] or {}).get("code"))
        assert [row["trigger_start"], row["trigger_end"]] == r["trigger"]["span"]
        assert [row["source_start"], row["source_end"]] == r["source"]["span"]
    errs = ds.dataset(out / "errors", format="parquet").to_table().to_pylist()
    cli_err = [l for l in cli_log.read_text(encoding="utf-8").splitlines() if "skipped" in l]
    bad = sorted(e["doc_id"] or "?" for e in errs)
    print(f"events equal: {len(cli)} events in {len(set(json.loads(l)['doc_id'] for l in cli))} documents; "
          f"rejected documents: output {len(errs)} {bad}, dyad code {len(cli_err)}")
    assert len(errs) == len(cli_err), (errs, cli_err)


if __name__ == "__main__":
    main()
