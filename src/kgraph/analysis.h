// analysis.h - questions about the shape of a knowledge graph: who is near an entity, what connects two
// entities, who sits at the centre, and how big the graph is. The `kgraph neighbors`, `path`, `rank` and
// `stats` commands are thin layers over these functions.
//
// Every function returns data (and a ResultTable for the CLI to print in any format); none prints. Orders
// are total and depend only on the graph's content (distance, then score, then id), so outputs are stable
// and testable byte for byte.
//
// Walks take a relation filter and a direction. An edge of a symmetric relation (competes_with,
// partners_with) is stored once with the smaller id as source (graph.h); it has no direction, so every
// walk may follow it both ways.
//
// Cost on a graph of V nodes and E edges: neighbors and path are breadth-first searches, O(V + E) at most;
// degree is O(E); PageRank O(E) per iteration, about 140 iterations; stats O(V + E) plus the money
// cycles (cycles.h), whose number grows exponentially with density (see kStatsCycleEdgeLimit).
// Betweenness (Brandes) is O(V * E): on a million nodes and five million edges that is 5e12 steps, days
// of work, so rank_table() refuses graphs where V * E exceeds kBetweennessWorkLimit unless forced.
#pragma once

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "kgraph/cycles.h"
#include "kgraph/graph.h"
#include "kgraph/table.h"

