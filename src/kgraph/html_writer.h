// html_writer.h - the knowledge graph as one self-contained interactive HTML page (-o graph.html).
//
// The page is for reading the money web, not for storing it: it opens offline from a single file (no
// server, no network, nothing fetched), so it can be mailed to a colleague or attached to a story.
// Everything it needs is inside it:
// - Cytoscape.js, taken from the npm registry when kgraph is built (src/web/package.json pins the
//   version) and compiled into the library, with its licence banner;
// - the page's own markup, style and script (src/web/page.{html,css,js}), compiled in the same way;
// - the graph, as a JSON object in a <script type="application/json"> element (html_page_data below).
//
// What a reader can do there (src/web/page.js): force-directed or concentric layout; search by id, label
// or any alias in Arabic or Latin script, compared folded (hamza seats, ى/ي, ة/ه, diacritics, case) as
// `kgraph query` compares names; filter by relation, status, least amount, date range and confidence;
// see the money cycles drawn bold red and pick one to isolate it; click an edge to read its evidence
// sentences right-to-left with the mentions and the trigger marked, the source document and date, the
// status cue and the rule; click an entity to see its names and relations.
//
// Text from the articles is placed in the page with textContent only, never as markup, and every '<' in
// the data is written as \u003c, so no sentence can end the script element or inject anything.
#pragma once

#include <string>
#include <string_view>

#include "kgraph/dot_writer.h"
#include "kgraph/writer.h"

namespace kgraph {

class HtmlWriter final : public GraphWriter {
 public:
  HtmlWriter() = default;
  /// Only options.label_lang is used: the names the page shows first (the reader can switch).
  explicit HtmlWriter(DotOptions options) : options_(options) {}
  std::string_view format() const override { return "html"; }
  /// Throws Error(kBadUsage) when this kgraph was built without the page's JavaScript (html_available).
  void write(const KnowledgeGraph& graph, std::ostream& out) const override;

 private:
  DotOptions options_;
};

/// False when kgraph was built without Cytoscape.js to embed (-DKGRAPH_HTML=OFF, or npm could not fetch it).
bool html_available();
/// Why not, and what to do: the message of the error a request for a page gets in such a build.
std::string html_unavailable_reason();

/// The JSON object the page reads: title, the types and relations present with their colours, nodes,
/// edges with their evidence (mention and trigger offsets relative to the sentence, in code points),
/// and the money cycles (cycles.h, default options). Compact, with every '<' escaped as \u003c.
std::string html_page_data(const KnowledgeGraph& graph, LabelLang lang);

}  // namespace kgraph
