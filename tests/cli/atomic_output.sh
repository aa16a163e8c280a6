#!/usr/bin/env bash
# atomic_output.sh KGRAPH_BIN CASE - no half-written output: a run that fails leaves every -o path as it
# was (absent, or with its old content), and no PATH.tmp-XXXXXX file behind.
source "$(dirname "$0")/lib.sh"

good_article() {
  printf '%s\n%s\n' 'خبر اقتصادي' 'أعلنت شركة إنفيديا أنها ستستثمر 100 مليار دولار في شركة OpenAI.' >"$1"
}
bad_article() {
  printf '%s\nab\377\n' 'عنوان' >"$1"
}

case $CASE in
  bad_input_creates_no_output)
    bad_article bad.txt
    mkdir o
    kg build bad.txt -o o/g.json -o o/g.graphml -o o/g.dot
    expect_rc 1
    expect_err 'kgraph: error: bad.txt:2:3: invalid UTF-8: byte 0xFF at byte offset 13'
    expect_listing o
    ;;
  bad_input_keeps_existing_output)
    bad_article bad.txt
    mkdir o
    printf 'previous json\n' >o/g.json
    printf 'previous dot\n' >o/g.dot
    kg build bad.txt -o o/g.json -o o/g.dot -o o/new.graphml
    expect_rc 1
    [[ $(cat o/g.json) == 'previous json' ]] || fail "o/g.json was changed by a failed run"
    [[ $(cat o/g.dot) == 'previous dot' ]] || fail "o/g.dot was changed by a failed run"
    expect_listing o g.json g.dot
    ;;
  bad_article_after_good_ones_creates_no_output)
    # The bad article is read last: outputs must not be started before the whole input was read.
    mkdir in o
    good_article in/a_good.txt
    good_article in/b_good.txt
    bad_article in/c_bad.txt
    printf 'previous json\n' >o/g.json
    kg build in -o o/g.json -o o/g.graphml
    expect_rc 1
    expect_err 'kgraph: error: in/c_bad.txt:2:3: invalid UTF-8: byte 0xFF at byte offset 13'
    [[ $(cat o/g.json) == 'previous json' ]] || fail "o/g.json was changed by a failed run"
    expect_listing o g.json
    ;;
  bad_input_writes_nothing_to_stdout)
    mkdir in
    good_article in/a_good.txt
    bad_article in/b_bad.txt
    kg build in
    expect_rc 1
    expect_out_empty
    ;;
  missing_output_directory_exits_1)
    good_article a.txt
    kg build -q a.txt -o nodir/g.json
    expect_rc 1
    expect_out_empty
    expect_err "kgraph: error: nodir/g.json: cannot write the graph here: directory 'nodir' does not exist"
    expect_listing . a.txt run
    ;;
  output_path_is_a_directory_exits_1)
    good_article a.txt
    mkdir -p o/g.json
    kg build -q a.txt -o o/g.json
    expect_rc 1
    expect_err 'kgraph: error: o/g.json: cannot write the graph: this is a directory'
    expect_listing o g.json
    ;;
  success_leaves_no_temporary_files)
    good_article a.txt
    mkdir o
    printf 'previous json\n' >o/g.json
    kg build -q a.txt -o o/g.json -o o/g.graphml -o o/g.dot
    expect_rc 0
    expect_err_empty
    expect_listing o g.json g.graphml g.dot
    [[ $(head -c 1 o/g.json) == '{' ]] || fail "o/g.json was not replaced by the new graph"
    ;;
  *)
    fail "unknown case '$CASE'"
    ;;
esac
echo "OK: $CASE"
