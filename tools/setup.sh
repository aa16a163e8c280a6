#!/usr/bin/env bash
# Installs the Debian 12 packages kgraph needs, and only those that are missing.
#   tools/setup.sh           what building and running kgraph needs
#   tools/setup.sh --tests   that, and what the test suite needs (validators, Python graph libraries,
#                            Chromium for the interactive page's browser tests)
# Run as root (or with sudo available). Safe to run again: it does nothing when all are installed.
set -euo pipefail
packages=(
  cmake g++ make pkg-config            # toolchain
  libboost-graph-dev libboost-test-dev # Boost.Graph, Boost.Test
  rapidjson-dev libicu-dev             # RapidJSON, ICU
  graphviz fonts-noto-core             # dot, and a font with Arabic glyphs for rendering
  libgraphviz-dev                      # libgvc/cgraph: .svg/.png/.pdf rendered in-process
)
if [ "${1:-}" = "--tests" ]; then
  packages+=(
    libxml2-utils                            # xmllint: GraphML schema check
    python3 python3-networkx python3-igraph  # interoperability tests (Debian's own python3)
    chromium                                 # the interactive page, driven headless (tests/html)
  )
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# npm fetches Cytoscape.js for the interactive page when kgraph is built. A Node.js installed some other
# way (NodeSource's package carries its own npm) is used as it is.
if ! command -v npm >/dev/null 2>&1; then
  missing+=(nodejs npm)
fi
if ((${#missing[@]} == 0)); then
  exit 0
fi
echo "setup: installing ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
