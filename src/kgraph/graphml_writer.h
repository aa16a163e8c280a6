// graphml_writer.h - the knowledge graph as GraphML, for Gephi, yEd, Cytoscape, NetworkX and igraph.
//
// Valid against the GraphML 1.0 XSD. Node XML ids are entity ids (characters an XML NMTOKEN cannot hold
// are escaped, and the original id is then kept in the `kg_id` attribute); edge ids are
// "e-<source>-<relation>-<target>", stable across runs. Attributes follow Gephi's conventions: `label`,
// `weight` (the evidence count) and integer colour channels `r`, `g`, `b` per entity type. The evidence
// list of each edge is embedded as a JSON string (`evidence`), so GraphML loses nothing that matters.
#pragma once

#include <array>
#include <set>
#include <string>
#include <string_view>

#include "kgraph/writer.h"

namespace kgraph {

class GraphmlWriter final : public GraphWriter {
 public:
  std::string_view format() const override { return "graphml"; }
  void write(const KnowledgeGraph& graph, std::ostream& out) const override;
};

/// The node colour (r, g, b in 0..255) of an entity type, as written to GraphML.
std::array<int, 3> graphml_colour(EntityType type);

/// `x` in plain decimal notation with the fewest digits that read back to the same double (at most 17
/// significant), never with an exponent: 100000000000 -> "100000000000", 0.85 -> "0.85".
std::string format_exact(double x);

/// A set of strings as one attribute value, joined with " | " (GraphML and GEXF have no list type; readers
/// split on it).
std::string join_values(const std::set<std::string>& items);

/// `id` as an XML NMTOKEN: ASCII letters, digits, '.', '-', '_' and Arabic letters and digits are kept;
/// any other character c becomes ":HEX:" (its code point in upper-case hex), ':' included, so distinct ids
/// stay distinct. With `escape_dash`, '-' is escaped too (for the parts of an edge id).
std::string xml_id(std::string_view id, bool escape_dash = false);

/// `text` escaped for XML content and attribute values: & < > " ' become entities, CR becomes &#13; (a
/// parser would otherwise turn it into LF), invalid UTF-8 becomes U+FFFD, and characters XML 1.0 forbids
/// (control characters other than tab, LF and CR; U+FFFE, U+FFFF) are dropped.
std::string xml_escape(std::string_view text);

}  // namespace kgraph
