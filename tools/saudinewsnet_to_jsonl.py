#!/usr/bin/env python3
"""Convert the SaudiNewsNet corpus (../shared/corpora/saudinewsnet/*.zip, one JSON array per day) into
kgraph's JSON Lines input: {"id", "title", "text", "date", "url", "source"} per line.

Usage: tools/saudinewsnet_to_jsonl.py [CORPUS_DIR] > corpus.jsonl
The corpus stays where it is (CC BY-NC-SA, research use): this writes a derived file for benchmarks only.
"""
import json
import os
import sys
import zipfile

corpus = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "shared",
                                                            "corpora", "saudinewsnet")
n = 0
for name in sorted(os.listdir(corpus)):
    if not name.endswith(".zip"):
        continue
    with zipfile.ZipFile(os.path.join(corpus, name)) as z:
        for member in z.namelist():
            for i, a in enumerate(json.loads(z.read(member).decode("utf-8"))):
                text = (a.get("content") or "").strip()
                if not text:
                    continue  # kgraph rejects empty articles; the corpus has a few
                rec = {"id": f"{name[:-4]}-{a.get('source', 'x')}-{i}", "title": a.get("title") or "",
                       "text": text, "date": (a.get("date_extracted") or "")[:10], "url": a.get("url") or "",
                       "source": a.get("source") or ""}
                print(json.dumps(rec, ensure_ascii=False))
                n += 1
print(f"{n} articles", file=sys.stderr)
