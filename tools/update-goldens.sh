#!/usr/bin/env bash
# update-goldens.sh [BUILD_DIR] - regenerates tests/golden/* from BUILD_DIR/kgraph (default: build/).
# Run it after an intended change in extraction, then review `git diff tests/golden` before committing:
# the golden tests (ctest -L golden) compare kgraph's output with these files byte for byte.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
kgraph=$build/kgraph
if [[ ! -x $kgraph ]]; then
  echo "update-goldens: no kgraph binary at $kgraph (build first: cmake --build ${build})" >&2
  exit 2
fi
bash "$root/tests/golden/generate.sh" "$kgraph" "$root/tests/golden"
echo "update-goldens: wrote tests/golden/examples.json and tests/golden/examples.cycles.txt from $kgraph"
