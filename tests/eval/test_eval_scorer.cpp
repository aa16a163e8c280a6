// Unit tests for kgraph-eval's scorer (tools/eval): the name fold against values computed by
// kg_score.py, and score_doc's matching rules on graphs built by hand, so each rule is seen in isolation
// and no extraction is involved. The CLI on real articles is tested by tests/eval/eval_cases.sh.
#define BOOST_TEST_MODULE eval_scorer
#include <boost/test/unit_test.hpp>

#include "eval/gold.h"
#include "eval/name_fold.h"
#include "eval/report.h"
#include "eval/scorer.h"
#include "kgraph/json_util.h"
#include "kgraph/utf8.h"

using namespace kgraph;
using namespace kgraph::eval;

namespace {

// A gold file with Latin names only: the rules tested here do not depend on the script.
const char* const kGold = R"({"docs": [{
  "id": "d",
  "entities": [
    {"id": "acme", "mentions": ["Acme Corp"]},
    {"id": "globex", "mentions": ["Globex"]},
    {"id": "initech", "mentions": ["Initech"]},
    {"id": "hooli", "mentions": ["Hooli"], "optional": true},
    {"id": "umbrella", "mentions": ["Umbrella"]}
  ],
  "relations": [
    {"src": "acme", "rel": "invests_in", "dst": "globex", "amount_usd": 1000000000, "status": "completed"},
    {"src": "globex", "rel": "competes_with", "dst": "initech"},
    {"src": "acme", "rel": "customer_of", "dst": "initech", "alt": ["buys_chips_from"]},
    {"src": "initech", "rel": "partners_with", "dst": "acme", "optional": true},
    {"src": "globex", "rel": "buys_services_from", "dst": "acme"}
  ]
}]})";

PredNode node(const std::string& id, std::vector<std::string> aliases = {}) {
  PredNode n{id, id, {id}};
  n.names.insert(n.names.end(), aliases.begin(), aliases.end());
  return n;
}

PredEdge edge(const std::string& s, const std::string& rel, const std::string& t,
              std::optional<double> amount = std::nullopt, const std::string& status = "") {
  return {s, rel, t, amount, status};
}

struct Fixture {
  GoldFile gold = parse_gold(kGold, "gold.json");
  PredGraph g;
  Fixture() { g.nodes = {node("acme"), node("globex"), node("initech"), node("umbrella")}; }
  DocScore score() const { return score_doc(gold.docs.at(0), gold.vocabulary, g); }
};

}  // namespace

BOOST_AUTO_TEST_CASE(fold_agrees_with_kg_score_table) {
  const std::string path = std::string(KGRAPH_EVAL_DATA) + "/fold_cases.json";
  const std::string text = read_file(path, "fold cases");
  const rapidjson::Document d = parse_json(text, path);
  const rapidjson::Value& cases = d["cases"];
  BOOST_REQUIRE(cases.Size() > 30);
  for (const rapidjson::Value& c : cases.GetArray()) {
    const std::string input(c[0].GetString(), c[0].GetStringLength());
    BOOST_TEST_CONTEXT("input " << input) {
      BOOST_TEST(score_norm_utf8(input) == std::string(c[1].GetString(), c[1].GetStringLength()));
      std::vector<std::string> want, got;
      for (const rapidjson::Value& k : c[2].GetArray()) want.emplace_back(k.GetString(), k.GetStringLength());
      for (const std::u32string& k : score_keys(input)) got.push_back(encode_utf8(k));
      BOOST_TEST(got == want, boost::test_tools::per_element());
    }
  }
}

BOOST_AUTO_TEST_CASE(vocabulary_is_every_rel_and_alt_of_the_file) {
  Fixture f;
  BOOST_TEST((f.gold.vocabulary == std::set<std::string>{"invests_in", "competes_with", "customer_of",
                                                          "buys_chips_from", "partners_with", "buys_services_from"}));
}

