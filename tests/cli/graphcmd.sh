#!/usr/bin/env bash
# graphcmd.sh KGRAPH_BIN CASE - kgraph neighbors, path, rank and stats: exact outputs on a small
# hand-written graph (an Arabic id, an alias two entities share, symmetric relations, an isolated node),
# the shortest path from Amazon to Nvidia in the graph of the example articles, the same answers from
# GraphML as from JSON, and every error: unknown and ambiguous names, bad options, broken graph files.
source "$(dirname "$0")/lib.sh"

# The graph of tests/test_analysis.cpp, where its answers are worked out by hand:
#   nvidia -invests_in-> openai ($100B)        openai -buys_chips_from-> nvidia
#   openai -buys_chips_from-> amd              amd ~competes_with~ nvidia
#   microsoft -invests_in-> openai ($13B)      microsoft ~partners_with~ openai
#   nvidia -invests_in-> coreweave             openai -buys_services_from-> coreweave ($22.4B)
#   coreweave -buys_chips_from-> nvidia        jensen_huang -ceo_of-> nvidia
#   أرامكو -invests_in-> stargate_uae ($1.5B)   stargate_uae ~partners_with~ openai
#   openai -customer_of-> stargate             riyadh (no relation)
write_small() {
  cat >small.json <<'JSON'
{"directed": true, "multigraph": true, "graph": {"name": "small", "documents": ["d1", "d2", "d3", "d4"]},
 "nodes": [
  {"id": "nvidia", "type": "ORG", "label": "Nvidia", "aliases": ["Nvidia", "إنفيديا"]},
  {"id": "openai", "type": "ORG", "label": "OpenAI"},
  {"id": "microsoft", "type": "ORG", "label": "Microsoft"},
  {"id": "amd", "type": "ORG", "label": "AMD"},
  {"id": "coreweave", "type": "ORG", "label": "CoreWeave"},
  {"id": "jensen_huang", "type": "PERSON", "label": "Jensen Huang"},
  {"id": "أرامكو", "type": "ORG", "label": "Aramco"},
  {"id": "stargate", "type": "ORG", "label": "Stargate", "aliases": ["ستارغيت"]},
  {"id": "stargate_uae", "type": "ORG", "label": "Stargate UAE", "aliases": ["ستارغيت"]},
  {"id": "riyadh", "type": "PLACE", "label": "Riyadh"}],
 "links": [
  {"source": "nvidia", "target": "openai", "relation": "invests_in", "amount_usd": 100000000000, "status": "planned", "evidence": [{"doc_id": "d1", "sentence": "s"}]},
  {"source": "openai", "target": "nvidia", "relation": "buys_chips_from", "status": "planned", "evidence": [{"doc_id": "d2", "sentence": "s"}]},
  {"source": "openai", "target": "amd", "relation": "buys_chips_from", "status": "planned", "evidence": [{"doc_id": "d2", "sentence": "s"}]},
  {"source": "amd", "target": "nvidia", "relation": "competes_with", "evidence": [{"doc_id": "d1", "sentence": "s"}]},
  {"source": "microsoft", "target": "openai", "relation": "invests_in", "amount_usd": 13000000000, "status": "completed", "evidence": [{"doc_id": "d3", "sentence": "s"}]},
  {"source": "microsoft", "target": "openai", "relation": "partners_with", "status": "completed", "evidence": [{"doc_id": "d3", "sentence": "s"}]},
  {"source": "nvidia", "target": "coreweave", "relation": "invests_in", "status": "completed", "evidence": [{"doc_id": "d1", "sentence": "s"}]},
  {"source": "openai", "target": "coreweave", "relation": "buys_services_from", "amount_usd": 22400000000, "status": "completed", "evidence": [{"doc_id": "d1", "sentence": "s"}]},
  {"source": "coreweave", "target": "nvidia", "relation": "buys_chips_from", "status": "completed", "evidence": [{"doc_id": "d1", "sentence": "s"}]},
  {"source": "jensen_huang", "target": "nvidia", "relation": "ceo_of", "evidence": [{"doc_id": "d1", "sentence": "s"}]},
  {"source": "أرامكو", "target": "stargate_uae", "relation": "invests_in", "amount_usd": 1500000000, "status": "announced", "evidence": [{"doc_id": "d3", "sentence": "s"}]},
  {"source": "stargate_uae", "target": "openai", "relation": "partners_with", "status": "completed", "evidence": [{"doc_id": "d1", "sentence": "s"}]},
  {"source": "openai", "target": "stargate", "relation": "customer_of", "status": "completed", "evidence": [{"doc_id": "d1", "sentence": "s"}]}
 ]}
JSON
}

