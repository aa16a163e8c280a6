// Graph analysis (analysis.h) on a small hand-built graph whose answers were worked out by hand:
// neighbourhoods by level, shortest paths (one, all, directed, bounded, none), degree, PageRank against
// an independent power iteration, betweenness, figures, and the errors for unknown and ambiguous names.
//
// The graph (arrows are edge directions; ~ a symmetric relation):
//   nvidia -invests_in-> openai ($100B)        openai -buys_chips_from-> nvidia
//   openai -buys_chips_from-> amd              amd ~competes_with~ nvidia
//   microsoft -invests_in-> openai ($13B)      microsoft ~partners_with~ openai
//   nvidia -invests_in-> coreweave             openai -buys_services_from-> coreweave ($22.4B)
//   coreweave -buys_chips_from-> nvidia        jensen_huang -ceo_of-> nvidia
//   ARAMCO -invests_in-> stargate_uae ($1.5B)  openai ~partners_with~ stargate_uae
//   openai -customer_of-> stargate             riyadh (no relation)
// ARAMCO is the Arabic id of Aramco; stargate and stargate_uae share the Arabic alias STARGATE_AR.
#define BOOST_TEST_MODULE test_analysis
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <sstream>
#include <string>
#include <vector>

#include "kgraph/analysis.h"
#include "kgraph/error.h"

using namespace kgraph;

namespace {

const std::string kAramco = "\u0623\u0631\u0627\u0645\u0643\u0648";                // Aramco in Arabic script
const std::string kStargateAr = "\u0633\u062a\u0627\u0631\u063a\u064a\u062a";      // Stargate in Arabic script
const std::string kNvidiaAr = "\u0625\u0646\u0641\u064a\u062f\u064a\u0627";        // Nvidia, hamza below alef
const std::string kNvidiaArBare = "\u0627\u0646\u0641\u064a\u062f\u064a\u0627";    // the same with a bare alef

void node(KnowledgeGraph& g, const std::string& id, EntityType type, const std::string& label,
          std::set<std::string> aliases = {}) {
  NodeProps n;
  n.id = id;
  n.type = type;
  n.label = n.label_en = label;
  n.aliases = std::move(aliases);
  g.add_node(n);
}

void edge(KnowledgeGraph& g, const std::string& src, const std::string& rel, const std::string& dst,
          std::optional<double> amount = {}, const std::string& status = "", const std::string& doc = "d1") {
  EdgeProps e;
  e.relation = rel;
  e.amount_usd = amount;
  e.status = status;
  Evidence ev;
  ev.doc_id = doc;
  ev.sentence = src + " " + rel + " " + dst;
  e.evidence = {ev};
  g.add_edge(src, e, dst);
}

KnowledgeGraph small_graph() {
  KnowledgeGraph g;
  node(g, "nvidia", EntityType::kOrg, "Nvidia", {"Nvidia", kNvidiaAr});
  node(g, "openai", EntityType::kOrg, "OpenAI");
  node(g, "microsoft", EntityType::kOrg, "Microsoft");
  node(g, "amd", EntityType::kOrg, "AMD");
  node(g, "coreweave", EntityType::kOrg, "CoreWeave");
  node(g, "jensen_huang", EntityType::kPerson, "Jensen Huang");
  node(g, kAramco, EntityType::kOrg, "Aramco");
  node(g, "stargate", EntityType::kOrg, "Stargate", {kStargateAr});
  node(g, "stargate_uae", EntityType::kOrg, "Stargate UAE", {kStargateAr});
  node(g, "riyadh", EntityType::kPlace, "Riyadh");
  edge(g, "nvidia", "invests_in", "openai", 1e11, "planned");
  edge(g, "openai", "buys_chips_from", "nvidia", {}, "planned", "d2");
  edge(g, "openai", "buys_chips_from", "amd", {}, "planned", "d2");
  edge(g, "amd", "competes_with", "nvidia");
  edge(g, "microsoft", "invests_in", "openai", 1.3e10, "completed", "d3");
  edge(g, "microsoft", "partners_with", "openai", {}, "completed", "d3");
  edge(g, "nvidia", "invests_in", "coreweave", {}, "completed");
  edge(g, "openai", "buys_services_from", "coreweave", 2.24e10, "completed");
  edge(g, "coreweave", "buys_chips_from", "nvidia", {}, "completed");
  edge(g, "jensen_huang", "ceo_of", "nvidia");
  edge(g, kAramco, "invests_in", "stargate_uae", 1.5e9, "announced", "d3");
  edge(g, "openai", "partners_with", "stargate_uae", {}, "completed");
  edge(g, "openai", "customer_of", "stargate", {}, "completed");
  g.graph()[boost::graph_bundle].documents = {"d1", "d2", "d3", "d4"};
  return g;
}

std::string tsv(const ResultTable& t) {
  std::ostringstream out;
  write_table(t, TableFormat::kTsv, out);
  return out.str();
}

std::string jsonl(const ResultTable& t) {
  std::ostringstream out;
  write_table(t, TableFormat::kJsonl, out);
  return out.str();
}

Vertex v(const KnowledgeGraph& g, const std::string& id) { return *g.find(id); }

}  // namespace

