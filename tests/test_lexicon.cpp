// Unit tests for lexicon.h: loading, schema errors with locations, matching, overrides.
#define BOOST_TEST_MODULE lexicon
#include <boost/test/unit_test.hpp>

#include "kgraph/error.h"
#include "kgraph/utf8.h"
#include "test_support.h"

using namespace kgraph;

namespace {
std::string match_at(const Lexicon& lex, const std::string& text, std::size_t i = 0) {
  std::u32string t = decode_utf8(text, "t");
  Segmented s = segment(t, normalize(t));
  auto m = lex.match(s.tokens, i, s.tokens.size());
  if (!m) return "-";
  return lex.entities()[m->entity].id + "/" + std::to_string(m->tokens) + "/" + encode_utf8(m->prefix);
}
std::string error_of(const std::string& json) {
  try {
    Lexicon::compile({{"bad.json", json}});
  } catch (const Error& e) {
    return e.describe();
  }
  return "no error";
}
}  // namespace

BOOST_AUTO_TEST_CASE(default_lexicon_loads_and_is_large) {
  auto lex = Lexicon::load();
  BOOST_TEST(lex->entities().size() >= 250u);
  BOOST_TEST(lex->find("nvidia") != nullptr);
  BOOST_TEST(lex->find("aws")->part_of == "amazon");
}

BOOST_AUTO_TEST_CASE(spelling_variants_and_clitics) {
  auto lex = test::small_lexicon();
  BOOST_TEST(match_at(*lex, "إنفيديا") == "nvidia/1/");
  BOOST_TEST(match_at(*lex, "انفيديا") == "nvidia/1/");   // alef without hamza
  BOOST_TEST(match_at(*lex, "وإنفيديا") == "nvidia/1/و");
  BOOST_TEST(match_at(*lex, "لنيفيديا") == "nvidia/1/ل");
  BOOST_TEST(match_at(*lex, "NVIDIA") == "nvidia/1/");
  BOOST_TEST(match_at(*lex, "وOpenAI") == "openai/1/و");
  BOOST_TEST(match_at(*lex, "لـ OpenAI") == "openai/1/ل");
}

BOOST_AUTO_TEST_CASE(longest_alias_wins) {
  auto lex = test::small_lexicon();
  BOOST_TEST(match_at(*lex, "خدمات أمازون ويب") == "aws/3/");
  BOOST_TEST(match_at(*lex, "أمازون تستثمر") == "amazon/1/");
  BOOST_TEST(match_at(*lex, "Bain & Company") == "bain/3/");
  BOOST_TEST(match_at(*lex, "أوبن إيه آي") == "openai/3/");
}

BOOST_AUTO_TEST_CASE(short_capital_aliases_need_capitals) {
  auto lex = test::small_lexicon();
  BOOST_TEST(match_at(*lex, "AMD") == "amd/1/");
  BOOST_TEST(match_at(*lex, "amd") == "-");
  BOOST_TEST(match_at(*lex, "Amd") == "-");
}

BOOST_AUTO_TEST_CASE(schema_errors_name_the_place) {
  BOOST_TEST(error_of("{\"version\": 1, \"entities\": [\n  {\"id\": \"x\", \"type\": \"COMPANY\", \"aliases\": [\"X\"]}\n]}") ==
             "bad.json:2:23: value at /entities/0/type breaks the schema's 'enum' rule (near '\"COMPANY\"')");
  BOOST_TEST(error_of("{\"version\": 1, \"entities\": [}") ==
             "bad.json:1:29: invalid JSON: Invalid value. (near '}')");
}

BOOST_AUTO_TEST_CASE(duplicate_alias_within_one_file_is_an_error) {
  std::string json =
      "{\"version\": 1, \"entities\": [\n"
      " {\"id\": \"a\", \"type\": \"ORG\", \"aliases\": [\"Acme\"]},\n"
      " {\"id\": \"b\", \"type\": \"ORG\", \"aliases\": [\"ACME\"]}\n]}";
  BOOST_TEST(error_of(json) == "bad.json:3:41: alias 'ACME' of 'b' is already an alias of 'a' (after folding) (near '\"ACME\"')");
}

BOOST_AUTO_TEST_CASE(unknown_parent_is_an_error) {
  std::string json = "{\"version\": 1, \"entities\": [{\"id\": \"a\", \"type\": \"ORG\", \"aliases\": [\"A1\"], \"part_of\": \"zz\"}]}";
  BOOST_TEST(error_of(json) == "bad.json:1:86: entity 'a' is part_of unknown entity 'zz' (near '\"zz\"')");
}

BOOST_AUTO_TEST_CASE(a_later_file_overrides_by_id_and_takes_aliases) {
  auto lex = Lexicon::compile({{"a.json", test::kSmallLexicon},
                               {"b.json", R"({"version": 1, "entities": [
                                  {"id": "nvidia", "type": "ORG", "label_en": "NVIDIA Corp", "aliases": ["إنفيديا"]},
                                  {"id": "acme_ai", "type": "ORG", "aliases": ["Acme AI", "أوبن أي"]}]})"}});
  BOOST_TEST(lex->find("nvidia")->label_en == "NVIDIA Corp");
  BOOST_TEST(match_at(*lex, "أوبن أي") == "acme_ai/2/");
  BOOST_TEST(match_at(*lex, "نفيديا") == "-");  // the replaced entry's other aliases are gone
}

BOOST_AUTO_TEST_CASE(head_words_open_one_entitys_longer_names) {
  auto lex = Lexicon::load();
  auto id = [&](const std::string& w) {
    auto e = lex->by_head_word(fold_utf8(w));
    return e ? lex->entities()[*e].id : std::string("-");
  };
  // "مبادلة" alone is a common noun and no alias; every longer name starting with it is Mubadala's.
  BOOST_TEST(id("مبادلة") == "mubadala");
  // A word that is an alias on its own, or opens names of two entities, is no head word.
  BOOST_TEST(id("إنفيديا") == "-");
  BOOST_TEST(id("شركة") == "-");
}

BOOST_AUTO_TEST_CASE(a_short_word_after_a_proclitic_opens_only_a_longer_name) {
  auto lex = Lexicon::load();
  BOOST_TEST(match_at(*lex, "ودي إس تي غلوبال") == "dst_global/4/و");
  // إ stands only at the start of a word: "وإس" is و + إس, never the one word واس (SPA).
  BOOST_TEST(match_at(*lex, "وإس في") == "-");
  BOOST_TEST(match_at(*lex, "واس") == "saudi_press_agency/1/");
}
