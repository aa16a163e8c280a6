"""check_readback.py networkx|igraph KGRAPH_BIN GRAPH.json WORKDIR - other tools write GraphML from
kgraph's graph, and kgraph reads it back into the same graph (GRAPH.json as kgraph writes it).

networkx: GRAPH.json (kgraph's node-link JSON) is loaded with networkx.node_link_graph and written with
networkx.write_graphml, the way a NetworkX user would: list attributes joined with " | " (kgraph's
GraphML convention), the evidence and the graph's document table as JSON strings, None left out (write_graphml takes none of these
as they are). `kgraph convert` reads that GraphML back to JSON, which must equal GRAPH.json byte for
byte: same nodes, edges, attributes and evidence.

igraph: igraph.Graph.Read_GraphML on kgraph's GraphML of GRAPH.json, then write_graphml: node ids
become n0, n1... with the originals in a vertex attribute "id", missing values become "" and NaN.
kgraph must read that back to the same JSON too. (Debian 12's igraph 0.10.2 refuses to write
non-ASCII text, so this case is given an ASCII graph.)
"""

import inspect
import json
import os
import subprocess
import sys

from expected import check, import_or_skip


def kgraph(binary, *args):
    run = subprocess.run([binary, *args], capture_output=True, text=True)
    check(run.returncode == 0, f"kgraph {' '.join(args)} exited {run.returncode}: {run.stderr}")


def flatten(attrs):
    """kgraph's GraphML conventions for values write_graphml cannot take."""
    for key, value in list(attrs.items()):
        if value is None:
            del attrs[key]
        elif key in ("evidence", "document_info"):
            attrs[key] = json.dumps(value, ensure_ascii=False)
        elif key == "amounts":
            del attrs[key]  # kgraph rebuilds it from the evidence
        elif isinstance(value, list):
            attrs[key] = " | ".join(value)


def networkx_case(binary, graph_json, work):
    nx = import_or_skip("networkx")
    with open(graph_json, encoding="utf-8") as f:
        data = json.load(f)
    default_key = inspect.signature(nx.node_link_graph).parameters.get("edges")
    if default_key is not None and default_key.default != "links":
        g = nx.node_link_graph(data, edges="links")
    else:
        g = nx.node_link_graph(data)
    flatten(g.graph)
    for _, attrs in g.nodes(data=True):
        flatten(attrs)
    for _, _, attrs in g.edges(data=True):
        flatten(attrs)
    written = os.path.join(work, "networkx.graphml")
    nx.write_graphml(g, written)
    back = os.path.join(work, "from_networkx.json")
    kgraph(binary, "convert", "-q", written, back)
    return back


def igraph_case(binary, graph_json, work):
    igraph = import_or_skip("igraph")
    ours = os.path.join(work, "kgraph.graphml")
    kgraph(binary, "convert", "-q", graph_json, ours)
    g = igraph.Graph.Read_GraphML(ours)
    check(g.vcount() > 0 and "id" in g.vs.attributes(), f"igraph read {g.vcount()} vertices")
    written = os.path.join(work, "igraph.graphml")
    g.write_graphml(written)
    with open(written, encoding="utf-8") as f:
        check('<node id="n0">' in f.read(), "igraph no longer renames nodes n0, n1...: the case tests less")
    back = os.path.join(work, "from_igraph.json")
    kgraph(binary, "convert", "-q", written, back)
    return back


def main():
    if len(sys.argv) != 5 or sys.argv[1] not in ("networkx", "igraph"):
        print(__doc__)
        return 2
    tool, binary, graph_json, work = sys.argv[1:]
    os.makedirs(work, exist_ok=True)
    # kgraph's own rendering of the input is what must come back (a hand-written input need not be in
    # kgraph's key order and layout).
    canonical = os.path.join(work, "input.json")
    kgraph(binary, "convert", "-q", graph_json, canonical)
    graph_json = canonical
    back = (networkx_case if tool == "networkx" else igraph_case)(binary, graph_json, work)
    with open(graph_json, encoding="utf-8") as f:
        want = f.read()
    with open(back, encoding="utf-8") as f:
        got = f.read()
    if got != want:
        import difflib
        diff = difflib.unified_diff(want.splitlines(), got.splitlines(), graph_json, back, lineterm="", n=1)
        print("\n".join(list(diff)[:40]))
    check(got == want, f"{tool}'s GraphML read back by kgraph differs from {graph_json}")
    print(f"OK: {tool} GraphML reads back into the same graph")
    return 0


if __name__ == "__main__":
    sys.exit(main())