BOOST_AUTO_TEST_CASE(perfect_graph) {
  Fixture f;
  f.g.edges = {edge("acme", "invests_in", "globex", 1e9, "completed"), edge("globex", "competes_with", "initech"),
               edge("acme", "customer_of", "initech"), edge("globex", "buys_services_from", "acme")};
  DocScore s = f.score();
  BOOST_TEST(s.ent_tp == 4u);
  BOOST_TEST(s.ent_fp == 0u);
  BOOST_TEST(s.ent_fn == 0u);  // hooli is optional
  BOOST_TEST(s.rel_tp == 4u);
  BOOST_TEST(s.rel_fp == 0u);
  BOOST_TEST(s.rel_fn == 0u);  // the optional partners_with is not required
  BOOST_TEST(s.amount_ok == 1u);
  BOOST_TEST(s.status_ok == 1u);
}

BOOST_AUTO_TEST_CASE(symmetric_relations_match_either_way_others_do_not) {
  Fixture f;
  f.g.edges = {edge("initech", "competes_with", "globex"), edge("acme", "buys_services_from", "globex")};
  DocScore s = f.score();
  BOOST_TEST(s.rel_tp == 1u);
  BOOST_TEST(s.rel_fp == 1u);
  BOOST_TEST(s.false_positives == std::vector<std::string>{"acme -buys_services_from-> globex"},
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(alt_names_count_and_a_second_hit_counts_nothing) {
  Fixture f;
  f.g.edges = {edge("acme", "buys_chips_from", "initech"), edge("acme", "customer_of", "initech")};
  DocScore s = f.score();
  BOOST_TEST(s.rel_tp == 1u);
  BOOST_TEST(s.rel_fp == 0u);
}

BOOST_AUTO_TEST_CASE(optional_relations_neither_required_nor_penalised) {
  Fixture f;
  f.g.edges = {edge("acme", "partners_with", "initech")};
  DocScore s = f.score();
  BOOST_TEST(s.rel_tp == 0u);
  BOOST_TEST(s.rel_fp == 0u);
  BOOST_TEST(s.rel_fn == 4u);
}

BOOST_AUTO_TEST_CASE(relations_outside_the_vocabulary_are_unscored) {
  Fixture f;
  f.g.edges = {edge("acme", "develops", "globex"), edge("acme", "ceo_of", "globex")};
  DocScore s = f.score();
  BOOST_TEST(s.unscored_edges == 2u);
  BOOST_TEST(s.rel_fp == 0u);
}

BOOST_AUTO_TEST_CASE(unmatched_nodes_are_wrong_entities_and_their_edges_count_once) {
  Fixture f;
  f.g.nodes.push_back(node("x1"));
  f.g.nodes.push_back(node("x2"));
  // Both ends unmapped: (none, invests_in, none) twice is one false positive.
  f.g.edges = {edge("x1", "invests_in", "x2"), edge("x2", "invests_in", "x1"), edge("x1", "invests_in", "acme")};
  DocScore s = f.score();
  BOOST_TEST(s.ent_fp == 2u);
  BOOST_TEST(s.unmatched_nodes == (std::vector<std::string>{"x1", "x2"}), boost::test_tools::per_element());
  BOOST_TEST(s.rel_fp == 2u);
}

BOOST_AUTO_TEST_CASE(node_maps_by_any_name_and_proclitic) {
  Fixture f;
  // "Acme Corp." folds to "acme corp", a mention of acme; the id "a1" names nothing.
  f.g.nodes = {node("a1", {"Acme Corp."}), node("GLOBEX")};
  f.g.edges = {edge("a1", "invests_in", "GLOBEX", 1e9)};
  DocScore s = f.score();
  BOOST_TEST(s.ent_tp == 2u);
  BOOST_TEST(s.rel_tp == 1u);
  // A leading waw (U+0648) is a proclitic: its variant without it is a key too.
  BOOST_TEST(score_keys("\xD9\x88" "Acme").count(U"acme") == 1u);
}

BOOST_AUTO_TEST_CASE(the_entity_sharing_most_keys_wins_and_ties_go_to_the_first) {
  GoldFile gold = parse_gold(R"({"docs": [{"id": "d", "relations": [], "entities": [
      {"id": "a", "mentions": ["Alpha", "Beta"]}, {"id": "b", "mentions": ["Beta", "Gamma", "Delta"]}]}]})",
                             "g.json");
  PredGraph g;
  g.nodes = {node("n1", {"Beta"}), node("n2", {"Beta", "Gamma"})};
  DocScore s = score_doc(gold.docs[0], gold.vocabulary, g);
  // n1 ties a/b on one key: a (first); n2 shares two keys with b.
  BOOST_TEST(s.ent_tp == 2u);
  BOOST_TEST(s.ent_fp == 0u);
}

