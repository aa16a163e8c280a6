#!/usr/bin/env bash
# interop_real.sh KGRAPH_BIN CASE - other tools read the REAL graph that kgraph builds from its embedded
# examples (not a hand-built sample): xmllint against the GraphML XSD, NetworkX and igraph on the GraphML,
# networkx.node_link_graph on the JSON, Graphviz on the DOT; and all of them count the same nodes and
# edges. Reuses tests/interop/check_xsd.sh and check_dot.sh. A missing tool or ../shared skips (77).
source "$(dirname "$0")/lib.sh"

INTEROP=$KGRAPH_SOURCE_DIR/tests/interop
CHECK=("$KGRAPH_PYTHON" -B "$CLI_DIR/check_real_graph.py")

kg build -o g.json -o g.graphml -o g.dot
expect_rc 0

# run_check CMD...: runs a checker, passing on its skip (77) and failure.
run_check() {
  local st=0
  "$@" || st=$?
  [[ $st == 0 || $st == 77 ]] || fail "$* exited $st"
  exit "$st"
}

case $CASE in
  graphml_xsd)
    [[ -f $KGRAPH_SHARED_DIR/graphml/graphml.xsd ]] || skip "../shared not found ($KGRAPH_SHARED_DIR)"
    run_check sh "$INTEROP/check_xsd.sh" "$KGRAPH_SHARED_DIR/graphml/graphml.xsd" g.graphml
    ;;
  graphml_networkx)
    run_check "${CHECK[@]}" networkx-graphml g.graphml g.json
    ;;
  graphml_igraph)
    run_check "${CHECK[@]}" igraph-graphml g.graphml g.json
    ;;
  json_networkx)
    run_check "${CHECK[@]}" networkx-json g.json
    ;;
  dot_render)
    mkdir render
    run_check sh "$INTEROP/check_dot.sh" g.dot render
    ;;
  counts_agree)
    # kgraph's own summary, the JSON as plain data, and every reader must agree on nodes and edges.
    summary=$(sed -nE 's/^kgraph: [0-9]+ articles?, ([0-9]+) entities, ([0-9]+) relations?, .*/\1 \2/p' run/err)
    [[ -n $summary ]] || { show_run; fail "no summary on standard error"; }
    plain=$(py 'import json, sys; g = json.load(open(sys.argv[1], encoding="utf-8")); print(len(g["nodes"]), len(g["links"]))' g.json)
    report="kgraph summary: $summary"$'\n'"JSON as data: $plain"
    bad=0
    [[ $plain == "$summary" ]] || bad=1
    for fmt in networkx-graphml:g.graphml igraph-graphml:g.graphml networkx-json:g.json; do
      st=0
      got=$("${CHECK[@]}" count "${fmt%%:*}" "${fmt#*:}") || st=$?
      [[ $st == 77 ]] && skip "$got"
      [[ $st == 0 ]] || fail "counting with ${fmt%%:*} exited $st: $got"
      report+=$'\n'"${fmt%%:*}: $got"
      [[ $got == "$summary" ]] || bad=1
    done
    if command -v gc >/dev/null 2>&1; then
      got=$(gc -n -e g.dot | awk '{print $1, $2; exit}')
      report+=$'\n'"graphviz gc (DOT): $got"
      [[ $got == "$summary" ]] || bad=1
    fi
    echo "$report"
    [[ $bad == 0 ]] || fail "node/edge counts disagree (nodes edges):"$'\n'"$report"
    ;;
  *)
    fail "unknown case '$CASE'"
    ;;
esac
echo "OK: $CASE"
