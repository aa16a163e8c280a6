#!/usr/bin/env bash
# The README's first command: install what is missing, build kgraph, and run it on the example articles
# built into it. Writes out/graph.{graphml,dot,json,gexf,html,svg,png} (the pictures drawn by kgraph itself,
# the page one self-contained file to open in a browser) and prints the money cycles found.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build --target kgraph -j "$(nproc)" >/dev/null
mkdir -p out
build/kgraph build -o out/graph.graphml -o out/graph.dot -o out/graph.json -o out/graph.gexf \
  -o out/graph.html -o out/graph.svg -o out/graph.png
build/kgraph cycles out/graph.json
