// Unit tests for normalize.h: the folding rules and the offset map back to the original.
#define BOOST_TEST_MODULE normalize
#include <boost/test/unit_test.hpp>

#include "kgraph/normalize.h"
#include "kgraph/utf8.h"

using namespace kgraph;

namespace {
std::string folded(const std::string& s) { return encode_utf8(fold_utf8(s)); }
}  // namespace

BOOST_AUTO_TEST_CASE(alef_forms_fold_to_bare_alef) {
  BOOST_TEST(folded("أإآٱا") == "ااااا");
}

BOOST_AUTO_TEST_CASE(yaa_taa_marbuta_and_hamza_seats) {
  BOOST_TEST(folded("مستشفى") == "مستشفي");
  BOOST_TEST(folded("شركة") == "شركه");
  BOOST_TEST(folded("مؤسسة") == "موسسه");
  BOOST_TEST(folded("رئيس") == "رييس");
  BOOST_TEST(folded("ی ک") == "ي ك");  // Persian yeh and keheh
}

BOOST_AUTO_TEST_CASE(diacritics_and_tatweel_are_dropped) {
  BOOST_TEST(folded("تُعدّ") == "تعد");
  BOOST_TEST(folded("لـ") == "ل");
  BOOST_TEST(folded("إنفيـــديا") == "انفيديا");
  BOOST_TEST(folded("هٰذا") == "هذا");  // superscript alef
}

BOOST_AUTO_TEST_CASE(digits_and_latin_case) {
  BOOST_TEST(folded("٥ مليارات و۴٫٥") == "5 مليارات و4.5");
  BOOST_TEST(folded("NVIDIA Nvidia") == "nvidia nvidia");
}

BOOST_AUTO_TEST_CASE(nfkc_presentation_forms) {
  // U+FEFB is the lam-alef ligature; NFKC gives lam + alef.
  BOOST_TEST(folded("\xEF\xBB\xBB") == "لا");
  BOOST_TEST(folded("\xEF\xBC\xA1") == "a");  // fullwidth A
}

BOOST_AUTO_TEST_CASE(offset_map_points_into_the_original) {
  std::u32string orig = decode_utf8("أعلنَت إنفيـديا", "t");
  NormalizedText n = normalize(orig);
  BOOST_TEST(encode_utf8(n.folded) == "اعلنت انفيديا");
  BOOST_REQUIRE_EQUAL(n.to_orig.size(), n.folded.size() + 1);
  // "انفيديا" starts at folded 6 and original 7 (the fatha after نـ was dropped).
  BOOST_TEST(n.orig_begin(6) == 7u);
  BOOST_TEST(n.orig_end(n.folded.size()) == orig.size());
  // The dropped tatweel sits inside the span of the word.
  std::u32string word = orig.substr(n.orig_begin(6), n.orig_end(n.folded.size()) - n.orig_begin(6));
  BOOST_TEST(encode_utf8(word) == "إنفيـديا");
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_located) {
  try {
    decode_utf8("ok\nab\xC3(", "f.txt");
    BOOST_FAIL("no error");
  } catch (const std::exception& e) {
    BOOST_TEST(std::string(e.what()) == "f.txt:2:3: invalid UTF-8: byte 0xC3 at byte offset 5");
  }
}
