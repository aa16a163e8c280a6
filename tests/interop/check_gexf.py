"""check_gexf.py KGRAPH_BIN GRAPH.json WORKDIR - kgraph's GEXF of GRAPH.json, read by NetworkX's
read_gexf, holds the same graph: every relation as its own edge (parallel relations between one pair
kept apart), the same nodes and labels, typed attributes (amount_usd a float equal to the dollar,
counts ints, in_cycle a bool), weights above 0, colours and sizes, and edge start dates.

`kgraph convert` writes GRAPH.json as GEXF and as JSON; kgraph's own JSON (not GRAPH.json as given) is
the expectation, so symmetric relations are compared the way kgraph stores them.

Two things a NetworkX user should know, and which this script does too:
- NetworkX (2.8 in Debian 12, and 3.x) knows the GEXF 1.1draft and 1.2draft namespaces only; it reads
  GEXF 1.3, whose elements it parses the same way, once the 1.3 namespaces are registered (below).
- symmetric relations (competes_with, partners_with) are type="mutual" edges, which read_gexf adds in
  both directions under one key; so NetworkX has one edge id per kgraph relation, and two edges for
  each symmetric one.

The file is also checked for well-formedness with xmllint when it is installed. There is no GEXF 1.3
XSD here (the project ships none and tests download nothing), so it is not validated against one.
"""

import json
import os
import shutil
import subprocess
import sys
from collections import defaultdict

from expected import check, import_or_skip

SYMMETRIC = {"competes_with", "partners_with"}
GEXF_13 = {
    "NS_GEXF": "http://gexf.net/1.3",
    "NS_VIZ": "http://gexf.net/1.3/viz",
    "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
    "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
    "VERSION": "1.3",
}


def kgraph(binary, *args):
    run = subprocess.run([binary, *args], capture_output=True, text=True)
    check(run.returncode == 0, f"kgraph {' '.join(args)} exited {run.returncode}: {run.stderr}")


def full_date(s):
    """The date a GEXF edge starts at for a first_seen or article date (gexf_writer.cpp), or None."""
    if not isinstance(s, str) or len(s) < 10 or (len(s) > 10 and s[10] not in "T "):
        return None
    d = s[:10]
    ok = all((c == "-") if i in (4, 7) else c.isdigit() for i, c in enumerate(d))
    return d if ok and 1 <= int(d[5:7]) <= 12 and 1 <= int(d[8:10]) <= 31 else None


def expected_start(link):
    start = full_date(link.get("first_seen"))
    if start:
        return start
    dates = [d for d in (full_date(ev.get("date")) for ev in link.get("evidence") or []) if d]
    return min(dates) if dates else None


