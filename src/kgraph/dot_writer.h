// dot_writer.h - the knowledge graph as a Graphviz DOT file, for `dot -Tsvg` / `dot -Tpng`.
//
// A picture for people: node shape and fill by entity type, the Arabic and English names on two lines,
// edge colour by relation, the amount in short form ("$22.4B") and the status on the edge label, and the
// edges of money cycles drawn bold red.
#pragma once

#include <string>
#include <string_view>

#include "kgraph/writer.h"

namespace kgraph {

class DotWriter final : public GraphWriter {
 public:
  std::string_view format() const override { return "dot"; }
  void write(const KnowledgeGraph& graph, std::ostream& out) const override;
};

/// An amount in US dollars in short form: "$100B", "$4B", "$22.4B", "$500M", "$1.25T", "$750".
/// At most two decimals, trailing zeros dropped.
std::string short_amount(double usd);

/// `text` as a quoted DOT string: backslash and double quote escaped, a newline as the two characters
/// \n (a centred line break in labels), other control characters dropped, invalid UTF-8 repaired.
std::string dot_quote(std::string_view text);

}  // namespace kgraph
