#!/usr/bin/env bash
# bad_input.sh KGRAPH_BIN CASE - malformed input: exit status 1, nothing on standard output, and exactly
# one message on standard error, "kgraph: error: FILE:LINE:COLUMN: WHAT" (columns count characters).
source "$(dirname "$0")/lib.sh"

# A good article, for inputs that mix good and bad.
good_article() {
  printf '%s\n%s\n' 'خبر اقتصادي' 'أعلنت شركة إنفيديا أنها ستستثمر 100 مليار دولار في شركة OpenAI.' >"$1"
}

case $CASE in
  invalid_utf8_text_file)
    # Line 2 is "ab", byte 0xFF, " نص": the bad byte is character 3 of line 2 and byte 13 of the file
    # (line 1 is five two-byte letters and a newline).
    printf '%s\nab\377 %s\n' 'عنوان' 'نص' >bad.txt
    kg build bad.txt
    expect_rc 1
    expect_out_empty
    expect_err 'kgraph: error: bad.txt:2:3: invalid UTF-8: byte 0xFF at byte offset 13'
    ;;
  invalid_utf8_jsonl_record)
    # The 0xFF follows '{"id":"a","text":"' (18 bytes) and "نص " (3 characters, 5 bytes).
    printf '{"id":"a","text":"%s \377"}\n' 'نص' >bad.jsonl
    kg build bad.jsonl
    expect_rc 1
    expect_out_empty
    expect_err 'kgraph: error: bad.jsonl:1:22: invalid UTF-8: byte 0xFF at byte offset 23'
    ;;
  empty_text_file)
    : >empty.txt
    kg build empty.txt
    expect_rc 1
    expect_out_empty
    expect_err 'kgraph: error: empty.txt:1:1: empty article: the file holds no text'
    printf '  \n\t\n' >blank.txt
    kg build blank.txt
    expect_rc 1
    expect_err 'kgraph: error: blank.txt:1:1: empty article: the file holds no text'
    ;;
  malformed_jsonl_line)
    # Line 2 lacks the value of "text"; the '}' where one was expected is character 39 (the Arabic
    # title counts five characters, not ten bytes).
    {
      echo '{"id": "a", "text": "نص أول"}'
      echo '{"id": "b", "title": "عنوان", "text": }'
    } >m.jsonl
    kg build m.jsonl
    expect_rc 1
    expect_out_empty
    expect_err "kgraph: error: m.jsonl:2:39: invalid JSON: Invalid value. (near '}')"
    ;;
  jsonl_record_without_text)
    {
      echo
      echo '{"id": "a", "title": "عنوان"}'
    } >nt.jsonl
    kg build nt.jsonl
    expect_rc 1
    expect_out_empty
    expect_err 'kgraph: error: nt.jsonl:2:1: record has no "text"'
    ;;
  jsonl_record_not_an_object)
    echo '["a", "b"]' >arr.jsonl
    kg build arr.jsonl
    expect_rc 1
    expect_err 'kgraph: error: arr.jsonl:1:1: a JSON Lines record must be an object with "id" and "text"'
    ;;
  duplicate_ids_in_jsonl)
    {
      echo '{"id": "a", "text": "نص أول"}'
      echo '{"id": "a", "text": "نص ثان"}'
    } >dup.jsonl
    kg build dup.jsonl
    expect_rc 1
    expect_out_empty
    expect_err "kgraph: error: dup.jsonl:2: document id 'a' was already used by an earlier article"
    ;;
  duplicate_ids_across_files)
    # a.txt has the id "a" (its stem); the JSON Lines file, read after it, uses "a" again.
    mkdir d
    good_article d/a.txt
    echo '{"id": "a", "text": "نص آخر"}' >d/b.jsonl
    kg build d
    expect_rc 1
    expect_err "kgraph: error: d/b.jsonl:1: document id 'a' was already used by an earlier article"
    ;;
  missing_file)
    kg build nosuch.txt
    expect_rc 1
    expect_out_empty
    expect_err 'kgraph: error: nosuch.txt: no such file or directory'
    ;;
  directory_without_articles)
    mkdir empty_dir
    echo 'not an article' >empty_dir/notes.md
    kg build empty_dir
    expect_rc 1
    expect_out_empty
    expect_err 'kgraph: error: empty_dir: directory holds no .txt, .jsonl or .ndjson files'
    ;;
  jsonl_with_only_blank_lines)
    printf '\n  \n' >blank.jsonl
    kg build blank.jsonl
    expect_rc 1
    expect_out_empty
    expect_err 'kgraph: error: the input holds no articles'
    ;;
  cycles_broken_json_graph)
    printf '{"directed": true,\n "nodes": [}\n' >broken.json
    kg cycles broken.json
    expect_rc 1
    expect_out_empty
    expect_err "kgraph: error: broken.json:2:12: invalid JSON: Invalid value. (near '}')"
    ;;
  cycles_empty_graph_file)
    : >empty.json
    kg cycles empty.json
    expect_rc 1
    expect_err 'kgraph: error: empty.json:1:1: invalid JSON: The document is empty.'
    ;;
  cycles_link_to_unknown_node)
    # The link's target "ghost" starts at character 43 of line 2.
    {
      echo '{"directed": true, "multigraph": false, "graph": {}, "nodes": [{"id": "nvidia", "type": "ORG"}],'
      echo ' "links": [{"source": "nvidia", "target": "ghost", "relation": "invests_in", "evidence": [{"doc_id": "d", "sentence": "s"}]}]}'
    } >ghost.json
    kg cycles ghost.json
    expect_rc 1
    expect_out_empty
    expect_err "kgraph: error: ghost.json:2:43: links[0].target: names no node of this graph (near '\"ghost\"')"
    ;;
  cycles_missing_graph_file)
    kg cycles missing.json
    expect_rc 1
    expect_out_empty
    expect_err 'kgraph: error: missing.json: cannot open the graph: No such file or directory'
    ;;
  lexicon_breaks_schema)
    # The type of the entity on line 2 is not one of ORG, PERSON, PRODUCT, MEDIA, PLACE.
    printf '{"version": 1, "entities": [\n {"id": "acme", "type": "COMPANY", "aliases": ["Acme"]}\n]}\n' >lex.json
    good_article a.txt
    kg build a.txt --lexicon lex.json -o g.json
    expect_rc 1
    expect_out_empty
    expect_err "kgraph: error: lex.json:2:25: value at /entities/0/type breaks the schema's 'enum' rule (near '\"COMPANY\"')"
    [[ ! -e g.json ]] || fail "g.json was written"
    ;;
  rules_name_unknown_relation)
    printf '{"version": 1, "rules": [{"id": "x", "relation": "buys_magic", "triggers": ["x"], "source": {"slots": [{"side": "before"}]}, "target": {"slots": [{"side": "after"}]}}]}' >rules.json
    good_article a.txt
    kg build a.txt --rules rules.json
    expect_rc 1
    expect_out_empty
    expect_err "kgraph: error: rules.json:1:50: rule 'x' yields unknown relation 'buys_magic' (near '\"buys_magic\"')"
    ;;
  *)
    fail "unknown case '$CASE'"
    ;;
esac
echo "OK: $CASE"
