#!/usr/bin/env bash
# pictures.sh KGRAPH_BIN CASE - pictures drawn in-process (.png, .svg, .pdf): kgraph build and convert, the
# --label-lang option, and the error paths (a bad option value, an output that cannot be written).
source "$(dirname "$0")/lib.sh"

case $CASE in
  pictures_build_png_svg_pdf)
    kg build -q -o g.png -o g.svg -o g.pdf
    expect_rc 0
    expect_listing . g.png g.svg g.pdf run
    [[ $(head -c 8 g.png | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]] || fail "g.png is not a PNG"
    [[ $(head -c 5 g.pdf) == '%PDF-' ]] || fail "g.pdf is not a PDF"
    py 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' g.svg || fail "g.svg is not well-formed XML"
    ;;
  pictures_convert_and_english_labels)
    kg build -q -o g.json
    expect_rc 0
    kg convert g.json g.svg
    expect_rc 0
    [[ -s g.svg ]] || fail "no g.svg"
    kg convert --label-lang en g.json en.dot
    expect_rc 0
    # No Arabic letter (U+0600-U+06FF) in any label of the English drawing (tooltips keep the evidence
    # sentences as written).
    py 'import sys, re; labels = re.findall(r"label=\"((?:[^\"\\]|\\.)*)\"", open(sys.argv[1], encoding="utf-8").read()); sys.exit(1 if not labels or any(re.search("[\u0600-\u06ff]", l) for l in labels) else 0)' en.dot ||
      fail "en.dot still has Arabic labels"
    ;;
  pictures_bad_label_lang_exits_2)
    kg build -q --label-lang xx -o g.png
    expect_rc 2
    expect_err "kgraph build: --label-lang needs ar, en or both, got 'xx'" '(see: kgraph build --help)'
    expect_listing . run
    ;;
  pictures_unwritable_output_exits_1)
    kg build -q -o missing/g.png
    expect_rc 1
    expect_err "kgraph: error: missing/g.png: cannot write the graph here: directory 'missing' does not exist"
    expect_listing . run
    ;;
  *) fail "unknown case $CASE" ;;
esac