# expect_table: standard output is exactly the text on standard input (trailing blanks included).
expect_table() {
  cat >run/want_out
  diff -u run/want_out run/out >&2 || { show_run; fail "standard output differs (- expected, + actual)"; }
}

# expect_usage COMMAND MESSAGE: exit status 2, nothing on standard output, the message and the hint.
expect_usage() {
  expect_rc 2
  expect_out_empty
  expect_err "kgraph $1: $2" "(see: kgraph $1 --help)"
}

build_examples() {
  kg build -q "$KGRAPH_SOURCE_DIR/examples/articles" -o ex.json -o ex.graphml
  expect_rc 0
}

case $CASE in
  graphcmd_neighbors_by_arabic_alias)
    write_small
    # إنفيديا is listed; the bare-alef spelling finds it folded.
    kg neighbors small.json انفيديا --format tsv
    expect_rc 0
    expect_err_empty
    expect_out $'distance\tid\tlabel\ttype\tvia\trelations\tdirection' \
      $'1\tamd\tAMD\tORG\tnvidia\tcompetes_with\tboth' \
      $'1\tcoreweave\tCoreWeave\tORG\tnvidia\tbuys_chips_from, invests_in\tboth' \
      $'1\tjensen_huang\tJensen Huang\tPERSON\tnvidia\tceo_of\tin' \
      $'1\topenai\tOpenAI\tORG\tnvidia\tbuys_chips_from, invests_in\tboth'
    # Three steps out, the Arabic id is reached through stargate_uae.
    kg neighbors small.json nvidia --depth 3 --format tsv
    expect_rc 0
    expect_line run/out $'3\tأرامكو\tAramco\tORG\tstargate_uae\tinvests_in\tin'
    [[ $(wc -l <run/out) == 9 ]] || { show_run; fail "expected 8 entities within 3 steps"; }
    ;;
  graphcmd_neighbors_depth_direction_table)
    write_small
    kg neighbors small.json microsoft --depth 2 --direction out
    expect_rc 0
    expect_err_empty
    expect_table <<'OUT'
distance | id           | label        | type | via       | relations                 | direction
---------+--------------+--------------+------+-----------+---------------------------+----------
       1 | openai       | OpenAI       | ORG  | microsoft | invests_in, partners_with | both     
       2 | amd          | AMD          | ORG  | openai    | buys_chips_from           | out      
       2 | coreweave    | CoreWeave    | ORG  | openai    | buys_services_from        | out      
       2 | nvidia       | Nvidia       | ORG  | openai    | buys_chips_from           | out      
       2 | stargate     | Stargate     | ORG  | openai    | customer_of               | out      
       2 | stargate_uae | Stargate UAE | ORG  | openai    | partners_with             | both     
