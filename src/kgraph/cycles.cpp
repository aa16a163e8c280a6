// cycles.cpp - money cycles with Boost's tiernan_all_cycles (see cycles.h).
//
// Design: cycles are not looked for in the knowledge graph itself, which has units (aws), parallel edges
// of different relations and edges that carry no money. Instead a small "money-flow" graph is built:
// one vertex per folded organisation and one edge per ordered pair (hop) that has at least one money
// edge between the two folded ends. Tiernan's algorithm then enumerates its elementary cycles up to the
// length bound. Two consequences:
// - a hop stands for all its parallel money edges, so a cycle is reported once, not once per
//   combination of parallel edges; the step names one representative edge (largest amount, then most
//   evidence, then the first in KnowledgeGraph::sorted_edges() order);
// - an edge whose two ends fold into the same organisation (aws part_of amazon; amazon invests in aws)
//   is a self-loop of the money graph and is left out: money moving inside one group is not circular.
//
// Determinism: money-graph vertices are numbered in id order and its edges are added in sorted order.
// Tiernan only extends a path to vertices numbered above its first vertex, so each cycle is reported
// once, starting at its smallest id; the rotation is still normalised and duplicates dropped, so the
// result does not depend on that property of the Boost implementation. Cycles are sorted by length,
// then by their id sequence.
#include "kgraph/cycles.h"

#include <boost/graph/tiernan_all_cycles.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <utility>

namespace kgraph {

namespace {

using Hop = std::pair<std::string, std::string>;
using HopEdges = std::map<Hop, std::vector<Edge>>;

// The vertex bundle exists only to put a kgraph type among MoneyGraph's template arguments, so that
// argument-dependent lookup finds renumber_vertex_indices below.
struct MoneyNode {};
using MoneyGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, MoneyNode>;
using MoneyVertex = boost::graph_traits<MoneyGraph>::vertex_descriptor;

// tiernan_all_cycles asserts VertexIndexGraphConcept, whose check calls renumber_vertex_indices(g), a
// function Boost defines only for directed_graph/undirected_graph (boostorg/graph#182, still in 1.74).
// Tiernan never calls it, and vecS indices are always 0..n-1, so a no-op satisfies the check.
[[maybe_unused]] void renumber_vertex_indices(MoneyGraph&) {}

// The parent named by a node's part_of attribute, else by its part_of edges (the smallest target id, so
// that a unit listed under two parents folds the same way every time), else "".
std::string parent_of(const KnowledgeGraph& kg, const std::string& id) {
  auto v = kg.find(id);
  if (!v) return {};
  const Graph& g = kg.graph();
  if (!g[*v].part_of.empty()) return g[*v].part_of;
  std::string best;
  for (auto [it, end] = boost::out_edges(*v, g); it != end; ++it) {
    if (g[*it].relation != "part_of") continue;
    const std::string& t = g[boost::target(*it, g)].id;
    if (t != id && (best.empty() || t < best)) best = t;
  }
  return best;
}

// Memoised fold_to_parent for one pass over the graph.
class Folder {
 public:
  explicit Folder(const KnowledgeGraph& kg) : kg_(kg) {}
  const std::string& operator()(const std::string& id) {
    auto it = cache_.find(id);
    if (it == cache_.end()) it = cache_.emplace(id, fold_to_parent(kg_, id)).first;
    return it->second;
  }

