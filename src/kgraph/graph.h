// graph.h - the knowledge graph: a Boost.Graph adjacency_list with bundled properties.
//
// Per-article results (model.h) are merged here: one vertex per entity id, one edge per
// (source, relation, target) carrying every piece of evidence for it. Symmetric relations
// (competes_with, partners_with) are stored once, with the smaller id as source, so "A competes with B"
// and "B competes with A" are the same edge. Merging is order-independent for everything the writers
// print (sets are sorted, the evidence list is kept in input order), so a graph built from the same
// articles is byte-identical whatever the order of merge calls within one document stream.
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "kgraph/model.h"

namespace kgraph {

struct NodeProps {
  std::string id;
  std::string label;     ///< display name: English label, else Arabic label, else the most frequent alias
  std::string label_ar;
  std::string label_en;
  EntityType type = EntityType::kOrg;
  std::string part_of;                       ///< parent organisation id, or ""
  std::set<std::string> aliases;             ///< every surface form seen, as written
  std::set<std::string> documents;           ///< ids of the documents that mention it
  std::size_t mentions = 0;
  double confidence = 1.0;
  std::string method;                        ///< how it was recognised (lexicon, latin-name, ...)
};

struct EdgeProps {
  std::string relation;
  std::vector<Evidence> evidence;            ///< never empty for relations kgraph extracted; graphs from other tools may have none
  std::optional<double> amount_usd;          ///< the largest amount any evidence reports
  std::string amount_qualifier;              ///< qualifier of that amount ("up_to", ...)
  std::string status;                        ///< the most telling status among the evidence (status_rank)
  std::set<std::string> statuses;            ///< every status seen
  std::set<double> amounts;                  ///< every amount seen
  std::set<std::string> reported_by;         ///< outlets the evidence attributes the relation to
  std::string first_seen, last_seen;         ///< earliest and latest date of the evidence (event or article)
  bool in_cycle = false;                     ///< set by mark_cycles (cycles.h)
  double confidence = 1.0;
  double weight() const { return static_cast<double>(evidence.size()); }
};

/// What a reader needs to find a document again: its title, date, address and outlet (any may be empty).
struct DocumentInfo {
  std::string title, date, url, source;
  bool operator==(const DocumentInfo&) const = default;
  bool empty() const { return title.empty() && date.empty() && url.empty() && source.empty(); }
};

struct GraphProps {
  std::string name = "kgraph";
  std::set<std::string> documents;           ///< every document merged in
  /// The documents that came with a title, date, address or outlet, by id (the page shows them beside the
  /// evidence). A document merged twice keeps the first value of each field.
  std::map<std::string, DocumentInfo> document_info;
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, NodeProps, EdgeProps,
                                    GraphProps>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

/// True for relations that have no direction (competes_with, partners_with).
bool is_symmetric(std::string_view relation);

/// Ranks statuses by how much they tell about the state of a deal, higher first:
/// denied > stalled > in_talks > planned > announced > hypothetical > completed; unknown = -1.
/// The merged edge takes the status of its highest-ranked evidence; evidence whose status came from no
/// cue word (the default) ranks below any cue.
int status_rank(std::string_view status, bool from_cue);

class KnowledgeGraph {
 public:
  KnowledgeGraph() = default;

  /// Adds the entities and relations of one article.
  void merge(const ArticleResult& result);

  /// Adds a node as read back from a graph file (graph readers use this). Replaces nothing: a second
  /// node with the same id merges into the first.
  Vertex add_node(const NodeProps& node);
  /// Adds an edge as read back from a graph file; both ends must exist.
  Edge add_edge(const std::string& source, const EdgeProps& edge, const std::string& target);

  /// Room for this many nodes and edges in the indexes (a reader that knows the counts calls it first).
  void reserve(std::size_t nodes, std::size_t edges);
  std::optional<Vertex> find(const std::string& id) const;
  /// The nodes a person may mean by `name`: its id, a label or any alias, in either script, compared
  /// folded (normalize.h: hamza seats, ى/ي, ة/ه, diacritics, Latin case), so "إنفيديا", "انفيديا" and
  /// "Nvidia" all find nvidia. Sorted by id; empty when nothing matches. The index behind it is built on
  /// the first call and dropped when the graph changes.
  std::vector<Vertex> find_by_name(std::string_view name) const;

  const Graph& graph() const { return g_; }
  Graph& graph() { return g_; }
  std::size_t node_count() const { return boost::num_vertices(g_); }
  std::size_t edge_count() const { return boost::num_edges(g_); }

  /// Vertices sorted by id and edges sorted by (source id, relation, target id): the order writers use,
  /// so outputs do not depend on insertion order.
  /// A copy holding only the relations whose confidence is at least `min_confidence`, and the entities
  /// that are that sure themselves or take part in a relation kept.
  KnowledgeGraph filtered(double min_confidence) const;

  std::vector<Vertex> sorted_vertices() const;
  std::vector<Edge> sorted_edges() const;

 private:
  Vertex upsert_node(const EntityRecord& entity, const std::string& doc_id);
  void add_evidence(Edge e, const Evidence& ev);

  Graph g_;
  std::unordered_map<std::string, Vertex> index_;
  // (source, target, relation) -> edge. Keyed by vertex numbers and hashed: a five-million-edge graph is
  // read back in seconds, where string-tuple keys in an ordered map took most of the loading time.
  struct EdgeKey {
    Vertex source, target;
    std::string relation;
    bool operator==(const EdgeKey&) const = default;
  };
  struct EdgeKeyHash {
    std::size_t operator()(const EdgeKey& k) const {
      return std::hash<std::string>()(k.relation) ^ (k.source * 0x9E3779B97F4A7C15ull) ^ (k.target * 0xC2B2AE3D27D4EB4Full);
    }
  };
  std::unordered_map<EdgeKey, Edge, EdgeKeyHash> edge_index_;
  mutable std::unordered_map<std::u32string, std::vector<Vertex>> name_index_;  ///< folded name -> nodes
  mutable bool name_index_ready_ = false;
};

}  // namespace kgraph