BOOST_AUTO_TEST_CASE(names_resolve_by_id_label_and_alias_in_either_script) {
  KnowledgeGraph g = small_graph();
  BOOST_TEST(g.graph()[resolve_node(g, "nvidia")].id == "nvidia");
  BOOST_TEST(g.graph()[resolve_node(g, "NVIDIA")].id == "nvidia");
  BOOST_TEST(g.graph()[resolve_node(g, kNvidiaAr)].id == "nvidia");
  BOOST_TEST(g.graph()[resolve_node(g, kNvidiaArBare)].id == "nvidia");
  BOOST_TEST(g.graph()[resolve_node(g, "Stargate UAE")].id == "stargate_uae");
  BOOST_TEST(g.graph()[resolve_node(g, kAramco)].id == kAramco);
  BOOST_TEST(g.graph()[resolve_node(g, "aramco")].id == kAramco);
}

BOOST_AUTO_TEST_CASE(unknown_and_ambiguous_names_are_errors_naming_the_file) {
  KnowledgeGraph g = small_graph();
  try {
    resolve_node(g, "intel", "g.json");
    BOOST_FAIL("no error for an unknown name");
  } catch (const Error& e) {
    BOOST_TEST(static_cast<int>(e.code()) == static_cast<int>(ErrorCode::kBadInput));
    BOOST_TEST(e.describe() == "g.json: no entity is named 'intel'");
  }
  try {
    resolve_node(g, kStargateAr, "g.json");
    BOOST_FAIL("no error for an ambiguous name");
  } catch (const Error& e) {
    BOOST_TEST(static_cast<int>(e.code()) == static_cast<int>(ErrorCode::kBadInput));
    BOOST_TEST(e.describe() ==
               "g.json: '" + kStargateAr + "' names 2 entities: stargate, stargate_uae (give one of these ids)");
  }
}

BOOST_AUTO_TEST_CASE(unknown_relation_filter_is_a_usage_error) {
  KnowledgeGraph g = small_graph();
  check_relations(g, {"invests_in", "ceo_of"}, "g.json");
  try {
    check_relations(g, {"invest_in"}, "g.json");
    BOOST_FAIL("no error for a relation the graph lacks");
  } catch (const Error& e) {
    BOOST_TEST(static_cast<int>(e.code()) == static_cast<int>(ErrorCode::kBadUsage));
    BOOST_TEST(e.describe() ==
               "g.json: no edge has the relation 'invest_in' (the graph has: buys_chips_from, buys_services_from, "
               "ceo_of, competes_with, customer_of, invests_in, partners_with)");
  }
}

BOOST_AUTO_TEST_CASE(neighbors_one_step_both_directions) {
  KnowledgeGraph g = small_graph();
  auto found = find_neighbors(g, v(g, "nvidia"), {});
  BOOST_TEST(tsv(neighbors_table(g, found)) ==
             "distance\tid\tlabel\ttype\tvia\trelations\tdirection\n"
             "1\tamd\tAMD\tORG\tnvidia\tcompetes_with\tboth\n"
             "1\tcoreweave\tCoreWeave\tORG\tnvidia\tbuys_chips_from, invests_in\tboth\n"
             "1\tjensen_huang\tJensen Huang\tPERSON\tnvidia\tceo_of\tin\n"
             "1\topenai\tOpenAI\tORG\tnvidia\tbuys_chips_from, invests_in\tboth\n");
  BOOST_TEST(found[1].step.size() == 2u);
}

