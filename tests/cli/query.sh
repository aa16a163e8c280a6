#!/usr/bin/env bash
# query.sh KGRAPH_BIN CASE - kgraph query and kgraph subgraph: the analyst questions of examples/queries
# against their expected outputs (byte for byte), the four output formats, parameters, scripts and standard
# input, timing, errors with their position and caret, and subgraph exports (exact node and edge sets, no
# output file after a bad query). Most cases use a small graph written here, so expectations are exact.
source "$(dirname "$0")/lib.sh"

# Nvidia puts $100B into OpenAI, which buys its chips; Amazon puts $8B into Anthropic, which buys Nvidia
# chips; Jensen Huang runs Nvidia; Anthropic and OpenAI compete (stored once, smaller id first).
write_tiny() {
  cat >tiny.json <<'JSON'
{"directed": true, "multigraph": true, "graph": {"name": "tiny"},
 "nodes": [
  {"id": "amazon", "type": "ORG", "label_en": "Amazon", "label_ar": "أمازون", "aliases": ["Amazon", "أمازون"]},
  {"id": "anthropic", "type": "ORG", "label_en": "Anthropic", "aliases": ["Anthropic", "أنثروبيك"]},
  {"id": "jensen_huang", "type": "PERSON", "label_en": "Jensen Huang", "label_ar": "جنسن هوانغ", "aliases": ["جنسن هوانغ"]},
  {"id": "nvidia", "type": "ORG", "label_en": "Nvidia", "label_ar": "إنفيديا", "aliases": ["Nvidia", "إنفيديا"]},
  {"id": "openai", "type": "ORG", "label_en": "OpenAI", "label_ar": "أوبن إيه آي", "aliases": ["OpenAI", "أوبن إيه آي"]}],
 "links": [
  {"source": "amazon", "target": "anthropic", "relation": "invests_in", "amount_usd": 8000000000, "status": "completed",
   "evidence": [{"doc_id": "d2", "sentence": "amazon invests in anthropic"}]},
  {"source": "anthropic", "target": "nvidia", "relation": "buys_chips_from", "status": "completed",
   "evidence": [{"doc_id": "d3", "sentence": "anthropic buys nvidia chips"}]},
  {"source": "anthropic", "target": "openai", "relation": "competes_with",
   "evidence": [{"doc_id": "d3", "sentence": "anthropic competes with openai"}]},
  {"source": "jensen_huang", "target": "nvidia", "relation": "ceo_of",
   "evidence": [{"doc_id": "d1", "sentence": "jensen huang runs nvidia"}]},
  {"source": "nvidia", "target": "openai", "relation": "invests_in", "amount_usd": 100000000000, "status": "planned",
   "evidence": [{"doc_id": "d1", "sentence": "nvidia to invest $100B in openai"}, {"doc_id": "d4", "sentence": "again"}]},
  {"source": "openai", "target": "nvidia", "relation": "buys_chips_from", "status": "planned",
   "evidence": [{"doc_id": "d1", "sentence": "openai buys nvidia chips"}]}
 ]}
JSON
}

INVESTS="MATCH (a)-[r:invests_in]->(b) RETURN a.id AS investor, b AS investee, r.amount_usd AS usd ORDER BY usd DESC"