(6 rows)
OUT
    ;;
  graphcmd_neighbors_relation_filter_jsonl)
    write_small
    kg neighbors small.json nvidia --direction in --relation buys_chips_from --depth 2 --format jsonl
    expect_rc 0
    expect_out '{"distance":1,"id":"coreweave","label":"CoreWeave","type":"ORG","via":"nvidia","relations":["buys_chips_from"],"direction":"in"}' \
      '{"distance":1,"id":"openai","label":"OpenAI","type":"ORG","via":"nvidia","relations":["buys_chips_from"],"direction":"in"}'
    ;;
  graphcmd_unknown_name_exits_1)
    write_small
    kg neighbors small.json intel
    expect_rc 1
    expect_out_empty
    expect_err "kgraph: error: small.json: no entity is named 'intel'"
    kg path small.json nvidia intel
    expect_rc 1
    expect_err "kgraph: error: small.json: no entity is named 'intel'"
    ;;
  graphcmd_ambiguous_name_exits_1)
    write_small
    kg neighbors small.json ستارغيت
    expect_rc 1
    expect_out_empty
    expect_err "kgraph: error: small.json: 'ستارغيت' names 2 entities: stargate, stargate_uae (give one of these ids)"
    kg path small.json ستارغيت nvidia
    expect_rc 1
    expect_err "kgraph: error: small.json: 'ستارغيت' names 2 entities: stargate, stargate_uae (give one of these ids)"
    ;;
  graphcmd_path_arabic_id)
    write_small
    kg path small.json أرامكو إنفيديا --format tsv
    expect_rc 0
    expect_err_empty
    expect_out $'step\tfrom\trelation\tdirection\tto\tamount_usd\tstatus' \
      $'1\tأرامكو\tinvests_in\tout\tstargate_uae\t1500000000\tannounced' \
      $'2\tstargate_uae\tpartners_with\tboth\topenai\t\tcompleted' \
      $'3\topenai\tbuys_chips_from\tout\tnvidia\t\tplanned'
    ;;
  graphcmd_path_all_numbered)
    write_small
    kg path small.json amd coreweave --all
    expect_rc 0
    expect_err_empty
    expect_table <<'OUT'
path | step | from   | relation           | direction | to        |  amount_usd | status   
-----+------+--------+--------------------+-----------+-----------+-------------+----------
   1 |    1 | amd    | competes_with      | both      | nvidia    |             |          
   1 |    2 | nvidia | invests_in         | out       | coreweave |             | completed
   2 |    1 | amd    | buys_chips_from    | in        | openai    |             | planned  
   2 |    2 | openai | buys_services_from | out       | coreweave | 22400000000 | completed
(4 rows)
OUT
    # --limit cuts the list and says so on standard error.
    kg path small.json amd coreweave --all --limit 1 --format csv
    expect_rc 0
    expect_out $'path,step,from,relation,direction,to,amount_usd,status\r' \
      $'1,1,amd,competes_with,both,nvidia,,\r' \
      $'1,2,nvidia,invests_in,out,coreweave,,completed\r'
    expect_err 'kgraph path: listed the first 1 of 2 shortest paths (see --limit)'
    ;;
  graphcmd_path_directed_and_money)
    write_small
    kg path small.json amd coreweave --directed --format tsv
    expect_rc 0
    expect_out $'step\tfrom\trelation\tdirection\tto\tamount_usd\tstatus' \
      $'1\tamd\tcompetes_with\tboth\tnvidia\t\t' \
      $'2\tnvidia\tinvests_in\tout\tcoreweave\t\tcompleted'
    kg path small.json microsoft nvidia --money --format tsv
    expect_rc 0
    expect_out $'step\tfrom\trelation\tdirection\tto\tamount_usd\tstatus' \
      $'1\tmicrosoft\tinvests_in\tout\topenai\t13000000000\tcompleted' \
      $'2\topenai\tbuys_chips_from\tout\tnvidia\t\tplanned'
    ;;
  graphcmd_no_path_exits_0)
    write_small
    kg path small.json jensen_huang riyadh
    expect_rc 0
    expect_err_empty
    expect_out '(no path)'
    kg path small.json amd nvidia --money
    expect_rc 0
    expect_out '(no path)'
    kg path small.json أرامكو nvidia --max-length 2 --format tsv
    expect_rc 0
    expect_out $'step\tfrom\trelation\tdirection\tto\tamount_usd\tstatus'
    kg path small.json coreweave أرامكو --directed --format jsonl
    expect_rc 0
    expect_out_empty
    expect_err_empty
    ;;
  graphcmd_path_same_entity_exits_2)
    write_small
    kg path small.json nvidia Nvidia
    expect_rc 2
    expect_out_empty
    expect_err 'kgraph: error: FROM and TO are the same entity (nvidia)'
    ;;
  graphcmd_rank_degree)
    write_small
    kg rank small.json --top 3
    expect_rc 0
    expect_err_empty
    expect_table <<'OUT'
