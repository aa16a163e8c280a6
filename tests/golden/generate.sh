#!/usr/bin/env bash
# generate.sh KGRAPH_BIN OUTDIR - writes the golden outputs of KGRAPH_BIN into OUTDIR:
#   examples.json         kgraph build (no input: the example articles compiled into kgraph), JSON on stdout
#   examples.cycles.txt   kgraph cycles on that graph, as a table
# Used by tools/update-goldens.sh (OUTDIR = tests/golden) and by the golden tests (OUTDIR = a temp dir),
# so that both make the files the same way.
set -euo pipefail
kgraph=${1:?usage: generate.sh KGRAPH_BIN OUTDIR}
out=${2:?usage: generate.sh KGRAPH_BIN OUTDIR}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/kgraph-golden.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

"$kgraph" build -q >"$tmp/examples.json"
# cycles reads the graph from a file; its table does not name the file.
"$kgraph" cycles "$tmp/examples.json" >"$tmp/examples.cycles.txt"
mkdir -p "$out"
mv "$tmp/examples.json" "$tmp/examples.cycles.txt" "$out/"