BOOST_AUTO_TEST_CASE(amounts_within_one_percent) {
  for (auto [got, ok] : {std::pair{1.0099e9, 1u}, {0.9901e9, 1u}, {1.0101e9, 0u}, {1e8, 0u}}) {
    Fixture f;
    f.g.edges = {edge("acme", "invests_in", "globex", got, "planned")};
    DocScore s = f.score();
    BOOST_TEST(s.amount_n == 1u);
    BOOST_TEST(s.amount_ok == ok);
    BOOST_TEST(s.status_ok == 0u);
    BOOST_REQUIRE(s.status_errors.size() == 1u);
    BOOST_TEST(s.status_errors[0].got == "planned");
    BOOST_TEST(s.status_errors[0].want == "completed");
  }
  Fixture f;
  f.g.edges = {edge("acme", "invests_in", "globex")};
  DocScore s = f.score();
  BOOST_REQUIRE(s.amount_errors.size() == 1u);
  BOOST_TEST(s.amount_errors[0].got == "none");
  BOOST_TEST(s.amount_errors[0].want == "1000000000");
}

BOOST_AUTO_TEST_CASE(prf_and_summary_line) {
  BOOST_TEST(prf(0, 0, 0).f1 == 0.0);
  Prf x = prf(7, 1, 1);
  BOOST_TEST(x.p == 0.875);
  BOOST_TEST(x.f1 == 0.875);
  DocScore t;
  t.ent_tp = 11, t.ent_fp = 2, t.ent_fn = 1, t.rel_tp = 7, t.rel_fp = 1, t.rel_fn = 1;
  t.amount_ok = 2, t.amount_n = 3, t.status_ok = 4, t.status_n = 5;
  BOOST_TEST(summary_line(t) ==
             "entities P=0.846 R=0.917 F1=0.880 | relations P=0.875 R=0.875 F1=0.875 | amounts 2/3 | status 4/5");
}

BOOST_AUTO_TEST_CASE(gold_errors_are_located) {
  auto message = [](const std::string& text) {
    try {
      parse_gold(text, "g.json");
    } catch (const Error& e) {
      return e.describe();
    }
    return std::string("no error");
  };
  BOOST_TEST(message("{\"docs\": [\n  {\"id\": \"d\", \"entities\": [], \"relations\": [}\n]}") ==
             "g.json:2:45: invalid JSON: Invalid value. (near '}')");
  BOOST_TEST(message("{\"docs\": [\n  {\"id\": \"d\", \"entities\": [{\"id\": \"a\", \"mentions\": \"A\"}], \"relations\": []}]}") ==
             "g.json:2:52: \"mentions\" must be an array");
  BOOST_TEST(message("{\"docs\": [{\"id\": \"d\", \"entities\": []}]}") == "g.json:1:11: missing \"relations\"");
  BOOST_TEST(message("{\"docs\": [{\"id\": \"d\", \"entities\": [], \"relations\": [\n {\"src\": \"a\", \"rel\": \"r\", \"dst\": \"b\", \"amount_usd\": \"1B\"}]}]}") ==
             "g.json:2:53: \"amount_usd\" must be a number or null");
}
