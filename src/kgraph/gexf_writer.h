// gexf_writer.h - placeholder while the GEXF 1.3 writer is written.
#pragma once

#include "kgraph/writer.h"

namespace kgraph {

class GexfWriter final : public GraphWriter {
 public:
  std::string_view format() const override { return "gexf"; }
  void write(const KnowledgeGraph& graph, std::ostream& out) const override;
};

}  // namespace kgraph