def main():
    binary, graph_json, work = sys.argv[1:4]
    nx = import_or_skip("networkx")
    gexf_module = sys.modules["networkx.readwrite.gexf"]
    gexf_module.GEXF.versions.setdefault("1.3", GEXF_13)

    os.makedirs(work, exist_ok=True)
    gexf = os.path.join(work, "graph.gexf")
    normalised = os.path.join(work, "graph.json")
    kgraph(binary, "convert", "-q", graph_json, gexf)
    kgraph(binary, "convert", "-q", graph_json, normalised)
    with open(normalised, encoding="utf-8") as f:
        data = json.load(f)

    if shutil.which("xmllint"):
        run = subprocess.run(["xmllint", "--noout", "--nonet", gexf], capture_output=True, text=True)
        check(run.returncode == 0, f"xmllint: {run.stderr}")

    g = nx.read_gexf(gexf, version="1.3")
    links = data["links"]
    symmetric = sum(1 for link in links if link["relation"] in SYMMETRIC)
    check(g.is_directed(), "expected a directed graph")
    check(g.number_of_nodes() == len(data["nodes"]), f"nodes: {g.number_of_nodes()} != {len(data['nodes'])}")
    check(g.number_of_edges() == len(links) + symmetric,
          f"edges: {g.number_of_edges()} != {len(links)} relations + {symmetric} symmetric")

    # Nodes: ids, labels, typed attributes, colour and size.
    for node in data["nodes"]:
        n = g.nodes[node["id"]]
        check(n["label"] == node.get("label", node["id"]), f"label of {node['id']}: {n['label']!r}")
        check(n["type"] == node["type"], f"type of {node['id']}: {n}")
        check(n.get("label_ar", "") == (node.get("label_ar") or ""), f"label_ar of {node['id']}: {n}")
        check(isinstance(n["mentions"], int) and n["mentions"] == (node.get("mentions") or 0), f"mentions: {n}")
        check(isinstance(n["documents"], int) and n["documents"] == len(node.get("documents") or []),
              f"documents: {n}")
        check(isinstance(n["confidence"], float), f"confidence: {n}")
        check(n.get("part_of", "") == (node.get("part_of") or ""), f"part_of: {n}")
        colour = n["viz"]["color"]
        check(all(isinstance(colour[c], int) for c in "rgb"), f"colour: {n['viz']}")
        check(isinstance(n["viz"]["size"], float) and n["viz"]["size"] >= 10, f"size: {n['viz']}")
        check(("money_usd" in n) == (n["viz"]["size"] > 10), f"size without money: {n}")

    # Edges: group NetworkX's edges by GEXF edge id; each kgraph relation is one id.
    by_id = defaultdict(list)
    edges = g.edges(keys=True, data=True) if g.is_multigraph() else ((u, v, None, d) for u, v, d in g.edges(data=True))
    for u, v, _, d in edges:
        by_id[d["id"]].append((u, v, d))
    check(len(by_id) == len(links), f"edge ids: {len(by_id)} != {len(links)} relations")
    found = {}
    for copies in by_id.values():
        u, v, d = copies[0]
        mutual = d["label"] in SYMMETRIC
        check(len(copies) == (2 if mutual else 1), f"copies of {d['id']}: {len(copies)}")
        if mutual:
            check({(a, b) for a, b, _ in copies} == {(u, v), (v, u)}, f"mutual {d['id']}: {copies}")
            found[(min(u, v), d["label"], max(u, v))] = d
        else:
            found[(u, d["label"], v)] = d
    dynamic = False
    for link in links:
        s, r, t = link["source"], link["relation"], link["target"]
        key = (min(s, t), r, max(s, t)) if r in SYMMETRIC else (s, r, t)
        check(key in found, f"relation {key} missing")
        d = found[key]
        evidence = link.get("evidence") or []
        if link.get("amount_usd") is not None:
            check(isinstance(d["amount_usd"], float) and d["amount_usd"] == link["amount_usd"],
                  f"amount of {key}: {d.get('amount_usd')!r} != {link['amount_usd']!r}")
        else:
            check("amount_usd" not in d, f"amount on {key}: {d}")
        check(isinstance(d["weight"], float) and d["weight"] == max(len(evidence), 1), f"weight of {key}: {d}")
        check(isinstance(d["evidence_count"], int) and d["evidence_count"] == len(evidence),
              f"evidence_count of {key}: {d}")
        check(isinstance(d["in_cycle"], bool) and d["in_cycle"] == bool(link.get("in_cycle")),
              f"in_cycle of {key}: {d}")
        check(isinstance(d["confidence"], float) and d["confidence"] == (1.0 if link.get("confidence") is None else link["confidence"]),
              f"confidence of {key}: {d}")
        check(d.get("status", "") == (link.get("status") or ""), f"status of {key}: {d}")
        if evidence:
            check(d["sentence"] == evidence[0]["sentence"], f"sentence of {key}: {d['sentence']!r}")
        start = expected_start(link)
        check(d.get("start") == start, f"start of {key}: {d.get('start')!r} != {start!r}")
        dynamic = dynamic or start is not None
    check(g.graph["mode"] == ("dynamic" if dynamic else "static"), f"mode: {g.graph}")
    print(f"ok: {g.number_of_nodes()} nodes, {len(by_id)} relations ({symmetric} mutual), "
          f"{'dynamic' if dynamic else 'static'}")


if __name__ == "__main__":
    main()
