#!/usr/bin/env python3
"""networkx_queries.py - the questions of examples/queries answered with NetworkX instead of `kgraph query`.

Usage: python3 examples/queries/networkx_queries.py GRAPH [QUESTION ...]

GRAPH is a file kgraph wrote: node-link JSON (`-o g.json`) or GraphML (`-o g.graphml`). It shows that the
exports are first-class in the Python ecosystem: the same answers come out of a plain NetworkX
MultiDiGraph, with the attributes kgraph wrote (label, type, aliases, relation, amount_usd, status, weight
as the evidence count...). Each answer is printed as TSV under a "# NN_name" line, in the row order of the
.out files, so a test (tests/interop) can compare it with `kgraph query --format tsv`.

Questions: 01 who invests in OpenAI, 02 deals of $10B or more, 05 top investors, 08 CEOs, 09 companies that
invest in a partner and buy from it, 11 the most connected companies. (The others use kgraph-specific
name folding or paths and are left to kgraph query.)
"""
import json
import sys

import networkx as nx

MONEY_BUYS = {"buys_chips_from", "buys_services_from", "customer_of"}


def load(path):
    """A MultiDiGraph with kgraph's attributes, whatever the format (list attributes restored)."""
    if path.endswith(".graphml"):
        g = nx.read_graphml(path, force_multigraph=True)
        # GraphML has no lists: kgraph joins them with " | ".
        for _, d in g.nodes(data=True):
            d["aliases"] = d["aliases"].split(" | ") if d.get("aliases") else []
        for _, _, d in g.edges(data=True):
            d["evidence_count"] = int(d.get("evidence_count", 0))
        return g
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    try:
        g = nx.node_link_graph(data, directed=True, multigraph=True, edges="links")
    except TypeError:  # NetworkX before 3.4 reads "links" without being told
        g = nx.node_link_graph(data, directed=True, multigraph=True)
    for _, _, d in g.edges(data=True):
        d["evidence_count"] = len(d.get("evidence") or [])
    return g


def named(g, name):
    """The node whose id, label or alias is `name` (case-insensitive), as kgraph's {name: ...} does."""
    key = name.casefold()
    for n, d in g.nodes(data=True):
        names = [n, d.get("label", ""), d.get("label_en", ""), d.get("label_ar", "")] + list(d.get("aliases", []))
        if any(str(x).casefold() == key for x in names if x):
            return n
    raise SystemExit(f"networkx_queries: no node is named {name!r}")


def num(x):
    """Numbers as kgraph prints them: integers without a fraction."""
    if x is None or x == "":
        return ""
    x = float(x)
    return str(int(x)) if x == int(x) else repr(x)


def edges(g, relations=None):
    for a, b, d in g.edges(data=True):
        if relations is None or d.get("relation") in relations:
            yield a, b, d


def q01(g):
    openai = named(g, "OpenAI")
    rows = [(a, g.nodes[a].get("label", ""), d.get("amount_usd"), d.get("status", ""), d["evidence_count"])
            for a, b, d in edges(g, {"invests_in"}) if b == openai]
    rows.sort(key=lambda r: (-(r[2] or -1), r[0]))
    yield ("investor", "name", "amount_usd", "status", "sources")
    for a, label, amount, status, n in rows:
        yield (a, label, num(amount), status or "", str(n))


def q02(g):
    rows = [(a, d["relation"], b, d["amount_usd"], d.get("status", ""))
            for a, b, d in edges(g, {"invests_in"} | MONEY_BUYS) if (d.get("amount_usd") or 0) >= 1e10]
    rows.sort(key=lambda r: (-r[3], r[0], r[2]))
    yield ("from", "relation", "to", "billions_usd", "status")
    for a, rel, b, amount, status in rows:
        yield (a, rel, b, num(amount / 1e9), status or "")


def q05(g):
    by = {}
    for a, b, d in edges(g, {"invests_in"}):
        deals, total, investees = by.get(a, (0, 0.0, []))
        by[a] = (deals + 1, total + (d.get("amount_usd") or 0), investees + [b])
    rows = sorted(by.items(), key=lambda kv: (-kv[1][1], kv[0]))[:5]
    yield ("investor", "deals", "total_usd", "investees")
    for a, (deals, total, investees) in rows:
        yield (a, str(deals), num(total), ", ".join(sorted(investees)))


def q08(g):
    rows = [(b, g.nodes[a].get("label", ""), g.nodes[a].get("label_ar", ""))
            for a, b, d in edges(g, {"ceo_of"})
            if g.nodes[a].get("type") == "PERSON" and g.nodes[b].get("type") == "ORG"]
    yield ("company", "ceo", "ceo_ar")
    yield from sorted(rows)


def q09(g):
    buys = {(a, b) for a, b, _ in edges(g, MONEY_BUYS)}
    rows = [(a, b, num(d.get("amount_usd")), d.get("status", "") or "")
            for a, b, d in edges(g, {"invests_in"})
            if (a, b) in buys and g.nodes[a].get("type") == "ORG" and g.nodes[b].get("type") == "ORG"]
    yield ("company", "partner", "invested_usd", "status")
    yield from sorted(rows)


def q11(g):
    rows = []
    for n, d in g.nodes(data=True):
        if d.get("type") != "ORG":
            continue
        rels = [x["relation"] for _, _, x in g.out_edges(n, data=True)] + \
               [x["relation"] for _, _, x in g.in_edges(n, data=True)]
        if rels:
            rows.append((n, len(rels), len(set(rels))))
    rows.sort(key=lambda r: (-r[1], r[0]))
    yield ("company", "relations", "kinds")
    for n, count, kinds in rows[:8]:
        yield (n, str(count), str(kinds))


QUESTIONS = {"01_who_invests_in_openai": q01, "02_deals_over_10b": q02, "05_top_investors": q05,
             "08_ceos": q08, "09_invest_and_buy": q09, "11_most_connected": q11}


def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    g = load(sys.argv[1])
    wanted = sys.argv[2:] or list(QUESTIONS)
    for name in wanted:
        full = next((q for q in QUESTIONS if q.startswith(name)), None)
        if not full:
            raise SystemExit(f"networkx_queries: no question {name!r} (have: {', '.join(QUESTIONS)})")
        print("# " + full)
        for row in QUESTIONS[full](g):
            print("\t".join(row))


if __name__ == "__main__":
    main()