BOOST_AUTO_TEST_CASE(neighbors_by_level_then_id_up_to_depth) {
  KnowledgeGraph g = small_graph();
  NeighborOptions opts;
  opts.depth = 3;
  BOOST_TEST(tsv(neighbors_table(g, find_neighbors(g, v(g, "nvidia"), opts))) ==
             "distance\tid\tlabel\ttype\tvia\trelations\tdirection\n"
             "1\tamd\tAMD\tORG\tnvidia\tcompetes_with\tboth\n"
             "1\tcoreweave\tCoreWeave\tORG\tnvidia\tbuys_chips_from, invests_in\tboth\n"
             "1\tjensen_huang\tJensen Huang\tPERSON\tnvidia\tceo_of\tin\n"
             "1\topenai\tOpenAI\tORG\tnvidia\tbuys_chips_from, invests_in\tboth\n"
             "2\tmicrosoft\tMicrosoft\tORG\topenai\tinvests_in, partners_with\tboth\n"
             "2\tstargate\tStargate\tORG\topenai\tcustomer_of\tout\n"
             "2\tstargate_uae\tStargate UAE\tORG\topenai\tpartners_with\tboth\n"
             "3\t" + kAramco + "\tAramco\tORG\tstargate_uae\tinvests_in\tin\n");
  opts.depth = 100;  // the whole component, riyadh never
  BOOST_TEST(find_neighbors(g, v(g, "nvidia"), opts).size() == 8u);
  BOOST_TEST(find_neighbors(g, v(g, "riyadh"), opts).empty());
}

BOOST_AUTO_TEST_CASE(neighbors_direction_and_relation_filter) {
  KnowledgeGraph g = small_graph();
  NeighborOptions out;
  out.direction = Direction::kOut;
  // Leaving nvidia: its two investments, and the symmetric competes_with.
  BOOST_TEST(tsv(neighbors_table(g, find_neighbors(g, v(g, "nvidia"), out))) ==
             "distance\tid\tlabel\ttype\tvia\trelations\tdirection\n"
             "1\tamd\tAMD\tORG\tnvidia\tcompetes_with\tboth\n"
             "1\tcoreweave\tCoreWeave\tORG\tnvidia\tinvests_in\tout\n"
             "1\topenai\tOpenAI\tORG\tnvidia\tinvests_in\tout\n");
  NeighborOptions in;
  in.direction = Direction::kIn;
  in.depth = 2;
  in.relations = {"buys_chips_from"};
  // Who buys chips from nvidia, and from them.
  BOOST_TEST(jsonl(neighbors_table(g, find_neighbors(g, v(g, "nvidia"), in))) ==
             "{\"distance\":1,\"id\":\"coreweave\",\"label\":\"CoreWeave\",\"type\":\"ORG\",\"via\":\"nvidia\","
             "\"relations\":[\"buys_chips_from\"],\"direction\":\"in\"}\n"
             "{\"distance\":1,\"id\":\"openai\",\"label\":\"OpenAI\",\"type\":\"ORG\",\"via\":\"nvidia\","
             "\"relations\":[\"buys_chips_from\"],\"direction\":\"in\"}\n");
}

BOOST_AUTO_TEST_CASE(shortest_path_prefers_the_edge_that_points_along_it) {
  KnowledgeGraph g = small_graph();
  PathResult r = find_paths(g, v(g, kAramco), v(g, "nvidia"), {});
  BOOST_TEST(r.length == 3u);
  BOOST_TEST(r.total == 1.0);
  BOOST_TEST(tsv(path_table(g, r, false)) ==
             "step\tfrom\trelation\tdirection\tto\tamount_usd\tstatus\n"
             "1\t" + kAramco + "\tinvests_in\tout\tstargate_uae\t1500000000\tannounced\n"
             "2\tstargate_uae\tpartners_with\tboth\topenai\t\tcompleted\n"
             "3\topenai\tbuys_chips_from\tout\tnvidia\t\tplanned\n");
  // Backwards the same hops are taken against their direction, except the symmetric one.
  PathResult back = find_paths(g, v(g, "nvidia"), v(g, kAramco), {});
  BOOST_TEST(tsv(path_table(g, back, false)) ==
             "step\tfrom\trelation\tdirection\tto\tamount_usd\tstatus\n"
             "1\tnvidia\tinvests_in\tout\topenai\t100000000000\tplanned\n"
             "2\topenai\tpartners_with\tboth\tstargate_uae\t\tcompleted\n"
             "3\tstargate_uae\tinvests_in\tin\t" + kAramco + "\t1500000000\tannounced\n");
}

