#!/usr/bin/env bash
# update.sh [KGRAPH_BIN] - regenerates the expected output (NN_name.out) of every query in this folder, on the
# graph of examples/articles, after an intended change in extraction or in the query engine. Review the diff
# (git diff examples/queries) before committing it: the ctest cli_query_examples compares byte for byte.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
kgraph=${1:-$root/build/kgraph}
[[ -x $kgraph ]] || { echo "update.sh: no kgraph binary at $kgraph (give its path)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$kgraph" build -q "$root/examples/articles" -o "$work/g.json"
for q in "$here"/*.cypher; do
  "$kgraph" query "$work/g.json" -f "$q" >"${q%.cypher}.out"
done
echo "update.sh: regenerated $(ls "$here"/*.cypher | wc -l) expected outputs in $here"
