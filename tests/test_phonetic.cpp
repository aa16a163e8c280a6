// Unit tests for phonetic.h and the sound-key lookups of the lexicon.
#define BOOST_TEST_MODULE phonetic
#include <boost/test/unit_test.hpp>

#include "kgraph/normalize.h"
#include "kgraph/phonetic.h"
#include "kgraph/utf8.h"
#include "kgraph/mentions.h"
#include "test_support.h"

using namespace kgraph;

namespace {
std::string ar(const std::string& s) { return arabic_key(fold_utf8(s)); }
std::string la(const std::string& s) { return latin_key(decode_utf8(s, "t")); }
}  // namespace

BOOST_AUTO_TEST_CASE(arabic_variants_share_a_key) {
  BOOST_TEST(ar("أنثروبيك") == "NTRBK");
  BOOST_TEST(ar("أنتروبيك") == "NTRBK");   // ث and ت
  BOOST_TEST(ar("غوغل") == ar("جوجل"));     // غ and ج
  BOOST_TEST(ar("قوقل") == ar("جوجل"));
  BOOST_TEST(ar("هوانغ") == ar("هوانج"));
  BOOST_TEST(ar("برودكوم") == "BRDKM");
  BOOST_TEST(ar("بروادكوم") == "BRDKM");   // long vowels come and go
}

BOOST_AUTO_TEST_CASE(latin_names_get_keys_in_the_same_alphabet) {
  BOOST_TEST(la("Broadcom") == "BRDKM");
  BOOST_TEST(la("Cerebras") == "SRBRS");   // c before e is s
  BOOST_TEST(ar("سيريبراس") == "SRBRS");
  BOOST_TEST(la("Anthropic") == "NTRBK");  // th is t, p is b
  BOOST_TEST(la("Philips") == "FLBS");     // ph is f
  BOOST_TEST(latin_compact(decode_utf8("Open AI", "t")) == "openai");
}

BOOST_AUTO_TEST_CASE(lexicon_finds_entities_by_sound_but_not_ambiguous_keys) {
  auto lex = Lexicon::compile({{"a.json", R"({"version": 1, "entities": [
      {"id": "broadcom", "type": "ORG", "aliases": ["Broadcom", "برودكوم"]},
      {"id": "x1", "type": "ORG", "aliases": ["Tarbak"]},
      {"id": "x2", "type": "ORG", "aliases": ["طربك"]}]})"}});
  auto hit = lex->by_sound("BRDKM");
  BOOST_REQUIRE(hit);
  BOOST_TEST(lex->entities()[hit->entity].id == "broadcom");
  BOOST_TEST(!lex->by_sound("TRBK"));  // two entities share it: it resolves nothing
  BOOST_TEST(lex->by_compact_latin("broadcom").has_value());
}

BOOST_AUTO_TEST_CASE(sound_matches_in_name_contexts) {
  auto lex = test::small_lexicon();
  auto rules = RuleSet::load();
  std::u32string t = decode_utf8("تعاونت مع شركة \"أنطروبيك\" ومع Open AI.", "t");
  NormalizedText n = normalize(t);
  Segmented s = segment(t, n);
  MentionResult r = find_mentions(t, n, s, *lex, *rules);
  std::vector<std::string> got;
  for (const Mention& m : r.mentions) got.push_back(m.entity + ":" + m.method);
  BOOST_TEST(got == (std::vector<std::string>{"anthropic:phonetic", "openai:spelling"}), boost::test_tools::per_element());
}
