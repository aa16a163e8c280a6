#!/usr/bin/env bash
# neo4j.sh KGRAPH_BIN CASE - kgraph neo4j: the example graph as Neo4j import files, and its error paths.
source "$(dirname "$0")/lib.sh"

case $CASE in
  neo4j_example_graph)
    kg build -q -o g.json
    expect_rc 0
    kg neo4j g.json out
    expect_rc 0
    expect_listing out nodes.csv relationships.csv import.sh load.cypher
    expect_first_line out/nodes.csv 'id:ID,label,label_ar,label_en,type,aliases:string[],documents:string[],mentions:long,part_of,confidence:double,:LABEL'
    # One CSV line per node and per relationship (no field of the example graph holds a line break).
    nodes=$(py 'import json,sys; print(len(json.load(open(sys.argv[1]))["nodes"]))' g.json)
    links=$(py 'import json,sys; print(len(json.load(open(sys.argv[1]))["links"]))' g.json)
    [[ $(($(wc -l <out/nodes.csv) - 1)) == "$nodes" ]] || fail "nodes.csv has $(wc -l <out/nodes.csv) lines for $nodes nodes"
    [[ $(($(wc -l <out/relationships.csv) - 1)) == "$links" ]] || fail "relationships.csv lines differ from $links links"
    grep -q '^"nvidia","openai","INVESTS_IN","invests_in",100000000000,' out/relationships.csv ||
      fail "no INVESTS_IN row nvidia -> openai with its exact amount"
    grep -qF 'CREATE (a)-[r:INVESTS_IN]->(b)' out/load.cypher || fail "load.cypher has no INVESTS_IN statement"
    ;;
  neo4j_refuses_a_full_directory)
    kg build -q -o g.json
    mkdir out && echo keep >out/notes.txt
    kg neo4j g.json out
    expect_rc 1
    expect_err 'kgraph: error: cannot write out: it exists and is not an empty directory'
    expect_listing out notes.txt
    expect_listing . g.json out run
    ;;
  neo4j_bad_graph)
    echo '{"nodes": [' >bad.json
    kg neo4j bad.json out
    expect_rc 1
    expect_absent out
    ;;
  neo4j_usage)
    kg neo4j g.json
    expect_rc 2
    expect_err 'kgraph neo4j: expects a GRAPH file and an output DIR' '(see: kgraph neo4j --help)'
    ;;
  *) fail "unknown case $CASE" ;;
esac
