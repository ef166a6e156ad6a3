"""Make a test corpus from dyad's sample articles (samples/articles): N documents in JSONL
(and optionally Parquet), each a sample article with its own id, a date, and its paragraphs in a
shuffled order after the headline. Deterministic (seeded). A few deliberately bad documents
(bad date, missing text) test the error path.

    python make_corpus.py --n 10000 --out corpus.jsonl [--parquet corpus.parquet] [--bad 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]


def documents(n: int, bad: int, seed: int = 7):
    articles = sorted((REPO / "samples" / "articles").glob("*.txt"))
    if not articles:
        raise SystemExit(f"no articles in {REPO / 'samples' / 'articles'}")
    texts = [a.read_text(encoding="utf-8") for a in articles]
    rng = random.Random(seed)
    start = dt.date(2023, 1, 1)
    bad_rows = set(rng.sample(range(n), bad)) if bad else set()
    for i in range(n):
        base = texts[i % len(texts)]
        paras = [p for p in base.split("\n\n") if p.strip()]
        head, body = paras[0], paras[1:]
        rng.shuffle(body)
        text = "\n\n".join([head, *body]) + "\n"
        date = (start + dt.timedelta(days=rng.randrange(60))).isoformat()
        doc = {"id": f"gen-{i:06d}", "date": date, "text": text}
        if i in bad_rows:
            if i % 2:
                doc["date"] = "2023-02-30"  # no such day
            else:
                del doc["text"]
        yield doc


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10000)
    ap.add_argument("--bad", type=int, default=3)
    ap.add_argument("--out", required=True, help="JSONL file to write")
    ap.add_argument("--parquet", help="also write the corpus as Parquet here")
    a = ap.parse_args()
    docs = list(documents(a.n, a.bad))
    with open(a.out, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    if a.parquet:
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(
            pa.table(
                {
                    "id": [d["id"] for d in docs],
                    "date": [d.get("date") for d in docs],
                    "text": [d.get("text") for d in docs],
                }
            ),
            a.parquet,
        )
    print(f"wrote {len(docs)} documents ({a.bad} bad) to {a.out}")


if __name__ == "__main__":
    main()
