#!/usr/bin/env python3
"""Check the devset: gold files parse, every doc has its article and every article its doc,
relation ends are entities of the doc, names and statuses are in the vocabulary, every mention
occurs verbatim in the article, evidence fragments (split on ' ... ') occur in the article,
and no two gold relations of a doc compete for the same predicted edge.
Usage: python3 tests/data/devset/validate.py   (standard library only; exit 1 on a problem)"""
import json, os, re, sys, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
VOCAB = {"invests_in", "buys_chips_from", "buys_services_from", "customer_of", "competes_with",
         "partners_with", "ceo_of", "works_for", "develops", "part_of"}
SYMMETRIC = {"competes_with", "partners_with"}
STATUS = {"announced", "planned", "in_talks", "completed", "stalled", "denied", "hypothetical"}
TYPES = {"ORG", "PERSON", "PRODUCT", "MEDIA", "PLACE"}

def fold(s):  # same folding idea as shared/eval/kg_score.py
    s = unicodedata.normalize("NFKC", s)
    s = re.sub("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]", "", s)
    s = re.sub("[أإآٱ]", "ا", s).replace("ى", "ي").replace("ة", "ه")
    s = re.sub(r"[\"'“”‘’«»()\[\]{}<>.,:;!?؟،؛\-_/\\|*+=~`]+", " ", s.lower())
    return " ".join(s.split())

def check_part(part, errors, stats):
    d = os.path.join(HERE, part)
    gold = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
    ids = [doc["id"] for doc in gold["docs"]]
    txts = sorted(f[:-4] for f in os.listdir(d) if f.endswith(".txt"))
    if sorted(ids) != txts or len(set(ids)) != len(ids):
        errors.append(f"{part}: doc ids and .txt files differ: {sorted(set(ids) ^ set(txts))}")
    for doc in gold["docs"]:
        did = doc["id"]
        path = os.path.join(d, did + ".txt")
        if not os.path.exists(path):
            continue
        text = open(path, encoding="utf-8").read()
        ents = {}
        keys = {}
        for e in doc["entities"]:
            if e["id"] in ents:
                errors.append(f"{did}: entity {e['id']} twice")
            ents[e["id"]] = e
            if e["type"] not in TYPES:
                errors.append(f"{did}: entity {e['id']} has type {e['type']}")
            if not e["mentions"]:
                errors.append(f"{did}: entity {e['id']} has no mention")
            for m in e["mentions"]:
                if m not in text:
                    errors.append(f"{did}: mention {m!r} of {e['id']} not in the text")
                k = fold(m)
                if k in keys and keys[k] != e["id"]:
                    errors.append(f"{did}: mention {m!r} folds like a mention of {keys[k]}")
                keys[k] = e["id"]
            if e.get("part_of") and e["part_of"] not in ents and e["part_of"] not in [x["id"] for x in doc["entities"]]:
                errors.append(f"{did}: {e['id']} part_of {e['part_of']} which is not an entity of the doc")
            stats["entities"] += 1
            stats["entities_optional"] += bool(e.get("optional"))
        for r in doc["relations"]:
            tag = f"{did}: {r['src']} -{r['rel']}-> {r['dst']}"
            for end in (r["src"], r["dst"]):
                if end not in ents:
                    errors.append(f"{tag}: {end} is not an entity of the doc")
            for name in [r["rel"], *r.get("alt", [])]:
                if name not in VOCAB:
                    errors.append(f"{tag}: relation name {name} not in the vocabulary")
            if "status" in r and r["status"] not in STATUS:
                errors.append(f"{tag}: status {r['status']}")
            if "amount_usd" in r and not (isinstance(r["amount_usd"], (int, float)) and r["amount_usd"] > 0):
                errors.append(f"{tag}: amount_usd {r['amount_usd']!r}")
            if not r.get("evidence"):
                errors.append(f"{tag}: no evidence")
            for frag in r.get("evidence", "").split(" ... "):
                if frag.strip() and frag.strip() not in text:
                    errors.append(f"{tag}: evidence fragment not in the text: {frag!r}")
            stats["relations"] += 1
            stats["relations_optional"] += bool(r.get("optional"))
            stats["amounts"] += "amount_usd" in r and not r.get("optional")
            stats["statuses"] += "status" in r and not r.get("optional")
            stats["rel:" + r["rel"]] += 1
            if "status" in r:
                stats["status:" + r["status"]] += 1
        # two gold relations that one predicted edge could both match: the scorer takes the first,
        # so the second could never be found
        rels = doc["relations"]
        for i, a in enumerate(rels):
            for b in rels[i + 1:]:
                shared = ({a["rel"], *a.get("alt", [])} & {b["rel"], *b.get("alt", [])})
                same = (a["src"], a["dst"]) == (b["src"], b["dst"])
                flip = (a["src"], a["dst"]) == (b["dst"], b["src"])
                if any(same or (flip and n in SYMMETRIC) for n in shared) and not b.get("optional"):
                    errors.append(f"{did}: {b['src']} -{b['rel']}-> {b['dst']} is shadowed by an earlier gold relation")
        stats["docs"] += 1

def main():
    errors = []
    for part in ("dev", "test"):
        stats = Counter()
        check_part(part, errors, stats)
        rels = ", ".join(f"{k[4:]} {v}" for k, v in sorted(stats.items()) if k.startswith("rel:"))
        sts = ", ".join(f"{k[7:]} {v}" for k, v in sorted(stats.items()) if k.startswith("status:"))
        print(f"{part}: {stats['docs']} docs, {stats['entities']} entities ({stats['entities_optional']} optional), "
              f"{stats['relations']} relations ({stats['relations_optional']} optional; "
              f"{stats['amounts']} required with amount, {stats['statuses']} required with status)")
        print(f"  relations: {rels}")
        print(f"  statuses: {sts}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
