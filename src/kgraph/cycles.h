// cycles.h - circular financing: directed cycles of money flow in the knowledge graph.
//
// Money flows along invests_in (investor -> investee) and along buys_chips_from, buys_services_from and
// customer_of (the buyer pays: buyer -> seller). A unit is folded into its parent organisation
// (part_of, from the node attribute or a part_of edge), so "Amazon invests in Anthropic; Anthropic buys
// from AWS" is the cycle Amazon -> Anthropic -> Amazon. Cycles are enumerated with Boost's
// tiernan_all_cycles, which takes a length bound (hawick_circuits in Boost 1.74 has none).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "kgraph/graph.h"

namespace kgraph {

struct CycleOptions {
  std::size_t max_length = 4;     ///< longest cycle, in edges (>= 2)
  bool include_denied = false;    ///< count edges whose status is "denied" as money flow
};

/// One step of a cycle: an edge of the knowledge graph between two (folded) organisations.
struct CycleStep {
  std::string from;        ///< folded node id (the parent organisation)
  std::string to;
  Edge edge;               ///< the knowledge-graph edge (its own ends may be units: aws)
};

struct MoneyCycle {
  std::vector<std::string> nodes;   ///< folded ids in cycle order, starting at the smallest id
  std::vector<CycleStep> steps;     ///< steps[i] goes nodes[i] -> nodes[(i+1) % n]
};

/// True when money flows along `relation` (src pays or invests into dst).
bool is_money_relation(std::string_view relation);

/// The id a node folds into: its part_of ancestor (transitively), or itself.
std::string fold_to_parent(const KnowledgeGraph& g, const std::string& id);

/// Every simple directed money cycle of length 2..max_length, in a stable order (by length, then by ids).
/// Between two folded nodes every parallel money edge yields its own cycle variant only once: the cycle
/// lists one representative step per hop, the edge with the largest amount (ties: most evidence).
std::vector<MoneyCycle> find_money_cycles(const KnowledgeGraph& g, const CycleOptions& opts = {});

/// Sets EdgeProps::in_cycle on every knowledge-graph edge that carries money along some cycle of `cycles`
/// (all parallel money edges of a hop, not only the representative). Returns the number of edges marked.
std::size_t mark_cycles(KnowledgeGraph& g, const std::vector<MoneyCycle>& cycles);

}  // namespace kgraph
