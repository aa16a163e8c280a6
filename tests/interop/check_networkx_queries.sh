#!/bin/sh
# check_networkx_queries.sh KGRAPH PYTHON SOURCE_DIR OUT - examples/queries/networkx_queries.py answers the
# example questions on the embedded examples' graph, from the JSON and from the GraphML export, exactly as
# `kgraph query --format tsv` does. Exit 77 (skip) when the Python has no NetworkX.
set -eu
kgraph=$1 python=$2 src=$3 out=$4
"$python" -c 'import networkx' 2>/dev/null || { echo "SKIP: no networkx for $python"; exit 77; }
mkdir -p "$out"
"$kgraph" build -q -o "$out/g.json" -o "$out/g.graphml"
status=0
for q in 01_who_invests_in_openai 02_deals_over_10b 05_top_investors 08_ceos 09_invest_and_buy 11_most_connected; do
  "$kgraph" query "$out/g.json" -f "$src/examples/queries/$q.cypher" --format tsv >"$out/$q.kgraph.tsv"
  for fmt in json graphml; do
    "$python" -B "$src/examples/queries/networkx_queries.py" "$out/g.$fmt" "$q" | tail -n +2 >"$out/$q.$fmt.tsv"
    if ! cmp -s "$out/$q.kgraph.tsv" "$out/$q.$fmt.tsv"; then
      echo "FAIL: $q from g.$fmt: NetworkX and kgraph query disagree" >&2
      diff "$out/$q.kgraph.tsv" "$out/$q.$fmt.tsv" >&2 || true
      status=1
    fi
  done
done
exit $status
