// Merging per-article results into the knowledge graph (graph.h): one node per entity id, one edge per
// (source, relation, target), symmetric relations stored once, and the status/amount merge rules.
#define BOOST_TEST_MODULE test_graph
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "kgraph/error.h"
#include "kgraph/graph.h"

using namespace kgraph;

namespace {

EntityRecord entity(const std::string& id, EntityType type = EntityType::kOrg, const std::string& en = "",
                    const std::string& ar = "") {
  EntityRecord e;
  e.id = id;
  e.type = type;
  e.label_en = en;
  e.label_ar = ar;
  e.aliases = {en.empty() ? id : en};
  e.mentions = 1;
  e.method = "lexicon";
  return e;
}

RelationRecord relation(const std::string& src, const std::string& rel, const std::string& dst,
                        const std::string& sentence, const std::string& status = "", const std::string& cue = "") {
  RelationRecord r;
  r.source = src;
  r.relation = rel;
  r.target = dst;
  r.evidence.sentence = sentence;
  r.evidence.status = status;
  r.evidence.status_cue = cue;
  r.evidence.source_span = {1, 2};
  r.evidence.target_span = {5, 6};
  return r;
}

ArticleResult article(const std::string& doc, std::vector<EntityRecord> entities,
                      std::vector<RelationRecord> relations) {
  ArticleResult a;
  a.doc_id = doc;
  a.entities = std::move(entities);
  a.relations = std::move(relations);
  for (RelationRecord& r : a.relations) r.evidence.doc_id = doc;
  return a;
}

// "source -relation-> target" for every edge, in writer order.
std::vector<std::string> edge_keys(const KnowledgeGraph& kg) {
  const Graph& g = kg.graph();
  std::vector<std::string> out;
  for (Edge e : kg.sorted_edges()) {
    out.push_back(g[boost::source(e, g)].id + " -" + g[e].relation + "-> " + g[boost::target(e, g)].id);
  }
  return out;
}

const EdgeProps& only_edge(const KnowledgeGraph& kg) {
  BOOST_REQUIRE_EQUAL(kg.edge_count(), 1u);
  return kg.graph()[kg.sorted_edges().front()];
}

}  // namespace

BOOST_AUTO_TEST_CASE(nodes_merge_across_articles) {
  KnowledgeGraph kg;
  EntityRecord n1 = entity("nvidia", EntityType::kOrg, "", "إنفيديا");
  n1.aliases = {"إنفيديا"};
  n1.mentions = 2;
  EntityRecord n2 = entity("nvidia", EntityType::kOrg, "Nvidia", "انفيديا");
  n2.aliases = {"Nvidia", "انفيديا"};
  n2.mentions = 3;
  kg.merge(article("doc2", {n1}, {}));
  kg.merge(article("doc1", {n2}, {}));

  BOOST_REQUIRE_EQUAL(kg.node_count(), 1u);
  const NodeProps& n = kg.graph()[*kg.find("nvidia")];
  BOOST_TEST(n.mentions == 5u);
  BOOST_TEST(n.label_ar == "إنفيديا");  // the first Arabic label seen is kept
  BOOST_TEST(n.label_en == "Nvidia");   // an empty label is filled in later
  BOOST_TEST(n.label == "Nvidia");      // the English label wins once there is one
  BOOST_TEST((n.aliases == std::set<std::string>{"Nvidia", "انفيديا", "إنفيديا"}));
  BOOST_TEST((n.documents == std::set<std::string>{"doc1", "doc2"}));
  BOOST_TEST((kg.graph()[boost::graph_bundle].documents == std::set<std::string>{"doc1", "doc2"}));
}

BOOST_AUTO_TEST_CASE(label_falls_back_to_arabic_then_alias) {
  KnowledgeGraph kg;
  EntityRecord ar_only = entity("x", EntityType::kOrg, "", "شركة إكس");
  EntityRecord alias_only = entity("y");
  alias_only.aliases = {"واي"};
  kg.merge(article("d", {ar_only, alias_only}, {}));
  BOOST_TEST(kg.graph()[*kg.find("x")].label == "شركة إكس");
  BOOST_TEST(kg.graph()[*kg.find("y")].label == "واي");
}

BOOST_AUTO_TEST_CASE(symmetric_relation_is_one_edge) {
  KnowledgeGraph kg;
  kg.merge(article("d1", {entity("amd"), entity("nvidia")}, {relation("amd", "competes_with", "nvidia", "s1")}));
  kg.merge(article("d2", {entity("amd"), entity("nvidia")}, {relation("nvidia", "competes_with", "amd", "s2")}));

  BOOST_TEST(edge_keys(kg) == std::vector<std::string>{"amd -competes_with-> nvidia"});
  const EdgeProps& e = only_edge(kg);
  BOOST_REQUIRE_EQUAL(e.evidence.size(), 2u);
  BOOST_TEST(e.weight() == 2.0);
  // The second sentence named nvidia first: its spans are swapped so source_span is amd's mention.
  BOOST_TEST((e.evidence[1].source_span == Span{5, 6}));
  BOOST_TEST((e.evidence[1].target_span == Span{1, 2}));
  BOOST_TEST((e.evidence[0].source_span == Span{1, 2}));
}