rank | id        | label     | type | in | out | undirected | degree
-----+-----------+-----------+------+----+-----+------------+-------
   1 | openai    | OpenAI    | ORG  |  2 |   4 |          2 |      8
   2 | nvidia    | Nvidia    | ORG  |  3 |   2 |          1 |      6
   3 | coreweave | CoreWeave | ORG  |  2 |   1 |          0 |      3
(3 rows)
OUT
    # Ties by id, the Arabic id last; --top 0 lists all ten.
    kg rank small.json --top 0 --format tsv
    expect_rc 0
    [[ $(wc -l <run/out) == 11 ]] || { show_run; fail "expected 10 ranked entities"; }
    expect_line run/out $'9\tأرامكو\tAramco\tORG\t0\t1\t0\t1'
    expect_line run/out $'10\triyadh\tRiyadh\tPLACE\t0\t0\t0\t0'
    kg rank small.json --relation invests_in --type org --top 2 --format csv
    expect_rc 0
    expect_out $'rank,id,label,type,in,out,undirected,degree\r' $'1,nvidia,Nvidia,ORG,0,2,0,2\r' \
      $'2,openai,OpenAI,ORG,2,0,0,2\r'
    ;;
  graphcmd_rank_betweenness)
    write_small
    kg rank small.json --by betweenness --top 4 --format jsonl
    expect_rc 0
    expect_err_empty
    expect_out '{"rank":1,"id":"openai","label":"OpenAI","type":"ORG","betweenness":0.597222}' \
      '{"rank":2,"id":"nvidia","label":"Nvidia","type":"ORG","betweenness":0.208333}' \
      '{"rank":3,"id":"stargate_uae","label":"Stargate UAE","type":"ORG","betweenness":0.194444}' \
      '{"rank":4,"id":"amd","label":"AMD","type":"ORG","betweenness":0.000000}'
    kg rank small.json --by betweenness --directed --top 3 --format tsv
    expect_rc 0
    expect_out $'rank\tid\tlabel\ttype\tbetweenness' $'1\topenai\tOpenAI\tORG\t0.375000' \
      $'2\tnvidia\tNvidia\tORG\t0.222222' $'3\tstargate_uae\tStargate UAE\tORG\t0.083333'
    ;;
  graphcmd_rank_pagerank)
    write_small
    kg rank small.json --by pagerank --top 0 --format jsonl
    expect_rc 0
    expect_err_empty
    # The same formulation (Boost's: (1 - d) + d * sum of the in-neighbours' share, nothing passed on by a
    # node without an outgoing arc, parallel edges once, symmetric relations both ways), computed
    # independently in Python and scaled to sum to 1.
    py '
import json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
rows = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
ids = [n["id"] for n in g["nodes"]]
arcs = set()
for l in g["links"]:
    arcs.add((l["source"], l["target"]))
    if l["relation"] in ("competes_with", "partners_with"):
        arcs.add((l["target"], l["source"]))
out = {i: sum(1 for s, t in arcs if s == i) for i in ids}
r = {i: 1 / len(ids) for i in ids}
for _ in range(2000):
    nxt = {i: 0.15 for i in ids}
    for s, t in arcs:
        nxt[t] += 0.85 * r[s] / out[s]
    r = nxt
