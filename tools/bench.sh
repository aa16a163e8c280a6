#!/usr/bin/env bash
# bench.sh [BUILD_DIR] - throughput of `kgraph build` on the SaudiNewsNet corpus (../shared/corpora), which
# stays outside the project. Converts it to JSON Lines once (in $TMPDIR), then times one full build and
# prints articles per second and megabytes per second. Use a Release build for numbers worth reporting.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
corpus=$root/../shared/corpora/saudinewsnet
if [[ ! -d $corpus ]]; then
  echo "bench: $corpus not found (the corpus lives in ../shared beside the checkout)" >&2
  exit 77
fi
tmp=${TMPDIR:-/tmp}/kgraph-bench
mkdir -p "$tmp"
jsonl=$tmp/saudinewsnet.jsonl
[[ -s $jsonl ]] || python3 "$root/tools/saudinewsnet_to_jsonl.py" "$corpus" > "$jsonl"
articles=$(wc -l < "$jsonl")
bytes=$(stat -c %s "$jsonl")
start=$(date +%s.%N)
"$build/kgraph" build -q "$jsonl" -o "$tmp/graph.json"
end=$(date +%s.%N)
python3 - "$articles" "$bytes" "$start" "$end" "$tmp/graph.json" <<'PY'
import json, sys
articles, size, start, end, graph = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
g = json.load(open(graph, encoding="utf-8"))
secs = end - start
print(f"bench: {articles} articles, {size / 1e6:.1f} MB in {secs:.1f} s: {articles / secs:.0f} articles/s, "
      f"{size / 1e6 / secs:.2f} MB/s; graph {len(g['nodes'])} nodes, {len(g['links'])} edges")
PY