case $CASE in
  query_examples)
    # Every question in examples/queries, on the graph of examples/articles, against its expected table.
    kg build -q "$KGRAPH_SOURCE_DIR/examples/articles" -o g.json
    expect_rc 0
    n=0
    for q in "$KGRAPH_SOURCE_DIR"/examples/queries/*.cypher; do
      kg query g.json -f "$q"
      expect_rc 0
      expect_err_empty
      diff -u "${q%.cypher}.out" run/out >&2 || fail "$(basename "$q"): output differs from its .out (- expected, + actual)"
      n=$((n + 1))
    done
    [[ $n -ge 12 ]] || fail "expected at least 12 example queries, found $n"
    ;;
  query_table_format)
    write_tiny
    kg query tiny.json "$INVESTS"
    expect_rc 0
    expect_err_empty
    expect_out 'investor | investee  |          usd' \
      '---------+-----------+-------------' \
      'nvidia   | openai    | 100000000000' \
      'amazon   | anthropic |   8000000000' \
      '(2 rows)'
    ;;
  query_tsv_csv_jsonl)
    write_tiny
    kg query tiny.json "$INVESTS" --format tsv
    expect_rc 0
    expect_out $'investor\tinvestee\tusd' $'nvidia\topenai\t100000000000' $'amazon\tanthropic\t8000000000'
    kg query tiny.json "MATCH (n {id: 'nvidia'})<-[r]-(m) RETURN m.id, r, type(r) AS \`t, q\` ORDER BY m.id" --format csv
    expect_rc 0
    expect_out $'m.id,r,"t, q"\r' $'anthropic,anthropic-[buys_chips_from]->nvidia,buys_chips_from\r' \
      $'jensen_huang,jensen_huang-[ceo_of]->nvidia,ceo_of\r' $'openai,openai-[buys_chips_from]->nvidia,buys_chips_from\r'
    kg query tiny.json "$INVESTS" --format jsonl
    expect_rc 0
    expect_out '{"investor":"nvidia","investee":{"id":"openai","label":"OpenAI","type":"ORG"},"usd":100000000000}' \
      '{"investor":"amazon","investee":{"id":"anthropic","label":"Anthropic","type":"ORG"},"usd":8000000000}'
    kg query tiny.json "MATCH p = (:PERSON)-[:ceo_of]->()<-[:buys_chips_from]-(:ORG {id: 'openai'}) RETURN p, nodes(p) AS ns" --format jsonl
    expect_rc 0
    expect_out '{"p":{"nodes":["jensen_huang","nvidia","openai"],"relationships":[{"source":"jensen_huang","relation":"ceo_of","target":"nvidia"},{"source":"openai","relation":"buys_chips_from","target":"nvidia"}]},"ns":[{"id":"jensen_huang","label":"Jensen Huang","type":"PERSON"},{"id":"nvidia","label":"Nvidia","type":"ORG"},{"id":"openai","label":"OpenAI","type":"ORG"}]}'
    kg query tiny.json "MATCH p = (:PERSON)-[:ceo_of]->()<-[:buys_chips_from]-(:ORG {id: 'openai'}) RETURN p"
    expect_rc 0
    expect_out 'p                               ' '--------------------------------' 'jensen_huang -> nvidia -> openai' '(1 row)'
    ;;
  query_arabic_name_and_aggregates)
    write_tiny
    kg query tiny.json "MATCH (n {name: 'انفيديا'})<-[r:buys_chips_from|ceo_of]-(m) RETURN n.id, collect(m.id) AS who, count(*) AS n" --format tsv
    expect_rc 0
    expect_out $'n.id\twho\tn' $'nvidia\tanthropic, jensen_huang, openai\t3'
    kg query tiny.json "MATCH (a)-[r]->(b) WHERE b.name = 'أوبن إيه آي' RETURN type(r) AS rel, count(DISTINCT a) AS sources, sum(r.amount_usd) AS usd ORDER BY rel" --format tsv
    expect_rc 0
    expect_out $'rel\tsources\tusd' $'competes_with\t1\t0' $'invests_in\t1\t100000000000'
    ;;
  query_params)
    write_tiny
    kg query tiny.json 'MATCH (a)-[r]->(b) WHERE r.amount_usd > $min AND a.name = $who RETURN b.id' --param min=1e10 -p who=Nvidia --format tsv
    expect_rc 0
    expect_out 'b.id' 'openai'
    kg query tiny.json 'RETURN $n + 1 AS n, $s AS s, $t AS t, $z IS NULL AS z' -p n=41 -p s=4x -p t=true -p z=null --format tsv
    expect_rc 0
    expect_out $'n\ts\tt\tz' $'42\t4x\ttrue\ttrue'
    kg query tiny.json 'MATCH (a {id: $who}) RETURN a'
    expect_rc 1
    expect_out_empty
    expect_err 'kgraph: error: query:1:15: missing parameter $who (give it with --param who=VALUE)' \
      'MATCH (a {id: $who}) RETURN a' \
      '              ^^^^'
    kg query tiny.json 'MATCH (a) RETURN a' --param who
    expect_rc 2
    expect_err "kgraph query: --param needs NAME=VALUE, got 'who'" '(see: kgraph query --help)'
    ;;
  query_script_and_stdin)
    write_tiny
    printf '%s\n' '// two questions' "MATCH (p:PERSON) RETURN p.id;" '' "MATCH (o:ORG) RETURN count(*) AS orgs;" >two.cypher
    kg query tiny.json -f two.cypher --format tsv
    expect_rc 0
    expect_out 'p.id' 'jensen_huang' '' 'orgs' '4'
    kg_in two.cypher query tiny.json -f - --format tsv
    expect_rc 0
    expect_out 'p.id' 'jensen_huang' '' 'orgs' '4'
    printf '%s\n' "MATCH (p:PERSON) RETURN p.label_ar AS ar" >one.cypher
    kg_in one.cypher query tiny.json - --format tsv
    expect_rc 0
    expect_out 'ar' 'جنسن هوانغ'
    ;;
  query_error_in_script_prints_nothing)
    write_tiny
    printf '%s\n' "MATCH (p:PERSON) RETURN p.id;" "MATCH (o:ORG)" "RETURN size(o.id) / 0;" >bad.cypher
    kg query tiny.json -f bad.cypher
    expect_rc 1
    expect_out_empty
    expect_err 'kgraph: error: bad.cypher:3:19: division by zero' 'RETURN size(o.id) / 0;' '                  ^'
    ;;
  query_syntax_errors)
    write_tiny
    kg query tiny.json 'MATCH (a)-[r:invests_in]->(b) RETURN a.id,, b.id'
    expect_rc 1
    expect_out_empty
    expect_err "kgraph: error: query:1:43: expected an expression, found ','" \
      'MATCH (a)-[r:invests_in]->(b) RETURN a.id,, b.id' \
      '                                          ^'
    kg query tiny.json "MATCH (a {name: 'إنفيديا}) RETURN a"
    expect_rc 1
    expect_err 'kgraph: error: query:1:17: unterminated string' \
      "MATCH (a {name: 'إنفيديا}) RETURN a" \
      '                ^'
    kg query tiny.json $'MATCH (a)\nRETURN b.id'
    expect_rc 1
    expect_err "kgraph: error: query:2:8: unknown variable 'b'" 'RETURN b.id' '       ^'
    kg query tiny.json 'MATCH (a) RETURN toLowr(a.id)'
    expect_rc 1
    expect_err "kgraph: error: query:1:18: unknown function 'toLowr'" 'MATCH (a) RETURN toLowr(a.id)' '                 ^^^^^^'
    ;;
  query_usage_errors)
    write_tiny
    kg query tiny.json
    expect_rc 2
    expect_err 'kgraph query: expects a GRAPH file and a QUERY (or -f FILE)' '(see: kgraph query --help)'
    kg query tiny.json 'RETURN 1' --format xml
    expect_rc 2
    expect_err "kgraph query: unknown format 'xml' (table, tsv, csv or jsonl)" '(see: kgraph query --help)'
    kg query missing.json 'RETURN 1'
    expect_rc 1
    grep -qF 'missing.json' run/err || { show_run; fail "the error does not name the missing graph file"; }
    kg query tiny.json -f missing.cypher
    expect_rc 1
    expect_err "kgraph: error: cannot read query file 'missing.cypher'"
    kg query --help
    expect_rc 0
    expect_first_line run/out 'Usage: kgraph query GRAPH QUERY [OPTIONS]'
    ;;
  query_timing)
    write_tiny
    kg query tiny.json 'MATCH (a {id: "nvidia"})-->(b) RETURN b.id' --timing --format tsv
    expect_rc 0
    expect_out 'b.id' 'openai'
    [[ $(wc -l <run/err) == 2 ]] || { show_run; fail "expected two timing lines"; }
    grep -qE '^kgraph: timing: load [0-9]+\.[0-9]{6} s \(5 nodes, 6 edges\)$' run/err || { show_run; fail "no load timing"; }
    grep -qE '^kgraph: timing: query 1 [0-9]+\.[0-9]{6} s \(1 row\)$' run/err || { show_run; fail "no query timing"; }
    ;;
  query_graphml_input)
    write_tiny
    kg convert tiny.json tiny.graphml
    [[ $rc == 0 ]] || skip "kgraph convert is not available yet"
    kg query tiny.graphml "$INVESTS" --format tsv
    expect_rc 0
    expect_out $'investor\tinvestee\tusd' $'nvidia\topenai\t100000000000' $'amazon\tanthropic\t8000000000'
    ;;
  subgraph_exports_matched_part)
    write_tiny
    kg subgraph tiny.json "MATCH p = (:ORG {name: 'Amazon'})-[*1..2]->(n {name: 'إنفيديا'}) RETURN p" -o part.json -o part.graphml -q
    expect_rc 0
    expect_err_empty
    expect_out_empty
    [[ -s part.graphml ]] || fail "part.graphml was not written"
    py '
import json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
nodes = sorted(n["id"] for n in g["nodes"])
links = sorted((l["source"], l["relation"], l["target"]) for l in g["links"])
assert nodes == ["amazon", "anthropic", "nvidia"], nodes
assert links == [("amazon", "invests_in", "anthropic"), ("anthropic", "buys_chips_from", "nvidia")], links
inv = [l for l in g["links"] if l["relation"] == "invests_in"][0]
assert inv["amount_usd"] == 8000000000 and inv["evidence"][0]["sentence"] == "amazon invests in anthropic", inv
' part.json || fail "subgraph part.json"
    ;;
  subgraph_anonymous_elements_and_stdout)
    write_tiny
    kg subgraph tiny.json "MATCH (:PERSON)-->(c)<-[:invests_in]-() RETURN c.id"
    expect_rc 0
    expect_err 'kgraph: subgraph of 0 entities, 0 relations'
    kg subgraph tiny.json "MATCH (:PERSON)-->(c)<-[:buys_chips_from]-(b:ORG)" --format json
    expect_rc 0
    py '
import json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
assert sorted(n["id"] for n in g["nodes"]) == ["anthropic", "jensen_huang", "nvidia", "openai"], g["nodes"]
assert len(g["links"]) == 3, g["links"]
' run/out || { show_run; fail "subgraph to stdout"; }
    expect_err 'kgraph: subgraph of 4 entities, 3 relations'
    ;;
  subgraph_bad_query_creates_no_output)
    write_tiny
    kg subgraph tiny.json 'MATCH (a)-[r]->(b) WHERE r.amount_usd / 0 > 1 RETURN a' -o part.json
    expect_rc 1
    expect_err 'kgraph: error: query:1:39: division by zero' 'MATCH (a)-[r]->(b) WHERE r.amount_usd / 0 > 1 RETURN a' \
      '                                      ^'
    expect_absent part.json
    kg subgraph tiny.json 'MATCH (a) RETURN a' -o part.txt
    expect_rc 2
    expect_err "kgraph subgraph: cannot tell the format of 'part.txt' from its extension: use .graphml, .dot, .json, .gexf, .html, .svg, .png, .pdf or --format" \
      '(see: kgraph subgraph --help)'
    expect_absent part.txt
    ;;
  *)
    fail "unknown case '$CASE'"
    ;;
esac
echo "OK: $CASE"
