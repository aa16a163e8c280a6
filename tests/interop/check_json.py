"""check_json.py FILE.json - loads kgraph's node-link JSON with networkx.node_link_graph, as is, and
checks counts, labels, the exact amount (an integer, not a float), the in_cycle edges and that Arabic
is written as UTF-8 rather than \\u escapes."""

import inspect
import json
import sys

from expected import (AMOUNT_NVIDIA_OPENAI, EDGE_COUNT, IN_CYCLE, NODE_COUNT, NODES, NVIDIA_AR, check,
                      import_or_skip)


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    nx = import_or_skip("networkx")
    path = sys.argv[1]
    with open(path, encoding="utf-8") as f:
        text = f.read()
    check(NVIDIA_AR in text, "Arabic is escaped or missing in the JSON text")
    check(f'"amount_usd": {AMOUNT_NVIDIA_OPENAI},' in text, "amount not written as an exact integer")

    # NetworkX 2.x/3.0-3.5 read "links" by default (Debian 12 has 2.8: the file must load as is there);
    # NetworkX >= 3.6 defaults to edges="edges" and is told the key.
    default_key = inspect.signature(nx.node_link_graph).parameters.get("edges")
    if default_key is not None and default_key.default != "links":
        g = nx.node_link_graph(json.loads(text), edges="links")
    else:
        g = nx.node_link_graph(json.loads(text))
    check(g.is_directed() and g.is_multigraph(), "expected a directed multigraph (several relations may join two entities)")
    check(g.number_of_nodes() == NODE_COUNT, f"nodes: {g.number_of_nodes()}")
    check(g.number_of_edges() == EDGE_COUNT, f"edges: {g.number_of_edges()}")
    check(set(g.nodes) == NODES, f"node ids: {sorted(g.nodes)}")
    check(g.graph["name"] == "sample", f"graph: {g.graph}")
    check(g.nodes["nvidia"]["label_ar"] == NVIDIA_AR, "label_ar")
    check(g.nodes["aws"]["part_of"] == "amazon" and g.nodes["nvidia"]["part_of"] is None, "part_of")

    e = g.edges["nvidia", "openai", "invests_in"]
    check(e["amount_usd"] == AMOUNT_NVIDIA_OPENAI and isinstance(e["amount_usd"], int), f"amount: {e['amount_usd']!r}")
    check(e["evidence"][0]["amount_usd"] == AMOUNT_NVIDIA_OPENAI, "evidence amount")
    cycle = {(u, v) for u, v, d in g.edges(data=True) if d["in_cycle"]}
    check(cycle == IN_CYCLE, f"in_cycle edges: {sorted(cycle)}")
    sentence = g.edges["jensen_huang", "nvidia", "ceo_of"]["evidence"][0]["sentence"]
    check('"' in sentence and "&" in sentence, f"sentence: {sentence!r}")
    print(f"OK: networkx.node_link_graph reads {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
