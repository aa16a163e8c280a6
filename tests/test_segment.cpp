// Unit tests for segment.h: sentences, tokens and proclitics.
#define BOOST_TEST_MODULE segment
#include <boost/test/unit_test.hpp>

#include "kgraph/segment.h"
#include "kgraph/utf8.h"

using namespace kgraph;

namespace {
struct Seg {
  std::u32string text;
  NormalizedText norm;
  Segmented seg;
  explicit Seg(const std::string& s) : text(decode_utf8(s, "t")), norm(normalize(text)), seg(segment(text, norm)) {}
  std::string token(std::size_t i) const { return encode_utf8(seg.tokens.at(i).text); }
  std::string clitic(std::size_t i) const { return encode_utf8(seg.tokens.at(i).clitic); }
  std::string sentence(std::size_t i) const {
    const Sentence& s = seg.sentences.at(i);
    return encode_utf8(text.substr(s.begin, s.end - s.begin));
  }
};
std::vector<std::string> stems(const std::string& word) {
  std::vector<std::string> out;
  for (const Variant& v : arabic_variants(fold_utf8(word))) out.push_back(encode_utf8(v.prefix) + "+" + encode_utf8(v.stem));
  return out;
}
}  // namespace

BOOST_AUTO_TEST_CASE(sentences_split_on_arabic_punctuation_and_lines) {
  Seg s("العنوان هنا\nقالت الشركة إنها ستستثمر. هل توافق؟ نعم؛ بالتأكيد! انتهى");
  BOOST_REQUIRE_EQUAL(s.seg.sentences.size(), 6u);
  BOOST_TEST(s.sentence(0) == "العنوان هنا");
  BOOST_TEST(s.sentence(1) == "قالت الشركة إنها ستستثمر.");
  BOOST_TEST(s.sentence(2) == "هل توافق؟");
  BOOST_TEST(s.sentence(3) == "نعم؛");
  BOOST_TEST(s.sentence(4) == "بالتأكيد!");
  BOOST_TEST(s.sentence(5) == "انتهى");
}

BOOST_AUTO_TEST_CASE(decimal_point_does_not_end_a_sentence) {
  Seg s("بلغت القيمة 4.4 تريليون دولار. ثم تراجعت");
  BOOST_REQUIRE_EQUAL(s.seg.sentences.size(), 2u);
  BOOST_TEST(s.token(2) == "4.4");
}

BOOST_AUTO_TEST_CASE(periods_inside_an_abbreviation_end_no_sentence) {
  // "آي.بي.إم" is IBM spelled letter by letter: one sentence, and the letters are words of their own
  // (tokens are folded: آ and إ are ا).
  Seg s("قالت شركة آي.بي.إم يوم الخميس إنها أتمت الصفقة. ثم تراجع السهم");
  BOOST_REQUIRE_EQUAL(s.seg.sentences.size(), 2u);
  BOOST_TEST(s.sentence(0) == "قالت شركة آي.بي.إم يوم الخميس إنها أتمت الصفقة.");
  BOOST_TEST(s.token(2) == "اي");
  BOOST_TEST(s.token(3) == "بي");
  BOOST_TEST(s.token(4) == "ام");
}

BOOST_AUTO_TEST_CASE(proclitic_readings) {
  BOOST_TEST(stems("وأمازون") == (std::vector<std::string>{"+وامازون", "و+امازون"}));
  BOOST_TEST(stems("للشركة") == (std::vector<std::string>{"+للشركه", "ل+لشركه", "لل+شركه", "لل+الشركه"}));
  BOOST_TEST(stems("وبالاستثمار") ==
             (std::vector<std::string>{"+وبالاستثمار", "و+بالاستثمار", "وب+الاستثمار", "وبال+استثمار"}));
}

BOOST_AUTO_TEST_CASE(clitics_glued_to_latin_words_and_numbers) {
  Seg s("وOpenAI بـ10 مليارات لـ OpenAI لـ“إنفيديا” و Oracle");
  BOOST_TEST(s.token(0) == "openai");
  BOOST_TEST(s.clitic(0) == "و");
  BOOST_TEST(s.token(1) == "10");
  BOOST_TEST(s.clitic(1) == "ب");
  BOOST_TEST(s.token(3) == "openai");
  BOOST_TEST(s.clitic(3) == "ل");
  BOOST_TEST(s.token(4) == "\u201C");
  BOOST_TEST(s.token(5) == "انفيديا");
  BOOST_TEST(s.clitic(5) == "ل");
  BOOST_TEST(s.token(7) == "oracle");
  BOOST_TEST(s.clitic(7) == "و");
  // The span of a token with a clitic written apart starts at the clitic.
  const Token& t = s.seg.tokens[3];
  BOOST_TEST(encode_utf8(s.text.substr(t.begin, t.end - t.begin)) == "لـ OpenAI");
}

BOOST_AUTO_TEST_CASE(latin_case_is_read_from_the_original) {
  Seg s("AMD and Nvidia or amd");
  BOOST_TEST(s.seg.tokens[0].all_caps);
  BOOST_TEST(!s.seg.tokens[2].all_caps);
  BOOST_TEST(s.seg.tokens[2].capitalized);
  BOOST_TEST(!s.seg.tokens[4].capitalized);
}

BOOST_AUTO_TEST_CASE(hyphenated_names_are_separate_tokens) {
  Seg s("GPT-4o ChatGPT-5");
  BOOST_REQUIRE_EQUAL(s.seg.tokens.size(), 7u);
  BOOST_TEST(s.token(0) == "gpt");
  BOOST_TEST(s.token(1) == "-");
  BOOST_TEST(s.token(2) == "4");
  BOOST_TEST(s.token(3) == "o");
}

BOOST_AUTO_TEST_CASE(an_initial_does_not_end_a_sentence) {
  Seg s("ومن المستثمرين T. Rowe Price. ثم تراجعت");
  BOOST_REQUIRE_EQUAL(s.seg.sentences.size(), 2u);
  BOOST_TEST(s.sentence(0) == "ومن المستثمرين T. Rowe Price.");
}

BOOST_AUTO_TEST_CASE(a_glued_proclitic_does_not_change_a_latin_words_case) {
  Seg s("وInsight وGIC وsoftware");
  BOOST_TEST(s.seg.tokens[0].capitalized);
  BOOST_TEST(s.seg.tokens[1].all_caps);
  BOOST_TEST(!s.seg.tokens[2].capitalized);
}

BOOST_AUTO_TEST_CASE(a_colon_inside_a_latin_brand_is_part_of_it) {
  Seg s("Run:ai: Nvidia");
  BOOST_TEST(s.token(0) == "run:ai");
  BOOST_TEST(s.token(1) == ":");
}
