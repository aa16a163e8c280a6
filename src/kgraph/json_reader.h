// json_reader.h - reads the node-link JSON that JsonWriter writes (json_writer.h) back into a graph.
//
// Lossless for every field the writer writes: reading a file and writing it again gives the same bytes.
// Also reads node-link JSON from NetworkX (json.dump(nx.node_link_data(G))): "edges" is accepted in
// place of "links", and fields other than a node's "id" and a link's "source", "target", "relation" and
// "evidence" may be missing. Errors are Error(kBadInput) naming the file, line and column.
#pragma once

#include <string>
#include <string_view>

#include "kgraph/writer.h"

namespace kgraph {

class JsonReader final : public GraphReader {
 public:
  std::string_view format() const override { return "json"; }
  KnowledgeGraph read(std::string_view text, const std::string& origin) const override;
};

}  // namespace kgraph
