#!/usr/bin/env bash
# eval_cases.sh KGRAPH_EVAL CASE - one ctest case of kgraph-eval (see tests.cmake). Exit 0 pass, 1 fail,
# 77 skip (../shared or python3 missing for the cases that compare with kg_score.py).
#
# Environment (set by tests.cmake): KGRAPH_SOURCE_DIR, KGRAPH_SHARED_DIR, KGRAPH_BIN (the kgraph binary),
# KGRAPH_FOLD_DUMP (tests/eval/fold_dump.cpp), KGRAPH_PYTHON.
#
# data/tiny_expected.txt is kgraph-eval's report on data/tiny; the tiny_matches_kg_score case proves its
# numbers are kg_score.py's. If an intended change in extraction moves them, regenerate it with
#   (cd tests/eval/data && KGRAPH_EVAL --gold tiny/gold.json tiny > tiny_expected.txt)
# and review the diff.
set -uo pipefail
eval_bin=${1:?usage: eval_cases.sh KGRAPH_EVAL CASE}
case_name=${2:?usage: eval_cases.sh KGRAPH_EVAL CASE}
here=$(cd "$(dirname "$0")" && pwd)
root=${KGRAPH_SOURCE_DIR:-$(cd "$here/../.." && pwd)}
shared=${KGRAPH_SHARED_DIR:-$root/../shared}
kgraph=${KGRAPH_BIN:-$root/build/kgraph}
python=${KGRAPH_PYTHON:-python3}
data=$here/data

tmp=$(mktemp -d "${TMPDIR:-/tmp}/kgraph-eval-test.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

fail() {
  echo "FAIL: $*"
  exit 1
}

# run ARGS...: runs kgraph-eval from $data (so messages carry short relative paths); sets $rc, and
# leaves stdout in $tmp/out and stderr in $tmp/err.
run() {
  rc=0
  (cd "$data" && "$eval_bin" "$@") >"$tmp/out" 2>"$tmp/err" || rc=$?
  echo "--- kgraph-eval $* (exit $rc)"
  cat "$tmp/out" "$tmp/err"
}

expect_rc() {
  [[ $rc == "$1" ]] || fail "exit status $rc, want $1"
}

# expect_err_line TEXT: stderr's first line is exactly TEXT.
expect_err_line() {
  local got
  got=$(head -n 1 "$tmp/err")
  [[ $got == "$1" ]] || fail "stderr: got '$got', want '$1'"
}

need_shared() {
  if [[ ! -d $shared/seeds || ! -f $shared/eval/kg_score.py ]]; then
    echo "SKIP: ../shared not found"
    exit 77
  fi
  command -v "$python" >/dev/null || { echo "SKIP: no $python"; exit 77; }
  [[ -x $kgraph ]] || fail "no kgraph binary at $kgraph"
}

# compare_with_kg_score GOLD ARTICLE...: builds each article alone with `kgraph build` into $tmp/pred,
# scores the graphs with kg_score.py, runs kgraph-eval on the same articles, and requires the same
# summary line, the same per-document lines (kgraph-eval's extra "wrong entity/amount/status" lines
# aside) and the same per-document counts and lists in the two --json reports.
compare_with_kg_score() {
  local gold=$1 dir=$2
  shift 2
  mkdir -p "$tmp/pred"
  local f
  for f in "$@"; do
    "$kgraph" build -q "$f" -o "$tmp/pred/$(basename "$f" .txt).json" || fail "kgraph build $f"
  done
  "$python" "$shared/eval/kg_score.py" --gold "$gold" --pred-dir "$tmp/pred" >"$tmp/py.txt" || fail "kg_score.py failed"
  "$python" "$shared/eval/kg_score.py" --gold "$gold" --pred-dir "$tmp/pred" --json >"$tmp/py.json" ||
    fail "kg_score.py --json failed"
  "$eval_bin" --gold "$gold" "$dir" >"$tmp/ours.txt" || fail "kgraph-eval exited $?"
  "$eval_bin" --gold "$gold" "$dir" --quiet >"$tmp/ours_quiet.txt" || fail "kgraph-eval --quiet exited $?"
  "$eval_bin" --gold "$gold" "$dir" --json >"$tmp/ours.json" || fail "kgraph-eval --json exited $?"
  echo "--- kg_score.py"
  cat "$tmp/py.txt"
  echo "--- kgraph-eval"
  cat "$tmp/ours.txt"
  local py_summary ours_summary
  py_summary=$(tail -n 1 "$tmp/py.txt")
  ours_summary=$(cat "$tmp/ours_quiet.txt")
  [[ $py_summary == "$ours_summary" ]] || fail "summary lines differ:
  kg_score.py: $py_summary
  kgraph-eval: $ours_summary"
  grep -vE '^   (wrong entity|amount|status): ' "$tmp/ours.txt" | diff "$tmp/py.txt" - ||
    fail "per-document lines differ from kg_score.py's"
  # kg_score.py --json prints its JSON, then the summary line.
  "$python" - "$tmp/py.json" "$tmp/ours.json" <<'PY' || fail "--json reports differ"
import json, sys
py_text = open(sys.argv[1], encoding="utf-8").read().rstrip("\n").rsplit("\n", 1)[0]
py, ours = json.loads(py_text), json.load(open(sys.argv[2], encoding="utf-8"))
assert len(py["docs"]) == len(ours["docs"]), "document counts differ"
for p, o in zip(py["docs"], ours["docs"]):
    for k, v in p.items():
        assert o.get(k) == v, f"{p['doc']}: {k}: kg_score.py {v!r}, kgraph-eval {o.get(k)!r}"
assert py["total"] == ours["total"], f"totals differ: {py['total']} vs {ours['total']}"
PY
  echo "OK: same scores as kg_score.py"
}

case $case_name in
  tiny_text_report)
    run --gold tiny/gold.json tiny
    expect_rc 0
    diff "$data/tiny_expected.txt" "$tmp/out" || fail "report differs from data/tiny_expected.txt"
    ;;
  tiny_quiet_prints_only_the_summary)
    run --gold tiny/gold.json tiny --quiet
    expect_rc 0
    [[ $(cat "$tmp/out") == "$(tail -n 1 "$data/tiny_expected.txt")" ]] || fail "--quiet is not the summary line alone"
    [[ ! -s $tmp/err ]] || fail "stderr is not empty"
    ;;
  tiny_json_report)
    run --gold tiny/gold.json tiny --json
    expect_rc 0
    command -v "$python" >/dev/null || { echo "SKIP: no $python"; exit 77; }
    "$python" - "$tmp/out" "$(tail -n 1 "$data/tiny_expected.txt")" <<'PY' || fail "JSON report"
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
assert r["summary"] == sys.argv[2], r["summary"]
assert [d["doc"] for d in r["docs"]] == ["t1_microsoft_mistral", "t2_amazon_anthropic", "t3_oracle_openai"]
t2 = r["docs"][1]
assert t2["false_positives"] == ["amazon -develops-> trainium"], t2
assert t2["amount_errors"] == [{"src": "amazon", "rel": "invests_in", "dst": "anthropic",
                                "got": "4000000000", "want": "4100000000"}], t2