BOOST_AUTO_TEST_CASE(symmetric_relation_stored_smaller_id_first_even_when_given_reversed) {
  KnowledgeGraph kg;
  kg.merge(article("d", {entity("openai"), entity("microsoft")},
                   {relation("openai", "partners_with", "microsoft", "s")}));
  BOOST_TEST(edge_keys(kg) == std::vector<std::string>{"microsoft -partners_with-> openai"});
}

BOOST_AUTO_TEST_CASE(directed_relations_in_both_directions_are_two_edges) {
  KnowledgeGraph kg;
  kg.merge(article("d", {entity("a"), entity("b")},
                   {relation("a", "invests_in", "b", "s1"), relation("b", "invests_in", "a", "s2"),
                    relation("a", "customer_of", "b", "s3")}));
  BOOST_TEST(edge_keys(kg) ==
             (std::vector<std::string>{"a -customer_of-> b", "a -invests_in-> b", "b -invests_in-> a"}));
}

BOOST_AUTO_TEST_CASE(is_symmetric_names_the_two_undirected_relations) {
  BOOST_TEST(is_symmetric("competes_with"));
  BOOST_TEST(is_symmetric("partners_with"));
  BOOST_TEST(!is_symmetric("invests_in"));
  BOOST_TEST(!is_symmetric("part_of"));
}

BOOST_AUTO_TEST_CASE(status_rank_order) {
  // denied > stalled > in_talks > planned > announced > hypothetical > completed; any cue beats no cue.
  std::vector<std::string> order = {"completed", "hypothetical", "announced", "planned",
                                    "in_talks",  "stalled",      "denied"};
  for (std::size_t i = 1; i < order.size(); ++i) {
    BOOST_TEST(status_rank(order[i], false) > status_rank(order[i - 1], false));
    BOOST_TEST(status_rank(order[i], true) > status_rank(order[i - 1], true));
  }
  BOOST_TEST(status_rank("completed", true) > status_rank("denied", false));
  BOOST_TEST(status_rank("rumoured", true) == -1);
}

BOOST_AUTO_TEST_CASE(status_merge_takes_most_telling_evidence) {
  auto merged = [](std::vector<RelationRecord> rels) {
    KnowledgeGraph kg;
    kg.merge(article("d", {entity("a"), entity("b")}, std::move(rels)));
    return only_edge(kg);
  };
  // A cue beats the default, whatever the order.
  BOOST_TEST(merged({relation("a", "invests_in", "b", "s1", "completed"),
                     relation("a", "invests_in", "b", "s2", "announced", "أعلنت")})
                 .status == "announced");
  BOOST_TEST(merged({relation("a", "invests_in", "b", "s2", "announced", "أعلنت"),
                     relation("a", "invests_in", "b", "s1", "completed")})
                 .status == "announced");
  // Among cues, denied outranks planned.
  EdgeProps e = merged({relation("a", "invests_in", "b", "s1", "planned", "تعتزم"),
                        relation("a", "invests_in", "b", "s2", "denied", "نفت"),
                        relation("a", "invests_in", "b", "s3", "in_talks", "محادثات")});
  BOOST_TEST(e.status == "denied");
  BOOST_TEST((e.statuses == std::set<std::string>{"denied", "in_talks", "planned"}));
  // A cued "completed" outranks an uncued "denied" (a default carries no information).
  BOOST_TEST(merged({relation("a", "invests_in", "b", "s1", "denied"),
                     relation("a", "invests_in", "b", "s2", "completed", "أتمت")})
                 .status == "completed");
  // Equal rank: the earlier evidence keeps the status.
  BOOST_TEST(merged({relation("a", "invests_in", "b", "s1", "planned", "تخطط"),
                     relation("a", "invests_in", "b", "s2", "planned", "تعتزم")})
                 .status == "planned");
}

BOOST_AUTO_TEST_CASE(largest_amount_wins_with_its_qualifier) {
  RelationRecord r1 = relation("amazon", "invests_in", "anthropic", "adds 4B");
  r1.evidence.amount_usd = 4e9;
  RelationRecord r2 = relation("amazon", "invests_in", "anthropic", "up to 8B");
  r2.evidence.amount_usd = 8e9;
  r2.evidence.amount_qualifier = "up_to";
  RelationRecord r3 = relation("amazon", "invests_in", "anthropic", "no amount");
  KnowledgeGraph kg;
  kg.merge(article("d", {entity("amazon"), entity("anthropic")}, {r1, r2, r3}));
  const EdgeProps& e = only_edge(kg);
  BOOST_REQUIRE(e.amount_usd.has_value());
  BOOST_TEST(*e.amount_usd == 8e9);
  BOOST_TEST(e.amount_qualifier == "up_to");
  BOOST_TEST((e.amounts == std::set<double>{4e9, 8e9}));
  BOOST_TEST(e.evidence.size() == 3u);
}