BOOST_AUTO_TEST_CASE(all_shortest_paths_in_id_order) {
  KnowledgeGraph g = small_graph();
  PathOptions opts;
  opts.all = true;
  PathResult r = find_paths(g, v(g, "amd"), v(g, "coreweave"), opts);
  BOOST_TEST(r.length == 2u);
  BOOST_TEST(r.total == 2.0);
  BOOST_TEST(jsonl(path_table(g, r, true)) ==
             "{\"path\":1,\"step\":1,\"from\":\"amd\",\"relation\":\"competes_with\",\"direction\":\"both\","
             "\"to\":\"nvidia\",\"amount_usd\":null,\"status\":null}\n"
             "{\"path\":1,\"step\":2,\"from\":\"nvidia\",\"relation\":\"invests_in\",\"direction\":\"out\","
             "\"to\":\"coreweave\",\"amount_usd\":null,\"status\":\"completed\"}\n"
             "{\"path\":2,\"step\":1,\"from\":\"amd\",\"relation\":\"buys_chips_from\",\"direction\":\"in\","
             "\"to\":\"openai\",\"amount_usd\":null,\"status\":\"planned\"}\n"
             "{\"path\":2,\"step\":2,\"from\":\"openai\",\"relation\":\"buys_services_from\",\"direction\":\"out\","
             "\"to\":\"coreweave\",\"amount_usd\":22400000000,\"status\":\"completed\"}\n");
  // Without --all: the first of them; with a limit of 1: the first, while total still counts both.
  PathResult one = find_paths(g, v(g, "amd"), v(g, "coreweave"), {});
  BOOST_TEST(one.paths.size() == 1u);
  BOOST_TEST(one.paths[0][0].to == v(g, "nvidia"));
  opts.max_paths = 1;
  PathResult limited = find_paths(g, v(g, "amd"), v(g, "coreweave"), opts);
  BOOST_TEST(limited.paths.size() == 1u);
  BOOST_TEST(limited.total == 2.0);
}

BOOST_AUTO_TEST_CASE(directed_paths_follow_edges_forward_and_symmetric_ones_either_way) {
  KnowledgeGraph g = small_graph();
  PathOptions directed;
  directed.directed = true;
  directed.all = true;
  PathResult r = find_paths(g, v(g, "amd"), v(g, "coreweave"), directed);
  BOOST_TEST(r.total == 1.0);
  BOOST_TEST(tsv(path_table(g, r, false)) ==
             "step\tfrom\trelation\tdirection\tto\tamount_usd\tstatus\n"
             "1\tamd\tcompetes_with\tboth\tnvidia\t\t\n"
             "2\tnvidia\tinvests_in\tout\tcoreweave\t\tcompleted\n");
  // Nothing flows into Aramco; and Aramco is three steps from nvidia even without directions.
  BOOST_TEST(find_paths(g, v(g, "coreweave"), v(g, kAramco), directed).paths.empty());
  PathOptions short_only;
  short_only.max_length = 2;
  PathResult none = find_paths(g, v(g, kAramco), v(g, "nvidia"), short_only);
  BOOST_TEST(none.paths.empty());
  BOOST_TEST(none.length == 0u);
  BOOST_TEST(tsv(path_table(g, none, false)) == "step\tfrom\trelation\tdirection\tto\tamount_usd\tstatus\n");
  short_only.max_length = 3;
  BOOST_TEST(find_paths(g, v(g, kAramco), v(g, "nvidia"), short_only).length == 3u);
  BOOST_TEST(find_paths(g, v(g, "jensen_huang"), v(g, "riyadh"), {}).paths.empty());
}

