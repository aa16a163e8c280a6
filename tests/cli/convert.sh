#!/usr/bin/env bash
# convert.sh KGRAPH_BIN CASE - kgraph convert and the GraphML reader end to end: lossless round trips on
# the real graph of the embedded examples, standard input and output, formats named by option, exact
# usage and input errors (file:line:column), no output left behind by bad input, and every command that
# reads a GRAPH taking GraphML as well as JSON.
source "$(dirname "$0")/lib.sh"

# The real graph of the embedded examples, as JSON, GraphML and DOT written by kgraph build.
build_examples() {
  kg build -q -o g.json -o g.graphml -o g.dot
  expect_rc 0
}

# A small GraphML with one node and a key for amounts; $1 goes inside <graph>.
write_graphml() {
  {
    printf '%s\n' '<?xml version="1.0" encoding="UTF-8"?>' \
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">' \
      '<key id="amt" for="edge" attr.name="amount_usd" attr.type="double"/>' \
      '<graph edgedefault="directed">' \
      '<node id="nvidia"/>'
    printf '%s\n' "$1"
    printf '%s\n' '</graph>' '</graphml>'
  } >bad.graphml
}

case $CASE in
  convert_round_trips_are_byte_identical)
    build_examples
    kg convert g.graphml back.json
    expect_rc 0
    expect_err 'kgraph: wrote back.json (49 nodes, 63 edges)'
    cmp g.json back.json || fail "GraphML -> JSON differs from the JSON kgraph build wrote"
    kg convert -q g.json back.graphml
    expect_rc 0
    expect_err_empty
    cmp g.graphml back.graphml || fail "JSON -> GraphML differs from the GraphML kgraph build wrote"
    kg convert -q back.json again.graphml
    cmp g.graphml again.graphml || fail "GraphML -> JSON -> GraphML is not the same GraphML"
    kg convert -q back.graphml again.json
    cmp g.json again.json || fail "JSON -> GraphML -> JSON is not the same JSON"
    kg convert -q g.graphml same.graphml
    cmp g.graphml same.graphml || fail "GraphML -> GraphML changed the file"
    ;;
  convert_to_dot)
    build_examples
    kg convert -q g.graphml out.gv
    expect_rc 0
    cmp g.dot out.gv || fail "GraphML -> DOT differs from the DOT kgraph build wrote"
    ;;
  convert_to_html)
    "$KGRAPH" --version | grep -q 'interactive page (-o FILE.html): built in' || skip "built without the interactive page"
    # The page depends on the graph only: built from articles, converted from JSON or from GraphML, the same bytes.
    kg build -q -o g.json -o g.graphml -o g.html --label-lang en
    expect_rc 0
    kg convert -q g.json from_json.html --label-lang en
    expect_rc 0
    cmp g.html from_json.html || fail "JSON -> HTML differs from the page kgraph build wrote"
    kg convert -q g.graphml from_graphml.htm --label-lang en
    cmp g.html from_graphml.htm || fail "GraphML -> HTML differs from the page kgraph build wrote"
    head -c 15 g.html | grep -qx '<!DOCTYPE html>' || fail "not an HTML page"
    grep -q '"label_lang":"en"' g.html || fail "--label-lang en is not the page's first choice"
    ;;
  convert_stdin_stdout_and_named_formats)
    build_examples
    kg_in g.graphml convert - - --from graphml --to json
    expect_rc 0
    expect_err_empty
    cmp g.json run/out || fail "standard input -> standard output differs"
    cp g.graphml graph.xml
    kg convert --from graphml --to=json graph.xml graph.out
    expect_rc 0
    cmp g.json graph.out || fail "--from/--to did not override the extensions"
    ;;
  convert_usage_errors)
    build_examples
    kg convert g.json
    expect_rc 2
    expect_err 'kgraph convert: expects an input and an output file (IN OUT)' '(see: kgraph convert --help)'
    kg convert g.txt out.json
    expect_rc 2
    expect_err "kgraph convert: cannot tell the format of 'g.txt' from its extension: use .graphml, .json or --from" \
      '(see: kgraph convert --help)'
    kg convert g.dot out.json
    expect_rc 2
    expect_err "kgraph convert: cannot tell the format of 'g.dot' from its extension: use .graphml, .json or --from" \
      '(see: kgraph convert --help)'
    kg convert --from dot g.json out.json
    expect_rc 2
    expect_err "kgraph convert: cannot read format 'dot' (readable: graphml, json)" '(see: kgraph convert --help)'
    kg convert g.json out.jpg
    expect_rc 2
    expect_err "kgraph convert: cannot tell the format of 'out.jpg' from its extension: use .graphml, .dot, .json or --to" \
      '(see: kgraph convert --help)'
    kg convert --to jpg g.json out.jpg
    expect_rc 2
    expect_err "kgraph convert: unknown output format 'jpg' (known: graphml, dot, json, gexf, html, svg, png, pdf)" '(see: kgraph convert --help)'
    kg_in g.json convert - out.json
    expect_rc 2
    expect_err 'kgraph convert: reading standard input needs --from (graphml, json)' '(see: kgraph convert --help)'
    kg convert g.json -
    expect_rc 2
    expect_err 'kgraph convert: writing standard output needs --to (graphml, dot, json, gexf, html, svg, png, pdf)' '(see: kgraph convert --help)'
    kg convert --bogus g.json out.json
    expect_rc 2
    expect_absent out.json
    kg convert --help
    expect_rc 0
    expect_first_line run/out 'Usage: kgraph convert IN OUT [OPTIONS]'
    ;;
  convert_missing_input_exits_1)
    kg convert missing.graphml out.json
    expect_rc 1
    expect_err 'kgraph: error: missing.graphml: cannot open the graph: No such file or directory'
    expect_absent out.json
    ;;
  convert_malformed_xml_creates_no_output)
    write_graphml '<node id="openai">