total = sum(r.values())
want = sorted(((round(v / total, 6), i) for i, v in r.items()), key=lambda x: (-x[0], x[1]))
got = [(row["pagerank"], row["id"]) for row in rows]
assert [i for _, i in got] == [i for _, i in want], (got, want)
assert all(abs(a - b) < 1.5e-6 for (a, _), (b, _) in zip(got, want)), (got, want)
assert [row["rank"] for row in rows] == list(range(1, 11))
' small.json run/out || fail "pagerank disagrees with an independent computation"
    kg rank small.json --by pagerank --type person,PLACE --format csv
    expect_rc 0
    expect_out $'rank,id,label,type,pagerank\r' $'1,jensen_huang,Jensen Huang,PERSON,0.021050\r' \
      $'2,riyadh,Riyadh,PLACE,0.021050\r'
    ;;
  graphcmd_large_graph_limits)
    # 150,000 entities in a chain: nodes x edges is over 2e10, so betweenness wants --force; over 100,000
    # edges stats leaves money cycles out unless --cycles; degree and the walks are linear.
    py '
import json
n = 150000
ids = ["n%06d" % i for i in range(n)]
json.dump({"directed": True, "multigraph": True, "graph": {},
           "nodes": [{"id": i, "type": "ORG"} for i in ids],
           "links": [{"source": ids[i], "target": ids[i + 1], "relation": "invests_in"} for i in range(n - 1)]},
          open("chain.json", "w"))
'
    kg rank chain.json --by betweenness
    expect_rc 2
    expect_out_empty
    expect_err 'kgraph: error: betweenness on 150000 nodes and 149999 edges takes about 2.2e+10 steps (it grows as nodes x edges); pass --force to run it anyway'
    kg rank chain.json --top 1 --format tsv
    expect_rc 0
    expect_out $'rank\tid\tlabel\ttype\tin\tout\tundirected\tdegree' $'1\tn000001\tn000001\tORG\t1\t1\t0\t2'
    kg path chain.json n000000 n149999 --directed --format tsv
    expect_rc 0
    [[ $(wc -l <run/out) == 150000 ]] || { show_run; fail "expected a path of 149999 steps"; }
    kg stats chain.json --format tsv
    expect_rc 0
    expect_err 'kgraph stats: money cycles not counted on a graph of 149999 edges (--cycles counts them)'
    expect_line run/out $'graph\tcomponents\t1'
    grep -q money_cycles run/out && fail "money_cycles counted without --cycles"
    kg stats chain.json --cycles --format tsv
    expect_rc 0
    expect_err_empty
    expect_line run/out $'graph\tmoney_cycles\t0'
    ;;
  graphcmd_stats_table)
    write_small
    kg stats small.json
    expect_rc 0
    expect_err_empty
    expect_table <<'OUT'