namespace kgraph {

/// Which edges a walk may follow from the node at hand: those leaving it, those arriving at it, or both.
enum class Direction { kOut, kIn, kBoth };

/// "out", "in", "both"; returns false for anything else.
bool parse_direction(std::string_view name, Direction& out);

/// The relations a walk may follow; empty means every relation.
using RelationFilter = std::set<std::string>;

/// The one node that `name` means: a node whose id is exactly `name`, else the only node whose id, a
/// label or an alias matches it folded (KnowledgeGraph::find_by_name). Throws Error(kBadInput) located
/// at `origin` (the graph file) when nothing matches, and when several nodes match, listing their ids.
Vertex resolve_node(const KnowledgeGraph& g, std::string_view name, const std::string& origin = {});

/// Throws Error(kBadUsage), located at `origin`, for a relation that no edge of `g` has, listing those it
/// has: a misspelt filter would otherwise answer "nothing" silently.
void check_relations(const KnowledgeGraph& g, const RelationFilter& relations, const std::string& origin = {});

// ---- neighbors ------------------------------------------------------------------------------------

struct NeighborOptions {
  std::size_t depth = 1;                 ///< how many steps away, at least 1
  Direction direction = Direction::kBoth;
  RelationFilter relations;
};

/// One entity reached by the walk, and the step that first reached it.
struct Neighbor {
  Vertex node;
  std::size_t distance = 0;              ///< steps from the start, 1..depth
  Vertex via;                            ///< the node of the previous level it was reached from
  std::vector<Edge> step;                ///< every followable edge between `via` and `node`, sorted
};

/// Breadth-first search from `start` (not itself in the result). Levels are expanded in id order and a
/// node is reached from the first node of the previous level (by id) that has a followable edge to it;
/// the result is ordered by distance, then id.
std::vector<Neighbor> find_neighbors(const KnowledgeGraph& g, Vertex start, const NeighborOptions& opts);

/// Columns: distance, id, label, type, via, relations (the step's relations, sorted), direction ("out":
/// the step's edges go from `via` to the node, "in": from the node to `via`, "both": either way, or a
/// symmetric relation).
ResultTable neighbors_table(const KnowledgeGraph& g, const std::vector<Neighbor>& found);

// ---- path -----------------------------------------------------------------------------------------

struct PathOptions {
  RelationFilter relations;
  bool directed = false;        ///< follow edges from source to target only (for money: the way it flows)
  bool money = false;           ///< only the relations money flows along (cycles.h), the way it flows
  bool all = false;             ///< every shortest path, not only the first
  std::size_t max_length = 0;   ///< longest path, in edges; 0 means no limit
  std::size_t max_paths = 1000; ///< with `all`, stop listing after this many
};

/// One hop of a path. Between two nodes there may be several edges (Nvidia invests in OpenAI, OpenAI
/// buys Nvidia's chips); the hop names one: an edge pointing the way the path goes before a symmetric one
/// before one followed backwards, then the largest amount, the most evidence, the relation name.
struct PathStep {
  Vertex from;
  Vertex to;
  Edge edge;
};

struct PathResult {
  std::size_t length = 0;                   ///< edges in each shortest path (0 when there is none)
  std::vector<std::vector<PathStep>> paths; ///< in order of their id sequences; empty: no path
  double total = 0;                         ///< how many shortest paths exist (may exceed paths.size())
};

/// Shortest paths from `from` to `to` by breadth-first search, over the undirected view of the graph
/// unless `directed`. Throws Error(kBadUsage) when `from` and `to` are the same node.
PathResult find_paths(const KnowledgeGraph& g, Vertex from, Vertex to, const PathOptions& opts);

/// Columns: [path,] step, from, relation, direction, to, amount_usd, status. `direction` is "out" when
/// the edge goes from `from` to `to`, "in" when the path follows it backwards, "both" for a symmetric
/// relation. The path column (1, 2, ...) is there when `numbered`.
ResultTable path_table(const KnowledgeGraph& g, const PathResult& result, bool numbered);

// ---- rank -----------------------------------------------------------------------------------------

enum class RankMeasure { kDegree, kPageRank, kBetweenness };

/// "degree", "pagerank", "betweenness"; returns false for anything else.
bool parse_rank_measure(std::string_view name, RankMeasure& out);

/// Above this many V * E steps betweenness is refused unless RankOptions::force (about a minute of work).
constexpr double kBetweennessWorkLimit = 2e10;

struct RankOptions {
  RankMeasure measure = RankMeasure::kDegree;
  RelationFilter relations;       ///< the edges that count
  std::set<EntityType> types;     ///< the rows shown (every node still takes part); empty means all
  std::size_t top = 0;            ///< rows shown; 0 means all
  bool directed = false;          ///< betweenness along edge directions instead of the undirected view
  bool force = false;             ///< run betweenness whatever the size of the graph
};

/// Edges at each node (indexed by vertex): `in` arriving, `out` leaving, `undirected` of a symmetric
/// relation (counted in neither in nor out); total = in + out + undirected.
struct Degree {
  std::size_t in = 0, out = 0, undirected = 0;
  std::size_t total() const { return in + out + undirected; }
};
std::vector<Degree> degrees(const KnowledgeGraph& g, const RelationFilter& relations);

/// boost::page_rank (damping 0.85) on the graph of who points at whom: an arc u -> v when some followable
/// edge goes from u to v (both ways for a symmetric relation); parallel edges count once. Iterated until
/// no score moves by more than 1e-10 of their sum, and scaled to sum to 1. In Boost's formulation a node with no
/// outgoing arc passes nothing on. Indexed by vertex.
std::vector<double> pagerank_scores(const KnowledgeGraph& g, const RelationFilter& relations);

/// boost::brandes_betweenness_centrality on the simple graph of who is linked to whom (undirected, or
/// directed as for PageRank), normalised as NetworkX does: the share of the shortest paths between other
/// pairs that pass through the node (divided by (V-1)(V-2), halved for the undirected view). Indexed by
/// vertex. Ignores kBetweennessWorkLimit.
std::vector<double> betweenness_scores(const KnowledgeGraph& g, const RelationFilter& relations, bool directed);

/// The ranking as a table, best first, ties broken by id (scores compared as printed, 6 decimals).
/// Columns: rank, id, label, type, then in, out, undirected, degree (degree) or pagerank or betweenness.
/// Throws Error(kBadUsage) for betweenness on a graph above kBetweennessWorkLimit without `force`.
ResultTable rank_table(const KnowledgeGraph& g, const RankOptions& opts);

// ---- stats ----------------------------------------------------------------------------------------

/// Money cycles are enumerated, not counted by a formula, and their number grows exponentially with
/// the density of money edges: on 200,000 nodes and 1,000,000 edges it takes minutes. `kgraph stats`
/// counts them by default only on graphs up to this many edges.
constexpr std::size_t kStatsCycleEdgeLimit = 100000;

struct StatsOptions {
  bool count_cycles = true;       ///< see kStatsCycleEdgeLimit
  CycleOptions cycles;
};

struct GraphStats {
  std::size_t nodes = 0, edges = 0, documents = 0;
  std::size_t components = 0;          ///< weakly connected components (isolated nodes included)
  std::size_t largest_component = 0;   ///< nodes in the largest one
  std::size_t isolated_nodes = 0;      ///< nodes without any edge
  std::optional<std::size_t> money_cycles;  ///< absent when not counted
  std::vector<std::pair<std::string, std::size_t>> types;      ///< every entity type, in enum order
  std::vector<std::pair<std::string, std::size_t>> relations;  ///< relations present, most edges first
};

/// Documents are those the graph lists, those its nodes list and those its evidence cites (a GraphML
/// written by another tool may have only some of these).
GraphStats graph_stats(const KnowledgeGraph& g, const StatsOptions& opts = {});

/// One row per figure, columns group, name, value: ("graph", "nodes", 49), ..., ("type", "ORG", 30),
/// ..., ("relation", "invests_in", 10). With --format jsonl a script picks what it needs by group and
/// name. money_cycles is left out when it was not counted.
ResultTable stats_table(const GraphStats& stats);

}  // namespace kgraph
