// gexf_writer.h - the knowledge graph as GEXF 1.3, Gephi's own format (-o graph.gexf).
//
// What a Gephi user gets, and why it is written that way:
// - one <edge> per kgraph edge, with `kind` and `label` set to the relation: Gephi keys parallel edges by
//   kind, so "nvidia invests_in openai" and "nvidia partners_with openai" stay two edges on import
//   instead of being merged into one. Edge ids are "e-<source>-<relation>-<target>" as in GraphML.
// - `weight` is the evidence count, at least 1 (Gephi rejects a weight of 0; graphs read from other tools
//   may carry a relation with no evidence).
// - symmetric relations (competes_with, partners_with) are type="mutual" edges in a directed graph:
//   the schema's way of saying "holds in both directions". type="undirected" would say it too, but
//   NetworkX's read_gexf refuses a file that mixes undirected edges into a directed graph.
// - typed attributes (attribute ids equal their titles): nodes have type, label_ar, label_en, aliases,
//   documents (a count), mentions, part_of, confidence and money_usd; edges have amount_usd,
//   amount_qualifier, status, statuses, reported_by, confidence, evidence_count, in_cycle, first_seen,
//   last_seen and sentence (the first evidence's). Empty strings and absent amounts are left out.
// - viz:color per entity type (graphml_colour) and viz:size from money_usd, the sum of amount_usd over
//   the node's relations, on a log scale: 15 at $1M or less up to 50 at $1T or more; 10 without money.
// - dates: an edge whose first_seen is a full date (YYYY-MM-DD) starts then; one whose first_seen is
//   only a month or a year starts at the earliest full article date of its evidence. The graph is then
//   mode="dynamic" with timeformat="date", so Gephi's timeline replays how the web formed. Nodes are
//   undated (always present).
//
// Node ids are entity ids as they are (GEXF ids are plain strings). Output is in sorted order, so the file
// depends only on the graph's content.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "kgraph/writer.h"

namespace kgraph {

class GexfWriter final : public GraphWriter {
 public:
  std::string_view format() const override { return "gexf"; }
  void write(const KnowledgeGraph& graph, std::ostream& out) const override;
};

/// The viz:size of a node whose relations involve `money_usd` dollars in all (none: 10).
double gexf_node_size(std::optional<double> money_usd);

}  // namespace kgraph
