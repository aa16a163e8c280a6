#!/usr/bin/env bash
# The README's second command: install what is missing, build everything, run the whole test suite.
# Tests that need ../shared (the seed articles, the GraphML schema) skip when it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh --tests
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DKGRAPH_BUILD_TESTS=ON >/dev/null
cmake --build build -j "$(nproc)" >/dev/null
ctest --test-dir build --output-on-failure -j "$(nproc)"