group    | name               | value
---------+--------------------+------
graph    | nodes              |    10
graph    | edges              |    13
graph    | documents          |     4
graph    | components         |     2
graph    | largest_component  |     9
graph    | isolated_nodes     |     1
graph    | money_cycles       |     3
type     | ORG                |     8
type     | PERSON             |     1
type     | PRODUCT            |     0
type     | MEDIA              |     0
type     | PLACE              |     1
relation | invests_in         |     4
relation | buys_chips_from    |     3
relation | partners_with      |     2
relation | buys_services_from |     1
relation | ceo_of             |     1
relation | competes_with      |     1
relation | customer_of        |     1
(19 rows)
OUT
    ;;
  graphcmd_stats_jsonl_for_scripts)
    write_small
    kg stats small.json --format jsonl --max-length 2
    expect_rc 0
    expect_first_line run/out '{"group":"graph","name":"nodes","value":10}'
    py '
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert all(list(r) == ["group", "name", "value"] and isinstance(r["value"], int) for r in rows), rows
s = {(r["group"], r["name"]): r["value"] for r in rows}
assert s[("graph", "money_cycles")] == 2, s  # nvidia <-> openai, nvidia <-> coreweave
assert s[("graph", "edges")] == sum(v for (g, _), v in s.items() if g == "relation"), s
assert s[("graph", "nodes")] == sum(v for (g, _), v in s.items() if g == "type"), s
' run/out || { show_run; fail "stats --format jsonl"; }
    kg stats small.json --no-cycles --format tsv
    expect_rc 0
    grep -q money_cycles run/out && fail "--no-cycles still printed money_cycles"
    [[ $(wc -l <run/out) == 19 ]] || { show_run; fail "expected 18 figures and the header"; }
    ;;
  graphcmd_examples_amazon_to_nvidia)
    build_examples
    # Amazon's $8B went to Anthropic, which buys Nvidia chips; by name in either script.
    kg path ex.json أمازون إنفيديا
    expect_rc 0
    expect_err_empty
    expect_table <<'OUT'
step | from      | relation        | direction | to        | amount_usd | status   
-----+-----------+-----------------+-----------+-----------+------------+----------
   1 | amazon    | invests_in      | out       | anthropic | 8000000000 | completed
   2 | anthropic | buys_chips_from | out       | nvidia    |            | completed
(2 rows)
OUT
    kg path ex.json Amazon Nvidia --money --format tsv
    expect_rc 0
    expect_out $'step\tfrom\trelation\tdirection\tto\tamount_usd\tstatus' \
      $'1\tamazon\tinvests_in\tout\tanthropic\t8000000000\tcompleted' \
      $'2\tanthropic\tbuys_chips_from\tout\tnvidia\t\tcompleted'
    kg neighbors ex.json nvidia --relation invests_in --direction out --format tsv
    expect_rc 0
    expect_line run/out $'1\topenai\tOpenAI\tORG\tnvidia\tinvests_in\tout'
    expect_line run/out $'1\tanthropic\tAnthropic\tORG\tnvidia\tinvests_in\tout'
    ;;
  graphcmd_examples_stats_agree_with_build)
    kg build "$KGRAPH_SOURCE_DIR/examples/articles" -o ex.json
    expect_rc 0
    summary=$(grep -E '^kgraph: [0-9]+ articles, ' run/err)
    kg stats ex.json --format jsonl
    expect_rc 0
    py '
