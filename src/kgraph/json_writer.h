// json_writer.h - the knowledge graph as NetworkX node-link JSON, kgraph's lossless exchange format.
//
//     {"directed": true, "multigraph": true, "graph": {"name": ..., "documents": [...]},
//      "nodes": [{"id": ..., ...}], "links": [{"source": ..., "target": ..., "evidence": [...]}]}
//
// networkx.node_link_graph(json.load(f)) loads it as is; JsonReader (json_reader.h) reads it back, and
// read-then-write reproduces the file byte for byte.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "kgraph/writer.h"

namespace kgraph {

class JsonWriter final : public GraphWriter {
 public:
  std::string_view format() const override { return "json"; }
  void write(const KnowledgeGraph& graph, std::ostream& out) const override;
};

/// The evidence list as a compact JSON array, one object per evidence with the same fields as the
/// "evidence" of a JSON link (GraphML embeds it in an edge attribute so that nothing is lost).
std::string evidence_to_json(const std::vector<Evidence>& evidence);

/// The graph's document table (GraphProps::document_info) as compact JSON, as the "document_info" member of
/// the node-link "graph" object: {"id": {"title", "date", "url", "source"}} with empty fields null.
std::string document_info_to_json(const std::map<std::string, DocumentInfo>& info);

// Text helpers shared by the writers.

/// `text` with every byte sequence that is not well-formed UTF-8 replaced by U+FFFD, so that a stray
/// byte in an input article cannot make an output file unreadable to strict UTF-8 decoders.
std::string valid_utf8(std::string_view text);

}  // namespace kgraph