BOOST_AUTO_TEST_CASE(money_paths_follow_money_relations_the_way_money_flows) {
  KnowledgeGraph g = small_graph();
  PathOptions money;
  money.money = true;
  // microsoft invests in openai, which pays nvidia for chips; the partnership carries no money.
  BOOST_TEST(tsv(path_table(g, find_paths(g, v(g, "microsoft"), v(g, "nvidia"), money), false)) ==
             "step\tfrom\trelation\tdirection\tto\tamount_usd\tstatus\n"
             "1\tmicrosoft\tinvests_in\tout\topenai\t13000000000\tcompleted\n"
             "2\topenai\tbuys_chips_from\tout\tnvidia\t\tplanned\n");
  // amd only receives money, and competes_with is no money path.
  BOOST_TEST(find_paths(g, v(g, "amd"), v(g, "nvidia"), money).paths.empty());
  BOOST_TEST(find_paths(g, v(g, "amd"), v(g, "nvidia"), {}).length == 1u);
}

BOOST_AUTO_TEST_CASE(path_relation_filter_and_same_endpoints) {
  KnowledgeGraph g = small_graph();
  PathOptions money;
  money.relations = {"invests_in", "buys_chips_from"};
  // Without the symmetric competes_with, amd reaches nvidia only through openai's chip purchases.
  PathResult r = find_paths(g, v(g, "amd"), v(g, "nvidia"), money);
  BOOST_TEST(tsv(path_table(g, r, false)) ==
             "step\tfrom\trelation\tdirection\tto\tamount_usd\tstatus\n"
             "1\tamd\tbuys_chips_from\tin\topenai\t\tplanned\n"
             "2\topenai\tbuys_chips_from\tout\tnvidia\t\tplanned\n");
  try {
    find_paths(g, v(g, "amd"), v(g, "amd"), {});
    BOOST_FAIL("no error for a path from a node to itself");
  } catch (const Error& e) {
    BOOST_TEST(static_cast<int>(e.code()) == static_cast<int>(ErrorCode::kBadUsage));
    BOOST_TEST(e.describe() == "FROM and TO are the same entity (amd)");
  }
}

BOOST_AUTO_TEST_CASE(degree_ranking_counts_in_out_and_symmetric_edges) {
  KnowledgeGraph g = small_graph();
  RankOptions opts;
  BOOST_TEST(tsv(rank_table(g, opts)) ==
             "rank\tid\tlabel\ttype\tin\tout\tundirected\tdegree\n"
             "1\topenai\tOpenAI\tORG\t2\t4\t2\t8\n"
             "2\tnvidia\tNvidia\tORG\t3\t2\t1\t6\n"
             "3\tcoreweave\tCoreWeave\tORG\t2\t1\t0\t3\n"
             "4\tamd\tAMD\tORG\t1\t0\t1\t2\n"
             "5\tmicrosoft\tMicrosoft\tORG\t0\t1\t1\t2\n"
             "6\tstargate_uae\tStargate UAE\tORG\t1\t0\t1\t2\n"
             "7\tjensen_huang\tJensen Huang\tPERSON\t0\t1\t0\t1\n"
             "8\tstargate\tStargate\tORG\t1\t0\t0\t1\n"
             "9\t" + kAramco + "\tAramco\tORG\t0\t1\t0\t1\n"
             "10\triyadh\tRiyadh\tPLACE\t0\t0\t0\t0\n");
  opts.relations = {"invests_in"};
  opts.types = {EntityType::kOrg};
  opts.top = 3;
  BOOST_TEST(tsv(rank_table(g, opts)) ==
             "rank\tid\tlabel\ttype\tin\tout\tundirected\tdegree\n"
             "1\tnvidia\tNvidia\tORG\t0\t2\t0\t2\n"
             "2\topenai\tOpenAI\tORG\t2\t0\t0\t2\n"
             "3\tcoreweave\tCoreWeave\tORG\t1\t0\t0\t1\n");
}

