// graphml_reader.h - reads GraphML back into a KnowledgeGraph: kgraph's own files (graphml_writer.h)
// losslessly, and GraphML written by other tools (NetworkX, igraph, Gephi, yEd) as well as their
// attributes allow.
//
// Attributes are recognised by their declared name (the <key>'s attr.name), never by key id, so kgraph's
// n_label and a NetworkX d3 declared with attr.name="label" mean the same. What becomes what:
//   graph  name -> the graph's name; documents -> the document list (a " | "-joined string), or, when it
//          is a count (kgraph writes one) or absent, the documents that the nodes and the evidence name
//   node   id from kg_id (kgraph's escaped ids), else an attribute "id" (igraph keeps XML ids there),
//          else the XML id, an empty value counting as none (igraph's missing value); label (else
//          name), label_ar, label_en, type (ORG, PERSON, PRODUCT, MEDIA, PLACE in any case, plus a few
//          common synonyms such as company or location; anything else is ORG), aliases and documents
//          (" | "-joined), mentions, part_of, confidence, method
//   edge   relation from relation, else label, else type, else "related_to"; amount_usd (NaN, igraph's
//          missing value, is no amount), amount_qualifier, status, statuses, reported_by, first_seen,
//          last_seen, in_cycle, confidence, and evidence (the JSON list kgraph writes); every amount the
//          evidence reports is the edge's list of amounts, as when the graph was built
// Everything else is dropped: attributes with other names (Gephi's x, y, size; kgraph's derived r, g, b,
// weight, evidence_count and sentence, which the writers compute again), yEd's graphics, ports,
// hyperedges, nested graphs, graphs after the first, and whether the graph or an edge was undirected
// (an undirected edge is stored once, from source to target as written). Parallel edges are kept; only
// two edges with evidence for the same (source, relation, target) are an error, as in JSON (json_reader.h).
// A symmetric relation (competes_with, partners_with) is stored from the smaller id, as graph.h requires.
//
// Values are checked against their key's attr.type (int, long, float, double, boolean, string) and
// <default> values fill in what an element leaves out. Errors are Error(kBadInput) at file:line:column:
// malformed XML (xml.h), data naming an undeclared key, an edge to a node the graph does not have, a
// value that is not of its declared type, a missing <graph> element.
#pragma once

#include <string>
#include <string_view>

#include "kgraph/writer.h"

namespace kgraph {

class GraphmlReader final : public GraphReader {
 public:
  std::string_view format() const override { return "graphml"; }
  KnowledgeGraph read(std::string_view text, const std::string& origin) const override;
};

}  // namespace kgraph
