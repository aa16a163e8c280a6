#!/usr/bin/env bash
# cycles.sh KGRAPH_BIN CASE - kgraph cycles: on a graph built from two small Arabic articles written here
# (Nvidia invests $100B in OpenAI; OpenAI buys Nvidia chips), on hand-written JSON graphs (exact tables,
# --max-length, --include-denied, units folded into their parent), and build -> JSON -> cycles round trips.
source "$(dirname "$0")/lib.sh"

build_two_articles() {
  write_cycle_articles in
  kg build -q in -o g.json
  expect_rc 0
}

# A three-step loop alpha -> beta -> gamma -> alpha whose middle step is a denied deal.
write_triangle() {
  cat >tri.json <<'JSON'
{"directed": true, "multigraph": false, "graph": {"name": "tri"},
 "nodes": [{"id": "alpha", "type": "ORG"}, {"id": "beta", "type": "ORG"}, {"id": "gamma", "type": "ORG"}],
 "links": [
  {"source": "alpha", "target": "beta", "relation": "invests_in", "amount_usd": 2000000000, "status": "completed",
   "evidence": [{"doc_id": "d1", "sentence": "alpha invests in beta"}]},
  {"source": "beta", "target": "gamma", "relation": "buys_services_from", "status": "denied",
   "evidence": [{"doc_id": "d2", "sentence": "beta buys services from gamma"}]},
  {"source": "gamma", "target": "alpha", "relation": "buys_chips_from", "amount_usd": 500000000, "status": "completed",
   "evidence": [{"doc_id": "d3", "sentence": "gamma buys chips from alpha"}]}
 ]}
JSON
}

case $CASE in
  two_articles_table)
    build_two_articles
    kg cycles g.json
    expect_rc 0
    expect_err_empty
    expect_first_line run/out '1 money cycle (length <= 4)'
    expect_line run/out '1. nvidia -> openai -> nvidia'
    grep -qF -- '   nvidia -invests_in-> openai  $100B  ' run/out || { show_run; fail "no \$100B invests_in step"; }
    grep -qF -- '   openai -buys_chips_from-> nvidia  ' run/out || { show_run; fail "no buys_chips_from step"; }
    [[ $(grep -c '^[0-9]*\. ' run/out) == 1 ]] || fail "expected exactly one cycle"
    ;;
  two_articles_json)
    build_two_articles
    kg cycles --format json g.json
    expect_rc 0
    expect_err_empty
    grep -qF '"amount_usd": 100000000000,' run/out || fail "amount not written as the integer 100000000000"
    py '
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
assert r["max_length"] == 4 and r["include_denied"] is False, r
assert len(r["cycles"]) == 1, r["cycles"]
c = r["cycles"][0]
assert c["nodes"] == ["nvidia", "openai"], c["nodes"]
steps = [(e["source"], e["target"], e["relation"]) for e in c["edges"]]
assert steps == [("nvidia", "openai", "invests_in"), ("openai", "nvidia", "buys_chips_from")], steps
amount = c["edges"][0]["amount_usd"]
assert amount == 100000000000 and isinstance(amount, int), amount
assert all(e["evidence"] for e in c["edges"]), "a step without evidence"
' run/out || { show_run; fail "cycles --format json"; }
    ;;
  two_articles_in_cycle_edges)
    build_two_articles
    py '
