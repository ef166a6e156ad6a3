"""Tests of dyad's Python wheel: the records equal the CLI's, batches never fail on one document,
and the GIL is released while Rust codes."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import threading
import time
from pathlib import Path

import pyarrow as pa
import pytest

import dyad

HERE = Path(__file__).resolve().parent
PY_ROOT = HERE.parent  # bindings/python
REPO = PY_ROOT.parent.parent  # the repository root
SHARED = Path(os.environ.get("DYAD_SHARED", PY_ROOT / ".." / ".." / ".." / "shared")).resolve()
SEED = SHARED / "gold" / "seed-article.jsonl"
ARTICLES = REPO / "samples" / "articles"


def dyad_bin() -> Path | None:
    env = os.environ.get("DYAD_BIN")
    if env:
        return Path(env) if Path(env).exists() else None
    target = Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target"))
    for p in (target / "release" / "dyad", target / "debug" / "dyad"):
        if p.exists():
            return p
    return None


@pytest.fixture(scope="session")
def coder() -> dyad.Coder:
    return dyad.Coder()


def cli_lines(path: Path, *extra: str) -> list[str]:
    exe = dyad_bin()
    if exe is None:
        pytest.skip("dyad CLI not built: cargo build -p dyad-cli (or set DYAD_BIN)")
    out = subprocess.run(
        [str(exe), "code", "--input", str(path), *extra],
        check=False,
        capture_output=True,
        text=True,
    )
    assert out.returncode in (0, 1), out.stderr
    return [l for l in out.stdout.splitlines() if l.strip()]


def seed_docs() -> list[dict]:
    if not SEED.exists():
        pytest.skip(f"{SEED} not found (set DYAD_SHARED)")
    return [json.loads(l) for l in SEED.read_text().splitlines() if l.strip()]


def test_seed_article_equals_cli(coder: dyad.Coder) -> None:
    docs = seed_docs()
    cli = cli_lines(SEED)
    ours: list[str] = []
    for d in docs:
        ours += coder.code_json(d["text"], date=d.get("date"), id=d["id"])
    assert len(ours) > 0
    # Byte for byte the same JSON, in the same order...
    assert ours == cli
    # ... and the same dicts through code().
    dicts = [e for d in docs for e in coder.code(d["text"], date=d.get("date"), id=d["id"])]
    assert dicts == [json.loads(l) for l in cli]


def test_seed_article_batch_equals_cli(coder: dyad.Coder) -> None:
    docs = seed_docs()
    cli = cli_lines(SEED)
    table = pa.table(
        {
            "id": [d["id"] for d in docs],
            "date": [d.get("date") for d in docs],
            "text": [d["text"] for d in docs],
        }
    )
    out = coder.code_batch(table)
    assert out.errors.num_rows == 0
    assert out.events.column("record_json").to_pylist() == cli
    # The flattened columns agree with the record.
    for row in out.events.to_pylist():
        rec = json.loads(row["record_json"])
        assert row["event_id"] == rec["event_id"]
        assert row["doc_id"] == rec["doc_id"]
        assert row["cameo_code"] == rec["cameo"]["code"]
        assert row["quad_class"] == rec["cameo"]["quad_class"]
        assert row["source_code"] == rec["source"]["code"]
        assert [row["source_start"], row["source_end"]] == rec["source"]["span"]
        assert [row["trigger_start"], row["trigger_end"]] == rec["trigger"]["span"]
        if rec["target"]:
            assert [row["target_start"], row["target_end"]] == rec["target"]["span"]
        else:
            assert row["target_code"] is None
        assert row["negated"] == rec["negated"]


def test_code_record_shape(coder: dyad.Coder) -> None:
    text = "Turkish Foreign Minister Mevlut Cavusoglu met Afghan President Ashraf Ghani."
    events = coder.code(text, date=dt.date(2021, 4, 2), id=7)
    assert events, "expected an event"
    e = events[0]
    assert e["doc_id"] == "7"
    assert e["doc_date"] == "2021-04-02"
    assert e["source"]["code"] == "TURGOV"
    assert e["cameo"]["root"] == "04"
    assert set(e) >= {"event_id", "sentence", "cameo", "trigger", "why", "negated"}
    assert coder.code(text)[0]["doc_id"] == "doc"
    with pytest.raises(ValueError):
        coder.code(text, date="2021-13-45")


def test_code_batch_bad_rows_do_not_fail_the_batch(coder: dyad.Coder) -> None:
    good = "Turkish Foreign Minister Mevlut Cavusoglu met Afghan President Ashraf Ghani."
    batch = pa.RecordBatch.from_pydict(
        {
            "id": ["a", "bad-date", None, "no-text", "ts", "empty"],
            "date": ["2021-04-02", "2021-02-30", "2021-04-02", "2021-04-02", "2021-04-02T10:00:00Z", ""],
            "text": [good, good, good, None, good, ""],
        }
    )
    out = coder.code_batch(batch)
    assert isinstance(out, dyad.Coded)
    assert out.events.schema.equals(dyad.event_schema())
    assert out.errors.schema.equals(dyad.error_schema())
    errs = out.errors.to_pylist()
    assert [(e["row"], e["doc_id"]) for e in errs] == [(1, "bad-date"), (2, None), (3, "no-text")]
    assert "date" in errs[0]["error"]
    assert "id" in errs[1]["error"] and "text" in errs[2]["error"]
    ev = out.events.to_pylist()
    assert {e["doc_id"] for e in ev} == {"a", "ts"}
    assert all(e["doc_date"] == "2021-04-02" for e in ev)
    # The same as one document at a time.
    assert [e["record_json"] for e in ev if e["doc_id"] == "a"] == coder.code_json(good, "2021-04-02", "a")


def test_code_batch_types(coder: dyad.Coder) -> None:
    good = "Turkish Foreign Minister Mevlut Cavusoglu met Afghan President Ashraf Ghani."
    table = pa.table(
        {
            "id": pa.array([1, 2], pa.int64()),
            "date": pa.array([dt.date(2021, 4, 2), None], pa.date32()),
            "text": pa.array([good, good], pa.large_string()),
        }
    )
    out = coder.code_batch(table)
    assert out.errors.num_rows == 0
    ev = out.events.to_pylist()
    assert {e["doc_id"] for e in ev} == {"1", "2"}
    assert {e["doc_date"] for e in ev} == {"2021-04-02", None}
    empty = coder.code_batch(pa.table({"id": pa.array([], pa.string()), "text": pa.array([], pa.string())}))
    assert empty.events.num_rows == 0 and empty.errors.num_rows == 0
    with pytest.raises(ValueError):
        coder.code_batch(pa.table({"id": ["x"]}))


def test_threads_option() -> None:
    c = dyad.Coder(threads=1)
    assert c.threads == 1


def test_gil_released_during_code_batch(coder: dyad.Coder) -> None:
    texts = [p.read_text() for p in sorted(ARTICLES.glob("*.txt"))]
    if not texts:
        pytest.skip("no sample articles")
    n = 400
    table = pa.table(
        {
            "id": [f"g{i}" for i in range(n)],
            "date": ["2024-01-01"] * n,
            "text": [texts[i % len(texts)] for i in range(n)],
        }
    )
    done = threading.Event()
    took: list[float] = []

    def work() -> None:
        t = time.perf_counter()
        coder.code_batch(table)
        took.append(time.perf_counter() - t)
        done.set()

    th = threading.Thread(target=work)
    th.start()
    time.sleep(0.02)  # let the worker enter Rust
    ticks = 0
    while not done.is_set():
        ticks += 1
        time.sleep(0)  # a pure-Python loop: it only runs when the GIL is free
    th.join()
    # If the GIL were held for the whole batch, the loop would barely run.
    assert took[0] > 0.05
    assert ticks > 100, (ticks, took)
