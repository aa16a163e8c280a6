#!/usr/bin/env bash
# Builds a graph with kgraph as a page and as JSON, then drives the page in headless Chromium
# (page_test.mjs). Usage: run_page_test.sh KGRAPH NODE_MODULES OUTDIR NAME [INPUT]
# Without INPUT the example articles built into kgraph are read. Exit 77 (ctest: skipped) when INPUT is
# given but absent (../shared on a machine outside) or when there is no Chromium.
set -euo pipefail
kgraph=$1 modules=$2 out=$3 name=$4 input=${5:-}
here=$(cd "$(dirname "$0")" && pwd)
if [ -n "$input" ] && [ ! -e "$input" ]; then
  echo "SKIP: $input is absent"
  exit 77
fi
if ! "$kgraph" --version | grep -q 'interactive page (-o FILE.html): built in'; then
  echo "SKIP: this kgraph was built without the interactive page (npm could not fetch Cytoscape.js)"
  exit 77
fi
if [ ! -d "$modules/playwright-core" ]; then
  echo "SKIP: playwright-core is not installed in $modules (npm could not fetch it at build time)"
  exit 77
fi
mkdir -p "$out"
rm -f "$out/$name.html" "$out/$name.json" "$out/$name.png"
"$kgraph" build -q ${input:+"$input"} -o "$out/$name.html" -o "$out/$name.json"
exec node "$here/page_test.mjs" --page "$out/$name.html" --graph "$out/$name.json" --modules "$modules" \
  --chromium "${KGRAPH_CHROMIUM:-/usr/bin/chromium}" --screenshot "$out/$name.png" \
  --expect-search "إنفيديا=nvidia" --expect-search "Nvidia=nvidia" --expect-search "انفيديا=nvidia" \
  --expect-search "nvidia=nvidia"