BOOST_AUTO_TEST_CASE(betweenness_worked_out_by_hand) {
  KnowledgeGraph g = small_graph();
  // openai lies on every path between {microsoft, stargate, stargate_uae, Aramco} and the rest (16 pairs),
  // among those four except Aramco-stargate_uae (5), and on one of the two amd-coreweave paths: 21.5 of
  // the 36 pairs of other nodes; normalised over 9 * 8 ordered pairs: 43/72. nvidia: jensen_huang's 7
  // pairs and half of amd-coreweave, 15/72. stargate_uae: Aramco's 7 pairs, 14/72.
  std::vector<double> c = betweenness_scores(g, {}, false);
  BOOST_TEST(std::fabs(c[v(g, "openai")] - 43.0 / 72) < 1e-12);
  BOOST_TEST(std::fabs(c[v(g, "nvidia")] - 15.0 / 72) < 1e-12);
  BOOST_TEST(std::fabs(c[v(g, "stargate_uae")] - 14.0 / 72) < 1e-12);
  RankOptions opts;
  opts.measure = RankMeasure::kBetweenness;
  opts.top = 4;
  BOOST_TEST(tsv(rank_table(g, opts)) ==
             "rank\tid\tlabel\ttype\tbetweenness\n"
             "1\topenai\tOpenAI\tORG\t0.597222\n"
             "2\tnvidia\tNvidia\tORG\t0.208333\n"
             "3\tstargate_uae\tStargate UAE\tORG\t0.194444\n"
             "4\tamd\tAMD\tORG\t0.000000\n");
  std::string lines = jsonl(rank_table(g, opts));
  BOOST_TEST(lines.substr(0, lines.find('\n')) ==
             "{\"rank\":1,\"id\":\"openai\",\"label\":\"OpenAI\",\"type\":\"ORG\",\"betweenness\":0.597222}");
}

BOOST_AUTO_TEST_CASE(directed_betweenness) {
  KnowledgeGraph g = small_graph();
  // Along edge directions (symmetric relations both ways), normalised over the 9 * 8 ordered pairs of
  // other nodes; the same figures as networkx.betweenness_centrality on the DiGraph.
  std::vector<double> c = betweenness_scores(g, {}, true);
  BOOST_TEST(std::fabs(c[v(g, "openai")] - 27.0 / 72) < 1e-12);
  BOOST_TEST(std::fabs(c[v(g, "nvidia")] - 16.0 / 72) < 1e-12);
  BOOST_TEST(std::fabs(c[v(g, "stargate_uae")] - 6.0 / 72) < 1e-12);
  BOOST_TEST(c[v(g, kAramco)] == 0.0);  // nothing flows into Aramco
  BOOST_TEST(c[v(g, "coreweave")] == 0.0);
}

BOOST_AUTO_TEST_CASE(pagerank_matches_an_independent_power_iteration) {
  KnowledgeGraph g = small_graph();
  std::vector<double> pr = pagerank_scores(g, {});
  // The same formulation computed naively: arcs of the simple directed graph (symmetric both ways).
  const std::size_t n = g.node_count();
  std::set<std::pair<std::size_t, std::size_t>> arcs;
  const Graph& G = g.graph();
  for (Edge e : boost::make_iterator_range(boost::edges(G))) {
    std::size_t s = boost::source(e, G), t = boost::target(e, G);
    arcs.emplace(s, t);
    if (is_symmetric(G[e].relation)) arcs.emplace(t, s);
  }
  std::vector<double> outdeg(n, 0), r(n, 1.0 / n);
  for (auto [s, t] : arcs) outdeg[s] += 1;
  for (int it = 0; it < 2000; ++it) {
    std::vector<double> next(n, 0.15);
    for (auto [s, t] : arcs) next[t] += 0.85 * r[s] / outdeg[s];
    r = next;
  }
  double sum = 0, pr_sum = 0;
  for (double x : r) sum += x;
  for (double x : pr) pr_sum += x;
  BOOST_TEST(std::fabs(pr_sum - 1.0) < 1e-12);
  for (std::size_t i = 0; i < n; ++i) BOOST_TEST(std::fabs(pr[i] - r[i] / sum) < 1e-8);
  RankOptions opts;
  opts.measure = RankMeasure::kPageRank;
  opts.top = 3;
  BOOST_TEST(tsv(rank_table(g, opts)) ==
             "rank\tid\tlabel\ttype\tpagerank\n"
             "1\tnvidia\tNvidia\tORG\t0.295609\n"
             "2\topenai\tOpenAI\tORG\t0.205223\n"
             "3\tamd\tAMD\tORG\t0.133879\n");
}

