#!/usr/bin/env bash
# usage.sh KGRAPH_BIN CASE - help, version and usage errors: exit 0 for help, 2 with a message naming the
# mistake for bad usage, and no output file created by a run refused for bad usage.
source "$(dirname "$0")/lib.sh"

case $CASE in
  help_exits_0)
    kg --help
    expect_rc 0
    expect_first_line run/out 'kgraph - knowledge graphs of who funds whom, from Arabic news'
    expect_line run/out 'Exit status: 0 success, 1 bad input, 2 bad usage.'
    expect_err_empty
    cp run/out run/main_help
    kg -h
    expect_rc 0
    cmp -s run/out run/main_help || fail "-h and --help print different text"
    kg help
    expect_rc 0
    cmp -s run/out run/main_help || fail "'help' and --help print different text"
    ;;
  version_prints_version)
    [[ -n ${KGRAPH_VERSION:-} ]] || fail "KGRAPH_VERSION not set by tests.cmake"
    kg --version
    expect_rc 0
    # The second line says whether the interactive page was built in (npm could fetch Cytoscape.js).
    if grep -q 'not in this build' run/out; then
      expect_out "kgraph $KGRAPH_VERSION" "interactive page (-o FILE.html): not in this build (see README, Build options)"
    else
      expect_out "kgraph $KGRAPH_VERSION" "interactive page (-o FILE.html): built in"
    fi
    expect_err_empty
    ;;
  help_build_equals_build_help)
    kg help build
    expect_rc 0
    expect_first_line run/out 'Usage: kgraph build [INPUT...] [-o FILE]... [OPTIONS]'
    expect_err_empty
    cp run/out run/help_build
    kg build --help
    expect_rc 0
    expect_err_empty
    cmp -s run/out run/help_build || fail "'kgraph help build' and 'kgraph build --help' differ"
    kg build -h
    expect_rc 0
    cmp -s run/out run/help_build || fail "'kgraph build -h' differs from 'kgraph help build'"
    ;;
  cycles_help_exits_0)
    kg cycles --help
    expect_rc 0
    expect_first_line run/out 'Usage: kgraph cycles GRAPH [OPTIONS]'
    expect_line run/out 'Exit status: 0 success (also when there is no cycle), 1 bad input, 2 bad usage.'
    expect_err_empty
    cp run/out run/cycles_help
    kg help cycles
    expect_rc 0
    cmp -s run/out run/cycles_help || fail "'kgraph help cycles' and 'kgraph cycles --help' differ"
    ;;
  no_args_exits_2)
    kg
    expect_rc 2
    expect_out_empty
    expect_first_line run/err 'kgraph - knowledge graphs of who funds whom, from Arabic news'
    ;;
  unknown_command_exits_2)
    kg frobnicate
    expect_rc 2
    expect_out_empty
    expect_err "kgraph: no such command 'frobnicate' (try: kgraph --help)"
    kg help frobnicate
    expect_rc 2
    expect_err "kgraph: no such command 'frobnicate' (try: kgraph --help)"
    ;;
  unknown_build_option_exits_2)
    kg build --frobnicate
    expect_rc 2
    expect_out_empty
    expect_err "kgraph build: unknown option '--frobnicate'" '(see: kgraph build --help)'
    ;;
  unknown_cycles_option_exits_2)
    kg cycles --frobnicate g.json
    expect_rc 2
    expect_err "kgraph cycles: unknown option '--frobnicate'" '(see: kgraph cycles --help)'
    ;;
  flag_with_value_exits_2)
    kg build --quiet=yes
    expect_rc 2
    expect_err "kgraph build: option '--quiet' takes no value" '(see: kgraph build --help)'
    ;;
  option_without_value_exits_2)
    kg build -o
    expect_rc 2
    expect_err "kgraph build: option '-o' needs a value" '(see: kgraph build --help)'
    ;;
  unknown_output_extension_exits_2)
    kg build -o out.xyz
    expect_rc 2
    expect_out_empty
    expect_err "kgraph build: cannot tell the format of 'out.xyz' from its extension: use .graphml, .dot, .json, .gexf, .html, .svg, .png, .pdf or --format" \
      '(see: kgraph build --help)'
    expect_listing . run
    ;;
  page_refused_when_not_built_in)
    # Only a build without Cytoscape.js (npm could not fetch it, or -DKGRAPH_HTML=OFF) has something to check.
    "$KGRAPH" --version | grep -q 'not in this build' || skip "this kgraph has the interactive page"
    reason="this kgraph was built without the interactive page (npm could not fetch Cytoscape.js when it was built, or -DKGRAPH_HTML=OFF): rebuild with access to the npm registry, or with -DKGRAPH_CYTOSCAPE_JS=/path/to/cytoscape.min.js"
    kg build -o g.html -o g.json
    expect_rc 2
    expect_err "kgraph build: $reason" '(see: kgraph build --help)'
    expect_listing . run
    ;;
  unknown_format_exits_2)
    kg build --format xml -o out.json
    expect_rc 2
    expect_err "kgraph build: unknown format 'xml' (known: graphml, dot, json, gexf, html, svg, png, pdf)" '(see: kgraph build --help)'
    expect_listing . run
    kg cycles --format csv g.json
    expect_rc 2
    expect_err "kgraph cycles: unknown format 'csv' (table or json)" '(see: kgraph cycles --help)'
    ;;
  max_cycle_length_1_exits_2)
    kg build --max-cycle-length 1 -o out.json
    expect_rc 2
    expect_out_empty
    expect_err 'kgraph build: --max-cycle-length must be between 2 and 12, got 1' '(see: kgraph build --help)'
    expect_listing . run
    kg build --max-cycle-length=13
    expect_rc 2
    expect_err 'kgraph build: --max-cycle-length must be between 2 and 12, got 13' '(see: kgraph build --help)'
    kg build --max-cycle-length four
    expect_rc 2
    expect_err "kgraph build: --max-cycle-length needs a whole number, got 'four'" '(see: kgraph build --help)'
    ;;
  cycles_needs_one_graph_exits_2)
    kg cycles
    expect_rc 2
    expect_err 'kgraph cycles: expects exactly one GRAPH file' '(see: kgraph cycles --help)'
    kg cycles a.json b.json
    expect_rc 2
    expect_err 'kgraph cycles: expects exactly one GRAPH file' '(see: kgraph cycles --help)'
    ;;
  cycles_unreadable_format_exits_2)
    printf 'x\n' >graph.txt
    kg cycles graph.txt
    expect_rc 2
    expect_err 'kgraph: error: graph.txt: cannot tell the graph format from the file name (readable: graphml, json)'
    ;;
  *)
    fail "unknown case '$CASE'"
    ;;
esac
echo "OK: $CASE"
