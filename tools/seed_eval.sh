#!/usr/bin/env bash
# seed_eval.sh [KGRAPH_BIN] - scores kgraph on the seed articles in ../shared/seeds.
#
# 1. builds each ../shared/seeds/*.txt alone into a temp dir (kgraph build FILE -o DIR/<stem>.json) and
#    prints the scorer's report: python3 ../shared/eval/kg_score.py --gold ../shared/seeds/gold.json --pred-dir DIR
# 2. builds all the seeds together and prints kgraph cycles of that merged graph.
# KGRAPH_BIN defaults to build/kgraph; ../shared is found beside the project, or at $KGRAPH_SHARED_DIR.
# Exit status: 0 done (whatever the scores), 1 kgraph or the scorer failed, 77 ../shared is missing.
# The pass/fail thresholds are in tests/cli/seeds_check.sh (ctest -L seeds).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
kgraph=${1:-$root/build/kgraph}
shared=${KGRAPH_SHARED_DIR:-$root/../shared}
python=${KGRAPH_SCORE_PYTHON:-python3}

if [[ ! -d $shared/seeds || ! -f $shared/eval/kg_score.py ]]; then
  echo "SKIP: ../shared not found"
  exit 77
fi
if [[ ! -x $kgraph ]]; then
  echo "seed_eval: no kgraph binary at $kgraph" >&2
  exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/kgraph-seeds.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/pred"

seeds=("$shared"/seeds/*.txt)
[[ -f ${seeds[0]} ]] || { echo "seed_eval: no seed articles in $shared/seeds" >&2; exit 1; }
for f in "${seeds[@]}"; do
  stem=$(basename "$f" .txt)
  "$kgraph" build -q "$f" -o "$tmp/pred/$stem.json"
done

echo "== scores: each seed built alone (kg_score.py) =="
"$python" "$shared/eval/kg_score.py" --gold "$shared/seeds/gold.json" --pred-dir "$tmp/pred"

echo
echo "== money cycles: all ${#seeds[@]} seeds built together (kgraph cycles) =="
"$kgraph" build -q "${seeds[@]}" -o "$tmp/all.json"
"$kgraph" cycles "$tmp/all.json"