BOOST_AUTO_TEST_CASE(edge_confidence_grows_with_independent_evidence) {
  RelationRecord r1 = relation("a", "invests_in", "b", "s1");
  r1.evidence.confidence = 0.4;
  RelationRecord r2 = relation("a", "invests_in", "b", "s2");
  r2.evidence.confidence = 0.7;
  KnowledgeGraph kg;
  kg.merge(article("d", {entity("a"), entity("b")}, {r1, r2}));
  // noisy or: 1 - (1 - 0.4)(1 - 0.7) = 0.82
  BOOST_TEST(only_edge(kg).confidence == 0.82, boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(sorted_order_does_not_depend_on_insertion_order) {
  KnowledgeGraph one, two;
  one.merge(article("d", {entity("c"), entity("a"), entity("b")},
                    {relation("c", "invests_in", "a", "s"), relation("a", "invests_in", "b", "s"),
                     relation("a", "customer_of", "b", "s")}));
  two.merge(article("d", {entity("b"), entity("a"), entity("c")},
                    {relation("a", "customer_of", "b", "s"), relation("a", "invests_in", "b", "s"),
                     relation("c", "invests_in", "a", "s")}));
  BOOST_TEST(edge_keys(one) == edge_keys(two));
  std::vector<std::string> ids;
  for (Vertex v : one.sorted_vertices()) ids.push_back(one.graph()[v].id);
  BOOST_TEST(ids == (std::vector<std::string>{"a", "b", "c"}));
}

BOOST_AUTO_TEST_CASE(relation_to_unlisted_entity_is_an_internal_error) {
  KnowledgeGraph kg;
  BOOST_CHECK_EXCEPTION(kg.merge(article("d", {entity("a")}, {relation("a", "invests_in", "ghost", "s")})), Error,
                        [](const Error& e) {
                          return e.code() == ErrorCode::kInternal &&
                                 e.message().find("ghost") != std::string::npos;
                        });
}

BOOST_AUTO_TEST_CASE(add_node_and_add_edge_copy_properties_as_given) {
  KnowledgeGraph kg;
  NodeProps a;
  a.id = "a";
  a.label = "Custom label";
  a.mentions = 2;
  NodeProps b;
  b.id = "b";
  kg.add_node(a);
  kg.add_node(b);
  BOOST_TEST(kg.graph()[*kg.find("a")].label == "Custom label");
  BOOST_TEST(kg.graph()[*kg.find("b")].label == "b");  // no names at all: the id

  NodeProps again = a;
  again.mentions = 3;
  kg.add_node(again);  // merges into the first
  BOOST_TEST(kg.node_count() == 2u);
  BOOST_TEST(kg.graph()[*kg.find("a")].mentions == 5u);

  EdgeProps p;
  p.relation = "invests_in";
  p.status = "stalled";
  p.in_cycle = true;
  p.evidence.resize(2);
  kg.add_edge("a", p, "b");
  const EdgeProps& e = only_edge(kg);
  BOOST_TEST(e.status == "stalled");
  BOOST_TEST(e.in_cycle);
  BOOST_TEST(e.weight() == 2.0);
  BOOST_CHECK_THROW(kg.add_edge("a", p, "nowhere"), Error);
}

BOOST_AUTO_TEST_CASE(filtered_keeps_sure_relations_and_the_entities_they_name) {
  EntityRecord unsure = entity("x_corp");
  unsure.confidence = 0.5;
  EntityRecord lonely = entity("y_corp");
  lonely.confidence = 0.5;
  RelationRecord sure = relation("a", "invests_in", "x_corp", "s1");
  sure.evidence.confidence = 0.9;
  RelationRecord weak = relation("a", "partners_with", "b", "s2");
  weak.evidence.confidence = 0.6;
  KnowledgeGraph kg;
  kg.merge(article("d", {entity("a"), entity("b"), unsure, lonely}, {sure, weak}));
  KnowledgeGraph f = kg.filtered(0.8);
  BOOST_TEST(f.edge_count() == 1u);
  BOOST_TEST(f.graph()[*boost::edges(f.graph()).first].relation == "invests_in");
  // x_corp stays (a kept relation names it), y_corp goes, a and b (confidence 1) stay.
  std::vector<std::string> ids;
  for (Vertex v : f.sorted_vertices()) ids.push_back(f.graph()[v].id);
  BOOST_TEST(ids == (std::vector<std::string>{"a", "b", "x_corp"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(outlets_and_dates_accumulate_on_the_edge) {
  RelationRecord r1 = relation("a", "invests_in", "b", "s1");
  r1.evidence.reported_by = "reuters";
  r1.evidence.date = "2025-09-22";
  RelationRecord r2 = relation("a", "invests_in", "b", "s2");
  r2.evidence.reported_by = "bloomberg";
  r2.evidence.date = "2025-10-01";
  r2.evidence.event_date = "2025-09";
  KnowledgeGraph kg;
  kg.merge(article("d", {entity("a"), entity("b")}, {r1, r2}));
  const EdgeProps& e = only_edge(kg);
  BOOST_TEST((e.reported_by == std::set<std::string>{"bloomberg", "reuters"}));
  BOOST_TEST(e.first_seen == "2025-09");  // the event date of s2 wins over its article date
  BOOST_TEST(e.last_seen == "2025-09-22");
}
