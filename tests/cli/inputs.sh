#!/usr/bin/env bash
# inputs.sh KGRAPH_BIN CASE - what kgraph build reads: directories (.txt, .jsonl, .ndjson, recursively),
# "-" for standard input (text or JSON Lines), and the embedded examples when given nothing. Checked
# through graph.documents of the JSON output, which lists the id of every article read.
source "$(dirname "$0")/lib.sh"

# documents FILE: graph.documents of a kgraph JSON file, one per line.
documents() {
  py 'import json, sys; print("\n".join(json.load(open(sys.argv[1], encoding="utf-8"))["graph"]["documents"]))' "$1"
}

# expect_documents FILE ID...: graph.documents is exactly these ids.
expect_documents() {
  local file=$1
  shift
  local got want
  got=$(documents "$file") || fail "$file is not a kgraph JSON graph"
  want=$(printf '%s\n' "$@")
  [[ $got == "$want" ]] || fail "documents [${got//$'\n'/ }], expected [${want//$'\n'/ }]"
}

# expect_summary N: standard error holds the summary line of a run that read N articles.
expect_summary() {
  local n=$1 word=articles
  [[ $n == 1 ]] && word=article
  grep -qE "^kgraph: $n $word, [0-9]+ entities, [0-9]+ relations?, [0-9]+ money cycles?\$" run/err ||
    { show_run; fail "no summary for $n $word on standard error"; }
}

jsonl_records() {
  echo '{"id": "rec1", "text": "تشتري OpenAI رقائق إنفيديا لتشغيل مراكز بياناتها."}'
  echo
  echo '{"id": 42, "title": "عنوان", "text": "أعلنت شركة أمازون أنها ستستثمر 4 مليارات دولار في شركة أنثروبيك."}'
}

case $CASE in
  directory_of_text_and_jsonl)
    # Ids: a text file's stem, a JSON Lines record's "id" (an integer id becomes its decimal string).
    mkdir -p d/sub d/deeper/still
    printf '%s\n%s\n' 'خبر اقتصادي' 'أعلنت شركة إنفيديا أنها ستستثمر 100 مليار دولار في شركة OpenAI.' >d/a_invest.txt
    jsonl_records >d/sub/more.jsonl
    echo '{"id": "nd1", "text": "تشتري أنثروبيك رقائق من أمازون."}' >d/deeper/still/x.NDJSON
    echo 'ignored: not an article extension' >d/readme.md
    kg build d -o g.json
    expect_rc 0
    expect_out_empty
    expect_summary 4
    expect_documents g.json 42 a_invest nd1 rec1
    ;;
  stdin_text)
    printf '%s\n%s\n' 'خبر اقتصادي' 'أعلنت شركة إنفيديا أنها ستستثمر 100 مليار دولار في شركة OpenAI.' >article.txt
    kg_in article.txt build -
    expect_rc 0
    expect_summary 1
    expect_documents run/out stdin
    ;;
  stdin_jsonl)
    { echo; jsonl_records; } >records.jsonl  # a blank line first: still JSON Lines
    kg_in records.jsonl build -
    expect_rc 0
    expect_summary 2
    expect_documents run/out 42 rec1
    ;;
  stdin_jsonl_error_names_stdin)
    { echo; echo; echo '{"id": "b", "text": }'; } >records.jsonl
    kg_in records.jsonl build -
    expect_rc 1
    expect_out_empty
    expect_err "kgraph: error: <stdin>:3:21: invalid JSON: Invalid value. (near '}')"
    ;;
  no_input_reads_examples)
    n=$(example_stems | wc -l)
    [[ $n -gt 0 ]] || fail "no examples/articles/*.txt under $KGRAPH_SOURCE_DIR"
    kg build
    expect_rc 0
    expect_first_line run/err "kgraph: no input given: reading the $n example articles built into kgraph (examples/articles/)"
    expect_summary "$n"
    mapfile -t stems < <(example_stems)
    expect_documents run/out "${stems[@]}"
    ;;
  quiet_prints_nothing_on_stderr)
    kg build -q
    expect_rc 0
    expect_err_empty
    [[ -s run/out ]] || fail "no graph on standard output"
    ;;
  extra_lexicon_adds_an_entity)
    # An organisation the default lexicon does not know, named in Arabic only.
    printf '{"version": 1, "entities": [\n {"id": "acme_ai", "type": "ORG", "label_en": "Acme AI", "aliases": ["Acme AI", "%s"]}\n]}\n' 'أكمي' >lex.json
    printf '%s\n%s\n' 'عنوان' 'استثمرت إنفيديا 5 مليارات دولار في أكمي.' >a.txt
    kg build -q a.txt --lexicon lex.json
    expect_rc 0
    /usr/bin/python3 -c 'import json,sys; g=json.load(open(sys.argv[1])); print(sorted((l["source"],l["relation"],l["target"],l["amount_usd"]) for l in g["links"]))' run/out >links.txt
    [[ $(cat links.txt) == "[('nvidia', 'invests_in', 'acme_ai', 5000000000)]" ]] || fail "links: $(cat links.txt)"
    ;;
  *)
    fail "unknown case '$CASE'"
    ;;
esac
echo "OK: $CASE"
