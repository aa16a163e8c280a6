// dot_writer.h - the knowledge graph as a Graphviz DOT file, for `dot -Tsvg` / `dot -Tpng`.
//
// A picture for people: node shape and fill by entity type, the Arabic and English names on two lines,
// edge colour by relation, the amount in short form ("$22.4B") and the status on the edge label, and the
// edges of money cycles drawn bold red. The graph label is a title (counts and date range) and a legend,
// and the layout attributes are chosen for the graph's size, so that `dot -Tpng` on this file and
// kgraph's own pictures (image_writer.h) draw the same web (they add only layout helpers, see there).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "kgraph/writer.h"

namespace kgraph {

/// Which names label the nodes: Arabic, English, or both on two lines (the default).
enum class LabelLang { kArabic, kEnglish, kBoth };

/// "ar", "en" or "both"; nullopt for anything else.
std::optional<LabelLang> label_lang_from_string(std::string_view text);

/// How the picture is drawn (the data written does not depend on it).
struct DotOptions {
  LabelLang label_lang = LabelLang::kBoth;
  /// Set by ImageWriter: adds layout-only helpers (invisible edges that arrange the entities with no
  /// relation into rows). Off for .dot files, whose edges other tools count as relations.
  bool picture = false;
};

class DotWriter final : public GraphWriter {
 public:
  DotWriter() = default;
  explicit DotWriter(DotOptions options) : options_(options) {}
  std::string_view format() const override { return "dot"; }
  void write(const KnowledgeGraph& graph, std::ostream& out) const override;

 private:
  DotOptions options_;
};

/// Graphs with more nodes than this are laid out with sfdp (force-directed) instead of dot (layered):
/// dot's ranks turn a few hundred loosely connected entities into one very wide, unreadable strip.
inline constexpr std::size_t kDotLayoutMaxNodes = 120;

/// An amount in US dollars in short form: "$100B", "$4B", "$22.4B", "$500M", "$1.25T", "$750".
/// At most two decimals, trailing zeros dropped.
std::string short_amount(double usd);

// Presentation shared by the pictures (DOT, SVG/PNG/PDF) and the interactive page (html_writer.h), so an
// entity or a relation looks the same in every view.

/// Graphviz shape and fill colour of an entity type's nodes.
struct NodeStyle {
  const char* shape;
  const char* fill;
};
NodeStyle node_style(EntityType type);
/// "organisation", "person", "product", "media", "place".
const char* type_caption(EntityType type);
/// A fixed colour per relation (an unknown relation gets a stable spare colour); red is kept for cycles.
const char* relation_colour(std::string_view relation);
/// A node's name in the chosen script(s); both = Arabic and English on two lines ("\n").
std::string node_label(const NodeProps& node, LabelLang lang);
/// "kgraph: 28 entities, 31 relations, 5 documents, 2025-09-22 – 2025-10-14" (the date range of the evidence).
std::string title_text(const KnowledgeGraph& graph);
/// Text for HTML and Graphviz's HTML-like labels: &, <, >, " escaped, control characters dropped, invalid
/// UTF-8 repaired.
std::string html_text(std::string_view text);
/// short_amount with its qualifier: "up to $4B", "over $1B", "~$2B", "under $5M".
std::string qualified_amount(double usd, std::string_view qualifier);

/// `text` as a quoted DOT string: backslash and double quote escaped, a newline as the two characters
/// \n (a centred line break in labels), other control characters dropped, invalid UTF-8 repaired.
std::string dot_quote(std::string_view text);

}  // namespace kgraph
