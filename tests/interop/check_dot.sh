#!/bin/sh
# check_dot.sh FILE.dot OUTDIR - renders kgraph's DOT with Graphviz to SVG and PNG and checks that both
# renderings exist and are not empty, that the PNG is a PNG, and that the SVG holds the Arabic label
# text (so the label survived quoting and the UTF-8 charset).
set -u
dot_file=$1
out=$2
if ! command -v dot >/dev/null 2>&1; then
  echo "SKIP: Graphviz dot not installed"
  exit 77
fi
dot -Tsvg "$dot_file" -o "$out/sample.svg" || { echo "FAIL: dot -Tsvg exited $?"; exit 1; }
dot -Tpng "$dot_file" -o "$out/sample.png" || { echo "FAIL: dot -Tpng exited $?"; exit 1; }
[ -s "$out/sample.svg" ] || { echo "FAIL: empty SVG"; exit 1; }
[ -s "$out/sample.png" ] || { echo "FAIL: empty PNG"; exit 1; }
[ "$(head -c 4 "$out/sample.png" | tail -c 3)" = "PNG" ] || { echo "FAIL: not a PNG"; exit 1; }
# The Arabic name of Nvidia, written as octal escapes to keep this script ASCII.
nvidia_ar=$(printf '\330\245\331\206\331\201\331\212\330\257\331\212\330\247')
grep -q "$nvidia_ar" "$out/sample.svg" || { echo "FAIL: Arabic label missing from the SVG"; exit 1; }
grep -q "Nvidia" "$out/sample.svg" || { echo "FAIL: English label missing from the SVG"; exit 1; }
echo "OK: dot renders $dot_file"