BOOST_AUTO_TEST_CASE(betweenness_refused_on_a_large_graph_unless_forced) {
  KnowledgeGraph g;
  // 150,000 nodes in a chain: 150,000 x 149,999 steps exceeds the limit.
  NodeProps n;
  n.type = EntityType::kOrg;
  EdgeProps e;
  e.relation = "partners_with";
  const std::size_t count = 150000;
  auto id = [](std::size_t i) {
    std::string s = std::to_string(i);
    return "n" + std::string(6 - s.size(), '0') + s;
  };
  for (std::size_t i = 0; i < count; ++i) {
    n.id = id(i);
    g.add_node(n);
  }
  for (std::size_t i = 0; i + 1 < count; ++i) g.add_edge(id(i), e, id(i + 1));
  RankOptions opts;
  opts.measure = RankMeasure::kBetweenness;
  try {
    rank_table(g, opts);
    BOOST_FAIL("betweenness ran on 150,000 nodes without --force");
  } catch (const Error& err) {
    BOOST_TEST(static_cast<int>(err.code()) == static_cast<int>(ErrorCode::kBadUsage));
    BOOST_TEST(err.describe() ==
               "betweenness on 150000 nodes and 149999 edges takes about 2.2e+10 steps (it grows as nodes x edges); "
               "pass --force to run it anyway");
  }
  // The other measures are linear and run at once.
  opts.measure = RankMeasure::kDegree;
  opts.top = 1;
  BOOST_TEST(tsv(rank_table(g, opts)) == "rank\tid\tlabel\ttype\tin\tout\tundirected\tdegree\n"
                                         "1\tn000001\tn000001\tORG\t0\t0\t2\t2\n");
  // Neighbors and path on the chain: linear too.
  NeighborOptions far;
  far.depth = count;
  BOOST_TEST(find_neighbors(g, v(g, id(0)), far).size() == count - 1);
  BOOST_TEST(find_paths(g, v(g, id(0)), v(g, id(count - 1)), {}).length == count - 1);
}

BOOST_AUTO_TEST_CASE(stats_figures) {
  KnowledgeGraph g = small_graph();
  GraphStats s = graph_stats(g);
  BOOST_TEST(s.nodes == 10u);
  BOOST_TEST(s.edges == 13u);
  BOOST_TEST(tsv(stats_table(s)) ==
             "group\tname\tvalue\n"
             "graph\tnodes\t10\n"
             "graph\tedges\t13\n"
             "graph\tdocuments\t4\n"
             "graph\tcomponents\t2\n"
             "graph\tlargest_component\t9\n"
             "graph\tisolated_nodes\t1\n"
             "graph\tmoney_cycles\t3\n"
             "type\tORG\t8\n"
             "type\tPERSON\t1\n"
             "type\tPRODUCT\t0\n"
             "type\tMEDIA\t0\n"
             "type\tPLACE\t1\n"
             "relation\tinvests_in\t4\n"
             "relation\tbuys_chips_from\t3\n"
             "relation\tpartners_with\t2\n"
             "relation\tbuys_services_from\t1\n"
             "relation\tceo_of\t1\n"
             "relation\tcompetes_with\t1\n"
             "relation\tcustomer_of\t1\n");
  StatsOptions two;
  two.cycles.max_length = 2;  // nvidia <-> openai and nvidia <-> coreweave, not the 3-step one
  BOOST_TEST(*graph_stats(g, two).money_cycles == 2u);
  StatsOptions none;
  none.count_cycles = false;
  GraphStats without = graph_stats(g, none);
  BOOST_TEST(!without.money_cycles.has_value());
  BOOST_TEST(stats_table(without).rows.size() == 18u);
}

BOOST_AUTO_TEST_CASE(stats_documents_come_from_nodes_and_evidence_too) {
  KnowledgeGraph g = small_graph();
  g.graph()[boost::graph_bundle].documents.clear();
  BOOST_TEST(graph_stats(g).documents == 3u);  // d1, d2, d3 cited by evidence
  KnowledgeGraph empty;
  GraphStats s = graph_stats(empty);
  BOOST_TEST(s.nodes == 0u);
  BOOST_TEST(s.components == 0u);
  BOOST_TEST(s.largest_component == 0u);
  BOOST_TEST(*s.money_cycles == 0u);
}

BOOST_AUTO_TEST_CASE(parsers) {
  Direction d;
  BOOST_TEST(parse_direction("out", d));
  BOOST_TEST((d == Direction::kOut));
  BOOST_TEST(!parse_direction("forward", d));
  RankMeasure m;
  BOOST_TEST(parse_rank_measure("pagerank", m));
  BOOST_TEST((m == RankMeasure::kPageRank));
  BOOST_TEST(!parse_rank_measure("closeness", m));
}
