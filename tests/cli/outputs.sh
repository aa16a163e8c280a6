#!/usr/bin/env bash
# outputs.sh KGRAPH_BIN CASE - where kgraph build writes: JSON to standard output without -o, --format
# for standard output, several -o in one run, and formats picked by extension or by --format.
source "$(dirname "$0")/lib.sh"

# is_kgraph_json FILE: FILE parses as node-link JSON with the keys kgraph writes.
is_kgraph_json() {
  py '
import json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
assert g["directed"] is True, "directed"
assert isinstance(g["nodes"], list) and isinstance(g["links"], list), "nodes/links"
assert all("id" in n for n in g["nodes"]), "node ids"
assert all("source" in e and "target" in e and "relation" in e for e in g["links"]), "links"
assert len(g["nodes"]) > 0 and len(g["links"]) > 0, "empty graph"
' "$1" || fail "$1 is not a kgraph JSON graph"
}

case $CASE in
  json_to_stdout_without_output)
    kg build -q
    expect_rc 0
    expect_err_empty
    is_kgraph_json run/out
    cp run/out run/default.json
    kg build -q --format json
    expect_rc 0
    cmp -s run/out run/default.json || fail "--format json differs from the default standard output"
    ;;
  dot_to_stdout)
    kg build -q --format dot
    expect_rc 0
    expect_err_empty
    expect_first_line run/out 'digraph "kgraph" {'
    [[ $(tail -n 1 run/out) == '}' ]] || fail "the DOT output does not end with '}'"
    ;;
  graphml_to_stdout)
    kg build -q -f graphml
    expect_rc 0
    expect_first_line run/out '<?xml version="1.0" encoding="UTF-8"?>'
    [[ $(tail -n 1 run/out) == '</graphml>' ]] || fail "the GraphML output does not end with </graphml>"
    ;;
  several_outputs_in_one_run)
    kg build -q
    cp run/out run/stdout.json
    kg build -o g.json --output g.graphml -o g.dot --output=g.gv
    expect_rc 0
    expect_out_empty
    tail -n 4 run/err >run/wrote
    printf 'kgraph: wrote %s\n' g.json g.graphml g.dot g.gv >run/want_wrote
    diff -u run/want_wrote run/wrote >&2 || fail "the 'wrote' lines on standard error differ"
    cmp -s g.json run/stdout.json || fail "g.json differs from the JSON written to standard output"
    cmp -s g.dot g.gv || fail ".dot and .gv outputs differ"
    expect_first_line g.graphml '<?xml version="1.0" encoding="UTF-8"?>'
    expect_first_line g.dot 'digraph "kgraph" {'
    ;;
  format_option_for_unknown_extension)
    kg build -q --format graphml -o graph.xml -o graph.json
    expect_rc 0
    expect_first_line graph.xml '<?xml version="1.0" encoding="UTF-8"?>'
    is_kgraph_json graph.json
    ;;
  extension_is_case_insensitive)
    kg build -q -o G.JSON -o G.GraphML
    expect_rc 0
    is_kgraph_json G.JSON
    expect_first_line G.GraphML '<?xml version="1.0" encoding="UTF-8"?>'
    ;;
  min_confidence_filters_relations)
    # Built-in examples: every relation has a confidence; a threshold of 1 keeps none, 0 keeps all.
    kg build -q -o all.json
    expect_rc 0
    kg build -q --min-confidence 1 -o none.json
    expect_rc 0
    n_all=$(/usr/bin/python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["links"]))' all.json)
    n_none=$(/usr/bin/python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["links"]))' none.json)
    [[ $n_all -gt 20 && $n_none -eq 0 ]] || fail "links: all=$n_all, with --min-confidence 1: $n_none"
    kg build -q --min-confidence 1.5
    expect_rc 2
    expect_err "kgraph build: --min-confidence needs a number from 0 to 1, got '1.5'" '(see: kgraph build --help)'
    ;;
  *)
    fail "unknown case '$CASE'"
    ;;
esac
echo "OK: $CASE"
