// json_reader.h - reads the node-link JSON that JsonWriter writes (json_writer.h) back into a graph.
//
// Lossless for every field the writer writes: reading a file and writing it again gives the same bytes.
// Also reads node-link JSON from NetworkX (json.dump(nx.node_link_data(G))): "edges" is accepted in
// place of "links", and fields other than a node's "id" and a link's "source", "target" and "relation"
// may be missing; a link without evidence (from another tool) gets an empty evidence list, and such
// links may repeat between the same two nodes (a multigraph's parallel edges), while two links with
// evidence for the same (source, relation, target) are an error, since kgraph merges those into one.
// Errors are Error(kBadInput) naming the file, line and column.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kgraph/writer.h"

namespace kgraph {

class JsonReader final : public GraphReader {
 public:
  std::string_view format() const override { return "json"; }
  KnowledgeGraph read(std::string_view text, const std::string& origin) const override;
};

/// Reads an evidence list as evidence_to_json (json_writer.h) writes it: the form the GraphML writer
/// embeds in an edge's `evidence` attribute. Errors name `origin` and the line and column in `text`, and
/// the element at fault as "[2].amount_usd".
std::vector<Evidence> read_evidence_json(std::string_view text, const std::string& origin);
/// Reads a document table as document_info_to_json (json_writer.h) writes it. Throws Error.
std::map<std::string, DocumentInfo> read_document_info_json(std::string_view text, const std::string& origin);

}  // namespace kgraph