assert r["total"]["rel_tp"] == 7 and r["total"]["rel_fp"] == 1 and r["total"]["rel_fn"] == 1, r["total"]
assert r["scores"]["relations"]["f1"] == 0.875, r["scores"]
PY
    ;;
  floor_not_met_exits_1)
    run --gold tiny/gold.json tiny --quiet --min-relation-f1 0.9 --min-entity-f1 0.5
    expect_rc 1
    expect_err_line "kgraph-eval: relation F1 0.875 is below the floor 0.9"
    [[ $(wc -l <"$tmp/err") == 1 ]] || fail "the entity floor is met and must not be reported"
    [[ $(cat "$tmp/out") == "$(tail -n 1 "$data/tiny_expected.txt")" ]] || fail "the summary must still be printed"
    run --gold tiny/gold.json tiny --quiet --min-entity-f1=0.95
    expect_rc 1
    expect_err_line "kgraph-eval: entity F1 0.88 is below the floor 0.95"
    ;;
  floors_met_exit_0)
    run --gold tiny/gold.json tiny --quiet --min-relation-f1 0.875 --min-entity-f1 0.85
    expect_rc 0
    [[ ! -s $tmp/err ]] || fail "stderr is not empty"
    ;;
  broken_gold_json_is_located)
    run --gold broken_gold.json tiny
    expect_rc 1
    expect_err_line "kgraph-eval: error: broken_gold.json:10:7: invalid JSON: Missing a comma or ']' after an array element. (near '{\"src\": \"microsoft\", \"re')"
    [[ ! -s $tmp/out ]] || fail "nothing may be printed on stdout"
    ;;
  gold_value_of_wrong_type_is_located)
    run --gold gold_bad_type.json tiny
    expect_rc 1
    expect_err_line 'kgraph-eval: error: gold_bad_type.json:6:56: "mentions" must be an array'
    ;;
  missing_article_is_located)
    run --gold missing_article_gold.json tiny
    expect_rc 1
    expect_err_line "kgraph-eval: error: missing_article_gold.json:9:13: no article for document 't4_not_written': tiny/t4_not_written.txt not found"
    [[ ! -s $tmp/out ]] || fail "nothing may be printed on stdout"
    ;;
  missing_articles_dir_exits_1)
    run --gold tiny/gold.json no_such_dir
    expect_rc 1
    expect_err_line "kgraph-eval: error: no_such_dir: not a directory of articles"
    ;;
  usage_errors_exit_2)
    run
    expect_rc 2
    expect_err_line "kgraph-eval: --gold GOLD.json is required"
    run --gold tiny/gold.json
    expect_rc 2
    expect_err_line "kgraph-eval: ARTICLES_DIR is required"
    run --gold tiny/gold.json tiny tiny
    expect_rc 2
    expect_err_line "kgraph-eval: one ARTICLES_DIR expected, got 2"
    run --gold tiny/gold.json tiny --frobnicate
    expect_rc 2
    expect_err_line "kgraph-eval: unknown option '--frobnicate'"
    run --gold tiny/gold.json tiny --min-relation-f1 high
    expect_rc 2
    expect_err_line "kgraph-eval: --min-relation-f1 wants a number from 0 to 1, not 'high'"
    run --gold tiny/gold.json tiny --min-entity-f1 1.5
    expect_rc 2
    run --gold tiny/gold.json tiny --quiet=yes
    expect_rc 2
    expect_err_line "kgraph-eval: option '--quiet' takes no value"
    run --gold
    expect_rc 2
    expect_err_line "kgraph-eval: option '--gold' needs a value"
    ;;
  help_exits_0)
    run --help
    expect_rc 0
    grep -q '^Usage: kgraph-eval --gold GOLD.json ARTICLES_DIR' "$tmp/out" || fail "no usage line"
    ;;
  seeds_match_kg_score)
    need_shared
    compare_with_kg_score "$shared/seeds/gold.json" "$shared/seeds" "$shared"/seeds/*.txt
    ;;
  tiny_matches_kg_score)
    need_shared
    compare_with_kg_score "$data/tiny/gold.json" "$data/tiny" "$data"/tiny/*.txt
    ;;
  fold_matches_kg_score)
    # Every alias of the default lexicon, every gold mention of the seeds and every fold case: the keys
    # must be kg_score.keys(), so a change to the Python fold shows up here even if the seeds still agree.
    need_shared
    "$python" - "$root/src/data/lexicon.json" "$shared/seeds/gold.json" "$data/fold_cases.json" >"$tmp/names.txt" <<'PY' ||
import json, sys
names = []
lex = json.load(open(sys.argv[1], encoding="utf-8"))
for e in lex["entities"]:
    names += [e["id"]] + [e.get(k) for k in ("label_en", "label_ar") if e.get(k)] + e.get("aliases", [])
for d in json.load(open(sys.argv[2], encoding="utf-8"))["docs"]:
    for e in d["entities"]:
        names += [e["id"]] + e["mentions"]
names += [c[0] for c in json.load(open(sys.argv[3], encoding="utf-8"))["cases"]]
sys.stdout.write("".join(n + "\n" for n in names if "\n" not in n and "\r" not in n))
PY
      fail "collecting names"
    "$KGRAPH_FOLD_DUMP" <"$tmp/names.txt" >"$tmp/ours.txt" || fail "fold_dump failed"
    PYTHONPATH="$shared/eval" "$python" - "$tmp/names.txt" >"$tmp/py.txt" <<'PY' || fail "kg_score.keys failed"
import sys
from kg_score import keys
for line in open(sys.argv[1], encoding="utf-8", newline="\n").read().split("\n")[:-1]:
    print("\t".join(sorted(keys(line))))
PY
    diff "$tmp/py.txt" "$tmp/ours.txt" || fail "name keys differ from kg_score.keys (left: Python)"
    echo "OK: $(wc -l <"$tmp/names.txt") names fold to kg_score's keys"
    ;;
  *)
    fail "unknown case $case_name"
    ;;
esac
exit 0
