// Money cycles (cycles.h): which relations carry money, folding units into parents, the length bound,
// denied edges, parallel edges, marking, and a cross-check of Tiernan's enumeration against brute force.
#define BOOST_TEST_MODULE test_cycles
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <functional>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "kgraph/cycles.h"

using namespace kgraph;

namespace {

EntityRecord entity(const std::string& id, const std::string& part_of = "") {
  EntityRecord e;
  e.id = id;
  e.label_en = id;
  e.part_of = part_of;
  e.mentions = 1;
  return e;
}

RelationRecord relation(const std::string& src, const std::string& rel, const std::string& dst,
                        std::optional<double> amount = std::nullopt, const std::string& status = "") {
  RelationRecord r;
  r.source = src;
  r.relation = rel;
  r.target = dst;
  r.evidence.doc_id = "d";
  r.evidence.sentence = src + " " + rel + " " + dst;
  r.evidence.amount_usd = amount;
  r.evidence.status = status;
  if (!status.empty()) r.evidence.status_cue = "cue";
  return r;
}

KnowledgeGraph build(std::vector<EntityRecord> entities, std::vector<RelationRecord> relations) {
  ArticleResult a;
  a.doc_id = "d";
  a.entities = std::move(entities);
  a.relations = std::move(relations);
  KnowledgeGraph kg;
  kg.merge(a);
  return kg;
}

std::string cycle_text(const MoneyCycle& c) {
  std::string s;
  for (const std::string& n : c.nodes) s += n + " -> ";
  return s + c.nodes.front();
}

std::vector<std::string> cycle_texts(const std::vector<MoneyCycle>& cycles) {
  std::vector<std::string> out;
  for (const MoneyCycle& c : cycles) out.push_back(cycle_text(c));
  return out;
}

std::string edge_text(const KnowledgeGraph& kg, Edge e) {
  const Graph& g = kg.graph();
  return g[boost::source(e, g)].id + " -" + g[e].relation + "-> " + g[boost::target(e, g)].id;
}

std::vector<std::string> marked_edges(const KnowledgeGraph& kg) {
  std::vector<std::string> out;
  for (Edge e : kg.sorted_edges()) {
    if (kg.graph()[e].in_cycle) out.push_back(edge_text(kg, e));
  }
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(money_relations) {
  for (const char* r : {"invests_in", "buys_chips_from", "buys_services_from", "customer_of"}) {
    BOOST_TEST(is_money_relation(r), r);
  }
  for (const char* r : {"competes_with", "partners_with", "part_of", "ceo_of", "develops", "works_for"}) {
    BOOST_TEST(!is_money_relation(r), r);
  }
}

BOOST_AUTO_TEST_CASE(nvidia_openai_two_cycle) {
  KnowledgeGraph kg = build({entity("nvidia"), entity("openai")},
                            {relation("nvidia", "invests_in", "openai", 1e11, "planned"),
                             relation("openai", "buys_chips_from", "nvidia")});
  std::vector<MoneyCycle> cycles = find_money_cycles(kg);
  BOOST_TEST(cycle_texts(cycles) == std::vector<std::string>{"nvidia -> openai -> nvidia"});
  const MoneyCycle& c = cycles.front();
  BOOST_REQUIRE_EQUAL(c.steps.size(), 2u);
  BOOST_TEST(c.steps[0].from == "nvidia");
  BOOST_TEST(c.steps[0].to == "openai");
  BOOST_TEST(edge_text(kg, c.steps[0].edge) == "nvidia -invests_in-> openai");
  BOOST_TEST(*kg.graph()[c.steps[0].edge].amount_usd == 100000000000.0);
  BOOST_TEST(edge_text(kg, c.steps[1].edge) == "openai -buys_chips_from-> nvidia");

  BOOST_TEST(mark_cycles(kg, cycles) == 2u);
  BOOST_TEST(marked_edges(kg) ==
             (std::vector<std::string>{"nvidia -invests_in-> openai", "openai -buys_chips_from-> nvidia"}));
}

BOOST_AUTO_TEST_CASE(amazon_anthropic_aws_folds_into_amazon) {
  KnowledgeGraph kg = build({entity("amazon"), entity("anthropic"), entity("aws", "amazon")},
                            {relation("amazon", "invests_in", "anthropic", 8e9),
                             relation("anthropic", "buys_services_from", "aws")});
  BOOST_TEST(fold_to_parent(kg, "aws") == "amazon");
  BOOST_TEST(fold_to_parent(kg, "amazon") == "amazon");
  BOOST_TEST(fold_to_parent(kg, "unknown") == "unknown");

  std::vector<MoneyCycle> cycles = find_money_cycles(kg);
  BOOST_TEST(cycle_texts(cycles) == std::vector<std::string>{"amazon -> anthropic -> amazon"});
  // The step keeps the knowledge-graph edge, whose end is the unit.
  BOOST_TEST(cycles[0].steps[1].from == "anthropic");
  BOOST_TEST(cycles[0].steps[1].to == "amazon");
  BOOST_TEST(edge_text(kg, cycles[0].steps[1].edge) == "anthropic -buys_services_from-> aws");

  mark_cycles(kg, cycles);
  BOOST_TEST(marked_edges(kg) == (std::vector<std::string>{"amazon -invests_in-> anthropic",
                                                           "anthropic -buys_services_from-> aws"}));
}

BOOST_AUTO_TEST_CASE(part_of_edge_folds_like_the_attribute) {
  KnowledgeGraph kg = build({entity("amazon"), entity("anthropic"), entity("aws")},
                            {relation("aws", "part_of", "amazon"), relation("amazon", "invests_in", "anthropic"),
                             relation("anthropic", "customer_of", "aws")});
  BOOST_TEST(fold_to_parent(kg, "aws") == "amazon");
  BOOST_TEST(cycle_texts(find_money_cycles(kg)) == std::vector<std::string>{"amazon -> anthropic -> amazon"});
}

BOOST_AUTO_TEST_CASE(folding_is_transitive_and_survives_loops) {
  KnowledgeGraph kg = build({entity("team", "unit"), entity("unit", "corp"), entity("corp"), entity("p", "q"),
                             entity("q", "p")},
                            {});
  BOOST_TEST(fold_to_parent(kg, "team") == "corp");
  // p -> q -> p: stops at the last id not seen before.
  BOOST_TEST(fold_to_parent(kg, "p") == "q");
  BOOST_TEST(fold_to_parent(kg, "q") == "p");
}

BOOST_AUTO_TEST_CASE(money_inside_one_group_is_not_a_cycle) {
  KnowledgeGraph kg = build({entity("amazon"), entity("aws", "amazon")},
                            {relation("amazon", "invests_in", "aws"), relation("aws", "customer_of", "amazon")});
  BOOST_TEST(find_money_cycles(kg).empty());
}

BOOST_AUTO_TEST_CASE(five_cycle_needs_max_length_five) {
  KnowledgeGraph kg = build({entity("a"), entity("b"), entity("c"), entity("d"), entity("e")},
                            {relation("a", "invests_in", "b"), relation("b", "customer_of", "c"),
                             relation("c", "buys_chips_from", "d"), relation("d", "buys_services_from", "e"),
                             relation("e", "invests_in", "a")});
  BOOST_TEST(find_money_cycles(kg).empty());  // default max_length is 4
  CycleOptions four;
  four.max_length = 4;
  BOOST_TEST(find_money_cycles(kg, four).empty());
  CycleOptions five;
  five.max_length = 5;
  BOOST_TEST(cycle_texts(find_money_cycles(kg, five)) ==
             std::vector<std::string>{"a -> b -> c -> d -> e -> a"});
  CycleOptions one;
  one.max_length = 1;
  BOOST_TEST(find_money_cycles(kg, one).empty());
}

BOOST_AUTO_TEST_CASE(denied_edges_excluded_unless_asked) {
  KnowledgeGraph kg = build({entity("softbank"), entity("openai")},
                            {relation("softbank", "invests_in", "openai", 4e10, "completed"),
                             relation("openai", "customer_of", "softbank", std::nullopt, "denied")});
  BOOST_TEST(find_money_cycles(kg).empty());
  BOOST_TEST(mark_cycles(kg, find_money_cycles(kg)) == 0u);
  BOOST_TEST(marked_edges(kg).empty());

  CycleOptions opts;
  opts.include_denied = true;
  std::vector<MoneyCycle> cycles = find_money_cycles(kg, opts);
  BOOST_TEST(cycle_texts(cycles) == std::vector<std::string>{"openai -> softbank -> openai"});
  BOOST_TEST(mark_cycles(kg, cycles) == 2u);
}

BOOST_AUTO_TEST_CASE(non_money_relations_make_no_cycle) {
  KnowledgeGraph kg = build({entity("amd"), entity("nvidia")},
                            {relation("amd", "competes_with", "nvidia"), relation("nvidia", "partners_with", "amd"),
                             relation("amd", "invests_in", "nvidia")});
  BOOST_TEST(find_money_cycles(kg).empty());
}

BOOST_AUTO_TEST_CASE(parallel_edges_give_one_cycle_and_are_all_marked) {
  KnowledgeGraph kg = build({entity("microsoft"), entity("openai")},
                            {relation("microsoft", "invests_in", "openai", 1e10),
                             relation("microsoft", "customer_of", "openai", 3e10),
                             relation("openai", "buys_services_from", "microsoft", 2.5e11),
                             relation("openai", "competes_with", "microsoft")});
  std::vector<MoneyCycle> cycles = find_money_cycles(kg);
  BOOST_REQUIRE_EQUAL(cycles.size(), 1u);
  // The representative step is the edge with the largest amount.
  BOOST_TEST(edge_text(kg, cycles[0].steps[0].edge) == "microsoft -customer_of-> openai");
  BOOST_TEST(mark_cycles(kg, cycles) == 3u);
  BOOST_TEST(marked_edges(kg) == (std::vector<std::string>{"microsoft -customer_of-> openai",
                                                           "microsoft -invests_in-> openai",
                                                           "openai -buys_services_from-> microsoft"}));
}

BOOST_AUTO_TEST_CASE(representative_prefers_amount_then_evidence) {
  // No amounts: the edge with more evidence.
  KnowledgeGraph kg = build({entity("a"), entity("b")},
                            {relation("a", "customer_of", "b"), relation("a", "invests_in", "b"),
                             relation("a", "invests_in", "b"), relation("b", "customer_of", "a")});
  std::vector<MoneyCycle> cycles = find_money_cycles(kg);
  BOOST_REQUIRE_EQUAL(cycles.size(), 1u);
  BOOST_TEST(edge_text(kg, cycles[0].steps[0].edge) == "a -invests_in-> b");
}

BOOST_AUTO_TEST_CASE(mark_cycles_clears_stale_flags) {
  KnowledgeGraph kg = build({entity("a"), entity("b"), entity("c")},
                            {relation("a", "invests_in", "b"), relation("b", "invests_in", "a"),
                             relation("b", "invests_in", "c")});
  Graph& g = kg.graph();
  for (auto [it, end] = boost::edges(g); it != end; ++it) g[*it].in_cycle = true;
  mark_cycles(kg, find_money_cycles(kg));
  BOOST_TEST(marked_edges(kg) == (std::vector<std::string>{"a -invests_in-> b", "b -invests_in-> a"}));
}

BOOST_AUTO_TEST_CASE(cycles_sorted_by_length_then_ids_and_start_at_smallest_id) {
  KnowledgeGraph kg = build({entity("z"), entity("y"), entity("x"), entity("w")},
                            {relation("z", "invests_in", "y"), relation("y", "invests_in", "x"),
                             relation("x", "invests_in", "z"), relation("y", "customer_of", "z"),
                             relation("w", "invests_in", "x"), relation("x", "invests_in", "w")});
  BOOST_TEST(cycle_texts(find_money_cycles(kg)) ==
             (std::vector<std::string>{"w -> x -> w", "y -> z -> y", "x -> z -> y -> x"}));
}

// Brute force: every simple cycle by DFS from each start, kept only when the start is its smallest
// vertex, compared with find_money_cycles on random graphs.
BOOST_AUTO_TEST_CASE(matches_brute_force_on_random_graphs) {
  std::mt19937 rng(12345);
  const std::vector<std::string> rels = {"invests_in", "customer_of", "competes_with", "buys_chips_from"};
  std::size_t total = 0;  // so that the test cannot pass by comparing empty sets only
  for (int round = 0; round < 60; ++round) {
    const int n = 3 + static_cast<int>(rng() % 5);
    std::vector<EntityRecord> ents;
    for (int i = 0; i < n; ++i) ents.push_back(entity("n" + std::to_string(i)));
    std::vector<RelationRecord> relations;
    std::set<std::pair<int, int>> money;
    const int m = static_cast<int>(rng() % static_cast<unsigned>(n * 3));
    for (int k = 0; k < m; ++k) {
      int a = static_cast<int>(rng() % static_cast<unsigned>(n));
      int b = static_cast<int>(rng() % static_cast<unsigned>(n));
      if (a == b) continue;
      const std::string& r = rels[rng() % rels.size()];
      relations.push_back(relation("n" + std::to_string(a), r, "n" + std::to_string(b)));
      if (is_money_relation(r)) money.insert({a, b});
    }
    KnowledgeGraph kg = build(ents, relations);
    for (std::size_t max_len : {2u, 3u, 4u, 6u}) {
      std::set<std::vector<std::string>> expected;
      std::vector<int> path;
      std::function<void(int)> dfs = [&](int u) {
        for (auto [a, b] : money) {
          if (a != u) continue;
          if (b == path.front() && path.size() >= 2) {
            std::vector<std::string> ids;
            for (int v : path) ids.push_back(std::string(1, 'n').append(std::to_string(v)));  // GCC 12 -Wrestrict false positive on "n" + temporary
            if (std::min_element(ids.begin(), ids.end()) == ids.begin()) expected.insert(ids);
          } else if (std::find(path.begin(), path.end(), b) == path.end() && path.size() < max_len) {
            path.push_back(b);
            dfs(b);
            path.pop_back();
          }
        }
      };
      for (int s = 0; s < n; ++s) {
        path = {s};
        dfs(s);
      }
      CycleOptions opts;
      opts.max_length = max_len;
      std::set<std::vector<std::string>> got;
      for (const MoneyCycle& c : find_money_cycles(kg, opts)) {
        BOOST_TEST(got.insert(c.nodes).second, "duplicate cycle " << cycle_text(c));
        for (std::size_t i = 0; i < c.steps.size(); ++i) {
          BOOST_TEST(c.steps[i].from == c.nodes[i]);
          BOOST_TEST(c.steps[i].to == c.nodes[(i + 1) % c.nodes.size()]);
        }
      }
      BOOST_TEST((got == expected), "round " << round << " max_length " << max_len);
      total += expected.size();
    }
  }
  BOOST_TEST(total > 100u);
}
