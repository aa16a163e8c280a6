# shellcheck shell=bash disable=SC2034
# lib.sh - shared helpers for the tests/cli/*.sh scripts (sourced, not run).
#
# Every script is called as   bash SCRIPT.sh KGRAPH_BIN CASE   by tests/cli/tests.cmake and runs the one
# CASE in a fresh temporary directory (removed on exit), so that relative file names in kgraph's messages
# are the names the test wrote. Environment from tests.cmake:
#   KGRAPH_SOURCE_DIR  the project root;   KGRAPH_VERSION  the project version
#   KGRAPH_SHARED_DIR  ../shared beside the project (may be absent)
#   KGRAPH_PYTHON      a Python 3 (Debian's /usr/bin/python3 where it exists: it has networkx and igraph)
# Exit status: 0 pass, 1 fail, 77 skip (ctest SKIP_RETURN_CODE).
set -euo pipefail

KGRAPH=${1:?usage: $0 KGRAPH_BIN CASE}
CASE=${2:?usage: $0 KGRAPH_BIN CASE}
case $KGRAPH in /*) ;; *) KGRAPH=$PWD/$KGRAPH ;; esac
[[ -x $KGRAPH ]] || { echo "FAIL: kgraph binary not found: $KGRAPH" >&2; exit 1; }
: "${KGRAPH_SOURCE_DIR:=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
: "${KGRAPH_SHARED_DIR:=$KGRAPH_SOURCE_DIR/../shared}"
: "${KGRAPH_PYTHON:=python3}"
CLI_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

WORK=$(mktemp -d "${TMPDIR:-/tmp}/kgraph-cli.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
mkdir run  # kgraph's stdout/stderr land here, out of the way of directory listings

fail() {
  echo "FAIL [$CASE]: $*" >&2
  exit 1
}

skip() {
  echo "SKIP: $*"
  exit 77
}

# Prints what the last kgraph run wrote, for a failure message.
show_run() {
  {
    echo "--- exit status: $rc"
    echo "--- stdout (first 20 lines):"
    head -n 20 run/out
    echo "--- stderr:"
    cat run/err
  } >&2
}

# kg ARGS...: runs kgraph; stdout -> run/out, stderr -> run/err, exit status -> $rc. Never aborts.
kg() {
  rc=0
  "$KGRAPH" "$@" >run/out 2>run/err || rc=$?
}

# kg_in FILE ARGS...: as kg, with FILE on standard input.
kg_in() {
  local input=$1
  shift
  rc=0
  "$KGRAPH" "$@" <"$input" >run/out 2>run/err || rc=$?
}

expect_rc() {
  [[ $rc == "$1" ]] || { show_run; fail "exit status $rc, expected $1"; }
}

# expect_err LINE...: standard error is exactly these lines.
expect_err() {
  printf '%s\n' "$@" >run/want_err
  diff -u run/want_err run/err >&2 || { show_run; fail "standard error differs (- expected, + actual)"; }
}

# expect_out LINE...: standard output is exactly these lines.
expect_out() {
  printf '%s\n' "$@" >run/want_out
  diff -u run/want_out run/out >&2 || { show_run; fail "standard output differs (- expected, + actual)"; }
}

expect_out_empty() {
  [[ ! -s run/out ]] || { show_run; fail "expected nothing on standard output"; }
}

expect_err_empty() {
  [[ ! -s run/err ]] || { show_run; fail "expected nothing on standard error"; }
}

# expect_first_line FILE LINE: FILE's first line is exactly LINE.
expect_first_line() {
  local got
  got=$(head -n 1 "$1")
  [[ $got == "$2" ]] || { show_run; fail "first line of $1 is '$got', expected '$2'"; }
}

# expect_line FILE LINE: FILE has a line that is exactly LINE.
expect_line() {
  grep -qxF -- "$2" "$1" || { show_run; fail "no line '$2' in $1"; }
}

expect_absent() {
  [[ ! -e $1 ]] || fail "$1 exists but should not"
}

# expect_listing DIR NAME...: DIR holds exactly these entries (hidden ones included), nothing else.
expect_listing() {
  local dir=$1
  shift
  local got want
  got=$(cd "$dir" && LC_ALL=C ls -A | LC_ALL=C sort)
  want=$(printf '%s\n' "$@" | sed '/^$/d' | LC_ALL=C sort)
  [[ $got == "$want" ]] || fail "$dir holds [${got//$'\n'/ }], expected [${want//$'\n'/ }]"
}

# py CODE ARGS...: runs Python code (standard library only) with ARGS in sys.argv[1:].
py() {
  local code=$1
  shift
  "$KGRAPH_PYTHON" -c "$code" "$@"
}

# The two articles of the cycle tests, in Arabic: Nvidia puts $100B into OpenAI; OpenAI buys Nvidia chips.
# First line is the title (neutral, so that each relation has exactly one sentence of evidence).
write_cycle_articles() {
  local dir=$1
  mkdir -p "$dir"
  printf '%s\n%s\n' 'خبر اقتصادي' 'أعلنت شركة إنفيديا أنها ستستثمر 100 مليار دولار في شركة OpenAI.' >"$dir/a_invest.txt"
  printf '%s\n%s\n' 'خبر تقني' 'تشتري OpenAI رقائق إنفيديا لتشغيل مراكز بياناتها.' >"$dir/b_chips.txt"
}

# The example articles compiled into kgraph: the stems of examples/articles/*.txt, one per line, sorted.
example_stems() {
  local f
  for f in "$KGRAPH_SOURCE_DIR"/examples/articles/*.txt; do
    f=${f##*/}
    echo "${f%.txt}"
  done | LC_ALL=C sort
}
