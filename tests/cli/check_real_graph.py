"""check_real_graph.py COMMAND ... - other tools read the graph kgraph builds from its embedded examples.

    check_real_graph.py count networkx-graphml|igraph-graphml|networkx-json FILE   prints "NODES EDGES"
    check_real_graph.py networkx-graphml G.graphml G.json   NetworkX reads the GraphML; it matches the JSON
    check_real_graph.py igraph-graphml G.graphml G.json     igraph reads the GraphML; it matches the JSON
    check_real_graph.py networkx-json G.json                networkx.node_link_graph reads the JSON as is

G.json read with the standard library is the reference: every node id, every (source, target, relation)
link, every whole-dollar amount and every in_cycle mark must come through the other reader unchanged.
Helpers (check, import_or_skip, NVIDIA_AR) come from tests/interop/expected.py; a missing module skips (77).
"""

import inspect
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "interop"))
from expected import NVIDIA_AR, check, import_or_skip  # noqa: E402


def load_reference(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    g = json.loads(text)
    nodes = {n["id"]: n for n in g["nodes"]}
    links = {(e["source"], e["target"], e["relation"]): e for e in g["links"]}
    check(len(links) == len(g["links"]), "the JSON repeats a (source, target, relation) link")
    return text, g, nodes, links


def node_link_graph(nx, data):
    # NetworkX 2.x/3.0-3.5 read "links" by default; >= 3.6 defaults to "edges" and is told the key.
    default_key = inspect.signature(nx.node_link_graph).parameters.get("edges")
    if default_key is not None and default_key.default != "links":
        return nx.node_link_graph(data, edges="links")
    return nx.node_link_graph(data)


def count(fmt, path):
    if fmt == "networkx-graphml":
        g = import_or_skip("networkx").read_graphml(path)
        return g.number_of_nodes(), g.number_of_edges()
    if fmt == "igraph-graphml":
        g = import_or_skip("igraph").Graph.Read_GraphML(path)
        return g.vcount(), g.ecount()
    if fmt == "networkx-json":
        nx = import_or_skip("networkx")
        with open(path, encoding="utf-8") as f:
            g = node_link_graph(nx, json.load(f))
        return g.number_of_nodes(), g.number_of_edges()
    raise SystemExit(f"unknown format {fmt}")


def check_networkx_graphml(graphml, ref):
    nx = import_or_skip("networkx")
    _, data, nodes, links = load_reference(ref)
    g = nx.read_graphml(graphml)
    check(g.is_directed(), "expected a directed graph")
    check(set(g.nodes) == set(nodes), f"node ids differ: {sorted(set(g.nodes) ^ set(nodes))}")
    check(g.number_of_edges() == len(links), f"edges: {g.number_of_edges()} in GraphML, {len(links)} in JSON")
    check(g.graph.get("name") == data["graph"]["name"], f"graph name: {g.graph}")
    for nid, n in nodes.items():
        check(g.nodes[nid].get("label_ar") == n["label_ar"], f"label_ar of {nid}: {g.nodes[nid].get('label_ar')!r}")
        check(g.nodes[nid].get("type") == n["type"], f"type of {nid}")
    check(g.nodes["nvidia"]["label_ar"] == NVIDIA_AR, "nvidia's Arabic label")
    edges = g.edges(keys=True, data=True) if g.is_multigraph() else ((u, v, None, d) for u, v, d in g.edges(data=True))
    got = {}
    for u, v, _, d in edges:
        got[(u, v, d["relation"])] = d
    check(set(got) == set(links), f"links differ: {sorted(set(got) ^ set(links))}")
    for key, e in links.items():
        d = got[key]
        check(d["in_cycle"] is e["in_cycle"], f"in_cycle of {key}: {d['in_cycle']!r}")
        if isinstance(e["amount_usd"], int):
            check(d["amount_usd"] == e["amount_usd"], f"amount of {key}: {d['amount_usd']!r} != {e['amount_usd']}")
        check(json.loads(d["evidence"]) and d["evidence_count"] == len(e["evidence"]), f"evidence of {key}")


def check_igraph_graphml(graphml, ref):
    igraph = import_or_skip("igraph")
    _, _, nodes, links = load_reference(ref)
    g = igraph.Graph.Read_GraphML(graphml)
    check(g.is_directed(), "expected a directed graph")
    ids = g.vs["id"]  # igraph keeps the node's XML id here
    check(set(ids) == set(nodes), f"node ids differ: {sorted(set(ids) ^ set(nodes))}")
    check(g.ecount() == len(links), f"edges: {g.ecount()} in GraphML, {len(links)} in JSON")
    check(g.vs.find(id="nvidia")["label_ar"] == NVIDIA_AR, "nvidia's Arabic label")
    got = {(ids[e.source], ids[e.target], e["relation"]): e for e in g.es}
    check(set(got) == set(links), f"links differ: {sorted(set(got) ^ set(links))}")
    for key, e in links.items():
        check(bool(got[key]["in_cycle"]) == e["in_cycle"], f"in_cycle of {key}")
        if isinstance(e["amount_usd"], int):
            check(got[key]["amount_usd"] == e["amount_usd"], f"amount of {key}: {got[key]['amount_usd']!r}")


def check_networkx_json(ref):
    nx = import_or_skip("networkx")
    text, data, nodes, links = load_reference(ref)
    check(NVIDIA_AR in text, "Arabic is escaped or missing in the JSON text")
    g = node_link_graph(nx, data)
    check(g.is_directed(), "expected a directed graph")
    check(set(g.nodes) == set(nodes), f"node ids differ: {sorted(set(g.nodes) ^ set(nodes))}")
    check(g.nodes["nvidia"]["label_ar"] == NVIDIA_AR, "nvidia's Arabic label")
    amounts = [e["amount_usd"] for e in data["links"] if e["amount_usd"] is not None]
    check(amounts, "no amount in the whole graph")
    check(all(isinstance(a, int) for a in amounts if a == int(a)), "a whole amount written as a float")
    for u, v, d in g.edges(data=True):
        check(isinstance(d["in_cycle"], bool), f"in_cycle of {u}->{v}")


def main(argv):
    if len(argv) == 4 and argv[1] == "count":
        print(*count(argv[2], argv[3]))
        return 0
    if len(argv) == 4 and argv[1] == "networkx-graphml":
        check_networkx_graphml(argv[2], argv[3])
    elif len(argv) == 4 and argv[1] == "igraph-graphml":
        check_igraph_graphml(argv[2], argv[3])
    elif len(argv) == 3 and argv[1] == "networkx-json":
        check_networkx_json(argv[2])
    else:
        print(__doc__)
        return 2
    print(f"OK: {argv[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