</graph>'
    kg convert bad.graphml out.json
    expect_rc 1
    expect_out_empty
    expect_err "kgraph: error: bad.graphml:7:1: end tag </graph> does not match the start tag <node> at line 6, column 1 (near '</graph>')"
    expect_listing . bad.graphml run
    ;;
  convert_bad_graphml_keeps_existing_output)
    build_examples
    cp g.json out.json
    write_graphml '<edge source="nvidia" target="openai"><data key="amt">$4B</data></edge>'
    kg convert bad.graphml out.json
    expect_rc 1
    expect_err "kgraph: error: bad.graphml:6:55: '\$4B' is not a double (attribute 'amount_usd', key 'amt') (near '\$4B')"
    cmp g.json out.json || fail "bad input changed the existing output"
    ;;
  convert_graphml_input_errors)
    write_graphml '<node id="openai"><data key="d7">x</data></node>'
    kg convert bad.graphml out.json
    expect_rc 1
    expect_err "kgraph: error: bad.graphml:6:19: <data> names key 'd7', which no <key> declares (near '<data key=\"d7\">x</data></node>')"
    write_graphml '<edge source="nvidia" target="openai"/>'
    kg convert bad.graphml out.json
    expect_rc 1
    expect_err "kgraph: error: bad.graphml:6:31: edge target 'openai' is not a node of this graph (near 'openai\"/>')"
    printf '%s\n' '<?xml version="1.0"?>' '<graphml>' '</graphml>' >bad.graphml
    kg convert bad.graphml out.json
    expect_rc 1
    expect_err "kgraph: error: bad.graphml:2:1: the document has no <graph> element (near '<graphml>')"
    printf '{"nodes": []}\n' >bad.graphml
    kg convert bad.graphml out.json
    expect_rc 1
    expect_err "kgraph: error: bad.graphml:1:1: text before the root element (near '{\"nodes\": []}')"
    expect_absent out.json
    ;;
  graph_commands_read_graphml)
    build_examples
    kg cycles g.json
    cp run/out cycles_json.txt
    kg cycles g.graphml
    expect_rc 0
    cmp cycles_json.txt run/out || fail "kgraph cycles prints something else for the GraphML of the same graph"
    kg cycles --format json g.graphml
    expect_rc 0
    grep -qF '"amount_usd": 100000000000,' run/out || fail "exact amount lost through GraphML"
    kg cycles --help
    grep -qF 'GRAPH (a .json or .graphml file)' run/out || fail "kgraph cycles --help does not mention .graphml"
    ;;
  foreign_graphml_converts)
    # Hand-written in igraph's and Gephi's style: ids kept in an "id" attribute, keys for="all", a
    # <default>, an undirected graph with parallel edges, an edge naming a node declared after it.
    cat >foreign.graphml <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<!-- written by hand in the style of igraph and Gephi -->
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="label" for="all" attr.name="label" attr.type="string"/>
  <key id="v_id" for="node" attr.name="id" attr.type="string"/>
  <key id="kind" for="node" attr.name="type" attr.type="string"><default>company</default></key>
  <key id="money" for="edge" attr.name="amount_usd" attr.type="long"/>
  <graph id="G" edgedefault="undirected">
    <edge source="n0" target="n1"><data key="label">invests_in</data><data key="money">8000000000</data></edge>
    <node id="n0"><data key="label">Amazon</data><data key="v_id">amazon</data></node>
    <node id="n1"><data key="label">أنثروبيك</data><data key="v_id">anthropic</data></node>
    <node id="n2"><data key="label">Dario Amodei</data><data key="kind">person</data></node>
    <edge source="n0" target="n1"><data key="label">partners_with</data></edge>
    <edge source="n2" target="n1"/>
    <edge source="n2" target="n1"/>
  </graph>
</graphml>
XML
    kg convert -q foreign.graphml f.json
    expect_rc 0
    py '
import json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
nodes = {n["id"]: (n["label"], n["type"]) for n in g["nodes"]}
assert nodes == {"amazon": ("Amazon", "ORG"), "anthropic": ("أنثروبيك", "ORG"), "n2": ("Dario Amodei", "PERSON")}, nodes
links = [(l["source"], l["relation"], l["target"], l["amount_usd"], l["evidence"]) for l in g["links"]]
assert links == [("amazon", "invests_in", "anthropic", 8000000000, []),
                 ("amazon", "partners_with", "anthropic", None, []),
                 ("n2", "related_to", "anthropic", None, []),
                 ("n2", "related_to", "anthropic", None, [])], links
' f.json || fail "foreign GraphML read wrong"
    kg convert -q f.json f.graphml
    kg convert -q f.graphml f2.json
    cmp f.json f2.json || fail "a foreign graph does not round-trip through kgraph's GraphML"
    ;;
  *)
    fail "unknown case '$CASE'"
    ;;
esac
echo "OK: $CASE"
