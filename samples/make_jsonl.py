#!/usr/bin/env python3
"""Build samples/sample.jsonl from samples/articles/*.txt.

Each article file is named YYYY-MM-DD-slug.txt and holds a headline line, a blank line, then
paragraphs separated by blank lines. Each output line is one document:
{"id": <file stem>, "date": <YYYY-MM-DD from the name>, "text": <full file text>,
 "title": <headline>, "publisher": "dyad samples"}.

Usage: python3 samples/make_jsonl.py   (from anywhere; paths are relative to this script)
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles"
OUT = HERE / "sample.jsonl"
NAME = re.compile(r"^(\d{4}-\d{2}-\d{2})-[a-z0-9-]+$")


def main() -> int:
    paths = sorted(ARTICLES.glob("*.txt"))
    if not paths:
        print(f"no articles in {ARTICLES}", file=sys.stderr)
        return 1
    lines = []
    for path in paths:
        m = NAME.match(path.stem)
        if not m:
            print(f"bad file name (want YYYY-MM-DD-slug.txt): {path.name}", file=sys.stderr)
            return 1
        text = path.read_text(encoding="utf-8").replace("\r\n", "\n").strip() + "\n"
        title = text.split("\n", 1)[0].strip()
        doc = {
            "id": path.stem,
            "date": m.group(1),
            "text": text,
            "title": title,
            "publisher": "dyad samples",
        }
        lines.append(json.dumps(doc, ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} documents to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