 private:
  const KnowledgeGraph& kg_;
  std::map<std::string, std::string> cache_;
};

bool carries_money(const EdgeProps& p, bool include_denied) {
  return is_money_relation(p.relation) && (include_denied || p.status != "denied");
}

// Money edges grouped by (folded source, folded target), each group in sorted_edges() order.
HopEdges money_hops(const KnowledgeGraph& kg, bool include_denied) {
  const Graph& g = kg.graph();
  Folder fold(kg);
  HopEdges hops;
  for (Edge e : kg.sorted_edges()) {
    if (!carries_money(g[e], include_denied)) continue;
    std::string from = fold(g[boost::source(e, g)].id);
    std::string to = fold(g[boost::target(e, g)].id);
    if (from == to) continue;
    hops[{std::move(from), std::move(to)}].push_back(e);
  }
  return hops;
}

Edge representative(const Graph& g, const std::vector<Edge>& edges) {
  Edge best = edges.front();
  for (Edge e : edges) {
    const EdgeProps& a = g[e];
    const EdgeProps& b = g[best];
    // An edge with an amount beats one without; then the larger amount; then more evidence.
    bool better = a.amount_usd.has_value() != b.amount_usd.has_value()
                      ? a.amount_usd.has_value()
                      : (a.amount_usd && *a.amount_usd != *b.amount_usd)
                            ? *a.amount_usd > *b.amount_usd
                            : a.evidence.size() > b.evidence.size();
    if (better) best = e;
  }
  return best;
}

// Tiernan's visitor is copied by value, so it collects through a pointer.
struct CycleCollector {
  std::vector<std::vector<std::size_t>>* out;
  template <typename Path, typename G>
  void cycle(const Path& p, const G&) {
    out->emplace_back(p.begin(), p.end());
  }
};

}  // namespace

bool is_money_relation(std::string_view relation) {
  return relation == "invests_in" || relation == "buys_chips_from" || relation == "buys_services_from" ||
         relation == "customer_of";
}

std::string fold_to_parent(const KnowledgeGraph& g, const std::string& id) {
  std::string current = id;
  std::set<std::string> seen{id};
  // Follow part_of upwards; a loop in the data (a part_of b, b part_of a) stops at the last new id.
  for (;;) {
    std::string parent = parent_of(g, current);
    if (parent.empty() || !seen.insert(parent).second) return current;
    current = std::move(parent);
  }
}

std::vector<MoneyCycle> find_money_cycles(const KnowledgeGraph& g, const CycleOptions& opts) {
  if (opts.max_length < 2) return {};
  const Graph& kgg = g.graph();
  HopEdges hops = money_hops(g, opts.include_denied);

  std::vector<std::string> ids;  // money-graph vertex -> folded id, sorted
  {
    std::set<std::string> all;
    for (const auto& [hop, edges] : hops) {
      all.insert(hop.first);
      all.insert(hop.second);
    }
    ids.assign(all.begin(), all.end());
  }
  auto index_of = [&](const std::string& id) {
    return static_cast<MoneyVertex>(std::lower_bound(ids.begin(), ids.end(), id) - ids.begin());
  };
  MoneyGraph mg(ids.size());
  for (const auto& [hop, edges] : hops) boost::add_edge(index_of(hop.first), index_of(hop.second), mg);

  std::vector<std::vector<std::size_t>> raw;
  boost::tiernan_all_cycles(mg, CycleCollector{&raw}, 2, opts.max_length);

  std::set<std::vector<std::size_t>> seen;
  std::vector<MoneyCycle> cycles;
  for (std::vector<std::size_t>& c : raw) {
    // Ids are numbered in sorted order, so the smallest index is the smallest id.
    std::rotate(c.begin(), std::min_element(c.begin(), c.end()), c.end());
    if (!seen.insert(c).second) continue;
    MoneyCycle mc;
    for (std::size_t i = 0; i < c.size(); ++i) {
      const std::string& from = ids[c[i]];
      const std::string& to = ids[c[(i + 1) % c.size()]];
      mc.nodes.push_back(from);
      mc.steps.push_back(CycleStep{from, to, representative(kgg, hops.at({from, to}))});
    }
    cycles.push_back(std::move(mc));
  }
  std::sort(cycles.begin(), cycles.end(), [](const MoneyCycle& a, const MoneyCycle& b) {
    if (a.nodes.size() != b.nodes.size()) return a.nodes.size() < b.nodes.size();
    return a.nodes < b.nodes;
  });
  return cycles;
}

std::size_t mark_cycles(KnowledgeGraph& g, const std::vector<MoneyCycle>& cycles) {
  Graph& kgg = g.graph();
  // Start from a clean slate so the flags describe exactly `cycles` (a graph read back from a file may
  // carry flags from an earlier run with other options).
  for (auto [it, end] = boost::edges(kgg); it != end; ++it) kgg[*it].in_cycle = false;

  // Denied edges are grouped too; a hop's denied edges are marked only when its representative is
  // itself denied, which happens only when the cycles were found with include_denied.
  HopEdges hops = money_hops(g, true);
  std::size_t marked = 0;
  for (const MoneyCycle& c : cycles) {
    for (const CycleStep& s : c.steps) {
      auto it = hops.find({s.from, s.to});
      if (it == hops.end()) continue;
      bool denied_allowed = kgg[s.edge].status == "denied";
      for (Edge e : it->second) {
        EdgeProps& p = kgg[e];
        if (p.in_cycle || (p.status == "denied" && !denied_allowed)) continue;
        p.in_cycle = true;
        ++marked;
      }
    }
  }
  return marked;
}

}  // namespace kgraph
