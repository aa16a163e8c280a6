#!/usr/bin/env bash
# seeds_check.sh KGRAPH_BIN - the acceptance test on the seed articles (ctest -L seeds): runs
# tools/seed_eval.sh and fails unless relation F1 >= 0.85, entity F1 >= 0.85, every amount of the
# relations found is right ("amounts k/n" with k == n), and the merged graph's cycle list holds
# amazon -> anthropic -> amazon and nvidia -> openai -> nvidia. Skips (77) when ../shared is missing.
set -euo pipefail
kgraph=${1:?usage: seeds_check.sh KGRAPH_BIN}
root=${KGRAPH_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
shared=${KGRAPH_SHARED_DIR:-$root/../shared}
if [[ ! -d $shared/seeds ]]; then
  echo "SKIP: ../shared not found"
  exit 77
fi

st=0
report=$(KGRAPH_SHARED_DIR=$shared bash "$root/tools/seed_eval.sh" "$kgraph" 2>&1) || st=$?
echo "$report"
[[ $st == 77 ]] && exit 77
[[ $st == 0 ]] || { echo "FAIL: tools/seed_eval.sh exited $st"; exit 1; }

# "entities P=0.972 R=0.986 F1=0.979 | relations P=1.000 R=0.872 F1=0.932 | amounts 10/10 | status 12/13"
summary=$(grep -E '^entities P=.* \| relations P=.* \| amounts [0-9]+/[0-9]+' <<<"$report" | tail -n 1) ||
  { echo "FAIL: no summary line from kg_score.py"; exit 1; }
entity_f1=$(sed -nE 's/^entities [^|]*F1=([0-9.]+).*/\1/p' <<<"$summary")
relation_f1=$(sed -nE 's/.*\| relations [^|]*F1=([0-9.]+).*/\1/p' <<<"$summary")
amounts=$(sed -nE 's/.*\| amounts ([0-9]+\/[0-9]+).*/\1/p' <<<"$summary")
[[ -n $entity_f1 && -n $relation_f1 && -n $amounts ]] || { echo "FAIL: cannot read the summary: $summary"; exit 1; }

failures=()
awk -v f="$entity_f1" 'BEGIN { exit !(f >= 0.85) }' || failures+=("entity F1 $entity_f1 < 0.85")
awk -v f="$relation_f1" 'BEGIN { exit !(f >= 0.85) }' || failures+=("relation F1 $relation_f1 < 0.85")
[[ ${amounts%/*} == "${amounts#*/}" ]] || failures+=("amounts $amounts: not every amount is right")
cycles=$(sed -n '/^== money cycles/,$p' <<<"$report")
for want in 'amazon -> anthropic -> amazon' 'nvidia -> openai -> nvidia'; do
  grep -qE "^[0-9]+\. ${want}\$" <<<"$cycles" || failures+=("merged graph lacks the cycle $want")
done

echo
if ((${#failures[@]})); then
  printf 'FAIL: %s\n' "${failures[@]}"
  exit 1
fi
echo "OK: entity F1 $entity_f1, relation F1 $relation_f1, amounts $amounts, both gold cycles found"
