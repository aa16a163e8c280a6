#!/usr/bin/env bash
# check.sh KGRAPH_BIN FILE - regenerates the golden outputs with KGRAPH_BIN and compares FILE (a name in
# tests/golden, e.g. examples.json) byte for byte, printing a unified diff when it changed.
# A change in extraction shows up here as a readable diff; when it is intended, accept it with
#     tools/update-goldens.sh [BUILD_DIR]
set -euo pipefail
kgraph=${1:?usage: check.sh KGRAPH_BIN FILE}
name=${2:?usage: check.sh KGRAPH_BIN FILE}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/kgraph-golden.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

[[ -f $here/$name ]] || { echo "FAIL: no golden file tests/golden/$name (run tools/update-goldens.sh)"; exit 1; }
bash "$here/generate.sh" "$kgraph" "$tmp"
if diff -u --label "tests/golden/$name (golden)" --label "$name (kgraph now)" "$here/$name" "$tmp/$name"; then
  echo "OK: tests/golden/$name unchanged"
else
  echo "FAIL: the output of kgraph differs from tests/golden/$name (- golden, + now)."
  echo "If the change is intended, run: tools/update-goldens.sh [BUILD_DIR]"
  exit 1
fi
