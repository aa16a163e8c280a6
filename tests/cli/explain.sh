#!/usr/bin/env bash
# explain.sh KGRAPH_BIN CASE - `kgraph explain`: the sentence-by-sentence report a rule author reads.
source "$(dirname "$0")/lib.sh"

case $CASE in
  explain_shows_resolution_relations_and_rejections)
    # Sentence 2: an attributed investment. Sentence 3: a trigger cancelled by "بدلا من" and a chip
    # purchase the rules do find.
    {
      echo 'عنوان'
      echo 'وفقا لرويترز، ضخت أمازون 4 مليارات دولار في أنثروبيك.'
      echo 'بدلا من الاعتماد على رقائق إنفيديا، ستستخدم أوبن إيه آي معالجات AMD.'
    } >a.txt
    kg explain a.txt
    expect_rc 0
    expect_out \
      '== a  عنوان' \
      '' \
      '[2] وفقا لرويترز، ضخت أمازون 4 مليارات دولار في أنثروبيك.' \
      '    entity    رويترز -> reuters (MEDIA, lexicon, 1.00)' \
      '    entity    أمازون -> amazon (ORG, lexicon, 1.00)' \
      '    entity    أنثروبيك -> anthropic (ORG, lexicon, 1.00)' \
      "    relation  amazon -invests_in-> anthropic  \$4B  completed ('ضخت')  reported by reuters" \
      "              rule invest.verb, trigger 'ضخت', confidence 0.85" \
      '' \
      '[3] بدلا من الاعتماد على رقائق إنفيديا، ستستخدم أوبن إيه آي معالجات AMD.' \
      '    entity    إنفيديا -> nvidia (ORG, lexicon, 1.00)' \
      '    entity    أوبن إيه آي -> openai (ORG, lexicon, 1.00)' \
      '    entity    AMD -> amd (ORG, lexicon, 1.00)' \
      "    relation  openai -buys_chips_from-> amd  planned ('ستستخدم')" \
      "              rule chips.of, trigger 'معالجات', confidence 0.80" \
      "    rejected  at 'رقائق': a blocker next to it (بدلا من, دون, باعت... before; السابق after) cancels the trigger" \
      "    rejected  develops.product_of at 'معالجات': source amd but no develops target where the rule looks for one" \
      ''
    ;;
  explain_needs_an_input)
    kg explain
    expect_rc 2
    expect_err 'kgraph explain: expects at least one INPUT (a file, a directory or -)' '(see: kgraph explain --help)'
    ;;
  *)
    fail "unknown case $CASE"
    ;;
esac
echo "OK: $CASE"
