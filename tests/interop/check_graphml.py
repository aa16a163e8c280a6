"""check_graphml.py networkx|igraph FILE.graphml - loads kgraph's GraphML with NetworkX or igraph and
checks counts, labels, the exact amount, the in_cycle edges and the embedded evidence."""

import json
import sys

from expected import (AMOUNT_NVIDIA_OPENAI, AMOUNT_OPENAI_COREWEAVE, EDGE_COUNT, IN_CYCLE, NODE_COUNT,
                      NODES, NVIDIA_AR, check, import_or_skip)


def check_networkx(path):
    nx = import_or_skip("networkx")
    g = nx.read_graphml(path)
    check(g.is_directed() and not g.is_multigraph(), "expected a directed simple graph")
    check(g.number_of_nodes() == NODE_COUNT, f"nodes: {g.number_of_nodes()}")
    check(g.number_of_edges() == EDGE_COUNT, f"edges: {g.number_of_edges()}")
    check(set(g.nodes) == NODES, f"node ids: {sorted(g.nodes)}")
    check(g.graph.get("name") == "sample", f"graph name: {g.graph}")
    check(g.graph.get("documents") == 2, f"graph documents: {g.graph}")

    nvidia = g.nodes["nvidia"]
    check("id" not in nvidia, "a node attribute called id")
    check(nvidia["label"] == "Nvidia", f"label: {nvidia}")
    check(nvidia["label_ar"] == NVIDIA_AR, f"label_ar: {nvidia['label_ar']!r}")
    check(nvidia["type"] == "ORG", f"type: {nvidia}")
    check(all(isinstance(nvidia[c], int) for c in "rgb"), f"colour: {nvidia}")
    check(g.nodes["aws"]["part_of"] == "amazon", f"aws: {g.nodes['aws']}")

    e = g.edges["nvidia", "openai"]
    check(e["amount_usd"] == AMOUNT_NVIDIA_OPENAI and int(e["amount_usd"]) == AMOUNT_NVIDIA_OPENAI,
          f"amount: {e['amount_usd']!r}")
    check(g.edges["openai", "coreweave"]["amount_usd"] == AMOUNT_OPENAI_COREWEAVE, "22.4B amount")
    check(e["label"] == "invests_in" and e["relation"] == "invests_in", f"edge label: {e}")
    check(e["amount_qualifier"] == "up_to" and e["status"] == "planned", f"qualifier/status: {e}")

    cycle = {(u, v) for u, v, d in g.edges(data=True) if d["in_cycle"]}
    check(cycle == IN_CYCLE, f"in_cycle edges: {sorted(cycle)}")
    check(all(isinstance(d["in_cycle"], bool) for _, _, d in g.edges(data=True)), "in_cycle type")
    check(all(d["weight"] > 0 for _, _, d in g.edges(data=True)), "weights")

    ceo = g.edges["jensen_huang", "nvidia"]
    check('"' in ceo["sentence"] and "&" in ceo["sentence"], f"sentence: {ceo['sentence']!r}")
    evidence = json.loads(ceo["evidence"])
    check(len(evidence) == ceo["evidence_count"] == 1, f"evidence: {evidence}")
    check(evidence[0]["sentence"] == ceo["sentence"], "evidence sentence")


def check_igraph(path):
    igraph = import_or_skip("igraph")
    g = igraph.Graph.Read_GraphML(path)
    check(g.is_directed(), "expected a directed graph")
    check(g.vcount() == NODE_COUNT, f"nodes: {g.vcount()}")
    check(g.ecount() == EDGE_COUNT, f"edges: {g.ecount()}")
    ids = g.vs["id"]  # igraph keeps the node's XML id here
    check(set(ids) == NODES, f"node ids: {sorted(ids)}")
    nvidia = g.vs.find(id="nvidia")
    check(nvidia["label"] == "Nvidia" and nvidia["label_ar"] == NVIDIA_AR, f"labels: {nvidia.attributes()}")

    def edge(u, v):
        return g.es[g.get_eid(g.vs.find(id=u).index, g.vs.find(id=v).index)]

    e = edge("nvidia", "openai")
    check(e["amount_usd"] == AMOUNT_NVIDIA_OPENAI, f"amount: {e['amount_usd']!r}")
    cycle = {(ids[x.source], ids[x.target]) for x in g.es if x["in_cycle"]}
    check(cycle == IN_CYCLE, f"in_cycle edges: {sorted(cycle)}")
    check(all(w > 0 for w in g.es["weight"]), "weights")


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("networkx", "igraph"):
        print(__doc__)
        return 2
    {"networkx": check_networkx, "igraph": check_igraph}[sys.argv[1]](sys.argv[2])
    print(f"OK: {sys.argv[1]} reads {sys.argv[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