import json, re, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
s = {(r["group"], r["name"]): r["value"] for r in rows}
articles, entities, relations, cycles = map(int, re.findall(r"\d+", sys.argv[2])[:4])
want = {"documents": articles, "nodes": entities, "edges": relations, "money_cycles": cycles}
got = {k: s[("graph", k)] for k in want}
assert got == want, (got, want)
assert s[("graph", "largest_component")] <= s[("graph", "nodes")]
assert sum(v for (g, _), v in s.items() if g == "relation") == relations
' run/out "$summary" || { show_run; fail "stats disagree with the summary of kgraph build: $summary"; }
    ;;
  graphcmd_graphml_answers_like_json)
    build_examples
    for args in "stats" "rank --by pagerank --top 0" "rank --by betweenness --top 0" "rank --top 0"; do
      # shellcheck disable=SC2086
      "$KGRAPH" $args ex.json >from_json.txt
      # shellcheck disable=SC2086
      "$KGRAPH" $args ex.graphml >from_graphml.txt || fail "kgraph $args ex.graphml failed"
      cmp -s from_json.txt from_graphml.txt || { diff -u from_json.txt from_graphml.txt >&2; fail "$args differs"; }
    done
    "$KGRAPH" neighbors ex.json nvidia --depth 2 >from_json.txt
    "$KGRAPH" neighbors ex.graphml nvidia --depth 2 >from_graphml.txt
    cmp -s from_json.txt from_graphml.txt || fail "neighbors differs"
    "$KGRAPH" path ex.json amazon nvidia --all >from_json.txt
    "$KGRAPH" path ex.graphml amazon nvidia --all >from_graphml.txt
    cmp -s from_json.txt from_graphml.txt || fail "path differs"
    ;;
  graphcmd_bad_graph_file_exits_1)
    printf '{"nodes": [\n  {"id": 5}]}\n' >bad.json
    for cmd in "stats bad.json" "rank bad.json" "neighbors bad.json nvidia" "path bad.json amd nvidia"; do
      # shellcheck disable=SC2086
      kg $cmd
      expect_rc 1
      expect_out_empty
      expect_err "kgraph: error: bad.json:2:10: nodes[0].id: expected a string, found a number (near '5')"
    done
    kg stats missing.json
    expect_rc 1
    expect_err 'kgraph: error: missing.json: cannot open the graph: No such file or directory'
    ;;
  graphcmd_usage_errors_exit_2)
    write_small
    kg neighbors small.json
    expect_usage neighbors 'expects a GRAPH file and a NAME'
    kg neighbors small.json nvidia --depth 0
    expect_usage neighbors '--depth must be between 1 and 1000000, got 0'
    kg neighbors small.json nvidia --direction up
    expect_usage neighbors "unknown direction 'up' (out, in or both)"
    kg neighbors small.json nvidia --relation ,
    expect_usage neighbors "--relation needs relation names, got ','"
    kg neighbors small.json nvidia --format xml
    expect_usage neighbors "unknown format 'xml' (table, tsv, csv or jsonl)"
    kg path small.json nvidia
    expect_usage path 'expects a GRAPH file, FROM and TO'
    kg path small.json amd nvidia --limit 3
    expect_usage path '--limit goes with --all'
    kg path small.json amd nvidia --colour
    expect_usage path "unknown option '--colour'"
    kg rank small.json --by closeness
    expect_usage rank "unknown measure 'closeness' (degree, pagerank or betweenness)"
    kg rank small.json --directed
    expect_usage rank '--directed goes with --by betweenness'
    kg rank small.json --type company
    expect_usage rank "unknown entity type 'company' (ORG, PERSON, PRODUCT, MEDIA or PLACE)"
    kg rank small.json --top ten
    expect_usage rank "--top needs a whole number, got 'ten'"
    kg stats
    expect_usage stats 'expects exactly one GRAPH file'
    kg stats small.json --no-cycles --max-length 3
    expect_usage stats '--max-length and --no-cycles do not go together'
    kg stats small.json --no-cycles --cycles
    expect_usage stats '--cycles and --no-cycles do not go together'
    kg stats small.json --max-length 1
    expect_usage stats '--max-length must be between 2 and 12, got 1'
    # A relation no edge has is a typo, not an empty answer.
    kg neighbors small.json nvidia --relation invest_in
    expect_rc 2
    expect_out_empty
    expect_err "kgraph: error: small.json: no edge has the relation 'invest_in' (the graph has: buys_chips_from, buys_services_from, ceo_of, competes_with, customer_of, invests_in, partners_with)"
    ;;
  graphcmd_help_exits_0)
    for cmd in neighbors path rank stats; do
      kg "$cmd" --help
      expect_rc 0
      expect_err_empty
      expect_first_line run/out "Usage: kgraph $cmd $(case $cmd in neighbors) echo 'GRAPH NAME [OPTIONS]' ;;
        path) echo 'GRAPH FROM TO [OPTIONS]' ;; *) echo 'GRAPH [OPTIONS]' ;; esac)"
      cp run/out help.txt
      kg help "$cmd"
      expect_rc 0
      cmp -s help.txt run/out || fail "kgraph help $cmd differs from kgraph $cmd --help"
    done
    ;;
  *)
    fail "unknown case '$CASE'"
    ;;
esac
echo "OK: $CASE"
