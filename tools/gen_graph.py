#!/usr/bin/env python3
"""gen_graph.py - a large synthetic kgraph graph for the query benchmark (tools/bench_query.sh).

Usage: python3 tools/gen_graph.py NODES EDGES OUT.json [--seed N] [--evidence]

Writes kgraph's node-link JSON (the format `kgraph build -o X.json` writes and `kgraph query` reads) with
NODES entities and EDGES relations. The shape imitates the real graphs rather than a uniform random graph:
degrees follow a power law (a few hubs such as "nvidia" hold many edges, most nodes a handful), relations and
entity types come in the proportions of the development set, amounts and statuses are set on money
relations, and every node has an English label and an Arabic alias, so name lookups and property filters
have realistic selectivity. A few ids from the real lexicon (nvidia, openai, amazon, anthropic, microsoft)
are hubs, so the benchmark's questions read like real ones. Deterministic for a given seed.

Without --evidence the edges carry no evidence list (kgraph reads graphs from other tools that way); with it
every edge gets one short evidence record, which roughly triples the file size.
"""
import argparse
import json
import random
import sys

# relation, share, source type, target type
SIGNATURE = {"invests_in": ("ORG", "ORG"), "partners_with": ("ORG", "ORG"), "buys_services_from": ("ORG", "ORG"),
             "buys_chips_from": ("ORG", "ORG"), "ceo_of": ("PERSON", "ORG"), "works_for": ("PERSON", "ORG"),
             "develops": ("ORG", "PRODUCT"), "competes_with": ("ORG", "ORG"), "part_of": ("ORG", "ORG"),
             "customer_of": ("ORG", "ORG")}
SYMMETRIC = {"partners_with", "competes_with"}
RELATIONS = [("invests_in", 0.25), ("partners_with", 0.14), ("buys_services_from", 0.12), ("buys_chips_from", 0.08),
             ("ceo_of", 0.10), ("works_for", 0.06), ("develops", 0.09), ("competes_with", 0.07), ("part_of", 0.05),
             ("customer_of", 0.04)]
TYPES = [("ORG", 0.62), ("PERSON", 0.2), ("PRODUCT", 0.12), ("MEDIA", 0.03), ("PLACE", 0.03)]
STATUSES = ["completed", "announced", "planned", "in_talks", "stalled", "denied", "hypothetical"]
MONEY = {"invests_in", "buys_services_from", "buys_chips_from", "customer_of"}
HUBS = [("nvidia", "Nvidia", "إنفيديا"), ("openai", "OpenAI", "أوبن إيه آي"), ("amazon", "Amazon", "أمازون"),
        ("anthropic", "Anthropic", "أنثروبيك"), ("microsoft", "Microsoft", "مايكروسوفت")]
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def weighted(choices, rng):
    x = rng.random()
    for value, w in choices:
        x -= w
        if x <= 0:
            return value
    return choices[-1][0]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("nodes", type=int)
    ap.add_argument("edges", type=int)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--evidence", action="store_true")
    a = ap.parse_args()
    if a.nodes < len(HUBS) + 2 or a.edges < 1:
        sys.exit("gen_graph: need at least %d nodes and one edge" % (len(HUBS) + 2))
    rng = random.Random(a.seed)
    ids, types = [], []
    with open(a.out, "w", encoding="utf-8") as f:
        f.write('{"directed": true, "multigraph": true, "graph": {"name": "synthetic %d/%d"},\n"nodes": [\n'
                % (a.nodes, a.edges))
        for i in range(a.nodes):
            if i < len(HUBS):
                nid, en, ar = HUBS[i]
                t = "ORG"
            else:
                nid = "n%07d" % i
                t = weighted(TYPES, rng)
                en = "Entity %d" % i
                ar = "كيان " + str(i).translate(ARABIC_DIGITS)
            ids.append(nid)
            types.append(t)
            node = {"id": nid, "label": en, "label_en": en, "label_ar": ar, "type": t, "aliases": [en, ar],
                    "mentions": 1 + (i % 7), "confidence": 1.0, "method": "synthetic"}
            f.write(json.dumps(node, ensure_ascii=False) + (",\n" if i + 1 < a.nodes else "\n"))
        f.write('],\n"links": [\n')
        by_type = {}
        for i, t in enumerate(types):
            by_type.setdefault(t, []).append(i)
        seen = set()
        written = 0
        while written < a.edges:
            rel = weighted(RELATIONS, rng)
            src_type, dst_type = SIGNATURE[rel]
            # Power-law ends: position = len * u^3 puts most edges on the first nodes of a type (the hubs).
            pool_s, pool_t = by_type.get(src_type), by_type.get(dst_type)
            if not pool_s or not pool_t:
                continue
            s = pool_s[min(len(pool_s) - 1, int(len(pool_s) * rng.random() ** 3))]
            t = pool_t[rng.randrange(len(pool_t))]
            if s == t:
                continue
            if rel in SYMMETRIC and ids[t] < ids[s]:
                s, t = t, s  # kgraph stores a symmetric relation once, smaller id first
            key = (s, rel, t)
            if key in seen:
                continue
            seen.add(key)
            link = {"source": ids[s], "target": ids[t], "key": rel, "relation": rel}
            if rel in MONEY:
                link["amount_usd"] = rng.choice([5e7, 1e8, 2.5e8, 1e9, 4e9, 1e10, 2.24e10, 1e11])
                link["status"] = rng.choice(STATUSES)
            link["confidence"] = round(0.5 + rng.random() / 2, 3)
            if a.evidence:
                link["evidence"] = [{"doc_id": "d%d" % (written % 100000), "sentence": "%s %s %s" % (ids[s], rel, ids[t])}]
            written += 1
            f.write(json.dumps(link, ensure_ascii=False) + (",\n" if written < a.edges else "\n"))
        f.write("]}\n")


if __name__ == "__main__":
    main()