import json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
marked = sorted((e["source"], e["relation"], e["target"]) for e in g["links"] if e["in_cycle"] is True)
assert marked == [("nvidia", "invests_in", "openai"), ("openai", "buys_chips_from", "nvidia")], marked
assert all(isinstance(e["in_cycle"], bool) for e in g["links"]), "in_cycle not a boolean"
invest = [e for e in g["links"] if e["relation"] == "invests_in"][0]
assert invest["amount_usd"] == 100000000000 and isinstance(invest["amount_usd"], int), invest["amount_usd"]
' g.json || fail "in_cycle marks in g.json"
    ;;
  max_length_validation)
    build_two_articles
    kg cycles --max-length 1 g.json
    expect_rc 2
    expect_out_empty
    expect_err 'kgraph cycles: --max-length must be between 2 and 12, got 1' '(see: kgraph cycles --help)'
    kg cycles --max-length=13 g.json
    expect_rc 2
    expect_err 'kgraph cycles: --max-length must be between 2 and 12, got 13' '(see: kgraph cycles --help)'
    kg cycles --max-length two g.json
    expect_rc 2
    expect_err "kgraph cycles: --max-length needs a whole number, got 'two'" '(see: kgraph cycles --help)'
    kg cycles --max-length 2 g.json
    expect_rc 0
    expect_first_line run/out '1 money cycle (length <= 2)'
    expect_line run/out '1. nvidia -> openai -> nvidia'
    ;;
  max_length_limits_cycles)
    write_triangle
    kg cycles --include-denied --max-length 3 tri.json
    expect_rc 0
    expect_first_line run/out '1 money cycle (length <= 3, denied deals included)'
    kg cycles --include-denied --max-length 2 tri.json
    expect_rc 0
    expect_out '0 money cycles (length <= 2, denied deals included)'
    ;;
  denied_deal_breaks_cycle)
    write_triangle
    kg cycles tri.json
    expect_rc 0
    expect_err_empty
    expect_out '0 money cycles (length <= 4)'
    kg cycles --include-denied tri.json
    expect_rc 0
    expect_err_empty
    expect_out '1 money cycle (length <= 4, denied deals included)' \
      '' \
      '1. alpha -> beta -> gamma -> alpha' \
      '   alpha -invests_in-> beta  $2B  completed  (1 source)' \
      '      [d1] alpha invests in beta' \
      '   beta -buys_services_from-> gamma  denied  (1 source)' \
      '      [d2] beta buys services from gamma' \
      '   gamma -buys_chips_from-> alpha  $500M  completed  (1 source)' \
      '      [d3] gamma buys chips from alpha'
    ;;
  unit_folds_into_parent)
    cat >fold.json <<'JSON'
{"directed": true, "multigraph": false, "graph": {"name": "fold"},
 "nodes": [{"id": "amazon", "type": "ORG"}, {"id": "anthropic", "type": "ORG"},
           {"id": "aws", "type": "ORG", "part_of": "amazon"}],
 "links": [
  {"source": "amazon", "target": "anthropic", "relation": "invests_in", "amount_usd": 8000000000, "status": "completed",
   "evidence": [{"doc_id": "d1", "sentence": "amazon invests in anthropic"}]},
  {"source": "anthropic", "target": "aws", "relation": "buys_services_from", "status": "completed",
   "evidence": [{"doc_id": "d2", "sentence": "anthropic runs on aws"}]}
 ]}
JSON
    kg cycles fold.json
    expect_rc 0
    expect_out '1 money cycle (length <= 4)' \
      '' \
      '1. amazon -> anthropic -> amazon' \
      '   amazon -invests_in-> anthropic  $8B  completed  (1 source)' \
      '      [d1] amazon invests in anthropic' \
      '   anthropic -buys_services_from-> aws (part of amazon)  completed  (1 source)' \
      '      [d2] anthropic runs on aws'
    ;;
  round_trip_build_json_cycles)
    # build -> g.json -> cycles: the cycles found in the file are the ones build counted, and every step
    # of every cycle is an edge that build marked in_cycle.
    kg build -o g.json
    expect_rc 0
    built=$(tail -n 2 run/err | head -n 1 | sed -nE 's/.*, ([0-9]+) money cycles?$/\1/p')
    [[ -n $built ]] || { show_run; fail "no money cycle count in build's summary"; }
    kg cycles g.json
    expect_rc 0
    expect_first_line run/out "$built money cycle$([[ $built == 1 ]] || echo s) (length <= 4)"
    kg cycles --format json g.json
    expect_rc 0
    py '
import json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
r = json.load(open(sys.argv[2], encoding="utf-8"))
assert len(r["cycles"]) == int(sys.argv[3]), (len(r["cycles"]), sys.argv[3])
marked = {(e["source"], e["target"], e["relation"]) for e in g["links"] if e["in_cycle"]}
steps = {(e["source"], e["target"], e["relation"]) for c in r["cycles"] for e in c["edges"]}
assert steps <= marked, sorted(steps - marked)
' g.json run/out "$built" || fail "cycles of g.json disagree with its in_cycle marks"
    ;;
  *)
    fail "unknown case '$CASE'"
    ;;
esac
echo "OK: $CASE"
